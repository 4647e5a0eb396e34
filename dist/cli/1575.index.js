export const id = 1575;
export const ids = [1575,4695,2853,3869,3790,8256,7490];
export const modules = {

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ON_CALL_WINDOW_MS: () => (/* binding */ ON_CALL_WINDOW_MS),
  OUTLOOK_MS: () => (/* binding */ OUTLOOK_MS),
  fetchOnCall: () => (/* binding */ fetchOnCall),
  fetchOnCallWithOutlook: () => (/* binding */ fetchOnCallWithOutlook),
  fetchShifts: () => (/* binding */ fetchShifts),
  finalEntriesCovering: () => (/* reexport */ finalEntriesCovering),
  onCallAt: () => (/* reexport */ onCallAt),
  shiftEndFor: () => (/* reexport */ shiftEndFor),
  shiftsOverlapping: () => (/* reexport */ shiftsOverlapping),
  toShifts: () => (/* reexport */ toShifts)
});

;// CONCATENATED MODULE: ./src/oncall/shifts.ts
const ms = (timestamp) => Date.parse(timestamp);
/** An entry that can be joined to a person: it has a user (optional in the API) with an email. */
function hasEmail(entry) {
    return entry.user !== undefined && typeof entry.user.email === 'string' && entry.user.email.trim() !== '';
}
/** Entries covering `at` that name a person with an email; entries without either are skipped. */
function finalEntriesCovering(entries, at) {
    const t = at.getTime();
    return entries.filter((e) => hasEmail(e) && ms(e.start_at) <= t && t < ms(e.end_at));
}
/**
 * Entries as shifts of `scheduleId`, skipping entries without a user email, dropping exact
 * duplicates (the same person and times, e.g. repeated across pages), sorted by start.
 */
function toShifts(scheduleId, entries) {
    const seen = new Set();
    const out = [];
    for (const e of entries) {
        if (!hasEmail(e))
            continue;
        const shift = {
            scheduleId,
            email: e.user.email.trim().toLowerCase(),
            name: e.user.name,
            userId: e.user.id,
            startAt: new Date(ms(e.start_at)),
            endAt: new Date(ms(e.end_at)),
        };
        const key = `${shift.userId}\u0000${shift.email}\u0000${shift.startAt.getTime()}\u0000${shift.endAt.getTime()}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(shift);
    }
    return out.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.endAt.getTime() - b.endAt.getTime());
}
/** Shifts covering `at`. */
function onCallAt(shifts, at) {
    const t = at.getTime();
    return shifts.filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
}
/**
 * When the duty of `email` that covers `at` ends, or undefined when they are not on call at `at`.
 * Back-to-back or overlapping shifts of the same person (on any of the given schedules) are
 * merged, so an approval lasts to the real end of duty rather than to a rotation handover that
 * hands the pager to the same person. Only the shifts passed in are known: to see beyond a
 * one-minute window, pass shifts from fetchShifts over the longer period.
 */
function shiftEndFor(email, shifts, at) {
    const who = email.trim().toLowerCase();
    const mine = shifts.filter((s) => s.email === who);
    const covering = onCallAt(mine, at);
    if (covering.length === 0)
        return undefined;
    let end = Math.max(...covering.map((s) => s.endAt.getTime()));
    const rest = [...mine].sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
    // Extend while some shift starts at or before the current end and runs past it.
    for (let grew = true; grew;) {
        grew = false;
        for (const s of rest) {
            if (s.startAt.getTime() <= end && s.endAt.getTime() > end) {
                end = s.endAt.getTime();
                grew = true;
            }
        }
    }
    return new Date(end);
}
/** Shifts overlapping [from, to); for an empty window, those covering `from`. */
function shiftsOverlapping(shifts, from, to) {
    const f = from.getTime();
    const t = to.getTime();
    if (t <= f)
        return onCallAt(shifts, from);
    return shifts.filter((s) => s.startAt.getTime() < t && s.endAt.getTime() > f);
}

;// CONCATENATED MODULE: ./src/oncall/on-call.ts


/** The window asked for "now": one minute, as incident.io's own approval integration asks. */
const ON_CALL_WINDOW_MS = 60_000;
const unique = (ids) => [...new Set(ids)];
/** Shifts covering `at`, per schedule (every requested schedule has a key, possibly with []). */
async function fetchOnCall(client, scheduleIds, at) {
    const end = new Date(at.getTime() + ON_CALL_WINDOW_MS);
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, at, end);
        return toShifts(id, finalEntriesCovering(entries.final, at));
    }));
    return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}
/** How far ahead the gate's one query per schedule reaches: the step summary's on-call outlook. */
const OUTLOOK_MS = 12 * 60 * 60_000;
/**
 * fetchOnCall and the next `outlookMs` in one query per schedule: the window runs from `at` to
 * `at + outlookMs` instead of one minute. The API returns every entry overlapping the window, so
 * the entries covering `at` (the decision's facts) are the same as for a one-minute window.
 */
async function fetchOnCallWithOutlook(client, scheduleIds, at, outlookMs = OUTLOOK_MS) {
    const to = new Date(at.getTime() + Math.max(outlookMs, ON_CALL_WINDOW_MS));
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, at, to);
        return { now: toShifts(id, finalEntriesCovering(entries.final, at)), ahead: shiftsOverlapping(toShifts(id, entries.final), at, to) };
    }));
    return {
        now: new Map(ids.map((id, i) => [id, lists[i]?.now ?? []])),
        outlook: { from: at, to, shifts: new Map(ids.map((id, i) => [id, lists[i]?.ahead ?? []])) },
    };
}
/**
 * Final shifts overlapping [from, to), per schedule, sorted by start: one windowed query per
 * schedule plus its pages. Used for "was X on call at t" (a one-minute window at t) and for the
 * 7-day views of plan and audit.
 */
async function fetchShifts(client, scheduleIds, from, to) {
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, from, to);
        // The API returns entries overlapping the window; filter again in case a server clips differently.
        return shiftsOverlapping(toShifts(id, entries.final), from, to);
    }));
    return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}


/***/ }),

/***/ 8017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  computePlan: () => (/* binding */ computePlan)
});

// EXTERNAL MODULE: ./src/policy/live-checks.ts
var live_checks = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/policy/load-policy.ts + 4 modules
var load_policy = __webpack_require__(7524);
// EXTERNAL MODULE: ./src/oncall/on-call.ts + 1 modules
var on_call = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/reconcile/remote-changes.ts
var remote_changes = __webpack_require__(3940);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
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
// rules name: `auto` rules give auto-approval, `escalation` rules make them an approver. A `deny`
// rule denies regardless (a deny in a matching policy always wins), so under it nobody holds any
// right.



const RIGHT_KINDS = ['auto-approval', 'approver'];
function rightSchedules(policy) {
    if (policy.rules.some((r) => r.type === 'deny'))
        return { 'auto-approval': [], approver: [] };
    const auto = policy.rules.flatMap((r) => (r.type === 'auto' ? r.schedules : []));
    const approver = policy.rules.flatMap((r) => (r.type === 'escalation' ? r.services : []));
    return { 'auto-approval': [...new Set(auto)], approver: [...new Set(approver)] };
}
/** Who holds which right under `policy`, and when, inside `window`. */
function policyRights(policy, shifts, window) {
    const rights = { 'auto-approval': new Map(), approver: new Map() };
    if (!policy)
        return rights;
    const schedules = rightSchedules(policy);
    for (const kind of RIGHT_KINDS) {
        const holders = rights[kind];
        for (const id of schedules[kind]) {
            for (const s of shifts.get(id) ?? []) {
                if (!s.email)
                    continue;
                const h = holders.get(s.email) ?? { email: s.email, name: s.name, intervals: [] };
                h.intervals.push({ start: s.startAt.getTime(), end: s.endAt.getTime() });
                holders.set(s.email, h);
            }
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
                const who = a ?? b;
                if (!who)
                    continue;
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
            remote = (0,remote_changes/* planRemoteChanges */.FA)(head, await src.client.listCustomFields());
            // A field apply cannot fix makes apply fail; in the plan it is a warning to act on before merging.
            extra.push(...remote.diagnostics.map(asWarning));
            if (remote.actions.length > 0 && (0,remote_changes/* lacksManageSettings */.$g)(live.facts.identity)) {
                const at = remote.changes[0]?.at;
                const { message, fix } = (0,remote_changes/* manageSettingsMessage */.yb)(live.facts.identity.name, head.integration.escalation.customField);
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
            const liveSchedules = live.facts.schedules;
            const baseOnly = scheduleIdsOf(base).filter((id) => !shifts.has(id) && liveSchedules.has(id));
            if (baseOnly.length > 0) {
                for (const [id, list] of await (0,on_call.fetchShifts)(src.client, baseOnly, src.now, new Date(src.now.getTime() + live_checks.LOOKAHEAD_MS))) {
                    shifts.set(id, list);
                }
            }
        }
    }
    if (extra.length > 0)
        head = (0,live_checks.withLiveDiagnostics)(head, extra);
    const changes = head.valid ? [...(0,diff.diffPolicySets)(base, head), ...(remote?.changes ?? [])] : [];
    const people = !src.client
        ? { skipped: `no incident.io API key; ${src.keyHint} to see who gains or loses approval rights` }
        : head.valid
            ? diffPeople(base, head, shifts, src.now)
            : { skipped: 'the head policies are invalid' };
    const remoteNote = !src.client && head.valid && (0,remote_changes/* needsCustomField */.$I)(head)
        ? `Note: without an incident.io API key the plan cannot see whether the custom field ${JSON.stringify(head.integration.escalation.customField)} exists in incident.io; apply creates it when it is missing.`
        : undefined;
    const scheduleNames = new Map();
    for (const [id, s] of live?.facts.schedules ?? [])
        scheduleNames.set(id, s.name);
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffPolicySets: () => (/* binding */ diffPolicySets),
/* harmony export */   diffRules: () => (/* binding */ diffRules),
/* harmony export */   ruleAttributes: () => (/* binding */ ruleAttributes),
/* harmony export */   sameValue: () => (/* binding */ sameValue),
/* harmony export */   totals: () => (/* binding */ totals)
/* harmony export */ });
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
function policyAttributes(p) {
    return [
        { name: 'description', value: p.description, format: 'plain' },
        { name: 'match.environments', value: p.match.environments, format: 'plain' },
        { name: 'match.branches', value: p.match.branches, format: 'plain' },
        { name: 'match.paths', value: p.match.paths, format: 'plain' },
        { name: 'match.labels', value: p.match.labels, format: 'plain' },
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

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOOKAHEAD_MS: () => (/* binding */ LOOKAHEAD_MS),
/* harmony export */   identityPosition: () => (/* binding */ identityPosition),
/* harmony export */   missingRoleDiagnostic: () => (/* binding */ missingRoleDiagnostic),
/* harmony export */   missingRoleNeeds: () => (/* binding */ missingRoleNeeds),
/* harmony export */   roleNeeds: () => (/* binding */ roleNeeds),
/* harmony export */   runLiveChecks: () => (/* binding */ runLiveChecks),
/* harmony export */   scheduleRefs: () => (/* binding */ scheduleRefs),
/* harmony export */   withLiveDiagnostics: () => (/* binding */ withLiveDiagnostics)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _oncall_on_call_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6250);
/* harmony import */ var _load_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7524);
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7297);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4139);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5016);






/** The 7-day look-ahead of plan and audit. */
const LOOKAHEAD_MS = 7 * 24 * 3_600_000;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v) => Array.isArray(v) ? v.flatMap((s, i) => (typeof s === 'string' ? [[i, s]] : [])) : [];
/**
 * Every schedule ID as written (rule `schedules`, rule `services`, integration
 * `autoApproval.schedules`), with its file, line and column, in file order.
 */
function scheduleRefs(files) {
    const refs = [];
    // Something that is not shaped like an ID (a schedule's name, say) is already a schema error.
    const shaped = new RegExp(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_ID_PATTERN */ .v$);
    for (const file of files) {
        const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file);
        const doc = parsed.value;
        if (!isObj(doc))
            continue;
        const add = (id, pointer, escalation) => {
            if (!shaped.test(id))
                return;
            const p = parsed.locate(pointer);
            refs.push({ id, escalation, at: { file: file.path, line: p.line, column: p.column } });
        };
        if (doc.kind === 'policy' && Array.isArray(doc.approval)) {
            doc.approval.forEach((rule, i) => {
                if (!isObj(rule))
                    return;
                for (const [j, id] of strings(rule.schedules))
                    add(id, `/approval/${i}/schedules/${j}`, false);
                for (const [j, id] of strings(rule.services))
                    add(id, `/approval/${i}/services/${j}`, rule.type === 'escalation');
            });
        }
        else if (doc.kind === 'integration' && isObj(doc.autoApproval)) {
            for (const [j, id] of strings(doc.autoApproval.schedules))
                add(id, `/autoApproval/schedules/${j}`, false);
        }
    }
    return refs;
}
/** Where `users.<login>` was written in the identities file (logins compare case-insensitively). */
function identityPosition(files, set, login) {
    return identityPositions(files, set)(login);
}
/** identityPosition for many logins: the identities file is read once. */
function identityPositions(files, set) {
    const at = set.identities.at;
    const fallback = at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };
    const file = at ? files.find((f) => f.path === at.file) : undefined;
    if (!file)
        return () => fallback;
    const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file);
    const users = isObj(parsed.value) ? parsed.value.users : undefined;
    // Lower-cased login -> as written; the first spelling wins, as in the resolved identities.
    const written = new Map();
    for (const key of isObj(users) ? Object.keys(users) : []) {
        if (!written.has(key.toLowerCase()))
            written.set(key.toLowerCase(), key);
    }
    return (login) => {
        const key = written.get(login.toLowerCase());
        if (key === undefined)
            return fallback;
        const p = parsed.locate(`/users/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        return { file: file.path, line: p.line, column: p.column };
    };
}
const SCHEDULE_READERS = ['viewer', 'schedules_reader', 'on_call_viewer', 'schedules_editor', 'on_call_editor'];
/** The roles the policies need from the key. */
function roleNeeds(set) {
    const firstPolicy = set.policies[0]?.at;
    const escalations = set.policies.flatMap((p) => p.rules.filter((r) => r.type === 'escalation'));
    const needs = [];
    if (set.policies.length > 0) {
        needs.push({ anyOf: SCHEDULE_READERS, why: 'to read who is on call (GET /v2/schedule_entries)', at: firstPolicy });
    }
    const [firstEscalation] = escalations;
    if (firstEscalation) {
        const { at } = firstEscalation;
        needs.push({ anyOf: ['incident_creator'], why: 'escalation rules open incidents (POST /v2/incidents)', at });
        needs.push({
            anyOf: ['incident_editor'],
            why: 'escalation decisions update the incident summary (POST /v2/incidents/{id}/actions/edit)',
            at,
        });
    }
    return needs;
}
function missingRoleNeeds(identity, needs) {
    const have = new Set([...identity.roles, ...identity.team_roles]);
    return needs.filter((n) => !n.anyOf.some((r) => have.has(r)));
}
function missingRoleDiagnostic(need, keyName, fallback) {
    const at = need.at ?? fallback;
    const roles = need.anyOf.length === 1 ? `the \`${need.anyOf[0]}\` role` : `one of the roles ${need.anyOf.map((r) => `\`${r}\``).join(', ')}`;
    return {
        severity: 'warning',
        code: 'missing-role',
        file: at.file,
        line: at.line,
        column: at.column,
        message: `The incident.io API key "${keyName}" lacks ${roles}, needed because ${need.why}`,
        fix: `In incident.io (Settings > API keys), give the key ${roles}, or use a key that has it.`,
    };
}
// ---------------------------------------------------------------------------------------------
const scheduleLabel = (s) => `${s.name} (${s.id})`;
/** IDs are random (ULID-like), so only a slip of one or two characters is worth a "did you mean". */
function nearestId(id, known) {
    let best;
    let bestDistance = 3;
    for (const k of known) {
        const d = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .editDistance */ .YC)(id, k);
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}
function knownList(schedules) {
    const all = [...schedules.values()].slice(0, 5).map(scheduleLabel);
    const more = schedules.size > 5 ? `, and ${schedules.size - 5} more` : '';
    return all.length > 0 ? ` The key can see: ${all.join(', ')}${more}.` : ' The key can see no schedules at all.';
}
/** Runs every live check; throws an incident.io error only when incident.io cannot be asked at all. */
async function runLiveChecks(set, files, client, options) {
    const diagnostics = [];
    const fallback = set.integration.at ?? set.policies[0]?.at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };
    // 1. The key itself: an invalid key fails here with the client's message and fix.
    const identity = await client.identity();
    const missing = missingRoleNeeds(identity, roleNeeds(set));
    for (const need of missing)
        diagnostics.push(missingRoleDiagnostic(need, identity.name, fallback));
    // 2. Schedules: one list, then a show only for IDs the list did not include.
    const refs = scheduleRefs(files);
    const named = new Set(refs.map((r) => r.id));
    const schedules = new Map();
    for (const s of await client.listSchedules())
        schedules.set(s.id, s);
    const unknown = [];
    for (const id of named) {
        if (schedules.has(id))
            continue;
        try {
            schedules.set(id, await client.getSchedule(id));
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'not-found'))
                unknown.push(id);
            else
                throw error;
        }
    }
    const unknownSet = new Set(unknown);
    for (const ref of refs) {
        if (!unknownSet.has(ref.id))
            continue;
        const nearId = nearestId(ref.id, [...schedules.keys()]);
        const near = nearId === undefined ? undefined : schedules.get(nearId);
        diagnostics.push({
            severity: 'error',
            code: 'unknown-schedule',
            file: ref.at.file,
            line: ref.at.line,
            column: ref.at.column,
            message: `Schedule ${ref.id} does not exist in incident.io (or the API key "${identity.name}" cannot see it)`,
            fix: (near ? `Did you mean ${scheduleLabel(near)}? ` : '') +
                "Copy the ID from the schedule's address in incident.io (On-call > Schedules > open the schedule: the last part of the URL)." +
                knownList(schedules),
        });
    }
    // 3. Identities: each mapped email must be exactly one active incident.io user.
    const identities = [];
    let usersForbidden;
    const entries = [...set.identities.users.entries()];
    const results = await Promise.all(entries.map(async ([login, email]) => {
        try {
            const user = await client.findUserByEmail(email);
            return user ? { login, email, status: 'active', userId: user.id, name: user.name } : { login, email, status: 'missing' };
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'conflict'))
                return { login, email, status: 'ambiguous' };
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'permission')) {
                usersForbidden = error;
                return { login, email, status: 'unchecked' };
            }
            throw error;
        }
    }));
    identities.push(...results);
    const identityFile = set.identities.at?.file ?? 'the identities file';
    const positionOf = identityPositions(files, set);
    for (const check of identities) {
        if (check.status === 'active' || check.status === 'unchecked')
            continue;
        const at = positionOf(check.login);
        diagnostics.push({
            severity: 'warning',
            code: 'unresolved-identity',
            file: at.file,
            line: at.line,
            column: at.column,
            message: check.status === 'missing'
                ? `\`${check.login}\` maps to ${check.email}, but no active incident.io user has that email, so ${check.login} is never on call`
                : `\`${check.login}\` maps to ${check.email}, which several active incident.io users share, so it cannot be resolved`,
            fix: check.status === 'missing'
                ? `Write the email ${check.login} signs in to incident.io with (a deactivated or invited-but-never-signed-in user counts as inactive) in ${identityFile}.`
                : 'Deactivate the duplicate incident.io account or change its email, so exactly one active user has it.',
        });
    }
    if (usersForbidden) {
        diagnostics.push(missingRoleDiagnostic({ anyOf: ['viewer'], why: 'the identities are checked against incident.io users (GET /v2/users)', at: set.identities.at }, identity.name, fallback));
    }
    // 4. Escalation schedules nobody mapped to a GitHub login is on call for: nobody can approve.
    const escalationIds = new Set(refs.filter((r) => r.escalation).map((r) => r.id));
    const wanted = [...named].filter((id) => !unknownSet.has(id) && (options.shiftsFor === 'all' || escalationIds.has(id)));
    const from = options.now;
    const to = new Date(from.getTime() + LOOKAHEAD_MS);
    const shifts = wanted.length > 0 ? await (0,_oncall_on_call_js__WEBPACK_IMPORTED_MODULE_5__.fetchShifts)(client, wanted, from, to) : new Map();
    const mapped = new Set([...set.identities.users.values()].map((e) => e.trim().toLowerCase()));
    for (const ref of refs) {
        if (!ref.escalation || unknownSet.has(ref.id))
            continue;
        const onCall = shifts.get(ref.id) ?? [];
        if (onCall.some((s) => mapped.has(s.email)))
            continue;
        const schedule = schedules.get(ref.id);
        const name = schedule ? scheduleLabel(schedule) : ref.id;
        const people = [...new Map(onCall.map((s) => [s.email, s])).values()].slice(0, 5);
        diagnostics.push({
            severity: 'warning',
            code: 'unmapped-escalation-schedule',
            file: ref.at.file,
            line: ref.at.line,
            column: ref.at.column,
            message: onCall.length === 0
                ? `Nobody is on call for schedule ${name} in the next 7 days, so nobody can approve through it`
                : `Nobody on call for schedule ${name} in the next 7 days maps to a GitHub login, so nobody can approve through it`,
            fix: onCall.length === 0
                ? 'Check the schedule in incident.io, or name a schedule that has people on call.'
                : `Add the on-call people to \`users:\` in ${identityFile} (\`<github login>: <incident.io email>\`); on call: ${people
                    .map((p) => `${p.name} <${p.email}>`)
                    .join(', ')}.`,
        });
    }
    return {
        diagnostics,
        facts: {
            identity,
            schedules,
            unknownSchedules: unknown,
            identities,
            shifts,
            missingRoles: missing.flatMap((n) => n.anyOf.slice(0, 1)),
        },
    };
}
/** Base diagnostics plus live ones, in the order loadPolicySet gives them; `valid` recomputed. */
function withLiveDiagnostics(set, live) {
    const diagnostics = [...set.diagnostics, ...live].sort(_load_policy_js__WEBPACK_IMPORTED_MODULE_1__.compareDiagnostics);
    return { ...set, diagnostics, valid: !diagnostics.some((d) => d.severity === 'error') };
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   uU: () => (/* binding */ policyDirError),
/* harmony export */   y4: () => (/* binding */ planPolicyRead),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_FILES, MAX_POLICY_TOTAL_BYTES, entryProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// What may be read from a policy folder, decided the same way whatever the source: the working
// tree (validate, plan, the CLI), the checkout's git objects (the gate) or the GitHub API (the
// gate without a checkout, request and review). Each reader lists the folder's entries and asks
// this module which files to read; so a symbolic link, a submodule, a special file, an oversized
// file or an oversized folder gets the same answer, with the same words, from every source.

/** The largest policy file read. */
const MAX_POLICY_FILE_BYTES = 256 * 1024;
/** At most this many policy files in the folder. */
const MAX_POLICY_FILES = 1000;
/** At most this many bytes of policy files in all. */
const MAX_POLICY_TOTAL_BYTES = 5 * 1024 * 1024;
const POLICY_FILE = /\.ya?ml$/;
function isPolicyFileName(path) {
    return POLICY_FILE.test(path);
}
const REGULAR_FILES_ONLY = 'oncall-gate reads only regular files from the policy folder, so that what decides is exactly what was reviewed';
/** Why an entry that is not a regular file cannot be under the policy folder. */
function entryProblem(entry) {
    switch (entry.kind) {
        case 'symlink':
            return {
                code: 'symlink',
                message: `\`${entry.path}\` is a symbolic link; ${REGULAR_FILES_ONLY}`,
                fix: 'Replace the link with the file itself (git rm the link, copy the file in its place), or move it out of the policy folder.',
            };
        case 'submodule':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a git submodule; ${REGULAR_FILES_ONLY}`,
                fix: 'Copy the policy files into the policy folder, or move the submodule out of it.',
            };
        case 'special':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a special file (a pipe, socket or device); ${REGULAR_FILES_ONLY}`,
                fix: 'Remove it from the policy folder.',
            };
        case 'file':
            return undefined;
    }
}
/**
 * The folder cannot be read as a policy folder: a `policy` error about `path` (repo-relative),
 * whose message names the path and the fix.
 */
function policyDirError(path, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ kind: 'policy', setting: 'policy-path', file: path, message, fix: '' });
}
/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
function notAFolderError(path, kind) {
    if (kind === 'file') {
        return policyDirError(path, `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
    }
    const problem = entryProblem({ path, kind })?.message ?? `\`${path}\` is not a folder`;
    return policyDirError(path, `${problem}. Make \`${path}\` a real folder.`);
}
const formatCount = (n) => n.toLocaleString('en-US');
/**
 * Decides what to read from a listing of the folder `folder` (every entry under it, any depth).
 * Non-YAML regular files are ignored; anything that is not a regular file is a problem whatever
 * its name; a YAML file over the per-file limit is a problem (it is not read); over the count or
 * total-size cap, nothing is read and the folder itself is the problem.
 */
function planPolicyRead(folder, entries) {
    const problems = [];
    const yaml = [];
    for (const entry of entries) {
        const problem = entryProblem(entry);
        if (problem)
            problems.push({ path: entry.path, text: '', problem });
        else if (isPolicyFileName(entry.path))
            yaml.push(entry);
    }
    const total = yaml.reduce((sum, e) => sum + e.size, 0);
    if (yaml.length > MAX_POLICY_FILES || total > MAX_POLICY_TOTAL_BYTES) {
        const what = yaml.length > MAX_POLICY_FILES
            ? `holds ${formatCount(yaml.length)} policy files; the limit is ${formatCount(MAX_POLICY_FILES)}`
            : `holds ${formatCount(total)} bytes of policy files; the limit is ${formatCount(MAX_POLICY_TOTAL_BYTES)} (5 MiB)`;
        const folderProblem = {
            path: folder,
            text: '',
            problem: {
                code: 'policy-folder-too-large',
                message: `The policy folder \`${folder}/\` ${what}, so none of it is read`,
                fix: 'Keep only policy files under `policy-path`, and merge small policies into fewer files.',
            },
        };
        return { read: [], problems: sortByPath([folderProblem, ...problems]) };
    }
    const read = [];
    for (const entry of yaml) {
        if (entry.size > MAX_POLICY_FILE_BYTES)
            problems.push({ path: entry.path, text: '', problem: tooLargeProblem() });
        else
            read.push(entry);
    }
    return { read: sortByPath(read), problems: sortByPath(problems) };
}
/** The per-file limit, in the words parse-yaml.ts uses when a file that was read is too large. */
function tooLargeProblem() {
    return {
        code: 'file-too-large',
        message: `The file is larger than ${MAX_POLICY_FILE_BYTES / 1024} KiB, the limit for a policy file`,
        fix: 'Split it into several files (one policy per file) or remove what is not a policy.',
    };
}
/** Files read plus problems, in one list sorted by path, as every reader returns them. */
function policyFilesOf(read, plan) {
    return sortByPath([...read, ...plan.problems]);
}
function sortByPath(items) {
    return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ needsCustomField),
/* harmony export */   $g: () => (/* binding */ lacksManageSettings),
/* harmony export */   FA: () => (/* binding */ planRemoteChanges),
/* harmony export */   UV: () => (/* binding */ CUSTOM_FIELD_DESCRIPTION),
/* harmony export */   yb: () => (/* binding */ manageSettingsMessage)
/* harmony export */ });
/* unused harmony exports CUSTOM_FIELD_NAME_MAX, MANAGE_SETTINGS_ROLE */
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


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony exports escapeCellPipes, fenced */
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
/**
 * A message as oncall-gate words them (diagnostics, errors and their fixes): prose with names in
 * code spans (`` `production` ``). The code spans stay code spans, their content literal; the
 * prose between them is escaped as user text, since a message may quote a file's content (a
 * policy name, a key). A backtick that closes nothing is prose. Escaping the whole message
 * instead would show the backticks themselves, and a code span cannot hold an escape.
 */
function messageMarkdown(message) {
    const flat = message.replace(/\r?\n/g, ' ');
    const out = [];
    let prose = '';
    let i = 0;
    while (i < flat.length) {
        const open = /`+/y;
        open.lastIndex = i;
        const run = flat[i] === '`' ? open.exec(flat)?.[0] : undefined;
        if (!run) {
            prose += flat[i];
            i += 1;
            continue;
        }
        // CommonMark: a span closes at the next run of exactly as many backticks.
        const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
        close.lastIndex = i + run.length;
        const end = close.exec(flat);
        if (!end) {
            prose += run;
            i += run.length;
            continue;
        }
        if (prose)
            out.push(escapeMarkdown(prose));
        prose = '';
        out.push(code(flat.slice(i + run.length, end.index)));
        i = end.index + run.length;
    }
    if (prose)
        out.push(escapeMarkdown(prose));
    return out.join('');
}
/**
 * A pipe inside a table cell must be escaped, or it ends the cell (GFM tables split a row at
 * unescaped pipes before they read the cells' inlines, so even a code span cannot hold a bare
 * one). A pipe counts as escaped when an odd number of backslashes stands before it; an even
 * number (`\\|`, an escaped backslash in prose, or backslashes in a code span) gets one more.
 * Renderers differ on whether `\\` before a pipe is a pair, and an odd count is escaped either way.
 */
function escapeCellPipes(cell) {
    return cell.replace(/(\\*)\|/g, (_, slashes) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
}
/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
function table(header, rows) {
    const cell = (c) => escapeCellPipes(c.replace(/\r?\n/g, '<br>'));
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
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.fix),
    ]));
}


/***/ })

};
