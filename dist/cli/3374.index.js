export const id = 3374;
export const ids = [3374];
export const modules = {

/***/ 3374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WHO_USAGE: () => (/* binding */ WHO_USAGE),
/* harmony export */   placementOf: () => (/* binding */ placementOf),
/* harmony export */   runWhoCommand: () => (/* binding */ runWhoCommand),
/* harmony export */   whoIsOnCall: () => (/* binding */ whoIsOnCall)
/* harmony export */ });
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8785);
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4139);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(262);
/* harmony import */ var _report_render_gate_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(333);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7391);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _report_render_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5721);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9238);








const WHO_USAGE = 'Usage: oncall-gate who <schedule-id> [--policy-path DIR] [--api-url URL] [--at T] [--json]\n' +
    '  Who is on call now for the incident.io schedule, and who is next (within 7 days), with\n' +
    '  GitHub logins from the identities file under DIR (default: policies) when there is one.\n' +
    '  --at asks about another moment, as an RFC 3339 time with an offset (2026-12-11T18:00:00Z).\n' +
    '  Key in INCIDENTIO_API_KEY; URL from --api-url, INCIDENTIO_API_URL or https://api.incident.io.\n' +
    '  --json prints one JSON document instead (docs/cli.md).\n' +
    '  Exit codes: 0 answered, 1 error, 2 usage error.';
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
const usage = (message) => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });
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
        parsed = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(args, ['policy-path', 'api-url', 'at']);
        moment = (0,_check_js__WEBPACK_IMPORTED_MODULE_6__.momentFrom)(parsed.flags, cli.clock);
    }
    catch (error) {
        out.error(`${error.message}\n\n${WHO_USAGE}`);
        return usage(error.message);
    }
    if (parsed.help) {
        out.log(WHO_USAGE);
        return { exitCode: 0, verdict: 'help' };
    }
    const [scheduleId, ...extra] = parsed.positionals;
    if (scheduleId === undefined || extra.length > 0) {
        out.error(`oncall-gate who takes one schedule ID.\n\n${WHO_USAGE}`);
        return usage('oncall-gate who takes one schedule ID.');
    }
    if (!new RegExp(_policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEDULE_ID_PATTERN */ .v$).test(scheduleId)) {
        const message = `"${scheduleId}" is not an incident.io schedule ID (20-40 letters and digits, like 01HXYZSCHEDULEPRIMARY00000).`;
        out.error(`${message} ${SCHEDULE_ID_HELP}\n\n${WHO_USAGE}`);
        return { exitCode: 2, verdict: 'error', error: { kind: 'usage', message, fix: SCHEDULE_ID_HELP } };
    }
    const apiKey = env.INCIDENTIO_API_KEY ?? '';
    if (!apiKey) {
        const message = 'Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read who is on call.';
        out.error(message);
        return usage(message);
    }
    let baseUrl;
    try {
        baseUrl = (0,_check_js__WEBPACK_IMPORTED_MODULE_6__.apiUrlFrom)(parsed.flags, env);
    }
    catch (error) {
        out.error(error.message);
        return usage(error.message);
    }
    const policyPath = parsed.flags.get('policy-path') ?? 'policies';
    // Logins are a convenience: a missing or invalid policy folder only loses them.
    const notes = [];
    let logins = new Map();
    try {
        const { set } = await (0,_check_js__WEBPACK_IMPORTED_MODULE_6__.loadLocalPolicy)(policyPath, cli.cwd);
        if (set.valid)
            logins = (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .loginsByEmail */ .Ob)(set.identities);
        else
            notes.push(`Note: the policy in ${policyPath}/ is invalid; GitHub logins are not shown.`);
    }
    catch {
        if (parsed.flags.has('policy-path'))
            notes.push(`Note: no policy folder at ${policyPath}; GitHub logins are not shown.`);
    }
    for (const note of notes)
        out.error(note);
    try {
        const [client, { fetchShifts, fetchRotationNames }] = await Promise.all([cli.incidentio(baseUrl), __webpack_require__.e(/* import() */ 3869).then(__webpack_require__.bind(__webpack_require__, 6250))]);
        const { at, asked } = moment;
        // The rotation and layer names (GET /v2/schedules/{id}) come along; without them, IDs alone.
        const [byId, names] = await Promise.all([
            fetchShifts(client, [scheduleId], at, new Date(at.getTime() + LOOKAHEAD_MS)),
            fetchRotationNames(client, [scheduleId]),
        ]);
        const shifts = byId.get(scheduleId) ?? [];
        const answer = whoIsOnCall(shifts, at);
        const login = (s) => logins.get(s.email.toLowerCase());
        const person = (s) => {
            const l = login(s);
            return `${s.name} <${s.email}>${l ? ` @${l}` : ''}`;
        };
        const line = (s) => `  ${person(s)} until ${(0,_report_render_gate_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .rfc3339 */ .ag)(s.endAt)} (${placementOf(s, names)})`;
        out.log(`Schedule ${scheduleId}`);
        out.log((0,_report_render_check_js__WEBPACK_IMPORTED_MODULE_5__/* .onCallHeading */ .MU)(at, asked));
        if (answer.now.length === 0)
            out.log('  nobody');
        for (const s of answer.now)
            out.log(line(s));
        if (answer.nextAt) {
            out.log(`Next (from ${(0,_report_render_gate_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .rfc3339 */ .ag)(answer.nextAt)}):`);
            for (const s of answer.next)
                out.log(line(s));
        }
        else {
            out.log('Next: no change in the next 7 days.');
        }
        const shift = (s) => {
            const l = login(s);
            return { name: s.name, email: s.email, userId: s.userId, ...(l ? { login: l } : {}), startAt: s.startAt, endAt: s.endAt };
        };
        const facts = {
            scheduleId,
            at,
            asked,
            onCall: answer.now.map(shift),
            next: answer.next.map(shift),
            ...(answer.nextAt ? { nextAt: answer.nextAt } : {}),
            notes,
        };
        return { exitCode: 0, verdict: 'ok', facts };
    }
    catch (error) {
        // A 404 for the schedule: the ID came from the command line, not from a policy file.
        const notFound = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isServiceError */ .gi)(error, 'incidentio', 'not-found') && error.message.includes(scheduleId);
        out.error(notFound ? `Error: ${error.message} ${SCHEDULE_ID_HELP}` : `Error: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__.describeCliError)(error, cli.redactor.redact)}`);
        const report = (0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__.describeCliErrorReport)(error, cli.redactor.redact);
        return { exitCode: 1, verdict: 'error', error: notFound ? { ...report, fix: SCHEDULE_ID_HELP } : report, facts: { scheduleId, notes } };
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


/***/ })

};
