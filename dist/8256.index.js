export const id = 8256;
export const ids = [8256];
export const modules = {

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffPolicySets: () => (/* binding */ diffPolicySets),
/* harmony export */   diffRules: () => (/* binding */ diffRules),
/* harmony export */   ruleAttributes: () => (/* binding */ ruleAttributes),
/* harmony export */   sameValue: () => (/* binding */ sameValue),
/* harmony export */   totals: () => (/* binding */ totals)
/* harmony export */ });
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1780);

function totals(changes) {
    return {
        add: changes.filter((c) => c.action === 'create').length,
        change: changes.filter((c) => c.action === 'update').length,
        destroy: changes.filter((c) => c.action === 'destroy').length,
    };
}
const sortedList = (v) => [...new Set(v)].sort();
function sameValue(a, b) {
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b))
            return false;
        const x = sortedList(a);
        const y = sortedList(b);
        return x.length === y.length && x.every((v, i) => v === y[i]);
    }
    return a === b;
}
function compareAttrs(before, after) {
    const names = [...new Set([...before.map((a) => a.name), ...after.map((a) => a.name)])];
    const changes = [];
    let unchanged = 0;
    for (const name of names) {
        const b = before.find((a) => a.name === name);
        const a = after.find((x) => x.name === name);
        const either = a ?? b;
        if (!either || sameValue(b?.value, a?.value)) {
            if (b?.value !== undefined)
                unchanged++;
            continue;
        }
        const note = a?.note ?? b?.note;
        changes.push({
            name,
            before: b?.value,
            after: a?.value,
            format: either.format,
            ...(note ? { note } : {}),
        });
    }
    return { changes, unchanged };
}
/** Every set attribute of something created (shown `+ name = value`) or destroyed (`- name = value -> null`). */
function wholeAttributes(attrs, action) {
    return attrs
        .filter((a) => a.value !== undefined)
        .map((a) => ({
        name: a.name,
        before: action === 'destroy' ? a.value : undefined,
        after: action === 'create' ? a.value : undefined,
        format: a.format,
        ...(a.note ? { note: a.note } : {}),
    }));
}
// ---------------------------------------------------------------------------------------------
// Attributes of each kind of thing
function ruleAttributes(rule) {
    switch (rule.type) {
        case 'auto':
            return [
                {
                    name: 'schedules',
                    value: rule.schedules,
                    format: 'schedules',
                    ...(rule.schedulesFrom === 'integration'
                        ? { note: "inherited from the integration's autoApproval.schedules" }
                        : rule.schedulesFrom === 'none'
                            ? { note: 'no schedules anywhere: this rule approves nobody' }
                            : {}),
                },
                ...scopeAttributes(rule),
                { name: 'duration', value: rule.durationMs, format: 'duration' },
                { name: 'options.requireReason', value: rule.requireReason, format: 'plain' },
            ];
        case 'escalation':
            return [
                { name: 'services', value: rule.services, format: 'schedules' },
                { name: 'duration', value: rule.durationMs, format: 'duration' },
                { name: 'options.allowOneParty', value: rule.allowOneParty, format: 'plain' },
                { name: 'options.requireReason', value: rule.requireReason, format: 'plain' },
            ];
        case 'deny':
            return [{ name: 'reason', value: rule.reason, format: 'plain' }];
    }
}
/** An auto rule's scope, one list per schedule and kind; rotation and layer IDs are shown with their names like schedules. */
function scopeAttributes(rule) {
    const note = 'only on-call people on these count for auto-approval on this schedule';
    return [...(rule.scope ?? new Map())].flatMap(([id, scope]) => [
        ...(scope.rotations.length > 0 ? [{ name: `scope.${id}.rotations`, value: scope.rotations, format: 'schedules', note }] : []),
        ...(scope.layers.length > 0 ? [{ name: `scope.${id}.layers`, value: scope.layers, format: 'schedules', note }] : []),
    ]);
}
/** `whenUnavailable`, when written (absent is the default, deny, and shows nothing). */
function outageAttributes(p) {
    const w = p.whenUnavailable;
    if (!w)
        return [];
    if (w.kind === 'deny')
        return [{ name: 'whenUnavailable', value: 'deny', format: 'plain', note: 'an incident.io outage is an error (fail closed)' }];
    const note = 'while incident.io is unavailable, an approving review by these people approves (degraded)';
    return [
        { name: 'whenUnavailable.approvers', value: w.approvers.length > 0 ? w.approvers : undefined, format: 'plain', note },
        { name: 'whenUnavailable.approverTeams', value: w.approverTeams.length > 0 ? w.approverTeams : undefined, format: 'plain', note },
        { name: 'whenUnavailable.duration', value: w.durationMs, format: 'duration' },
        {
            name: 'whenUnavailable.requireReason',
            // Not written: a rule of the policy that requires a reason makes the fallback require one too.
            value: (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .fallbackRequiresReason */ .xN)(p) ? true : undefined,
            format: 'plain',
            note: 'from the rules: a rule of the policy sets requireReason, so the fallback requires a reason too',
        },
    ];
}
function policyAttributes(p) {
    return [
        { name: 'description', value: p.description, format: 'plain' },
        { name: 'match.environments', value: p.match.environments, format: 'plain' },
        { name: 'match.branches', value: p.match.branches, format: 'plain' },
        { name: 'match.paths', value: p.match.paths, format: 'plain' },
        { name: 'match.labels', value: p.match.labels, format: 'plain' },
        ...outageAttributes(p),
    ];
}
function integrationAttributes(s) {
    const e = s.escalation;
    return [
        { name: 'autoApproval.schedules', value: s.autoApprovalSchedules, format: 'schedules' },
        { name: 'escalation.customField', value: e.customField, format: 'plain' },
        { name: 'escalation.visibility', value: e.visibility, format: 'plain' },
        { name: 'escalation.mode', value: e.mode, format: 'plain' },
        { name: 'escalation.severity', value: e.severity, format: 'plain' },
        { name: 'escalation.incidentType', value: e.incidentType, format: 'plain' },
        { name: 'escalation.notifyIncidentChannel', value: e.notifyIncidentChannel, format: 'plain' },
    ];
}
function identitiesAttributes(s) {
    const users = [...s.users.entries()].sort(([a], [b]) => a.localeCompare(b));
    return [
        { name: 'lookup', value: s.lookup, format: 'plain' },
        // Emails compare case-insensitively everywhere, so a case-only edit is no change.
        ...users.map(([login, email]) => ({ name: `users.${login}`, value: email.trim().toLowerCase(), format: 'plain' })),
    ];
}
// ---------------------------------------------------------------------------------------------
// Rules: pair by content (order has no meaning), then by type and likeness.
const ruleKey = (rule) => JSON.stringify(ruleAttributes(rule).map((a) => [a.name, Array.isArray(a.value) ? sortedList(a.value) : a.value]));
function likeness(a, b) {
    const x = ruleAttributes(a);
    const y = ruleAttributes(b);
    return x.filter((attr) => sameValue(attr.value, y.find((o) => o.name === attr.name)?.value)).length;
}
function diffRules(base, head) {
    // The rules not matched yet, by index.
    const baseFree = new Map(base.map((rule, i) => [i, rule]));
    const headFree = new Map(head.map((rule, i) => [i, rule]));
    let unchanged = 0;
    // 1. Identical rules, wherever they moved.
    for (const [h, rule] of [...headFree]) {
        const key = ruleKey(rule);
        const match = [...baseFree].find(([, r]) => ruleKey(r) === key);
        if (match !== undefined) {
            baseFree.delete(match[0]);
            headFree.delete(h);
            unchanged++;
        }
    }
    // 2. Same type: the most alike base rule, ties to the nearest index, is the one that changed.
    const changes = [];
    for (const [h, rule] of [...headFree]) {
        const candidates = [...baseFree].filter(([, r]) => r.type === rule.type);
        candidates.sort(([x, rx], [y, ry]) => likeness(ry, rule) - likeness(rx, rule) || Math.abs(x - h) - Math.abs(y - h));
        const [best] = candidates;
        if (!best)
            continue;
        const [b, baseRule] = best;
        baseFree.delete(b);
        headFree.delete(h);
        const { changes: attrs, unchanged: same } = compareAttrs(ruleAttributes(baseRule), ruleAttributes(rule));
        changes.push({
            action: 'update',
            type: rule.type,
            index: h,
            ...(b !== h ? { baseIndex: b } : {}),
            attributes: attrs,
            unchanged: same,
            at: rule.at,
        });
    }
    // 3. What is left was added or removed.
    for (const [h, rule] of headFree)
        changes.push(wholeRule(rule, h, 'create'));
    for (const [b, rule] of baseFree)
        changes.push(wholeRule(rule, b, 'destroy'));
    const order = { update: 0, create: 0, destroy: 1 };
    changes.sort((x, y) => order[x.action] - order[y.action] || x.index - y.index);
    return { changes, unchanged };
}
// ---------------------------------------------------------------------------------------------
// Policy sets
function wholeRule(rule, index, action) {
    return { action, type: rule.type, index, attributes: wholeAttributes(ruleAttributes(rule), action), unchanged: 0, at: rule.at };
}
/** A policy that only one side has: every attribute and rule created or destroyed. */
function wholePolicy(policy, action) {
    return {
        kind: 'policy',
        name: policy.name,
        action,
        attributes: wholeAttributes(policyAttributes(policy), action),
        rules: policy.rules.map((r, i) => wholeRule(r, i, action)),
        unchangedAttributes: 0,
        unchangedRules: 0,
        at: policy.at,
    };
}
function diffPolicy(base, head) {
    if (!base && head)
        return wholePolicy(head, 'create');
    if (base && !head)
        return wholePolicy(base, 'destroy');
    if (!base || !head)
        return undefined;
    const attrs = compareAttrs(policyAttributes(base), policyAttributes(head));
    const rules = diffRules(base.rules, head.rules);
    if (attrs.changes.length === 0 && rules.changes.length === 0)
        return undefined;
    return {
        kind: 'policy',
        name: head.name,
        action: 'update',
        attributes: attrs.changes,
        rules: rules.changes,
        unchangedAttributes: attrs.unchanged,
        unchangedRules: rules.unchanged,
        at: head.at,
    };
}
function diffSettings(kind, name, base, head) {
    const common = { kind, name, rules: [], unchangedRules: 0 };
    if (!base && head)
        return { ...common, action: 'create', attributes: wholeAttributes(head.attrs, 'create'), unchangedAttributes: 0, at: head.at };
    if (base && !head)
        return { ...common, action: 'destroy', attributes: wholeAttributes(base.attrs, 'destroy'), unchangedAttributes: 0, at: base.at };
    if (!base || !head)
        return undefined;
    const { changes, unchanged } = compareAttrs(base.attrs, head.attrs);
    if (changes.length === 0)
        return undefined;
    return { ...common, action: 'update', attributes: changes, unchangedAttributes: unchanged, at: head.at };
}
/** The settings files exist only when `at` is set; otherwise the defaults apply and there is nothing to show. */
const integrationSide = (set) => set?.integration.at ? { attrs: integrationAttributes(set.integration), at: set.integration.at } : undefined;
const identitiesSide = (set) => set?.identities.at ? { attrs: identitiesAttributes(set.identities), at: set.identities.at } : undefined;
/**
 * What changes from `base` to `head`: policies in head order, then removed policies, then the
 * integration and identities settings. `base` undefined = no policies at the base (a new folder).
 */
function diffPolicySets(base, head) {
    const baseByName = new Map((base?.policies ?? []).map((p) => [p.name, p]));
    const headByName = new Map(head.policies.map((p) => [p.name, p]));
    const changes = [];
    for (const p of head.policies) {
        const c = diffPolicy(baseByName.get(p.name), p);
        if (c)
            changes.push(c);
    }
    for (const p of base?.policies ?? []) {
        if (!headByName.has(p.name))
            changes.push(wholePolicy(p, 'destroy'));
    }
    const integration = diffSettings('integration', 'incidentio', integrationSide(base), integrationSide(head));
    if (integration)
        changes.push(integration);
    const identities = diffSettings('identities', 'identities', identitiesSide(base), identitiesSide(head));
    if (identities)
        changes.push(identities);
    return changes;
}


/***/ })

};
