export const id = 524;
export const ids = [524,853];
export const modules = {

/***/ 7524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WHO_USAGE: () => (/* binding */ WHO_USAGE),
  placementOf: () => (/* binding */ placementOf),
  runWhoCommand: () => (/* binding */ runWhoCommand),
  whoIsOnCall: () => (/* binding */ whoIsOnCall)
});

// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(4139);
// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
// EXTERNAL MODULE: ./src/report/explain.ts
var explain = __webpack_require__(7389);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/report/render-gate-summary.ts






const HEADINGS = {
    approved: '✅ oncall-gate: approved',
    denied: '❌ oncall-gate: denied',
    pending: '⏳ oncall-gate: pending approval',
    'not-required': '➖ oncall-gate: no approval required',
    error: '⛔ oncall-gate: error (the job is not allowed to run)',
};
const MD = { style: explain/* MARKDOWN */.yQ, advice: 'action' };
function incidentLine(i) {
    const policy = `Policy ${code(i.policy)}: `;
    if (i.kind === 'paged') {
        const link = i.url ? `[${escapeMarkdown(i.reference)}](${i.url})` : escapeMarkdown(i.reference);
        return `${policy}the on-call team was paged through the escalation incident ${link}.`;
    }
    return i.reference
        ? `${policy}a dry run writes nothing (the escalation incident of this run is ${escapeMarkdown(i.reference)}).`
        : `${policy}a dry run opens no escalation incident (it would open one for ${code(i.requestKey)}).`;
}
/** Why the gate did not approve (the decision's reasons, then what it did about escalations). */
function gateReasons(decision, incidents = []) {
    return [...decisionReasons(decision, MD), ...incidents.map(incidentLine)];
}
/** Joins messages into sentences, each ending with a period. */
const sentences = (parts) => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');
/** The step's failure message, or undefined when the step passes. */
function gateFailure(decision, failOnDeny, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    const fixes = decisionFixes(decision, MD);
    switch (decision.result) {
        case 'approved':
        case 'not-required':
            return undefined;
        case 'error':
            return `oncall-gate could not decide, so the job may not run: ${sentences(reasons)}${fixes.length ? ` Fix: ${sentences(fixes)}` : ''}`;
        default:
            if (!failOnDeny)
                return undefined;
            return `oncall-gate ${decision.result}: ${sentences(reasons)}${fixes.length ? ` What to do: ${sentences(fixes)}` : ''}`;
    }
}
/** One log line: the result, its expiry and why. */
function gateLogLine(decision, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    return `Decision: ${decision.result}${decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : ''}${reasons.length ? `: ${reasons.join(' ')}` : '.'}`;
}
function loginLink(login, serverUrl) {
    return `[${code(login)}](${serverUrl}/${encodeURIComponent(login)})`;
}
function renderOnCall(schedules, serverUrl) {
    // The rotation and layer of each person, when incident.io's entries say (names when they were read).
    const placed = schedules.some((s) => s.people.some((p) => p.placements.length > 0));
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [code(s.scheduleId), 'nobody', '', '', ...(placed ? [''] : [])];
        const names = s.people.map((p) => `${escapeMarkdown(p.name)} (${code(p.email)})`).join('<br>');
        const logins = s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>');
        const until = s.people.map((p) => rfc3339(p.endAt)).join('<br>');
        const where = s.people.map((p) => p.placements.map((x) => placementLabel(x, MD)).join('; ') || '_none given_').join('<br>');
        return [code(s.scheduleId), names, logins, until, ...(placed ? [where] : [])];
    });
    return table(['Schedule', 'On call now', 'GitHub', 'Shift ends', ...(placed ? ['Rotation, layer'] : [])], rows);
}
/** The heading: in outage mode it says so before anything else. */
function heading(decision) {
    return decision.degraded ? `⚠️ OUTAGE MODE (degraded): ${HEADINGS[decision.result]}` : HEADINGS[decision.result];
}
function renderGateSummary(decision, ctx) {
    const out = [`### ${heading(decision)}`, ''];
    const banner = outageBanner(decision, MD);
    if (banner)
        out.push(`> **${banner}**`, '');
    if (ctx.dryRun)
        out.push('_Dry run: nothing was written anywhere; the decision is what a real run would make._', '');
    const who = decision.requester;
    const email = who.emails.length > 0
        ? `${who.emails.map(code).join(', ')}${who.emailSource ? ` (from ${who.emailSource})` : ''}`
        : decision.result === 'error'
            ? '_email not looked up (the decision stopped earlier)_'
            : '_no known incident.io email_';
    const facts = [['Requester', `${loginLink(who.login, ctx.serverUrl)}: ${email}`]];
    if (ctx.actor && ctx.actor.toLowerCase() !== ctx.triggeringActor.toLowerCase()) {
        facts.push([
            'Run',
            `started by ${loginLink(ctx.actor, ctx.serverUrl)}, re-run by ${loginLink(ctx.triggeringActor, ctx.serverUrl)} (the re-runner must be on call)`,
        ]);
    }
    if (ctx.environment)
        facts.push(['Environment', `${code(ctx.environment)}${ctx.environmentFrom ? ` (from ${ctx.environmentFrom})` : ''}`]);
    if (ctx.policyInput)
        facts.push(['Policy input', code(ctx.policyInput)]);
    facts.push([
        'Policies',
        decision.verdicts.length > 0
            ? decision.verdicts.map((v) => `${code(v.policy)} (${code(`${v.at.file}:${v.at.line}`)}): **${v.result}**`).join('<br>')
            : decision.policies.length > 0
                ? decision.policies.map(code).join(', ')
                : 'none matched',
    ]);
    if (ctx.policySource)
        facts.push(['Policy read from', escapeMarkdown(ctx.policySource)]);
    if (decision.approved) {
        // Through the escalation evidence, one login per merged PR, comma-separated.
        const approvers = (decision.approvedBy ?? '').split(',').filter(Boolean);
        facts.push([
            'Approved by',
            decision.approvedBy === 'auto' ? 'auto (on call now)' : approvers.map((l) => loginLink(l, ctx.serverUrl)).join(', '),
        ]);
        if (decision.expiresAt)
            facts.push(['Approval expires', rfc3339(decision.expiresAt)]);
    }
    if (decision.degraded) {
        facts.push(['On call', '_unknown: incident.io was unavailable_']);
    }
    else if (decision.result !== 'error' && decision.result !== 'not-required') {
        facts.push([
            'On call',
            decision.onCall ? `yes, for ${decision.onCallSchedules.map(code).join(', ')}` : 'no, for none of the schedules below',
        ]);
    }
    out.push(table(['', ''], facts), '');
    if (decision.result === 'not-required') {
        out.push('Neither the `environment` nor the `policy` input names a policy, so this job needs no approval.', '');
    }
    const reasons = gateReasons(decision, ctx.incidents);
    if (reasons.length > 0) {
        out.push(decision.result === 'error' ? '**What went wrong**' : '**Why**', '');
        for (const r of reasons)
            out.push(`- ${r}`);
        out.push('');
    }
    const fixes = decisionFixes(decision, MD);
    if (fixes.length > 0) {
        out.push('**What to do**', '');
        for (const f of fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    if ((decision.result === 'denied' || decision.result === 'pending') && !ctx.failOnDeny) {
        out.push('_`fail-on-deny: false`: the step passes, with the output `approved=false`._', '');
    }
    const ruleLines = decision.verdicts.flatMap((v) => v.rules.map((r) => `- ${code(v.policy)} rule ${r.index + 1} (${r.type}, ${code(`${r.at.file}:${r.at.line}`)}): ` +
        `${r.type === 'deny' ? 'denies' : r.holds ? 'holds' : 'does not hold'}: ${ruleReason(r, decision, MD)}` +
        (r.expiresAt ? ` (until ${rfc3339(r.expiresAt)})` : '')));
    const fallbackLines = decision.verdicts.flatMap((v) => v.fallback
        ? [
            `- ${code(v.policy)} outage fallback (${code('whenUnavailable')}, ${code(`${v.fallback.at.file}:${v.fallback.at.line}`)}): ` +
                `${v.fallback.status}: ${fallbackReason(v.fallback, MD)}` +
                (v.fallback.expiresAt ? ` (until ${rfc3339(v.fallback.expiresAt)})` : ''),
        ]
        : []);
    if (ruleLines.length + fallbackLines.length > 0) {
        out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, ...fallbackLines, '', '</details>', '');
    }
    if (decision.facts.schedules.length > 0) {
        out.push(`**On call now** (${rfc3339(decision.facts.at)})`, '', renderOnCall(decision.facts.schedules, ctx.serverUrl), '');
    }
    if (ctx.diagnostics && ctx.diagnostics.length > 0) {
        out.push('**Policy problems**', '', renderDiagnosticsTable(ctx.diagnostics), '');
    }
    return out.join('\n');
}
/** The gate's outputs, summary, annotations and (unless the step passes) failure. */
function gateResult(decision, c) {
    const annotations = diagnosticsToAnnotations(c.diagnostics ?? []);
    const incidents = c.incidents ?? [];
    if (c.notice) {
        annotations.push({ level: 'notice', ...c.notice });
    }
    else if (decision.result === 'not-required' && c.auto && !c.environment && !c.policyInput) {
        // `auto` picked the gate for this event; an open gate must not pass silently.
        annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(c.eventName) });
    }
    const banner = outageBanner(decision, MD);
    if (banner)
        annotations.push({ level: 'warning', title: 'oncall-gate: OUTAGE MODE decided', message: c.redact(banner) });
    const failure = gateFailure(decision, c.failOnDeny, incidents);
    if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
        // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
        annotations.push({
            level: 'warning',
            title: `oncall-gate ${decision.result}`,
            message: c.redact(gateReasons(decision, incidents).join(' ')),
        });
    }
    return {
        outputs: { ...gateOutputs(decision), ...c.incidentOutputs },
        summary: c.redact(renderGateSummary(decision, c)),
        annotations,
        ...(failure ? { failure: c.redact(failure) } : {}),
    };
}

// EXTERNAL MODULE: ./src/cli-args.ts
var cli_args = __webpack_require__(7391);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/render-check.ts
var render_check = __webpack_require__(5721);
// EXTERNAL MODULE: ./src/commands/check.ts + 2 modules
var check = __webpack_require__(9182);
;// CONCATENATED MODULE: ./src/commands/who.ts








const WHO_USAGE = 'Usage: oncall-gate who <schedule-id> [--policy-path DIR] [--api-url URL] [--at T]\n' +
    '  Who is on call now for the incident.io schedule, and who is next (within 7 days), with\n' +
    '  GitHub logins from the identities file under DIR (default: policies) when there is one.\n' +
    '  --at asks about another moment, as an RFC 3339 time with an offset (2026-12-11T18:00:00Z).\n' +
    '  Key in INCIDENTIO_API_KEY; URL from --api-url, INCIDENTIO_API_URL or https://api.incident.io.';
const SCHEDULE_ID_HELP = "Copy the ID from the schedule's URL in incident.io (On-call -> Schedules -> open the schedule; the ID is the last part of the URL), " +
    'or take it from a policy file (`schedules:` / `services:`).';
/** How far ahead "next" looks. */
const LOOKAHEAD_MS = 7 * 24 * 60 * 60 * 1000;
/** Pure: who covers `at` (an entry covers [start, end)) and who starts at the next changeover. */
function whoIsOnCall(shifts, at) {
    const t = at.getTime();
    const now = shifts.filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
    const later = shifts.filter((s) => s.startAt.getTime() > t);
    if (later.length === 0)
        return { now, next: [] };
    const nextAt = Math.min(...later.map((s) => s.startAt.getTime()));
    return { now, next: later.filter((s) => s.startAt.getTime() === nextAt), nextAt: new Date(nextAt) };
}
/**
 * "rotation Primary 01H..., layer Layer 1 01H...": where a shift sits, with the IDs a policy's
 * `scope` names (policies/README.md, "Rotations and layers").
 */
function placementOf(s, names) {
    const one = (what, id, name) => id === undefined ? [] : [`${what} ${name ? `${name} ${id}` : id}`];
    const parts = [
        ...one('rotation', s.rotationId, s.rotationId !== undefined ? names.rotations.get(s.rotationId) : undefined),
        ...one('layer', s.layerId, s.layerId !== undefined ? names.layers.get(s.layerId) : undefined),
    ];
    return parts.length > 0 ? parts.join(', ') : 'no rotation or layer given: an override may have none';
}
async function runWhoCommand(args, cli) {
    const { env, out } = cli;
    let parsed;
    let moment;
    try {
        parsed = (0,cli_args.parseFlags)(args, ['policy-path', 'api-url', 'at']);
        moment = (0,check.momentFrom)(parsed.flags, cli.clock);
    }
    catch (error) {
        out.error(`${error.message}\n\n${WHO_USAGE}`);
        return 2;
    }
    if (parsed.help) {
        out.log(WHO_USAGE);
        return 0;
    }
    if (parsed.positionals.length !== 1) {
        out.error(`oncall-gate who takes one schedule ID.\n\n${WHO_USAGE}`);
        return 2;
    }
    const scheduleId = parsed.positionals[0];
    if (!new RegExp(schema/* SCHEDULE_ID_PATTERN */.v$).test(scheduleId)) {
        out.error(`"${scheduleId}" is not an incident.io schedule ID (20-40 letters and digits, like 01HXYZSCHEDULEPRIMARY00000). ` +
            `${SCHEDULE_ID_HELP}\n\n${WHO_USAGE}`);
        return 2;
    }
    const apiKey = env.INCIDENTIO_API_KEY ?? '';
    if (!apiKey) {
        out.error('Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read who is on call.');
        return 2;
    }
    let baseUrl;
    try {
        baseUrl = (0,check.apiUrlFrom)(parsed.flags, env);
    }
    catch (error) {
        out.error(error.message);
        return 2;
    }
    const policyPath = parsed.flags.get('policy-path') ?? 'policies';
    // Logins are a convenience: a missing or invalid policy folder only loses them.
    let logins = new Map();
    try {
        const set = await (0,check.loadLocalPolicy)(policyPath);
        if (set.valid)
            logins = (0,resolve_identity/* loginsByEmail */.Ob)(set.identities);
        else
            out.error(`Note: the policy in ${policyPath}/ is invalid; GitHub logins are not shown.`);
    }
    catch {
        if (parsed.flags.has('policy-path'))
            out.error(`Note: no policy folder at ${policyPath}; GitHub logins are not shown.`);
    }
    try {
        const [client, { fetchShifts, fetchRotationNames }] = await Promise.all([cli.incidentio(baseUrl), __webpack_require__.e(/* import() */ 869).then(__webpack_require__.bind(__webpack_require__, 6250))]);
        const { at, asked } = moment;
        // The rotation and layer names (GET /v2/schedules/{id}) come along; without them, IDs alone.
        const [byId, names] = await Promise.all([
            fetchShifts(client, [scheduleId], at, new Date(at.getTime() + LOOKAHEAD_MS)),
            fetchRotationNames(client, [scheduleId]),
        ]);
        const shifts = byId.get(scheduleId) ?? [];
        const answer = whoIsOnCall(shifts, at);
        const person = (s) => {
            const login = logins.get(s.email.toLowerCase());
            return `${s.name} <${s.email}>${login ? ` @${login}` : ''}`;
        };
        const line = (s) => `  ${person(s)} until ${(0,explain/* rfc3339 */.ag)(s.endAt)} (${placementOf(s, names)})`;
        out.log(`Schedule ${scheduleId}`);
        out.log((0,render_check/* onCallHeading */.M)(at, asked));
        if (answer.now.length === 0)
            out.log('  nobody');
        for (const s of answer.now)
            out.log(line(s));
        if (answer.nextAt) {
            out.log(`Next (from ${(0,explain/* rfc3339 */.ag)(answer.nextAt)}):`);
            for (const s of answer.next)
                out.log(line(s));
        }
        else {
            out.log('Next: no change in the next 7 days.');
        }
        return 0;
    }
    catch (error) {
        // A 404 for the schedule: the ID came from the command line, not from a policy file.
        const notFound = (0,errors/* isServiceError */.gi)(error, 'incidentio', 'not-found') && error.message.includes(scheduleId);
        out.error(notFound ? `Error: ${error.message} ${SCHEDULE_ID_HELP}` : `Error: ${(0,describe_error.describeCliError)(error, cli.redactor.redact)}`);
        return 1;
    }
}


/***/ }),

/***/ 4139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ RULE_TYPES),
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   Fo: () => (/* binding */ escalationRuleSchema),
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   GX: () => (/* binding */ EMAIL_PATTERN),
/* harmony export */   NT: () => (/* binding */ LOGIN_PATTERN),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   Yo: () => (/* binding */ policyFileSchema),
/* harmony export */   Zx: () => (/* binding */ TEAM_SLUG_PATTERN),
/* harmony export */   g0: () => (/* binding */ denyRuleSchema),
/* harmony export */   pB: () => (/* binding */ autoRuleSchema),
/* harmony export */   rC: () => (/* binding */ MATCH_KEYS),
/* harmony export */   v$: () => (/* binding */ SCHEDULE_ID_PATTERN)
/* harmony export */ });
/* unused harmony exports ROTATION_ID_PATTERN, SCHEMA_ID, approvalRuleSchema, fallbackSchema, whenUnavailableSchema, policyDocSchema, integrationDocSchema, IDENTITY_LOOKUPS, identitiesDocSchema */
// The JSON Schema for every policy file kind (documented in policies/README.md). This object is the
// source of truth: the *Doc types in types.ts are derived from it with json-schema-to-ts, and the
// published policies/schema.json (for editors, via `# yaml-language-server: $schema=./schema.json`)
// is this object serialised. `npm run generate` rewrites it and the standalone validator from this
// file; test/scripts/generate.test.ts fails while either committed file is stale.
//
// Draft-07, because it is the draft editors (yaml-language-server) and ajv's default class
// share. `discriminator` is an OpenAPI keyword that ajv understands (option `discriminator`) and
// editors ignore: it makes ajv validate only the branch named by `kind` / `type`, so errors point
// at the right rule instead of listing every branch of the `oneOf`.
/** Policy names: lower-case letters, digits and inner hyphens (a DNS label, like GitHub environments in URLs). */
const NAME_PATTERN = '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$';
/**
 * incident.io schedule IDs are opaque ULID-like strings (e.g. `01G0J1EXE7AXZ2C93K61WBPYEH`, the last
 * part of a schedule's permalink, `https://app.incident.io/<org>/on-call/schedules/<ID>`). Names such as
 * "Platform primary" contain spaces and are rejected here with a fix.
 */
const SCHEDULE_ID_PATTERN = '^[0-9A-Za-z]{20,40}$';
/**
 * Rotation and layer IDs have the same shape as schedule IDs (incident.io's ULID-like IDs); a
 * rotation's or layer's name is rejected here, and `validate` with a key suggests its ID.
 */
const ROTATION_ID_PATTERN = SCHEDULE_ID_PATTERN;
/** A GitHub team slug (the last part of github.com/orgs/<org>/teams/<slug>), in the repository's organisation. */
const TEAM_SLUG_PATTERN = '^[a-z0-9][a-z0-9_-]{0,99}$';
/** A whole number of minutes, hours or days; the semantic pass bounds the value. */
const DURATION_PATTERN = '^[1-9][0-9]*(m|h|d)$';
/** Deliberately loose (one `@`, a dot in the domain, no spaces): incident.io is the real judge. */
const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
/** GitHub logins: letters, digits and hyphens, starting with a letter or digit, at most 39 characters. */
const LOGIN_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$';
const SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/policies/schema.json';
const scheduleIdList = {
    type: 'array',
    minItems: 1,
    items: {
        type: 'string',
        pattern: SCHEDULE_ID_PATTERN,
        title: 'incident.io schedule ID',
        description: "The ID from the schedule's URL in incident.io (On-call > Schedules > open the schedule: the last part of the address), not its name.",
        examples: ['01HXYZSCHEDULEPRIMARY00000'],
    },
};
const duration = {
    type: 'string',
    pattern: DURATION_PATTERN,
    description: 'A whole number followed by m (minutes), h (hours) or d (days), between 1m and 30d.',
};
const stringList = (title, description, maxLength, example) => ({
    type: 'array',
    title,
    description,
    minItems: 1,
    items: { type: 'string', minLength: 1, maxLength },
    examples: [[example]],
});
const incidentIoIdList = (what, example) => ({
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    title: `${what}s`,
    items: {
        type: 'string',
        pattern: ROTATION_ID_PATTERN,
        title: `incident.io ${what} ID`,
        description: `The ${what}'s ID (not its name): \`oncall-gate who <schedule-id>\` lists each on-call person's rotation and layer with their IDs.`,
        examples: [example],
    },
    examples: [[example]],
});
/** Per schedule, the rotations and layers whose on-call people count (by ID, so a rename changes nothing). */
const scopeSchema = {
    type: 'object',
    title: 'scope',
    description: "Per schedule ID (one of the rule's schedules): only on-call people on these rotations or layers count. Entries without a rotation or layer (some overrides) never count for a scoped schedule. Schedules not listed count whole.",
    minProperties: 1,
    propertyNames: { pattern: SCHEDULE_ID_PATTERN },
    additionalProperties: {
        type: 'object',
        title: 'schedule scope',
        description: 'An entry counts when its rotation is one of `rotations` or its layer is one of `layers`.',
        additionalProperties: false,
        minProperties: 1,
        properties: {
            rotations: {
                ...incidentIoIdList('rotation', '01HXYZROTATIONPAYPRIMARY00'),
                description: 'Rotation IDs whose on-call people count (every layer of each).',
            },
            layers: {
                ...incidentIoIdList('layer', '01HXYZLAYERPAYPRIMARY00000'),
                description: 'Layer IDs whose on-call people count.',
            },
        },
    },
    examples: [{ '01HXYZSCHEDULEPAYMENTS0000': { rotations: ['01HXYZROTATIONPAYPRIMARY00'] } }],
};
const autoRuleSchema = {
    type: 'object',
    title: 'auto rule',
    description: 'Approves when the requester is on call right now for one of the schedules. Any one satisfied rule approves.',
    additionalProperties: false,
    required: ['type', 'integration'],
    properties: {
        type: { const: 'auto' },
        integration: { const: 'incidentio', description: 'The only integration: incident.io.' },
        schedules: {
            ...scheduleIdList,
            title: 'schedules',
            description: "incident.io schedule IDs whose on-call person is auto-approved. Optional: defaults to the integration's autoApproval.schedules.",
            examples: [['01HXYZSCHEDULEPRIMARY00000']],
        },
        scope: scopeSchema,
        duration: {
            ...duration,
            title: 'duration',
            description: `How long an auto-approval lasts, capped by the end of the on-call shift (default 1h). ${duration.description}`,
            examples: ['1h'],
        },
        options: {
            type: 'object',
            title: 'options',
            additionalProperties: false,
            properties: {
                requireReason: {
                    type: 'boolean',
                    description: 'Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false.',
                },
            },
        },
    },
};
const escalationRuleSchema = {
    type: 'object',
    title: 'escalation rule',
    description: 'Pages the on-call people of `services` through an incident.io incident; one of them approves by approving the pull request.',
    additionalProperties: false,
    required: ['type', 'integration', 'services'],
    properties: {
        type: { const: 'escalation' },
        integration: { const: 'incidentio', description: 'The only integration: incident.io.' },
        services: {
            ...scheduleIdList,
            title: 'services',
            description: 'incident.io schedule IDs whose on-call people may approve (required, at least one).',
            examples: [['01HXYZSCHEDULEPRIMARY00000']],
        },
        duration: {
            ...duration,
            title: 'duration',
            description: `An approval older than this no longer counts (default 24h). ${duration.description}`,
            examples: ['24h'],
        },
        options: {
            type: 'object',
            title: 'options',
            additionalProperties: false,
            properties: {
                allowOneParty: {
                    type: 'boolean',
                    description: 'Let a requester who is on call for `services` approve their own request (GitHub forbids approving your own PR). Default false.',
                },
                requireReason: {
                    type: 'boolean',
                    description: 'Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false.',
                },
            },
        },
    },
};
const denyRuleSchema = {
    type: 'object',
    title: 'deny rule',
    description: 'Denies every request the policy matches, whatever the other rules say (e.g. a change freeze).',
    additionalProperties: false,
    required: ['type'],
    properties: {
        type: { const: 'deny' },
        reason: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
            title: 'reason',
            description: 'Shown with the denial. Default "Denied by policy <name>".',
            examples: ['Change freeze until 2026-12-01'],
        },
    },
};
const RULE_TYPES = ['auto', 'escalation', 'deny'];
const approvalRuleSchema = {
    type: 'object',
    title: 'approval rule',
    description: 'One way to approve (`auto`, `escalation`) or a `deny`.',
    required: ['type'],
    properties: { type: { type: 'string', enum: RULE_TYPES } },
    discriminator: { propertyName: 'type' },
    oneOf: [autoRuleSchema, escalationRuleSchema, denyRuleSchema],
};
const MATCH_KEYS = ['environments', 'branches', 'paths', 'labels'];
/** The outage fallback: approval by a pull request review from people the policy names. */
const fallbackSchema = {
    type: 'object',
    title: 'outage fallback',
    description: 'When incident.io is unreachable or failing (5xx after retries, or the API deadline passed; never a 429, a bad key, a missing role or an unknown schedule): an APPROVED review of the pull request by one of these people approves, under every second-party rule of escalation. Name `approvers`, `approverTeams` or both.',
    additionalProperties: false,
    properties: {
        approvers: {
            type: 'array',
            title: 'approvers',
            description: 'GitHub logins whose approving review counts while incident.io is unavailable.',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: LOGIN_PATTERN },
            examples: [['alice', 'bob']],
        },
        approverTeams: {
            type: 'array',
            title: 'approverTeams',
            description: "GitHub team slugs of the repository's organisation whose members' approving review counts; needs the `github-teams-token` input (the workflow token cannot read team membership).",
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: TEAM_SLUG_PATTERN },
            examples: [['platform-leads']],
        },
        duration: {
            ...duration,
            title: 'duration',
            description: `An approval older than this no longer counts (default 24h). ${duration.description}`,
            examples: ['24h'],
        },
    },
};
const whenUnavailableSchema = {
    title: 'whenUnavailable',
    description: 'What happens when incident.io is unavailable: `deny` (the default: every decision is an error, fail closed) or an outage fallback reviewed as code.',
    oneOf: [{ const: 'deny' }, fallbackSchema],
    examples: ['deny', { approvers: ['alice', 'bob'], duration: '4h' }],
};
const policyDocSchema = {
    type: 'object',
    title: 'policy',
    description: 'Who may approve what: which jobs and pull requests it matches, and the rules that approve them.',
    additionalProperties: false,
    required: ['version', 'kind', 'name', 'match', 'approval'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'policy' },
        name: {
            type: 'string',
            pattern: NAME_PATTERN,
            maxLength: 63,
            title: 'name',
            description: 'Unique across all policy files: lower-case letters, digits and hyphens.',
            examples: ['production-deploy'],
        },
        description: { type: 'string', maxLength: 2000, title: 'description' },
        match: {
            type: 'object',
            title: 'match',
            description: 'What the policy applies to. `gate` matches by `environments`; `request`/`review` by `branches`, then `paths` and `labels` when given (AND across lists, OR within one).',
            additionalProperties: false,
            properties: {
                environments: stringList('environments', 'gate: matches when the `environment` input is one of these.', 255, 'production'),
                branches: stringList('branches', 'request/review: the pull request base branch (globs allowed). Without it the policy never matches a pull request.', 255, 'main'),
                paths: stringList('paths', 'request/review, optional: some changed file matches one of these globs.', 1024, 'services/api/**'),
                labels: stringList('labels', 'request/review, optional: the pull request has one of these labels.', 100, 'deploy'),
            },
        },
        approval: {
            type: 'array',
            title: 'approval',
            description: 'Any one satisfied rule approves (OR); a `deny` rule denies regardless; an empty list always denies.',
            items: approvalRuleSchema,
        },
        whenUnavailable: whenUnavailableSchema,
    },
};
const integrationDocSchema = {
    type: 'object',
    title: 'integration',
    description: 'incident.io settings for auto-approval and escalation incidents (at most one file).',
    additionalProperties: false,
    required: ['version', 'kind', 'integration'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'integration' },
        integration: { const: 'incidentio', title: 'integration', description: 'The only integration: incident.io.' },
        autoApproval: {
            type: 'object',
            title: 'autoApproval',
            additionalProperties: false,
            properties: {
                schedules: {
                    type: 'array',
                    title: 'schedules',
                    description: '`auto` rules without their own `schedules` use these. None selected: auto-approval denies everything.',
                    items: scheduleIdList.items,
                    examples: [['01HXYZSCHEDULEPRIMARY00000']],
                },
            },
        },
        escalation: {
            type: 'object',
            title: 'escalation',
            additionalProperties: false,
            properties: {
                customField: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'customField',
                    description: 'Text custom field holding the schedule IDs on escalation incidents; `apply` creates it. Default "On-call gate schedules".',
                    examples: ['On-call gate schedules'],
                },
                visibility: {
                    type: 'string',
                    enum: ['public', 'private'],
                    title: 'visibility',
                    description: 'Incident visibility. Default public.',
                },
                mode: {
                    type: 'string',
                    enum: ['standard', 'test'],
                    title: 'mode',
                    description: 'standard, or test (test incidents do not page; use for trials). Default standard.',
                },
                severity: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'severity',
                    description: 'Optional severity name or ID.',
                    examples: ['Minor'],
                },
                incidentType: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'incidentType',
                    description: 'Optional incident type name or ID.',
                    examples: ['Default'],
                },
                notifyIncidentChannel: {
                    type: 'boolean',
                    title: 'notifyIncidentChannel',
                    description: 'Post summary updates to the incident channel. Default false.',
                },
            },
        },
    },
};
const IDENTITY_LOOKUPS = ['map', 'github-public-email', 'github-verified-domain-email'];
const identitiesDocSchema = {
    type: 'object',
    title: 'identities',
    description: 'How GitHub logins map to incident.io emails (at most one file).',
    additionalProperties: false,
    required: ['version', 'kind'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'identities' },
        lookup: {
            type: 'array',
            title: 'lookup',
            description: "Ways to find a login's email, in order (default [map]). github-verified-domain-email needs an org-capable token.",
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', enum: IDENTITY_LOOKUPS },
            examples: [['map', 'github-public-email']],
        },
        users: {
            type: 'object',
            title: 'users',
            description: 'GitHub login: incident.io email. Logins and emails are compared case-insensitively.',
            propertyNames: { pattern: LOGIN_PATTERN },
            additionalProperties: { type: 'string', pattern: EMAIL_PATTERN, maxLength: 254 },
            examples: [{ octocat: 'octo.cat@example.com' }],
        },
    },
};
const KINDS = ['policy', 'integration', 'identities'];
const policyFileSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'oncall-gate policy file',
    description: 'One document per file under policies/: a `policy`, the `integration` settings, or the `identities` map. See policies/README.md.',
    type: 'object',
    required: ['version', 'kind'],
    properties: {
        version: { const: 1 },
        kind: { type: 'string', enum: KINDS },
    },
    discriminator: { propertyName: 'kind' },
    oneOf: [policyDocSchema, integrationDocSchema, identitiesDocSchema],
};


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
