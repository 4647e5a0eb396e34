export const id = 522;
export const ids = [522,853];
export const modules = {

/***/ 2522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  computePlan: () => (/* binding */ computePlan)
});

// EXTERNAL MODULE: ./src/policy/live-checks.ts
var live_checks = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/policy/load-policy.ts + 5 modules
var load_policy = __webpack_require__(5640);
// EXTERNAL MODULE: ./src/oncall/on-call.ts + 1 modules
var on_call = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/reconcile/remote-changes.ts
/** CustomFieldsCreatePayloadV2 caps `name` at 50 characters. */
const CUSTOM_FIELD_NAME_MAX = 50;
const CUSTOM_FIELD_DESCRIPTION = 'incident.io schedule IDs (comma-separated) of the on-call schedules an oncall-gate escalation pages. Managed by oncall-gate.';
/** POST /v2/custom_fields needs the scope `organisation_settings.update`: most likely the manage_settings role. */
const MANAGE_SETTINGS_ROLE = 'manage_settings';
/** The custom field is needed only by escalation rules: they put the schedule IDs on the incident. */
function needsCustomField(set) {
    return set.policies.some((p) => p.rules.some((r) => r.type === 'escalation'));
}
function fieldPosition(set) {
    return (set.integration.at ??
        set.policies.flatMap((p) => p.rules).find((r) => r.type === 'escalation')?.at ?? {
        file: set.files[0] ?? 'policies',
        line: 1,
        column: 1,
    });
}
/**
 * Compares what the policies need with the custom fields incident.io has. The field is matched by
 * exact name, as incident.io's own Terraform data source does: the list has no filter by name.
 */
function planRemoteChanges(set, customFields) {
    const name = set.integration.escalation.customField;
    const at = fieldPosition(set);
    const diagnostic = (severity, code, message, fix) => ({
        severity,
        code,
        file: at.file,
        line: at.line,
        column: at.column,
        message,
        fix,
    });
    if (!needsCustomField(set)) {
        return { changes: [], actions: [], diagnostics: [], note: 'No escalation rules: the escalation custom field is not needed.' };
    }
    const existing = customFields.find((f) => f.name === name);
    if (existing) {
        if (existing.field_type !== 'text') {
            // field_type cannot be changed once the field exists (PUT /v2/custom_fields/{id} does not take it).
            return {
                changes: [],
                actions: [],
                existingField: existing,
                note: `The custom field "${name}" exists but has type ${existing.field_type}.`,
                diagnostics: [
                    diagnostic('error', 'custom-field-type', `The incident.io custom field "${name}" (${existing.id}) has type ${existing.field_type}, but escalations write schedule IDs into a text field`, 'Set `escalation.customField` in the integration file to a new name (apply creates it as a text field), or delete or rename the existing field in incident.io (Settings > Custom fields); its type cannot be changed.'),
                ],
            };
        }
        return {
            changes: [],
            actions: [],
            diagnostics: [],
            existingField: existing,
            note: `The custom field "${name}" exists (${existing.id}).`,
        };
    }
    if (name.length > CUSTOM_FIELD_NAME_MAX) {
        return {
            changes: [],
            actions: [],
            note: `The custom field name "${name}" is too long.`,
            diagnostics: [
                diagnostic('error', 'custom-field-name', `The custom field name "${name}" has ${name.length} characters; incident.io allows at most ${CUSTOM_FIELD_NAME_MAX}`, 'Shorten `escalation.customField` in the integration file.'),
            ],
        };
    }
    const payload = { name, description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' };
    return {
        changes: [
            {
                kind: 'incidentio_custom_field',
                name,
                action: 'create',
                remote: true,
                reason: 'escalation incidents record the paged schedule IDs in it; incident.io does not have it yet',
                attributes: [
                    { name: 'field_type', before: undefined, after: 'text', format: 'plain' },
                    { name: 'description', before: undefined, after: CUSTOM_FIELD_DESCRIPTION, format: 'plain' },
                ],
                rules: [],
                unchangedAttributes: 0,
                unchangedRules: 0,
                at,
            },
        ],
        actions: [{ kind: 'create-custom-field', payload }],
        diagnostics: [],
        note: `The custom field "${name}" does not exist yet.`,
    };
}
/** A key that cannot create the field: the error apply reports before trying (named role). */
function lacksManageSettings(identity) {
    return !identity.roles.includes(MANAGE_SETTINGS_ROLE);
}
function manageSettingsMessage(keyName, fieldName) {
    return {
        message: `The incident.io API key "${keyName}" lacks the \`${MANAGE_SETTINGS_ROLE}\` role, which apply needs to create the custom field "${fieldName}" (POST /v2/custom_fields)`,
        fix: `In incident.io (Settings > API keys), give the key the \`${MANAGE_SETTINGS_ROLE}\` role, or create a text custom field named "${fieldName}" by hand (Settings > Custom fields) and re-run.`,
    };
}

// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/decide/scope.ts
var scope = __webpack_require__(3056);
// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
// EXTERNAL MODULE: ./src/plan/intervals.ts
var plan_intervals = __webpack_require__(237);
;// CONCATENATED MODULE: ./src/plan/people.ts
// The effect of a policy change on people (the people section of `plan`): who gains or loses
// auto-approval or approver (escalation) rights, now and over the next 7 days of the rota, per
// policy. Pure: it reads `final` on-call shifts fetched once for the whole window (one windowed
// schedule-entries query per schedule, with all its pages), never one query per hour.
//
// A person's rights under a policy are the times they are on call for a schedule the policy's
// rules name: `auto` rules give auto-approval (only on the rotations and layers of their `scope`,
// decide/scope.ts), `escalation` rules make them an approver. A `deny` rule denies regardless (a
// deny in a matching policy always wins), so under it nobody holds any right.




const RIGHT_KINDS = ['auto-approval', 'approver'];
/** Who holds which right under `policy`, and when, inside `window`. */
function policyRights(policy, shifts, window) {
    const rights = { 'auto-approval': new Map(), approver: new Map() };
    if (!policy)
        return rights;
    if (policy.rules.some((r) => r.type === 'deny'))
        return rights;
    // Per right, the shifts that give it: an auto rule's own schedules through its scope, an
    // escalation rule's services whole.
    const giving = { 'auto-approval': [], approver: [] };
    for (const rule of policy.rules) {
        if (rule.type === 'auto') {
            for (const id of new Set(rule.schedules))
                giving['auto-approval'].push(...(shifts.get(id) ?? []).filter((s) => (0,scope/* countsFor */.iu)(rule, s)));
        }
        else if (rule.type === 'escalation') {
            for (const id of new Set(rule.services))
                giving.approver.push(...(shifts.get(id) ?? []));
        }
    }
    for (const kind of RIGHT_KINDS) {
        const holders = rights[kind];
        for (const s of giving[kind]) {
            if (!s.email)
                continue;
            const h = holders.get(s.email) ?? { email: s.email, name: s.name, intervals: [] };
            h.intervals.push({ start: s.startAt.getTime(), end: s.endAt.getTime() });
            holders.set(s.email, h);
        }
        for (const h of holders.values())
            h.intervals = (0,plan_intervals/* clip */.$Q)(h.intervals, window);
        for (const [email, h] of holders)
            if (h.intervals.length === 0)
                holders.delete(email);
    }
    return rights;
}
/**
 * Who gains or loses rights from base to head, per policy, over [now, now + 7 days).
 * Logins come from the head identities map, else the base's (`kind: identities`, policies/README.md).
 */
function diffPeople(base, head, shifts, now) {
    const t = now.getTime();
    const window = { start: t, end: t + live_checks.LOOKAHEAD_MS };
    const headLogins = (0,resolve_identity/* loginsByEmail */.Ob)(head.identities);
    const baseLogins = base ? (0,resolve_identity/* loginsByEmail */.Ob)(base.identities) : new Map();
    const loginOf = (email) => headLogins.get(email) ?? baseLogins.get(email);
    const baseByName = new Map((base?.policies ?? []).map((p) => [p.name, p]));
    const headByName = new Map(head.policies.map((p) => [p.name, p]));
    const names = [...headByName.keys(), ...[...baseByName.keys()].filter((n) => !headByName.has(n))];
    const policies = [];
    for (const name of names) {
        const before = policyRights(baseByName.get(name), shifts, window);
        const after = policyRights(headByName.get(name), shifts, window);
        const changes = [];
        for (const kind of RIGHT_KINDS) {
            const emails = new Set([...before[kind].keys(), ...after[kind].keys()]);
            for (const email of emails) {
                const b = before[kind].get(email);
                const a = after[kind].get(email);
                const who = (a ?? b);
                const login = loginOf(email);
                const gained = (0,plan_intervals/* subtract */.Re)(a?.intervals ?? [], b?.intervals ?? []);
                const lost = (0,plan_intervals/* subtract */.Re)(b?.intervals ?? [], a?.intervals ?? []);
                for (const [change, intervals] of [
                    ['gain', gained],
                    ['lose', lost],
                ]) {
                    if (intervals.length === 0)
                        continue;
                    changes.push({
                        kind,
                        change,
                        email,
                        name: who.name,
                        ...(login ? { login } : {}),
                        intervals: (0,plan_intervals/* normalize */.S8)(intervals),
                        now: (0,plan_intervals/* covers */.hU)(intervals, t),
                    });
                }
            }
        }
        if (changes.length === 0)
            continue;
        const label = (c) => (c.login ?? c.name ?? c.email).toLowerCase();
        changes.sort((x, y) => RIGHT_KINDS.indexOf(x.kind) - RIGHT_KINDS.indexOf(y.kind) ||
            (x.change === y.change ? 0 : x.change === 'gain' ? -1 : 1) ||
            label(x).localeCompare(label(y)));
        policies.push({ policy: name, inBase: baseByName.has(name), inHead: headByName.has(name), changes });
    }
    return { now: t, window, policies };
}
/** Every schedule either side names: the ones whose shifts the people effect needs. */
function scheduleIdsOf(...sets) {
    const ids = new Set();
    for (const set of sets) {
        if (!set)
            continue;
        for (const id of set.integration.autoApprovalSchedules)
            ids.add(id);
        for (const p of set.policies) {
            for (const r of p.rules) {
                if (r.type === 'auto')
                    r.schedules.forEach((s) => ids.add(s));
                if (r.type === 'escalation')
                    r.services.forEach((s) => ids.add(s));
            }
        }
    }
    return [...ids];
}

;// CONCATENATED MODULE: ./src/plan/compute-plan.ts







const asWarning = (d) => ({ ...d, severity: 'warning' });
async function computePlan(src) {
    let head = (0,load_policy.loadPolicySet)(src.headFiles);
    const base = src.baseFiles.length > 0 ? (0,load_policy.loadPolicySet)(src.baseFiles) : undefined;
    const baseErrors = base ? (0,render_diagnostics.countBySeverity)(base.diagnostics).errors : 0;
    const extra = [];
    let live;
    let remote;
    let shifts = new Map();
    if (src.client) {
        // Validation reports every problem at once, so live checks run even when the
        // head already has errors; the people effect is computed only for a valid head.
        live = await (0,live_checks.runLiveChecks)(head, src.headFiles, src.client, { now: src.now, shiftsFor: head.valid ? 'all' : 'escalation' });
        shifts = new Map(live.facts.shifts);
        head = (0,live_checks.withLiveDiagnostics)(head, live.diagnostics);
        if (head.valid) {
            remote = planRemoteChanges(head, await src.client.listCustomFields());
            // A field apply cannot fix makes apply fail; in the plan it is a warning to act on before merging.
            extra.push(...remote.diagnostics.map(asWarning));
            if (remote.actions.length > 0 && lacksManageSettings(live.facts.identity)) {
                const at = remote.changes[0]?.at;
                const { message, fix } = manageSettingsMessage(live.facts.identity.name, head.integration.escalation.customField);
                extra.push({
                    severity: 'warning',
                    code: 'missing-role',
                    file: at?.file ?? '',
                    line: at?.line ?? 1,
                    column: at?.column ?? 1,
                    message,
                    fix,
                });
            }
            // Schedules only the base names still matter for who loses rights: one windowed query each.
            const baseOnly = scheduleIdsOf(base).filter((id) => !shifts.has(id) && live.facts.schedules.has(id));
            if (baseOnly.length > 0) {
                for (const [id, list] of await (0,on_call.fetchShifts)(src.client, baseOnly, src.now, new Date(src.now.getTime() + live_checks.LOOKAHEAD_MS))) {
                    shifts.set(id, list);
                }
            }
        }
    }
    if (extra.length > 0)
        head = (0,live_checks.withLiveDiagnostics)(head, extra);
    const changes = head.valid ? [...(0,diff/* diffPolicySets */.H1)(base, head), ...(remote?.changes ?? [])] : [];
    const people = !src.client
        ? { skipped: `no incident.io API key; ${src.keyHint} to see who gains or loses approval rights` }
        : head.valid
            ? diffPeople(base, head, shifts, src.now)
            : { skipped: 'the head policies are invalid' };
    const remoteNote = !src.client && head.valid && needsCustomField(head)
        ? `Note: without an incident.io API key the plan cannot see whether the custom field ${JSON.stringify(head.integration.escalation.customField)} exists in incident.io; apply creates it when it is missing.`
        : undefined;
    // Schedule, rotation and layer IDs are all shown with their names.
    const scheduleNames = new Map();
    for (const [id, s] of live?.facts.schedules ?? [])
        scheduleNames.set(id, s.name);
    for (const rotations of live?.facts.rotations?.values() ?? []) {
        for (const r of rotations) {
            scheduleNames.set(r.id, r.name);
            for (const l of r.layers)
                if (l.name)
                    scheduleNames.set(l.id, `${l.name} of ${r.name}`);
        }
    }
    return {
        model: {
            policyPath: src.policyPath,
            baseLabel: src.baseLabel,
            headLabel: src.headLabel,
            changes,
            people,
            ...(remoteNote ? { remoteNote } : {}),
            scheduleNames,
            diagnostics: head.diagnostics,
            files: head.files.length,
            baseErrors,
        },
        ...(base ? { base } : {}),
        head,
        ...(live ? { live } : {}),
        ...(remote ? { remote } : {}),
    };
}


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ diffPolicySets),
/* harmony export */   Sd: () => (/* binding */ totals)
/* harmony export */ });
/* unused harmony exports sameValue, ruleAttributes, diffRules */
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
        if (sameValue(b?.value, a?.value)) {
            if (b?.value !== undefined)
                unchanged++;
            continue;
        }
        const note = a?.note ?? b?.note;
        changes.push({
            name,
            before: b?.value,
            after: a?.value,
            format: (a ?? b).format,
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
    const baseFree = new Set(base.map((_, i) => i));
    const headFree = new Set(head.map((_, i) => i));
    let unchanged = 0;
    // 1. Identical rules, wherever they moved.
    for (const h of [...headFree]) {
        const key = ruleKey(head[h]);
        const b = [...baseFree].find((i) => ruleKey(base[i]) === key);
        if (b !== undefined) {
            baseFree.delete(b);
            headFree.delete(h);
            unchanged++;
        }
    }
    // 2. Same type: the most alike base rule, ties to the nearest index, is the one that changed.
    const changes = [];
    for (const h of [...headFree]) {
        const rule = head[h];
        const candidates = [...baseFree].filter((i) => base[i].type === rule.type);
        if (candidates.length === 0)
            continue;
        candidates.sort((x, y) => likeness(base[y], rule) - likeness(base[x], rule) || Math.abs(x - h) - Math.abs(y - h));
        const b = candidates[0];
        baseFree.delete(b);
        headFree.delete(h);
        const { changes: attrs, unchanged: same } = compareAttrs(ruleAttributes(base[b]), ruleAttributes(rule));
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
    for (const h of headFree)
        changes.push(wholeRule(head[h], h, 'create'));
    for (const b of baseFree)
        changes.push(wholeRule(base[b], b, 'destroy'));
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
            changes.push(diffPolicy(p, undefined));
    }
    const integration = diffSettings('integration', 'incidentio', integrationSide(base), integrationSide(head));
    if (integration)
        changes.push(integration);
    const identities = diffSettings('identities', 'identities', identitiesSide(base), identitiesSide(head));
    if (identities)
        changes.push(identities);
    return changes;
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Re: () => (/* binding */ subtract),
/* harmony export */   S8: () => (/* binding */ normalize),
/* harmony export */   hU: () => (/* binding */ covers),
/* harmony export */   r4: () => (/* binding */ formatInstant)
/* harmony export */ });
/* unused harmony export formatInterval */
// Half-open time intervals [start, end) in epoch milliseconds, the way oncall-gate reads schedule
// entries (an entry covers `start_at <= t < end_at`; incident.io leaves the end unstated,
// docs/incidentio.md "Schedules and who is on call"). Pure set arithmetic used by the
// plan's people effect and the audit's coverage gaps.
/** Sorted, non-overlapping, adjacent intervals merged; empty ones dropped. */
function normalize(intervals) {
    const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
    const out = [];
    for (const i of sorted) {
        const last = out[out.length - 1];
        if (last && i.start <= last.end)
            last.end = Math.max(last.end, i.end);
        else
            out.push({ start: i.start, end: i.end });
    }
    return out;
}
/** The parts of `intervals` inside `window`. */
function clip(intervals, window) {
    return normalize(intervals.map((i) => ({ start: Math.max(i.start, window.start), end: Math.min(i.end, window.end) })));
}
/** a minus b: the times in `a` not covered by `b`. */
function subtract(a, b) {
    const cut = normalize(b);
    const out = [];
    for (const piece of normalize(a)) {
        let start = piece.start;
        for (const c of cut) {
            if (c.end <= start || c.start >= piece.end)
                continue;
            if (c.start > start)
                out.push({ start, end: c.start });
            start = Math.max(start, c.end);
            if (start >= piece.end)
                break;
        }
        if (start < piece.end)
            out.push({ start, end: piece.end });
    }
    return out;
}
/** Whether instant `t` is inside one of the intervals (half-open). */
function covers(intervals, t) {
    return intervals.some((i) => i.start <= t && t < i.end);
}
/** `2026-11-20 09:00 UTC`: minutes are the finest unit rotas hand over at. */
function formatInstant(ms) {
    const iso = new Date(ms).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
/** `2026-11-20 09:00 UTC to 2026-11-21 09:00 UTC`; the year-month-day of the end is kept for clarity. */
function formatInterval(i) {
    return `${formatInstant(i.start)} to ${formatInstant(i.end)}`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export fenced */
// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links: whoever opens a pull
// request controls that text.
// Characters that start markup inline; `@` gets a zero-width joiner so it never pings anyone.
const SPECIALS = /[\\`*_[\]()#|<>~@&]/g;
function escapeMarkdown(text) {
    const flat = text.replace(/\r?\n/g, ' ').replace(SPECIALS, (c) => (c === '@' ? '@\u200b' : `\\${c}`));
    // A leading list/heading/quote marker would change the block; escape it.
    return flat.replace(/^([-+=>])/, '\\$1');
}
/** A code span that survives backticks inside the text (CommonMark: longer fence). */
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
function table(header, rows) {
    const cell = (c) => c.replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced code block that survives backtick runs inside the text (CommonMark: a longer fence). */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countBySeverity: () => (/* binding */ countBySeverity),
/* harmony export */   diagnosticTitle: () => (/* binding */ diagnosticTitle),
/* harmony export */   diagnosticsToAnnotations: () => (/* binding */ diagnosticsToAnnotations),
/* harmony export */   formatDiagnosticLine: () => (/* binding */ formatDiagnosticLine),
/* harmony export */   renderDiagnosticsTable: () => (/* binding */ renderDiagnosticsTable),
/* harmony export */   totalsLine: () => (/* binding */ totalsLine)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

const TITLES = {
    'yaml-syntax': 'policy YAML syntax',
    schema: 'policy schema',
};
function diagnosticTitle(d) {
    return TITLES[d.code] ?? `policy ${d.code.replace(/-/g, ' ')}`;
}
function diagnosticsToAnnotations(diagnostics) {
    return diagnostics.map((d) => ({
        level: d.severity,
        title: diagnosticTitle(d),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `${d.message}. Fix: ${d.fix}`,
    }));
}
function formatDiagnosticLine(d) {
    const tag = d.severity === 'warning' ? 'warning: ' : '';
    return `${d.file}:${d.line}:${d.column}: ${tag}${d.message} (${d.fix})`;
}
function countBySeverity(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return { errors, warnings: diagnostics.length - errors };
}
function totalsLine(files, diagnostics) {
    const { errors, warnings } = countBySeverity(diagnostics);
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    return `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}
function renderDiagnosticsTable(diagnostics) {
    if (diagnostics.length === 0)
        return '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'Where', 'Problem', 'Fix'], diagnostics.map((d) => [
        d.severity === 'error' ? '❌ error' : '⚠️ warning',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${d.file}:${d.line}:${d.column}`),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.fix),
    ]));
}


/***/ })

};
