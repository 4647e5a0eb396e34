export const id = 1397;
export const ids = [1397];
export const modules = {

/***/ 1397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicyTests: () => (/* binding */ loadPolicyTests),
  resolveSnapshotPath: () => (/* binding */ resolveSnapshotPath)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/policy/parse-yaml.ts
var parse_yaml = __webpack_require__(7297);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(4139);
;// CONCATENATED MODULE: ./src/policy-test/schema.ts
// The JSON Schema of the files in the policy tests folder (`policy-tests/` by default; documented
// in docs/policy-tests.md): `kind: policy-test` files state cases and their expected results,
// `kind: rota-snapshot` files hold the schedule entries and users the cases are judged on. This
// object is the source of truth: the types are derived from it (json-schema-to-ts), and
// `npm run generate` publishes it as policy-tests/schema.json (for editors) and builds the
// standalone validator load-tests.ts runs. As in policies/schema.json, `discriminator` makes ajv
// check only the branch `kind` names, and every object is closed: an unknown key is an error.

const TEST_KINDS = ['policy-test', 'rota-snapshot'];
const RESULTS = ['approved', 'denied', 'pending', 'not-required'];
const RULE_TYPES = ['auto', 'escalation', 'deny'];
const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'];
/** RFC 3339 with an offset: `2026-01-06T10:00:00Z` or `2026-01-06T11:00:00+01:00`. */
const TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$';
/** A GitHub login (a bot's ends in `[bot]`). */
const ACTOR_LOGIN_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$';
const TESTS_SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/policy-tests/schema.json';
const time = (description) => ({ type: 'string', pattern: TIME_PATTERN, description: `${description} RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z.` });
const login = (description) => ({ type: 'string', pattern: ACTOR_LOGIN_PATTERN, description });
const logins = (description) => ({ type: 'array', items: login('A GitHub login.'), description });
const stringList = (description) => ({ type: 'array', items: { type: 'string', minLength: 1, maxLength: 1000 }, description });
const snapshotList = {
    type: 'array',
    minItems: 1,
    items: { type: 'string', minLength: 1, maxLength: 500, description: 'A rota-snapshot file, relative to this file.' },
    description: 'Rota snapshots (kind: rota-snapshot) the cases are judged on, as paths relative to this file, inside the tests folder.',
};
const reviewSchema = {
    type: 'object',
    title: 'review',
    additionalProperties: false,
    required: ['by', 'state', 'at'],
    properties: {
        by: login('The reviewer (GitHub login; resolved to an email by the identities file).'),
        state: { type: 'string', enum: REVIEW_STATES, description: 'The review state, as GitHub gives it.' },
        at: time("The review's submitted_at."),
        stale: { type: 'boolean', description: 'The review is of an earlier commit than the head (it never counts). Default false.' },
    },
};
const expectSchema = {
    type: 'object',
    title: 'expect',
    additionalProperties: false,
    required: ['result'],
    properties: {
        result: { type: 'string', enum: RESULTS, description: 'The expected decision.' },
        policy: {
            type: 'string',
            pattern: schema/* NAME_PATTERN */.Vh,
            description: 'The policy `rule` is in (default: the only matched policy; else the first with the expected result).',
        },
        rule: {
            description: "The rule that decides: its 1-based position in the policy's `approval` list, or its type when the policy has one rule of that type. For pending: the escalation rule waiting.",
            oneOf: [
                { type: 'integer', minimum: 1 },
                { type: 'string', enum: RULE_TYPES },
            ],
        },
        expiresAt: time('When the approval stops counting (the `expires-at` output).'),
        approvedBy: { type: 'string', minLength: 1, maxLength: 200, description: '`auto`, or the login of the approving reviewer.' },
    },
};
const pullSchema = {
    type: 'object',
    title: 'pull request',
    description: 'Makes the case a pull request (as `request` and `review` judge one) instead of a workflow run.',
    additionalProperties: false,
    required: ['base'],
    properties: {
        base: { type: 'string', minLength: 1, maxLength: 255, description: 'The base branch (matched against `match.branches`).' },
        files: stringList('The changed files (matched against `match.paths`).'),
        labels: stringList('The labels (matched against `match.labels`).'),
        draft: { type: 'boolean', description: 'A draft pull request: it waits for ready for review. Default false.' },
        commitAuthors: logins('Logins linked to its commits besides the author (they cannot approve it).'),
        pushedBy: logins('Who pushed its head (default: the author; they cannot approve it).'),
    },
};
const mergedSchema = {
    type: 'object',
    title: 'merged pull request',
    description: "A workflow run's evidence: the pull request merged into the default branch that carries the deployed commit; `reviews` are its reviews.",
    additionalProperties: false,
    required: ['author', 'at'],
    properties: {
        author: login('Its author.'),
        at: time('When it was merged.'),
        commitAuthors: logins('Logins linked to its commits besides the author.'),
        pushedBy: logins('Who pushed its final head (default: the author).'),
    },
};
const testCaseSchema = {
    type: 'object',
    title: 'test case',
    additionalProperties: false,
    required: ['name', 'at', 'actor', 'expect'],
    properties: {
        name: { type: 'string', minLength: 1, maxLength: 200, description: 'What the case shows, in a few words.' },
        at: time('The decision time.'),
        actor: {
            type: 'string',
            minLength: 1,
            maxLength: 320,
            description: "Who asks: a GitHub login (resolved by the identities file's `users`) or an incident.io email.",
        },
        environment: { type: 'string', minLength: 1, maxLength: 255, description: "A workflow run: the gate's `environment` input." },
        policy: { type: 'string', pattern: schema/* NAME_PATTERN */.Vh, description: "A workflow run: the gate's `policy` input (a policy name)." },
        reason: { type: 'string', maxLength: 2000, description: "The reason: the `reason` input, or the pull request's `Reason:` line." },
        pull: pullSchema,
        merged: mergedSchema,
        reviews: {
            type: 'array',
            items: reviewSchema,
            description: 'The reviews of the pull request (`pull`) or of the merged one (`merged`).',
        },
        snapshots: snapshotList,
        expect: expectSchema,
    },
};
const testFileSchema = {
    type: 'object',
    title: 'policy test file',
    additionalProperties: false,
    required: ['version', 'kind', 'cases'],
    properties: {
        version: { const: 1 },
        kind: { const: 'policy-test' },
        description: { type: 'string', maxLength: 2000 },
        snapshots: snapshotList,
        cases: { type: 'array', minItems: 1, items: testCaseSchema },
    },
};
const snapshotFileSchema = {
    type: 'object',
    title: 'rota snapshot',
    description: 'Schedule entries and the users they name, as recorded by `oncall-gate record` or written by hand.',
    additionalProperties: false,
    required: ['version', 'kind', 'window', 'users', 'schedules'],
    properties: {
        version: { const: 1 },
        kind: { const: 'rota-snapshot' },
        recordedAt: time('When `oncall-gate record` recorded it.'),
        window: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to'],
            description: 'The time the snapshot covers: cases may only ask about instants in [from, to).',
            properties: { from: time('Start of the window.'), to: time('End of the window.') },
        },
        users: {
            type: 'array',
            description: 'The incident.io users the entries name.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'name', 'email'],
                properties: {
                    id: { type: 'string', minLength: 1, maxLength: 100, description: 'The incident.io user ID.' },
                    name: { type: 'string', maxLength: 200 },
                    email: { type: 'string', pattern: schema/* EMAIL_PATTERN */.GX, description: 'The email: the join key with GitHub logins.' },
                },
            },
        },
        schedules: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'entries'],
                properties: {
                    id: { type: 'string', pattern: schema/* SCHEDULE_ID_PATTERN */.v$, description: 'The incident.io schedule ID.' },
                    name: { type: 'string', maxLength: 200 },
                    entries: {
                        type: 'array',
                        description: 'The final entries (overrides applied) in the window.',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['user', 'start', 'end'],
                            properties: {
                                user: { type: 'string', minLength: 1, maxLength: 100, description: 'A user `id` from `users`.' },
                                start: time('Start of the shift.'),
                                end: time('End of the shift (exclusive).'),
                                rotation: { type: 'string', maxLength: 100, description: 'The rotation ID, when incident.io gave one.' },
                                layer: { type: 'string', maxLength: 100, description: 'The layer ID, when incident.io gave one.' },
                            },
                        },
                    },
                },
            },
        },
    },
};
const policyTestsFileSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: TESTS_SCHEMA_ID,
    title: 'oncall-gate policy tests folder file',
    description: 'One document per file under policy-tests/: a `policy-test` file of cases, or a `rota-snapshot`. See docs/policy-tests.md.',
    type: 'object',
    required: ['version', 'kind'],
    properties: {
        version: { const: 1 },
        kind: { type: 'string', enum: TEST_KINDS },
    },
    discriminator: { propertyName: 'kind' },
    oneOf: [testFileSchema, snapshotFileSchema],
};

;// CONCATENATED MODULE: ./src/policy-test/tests-validator.generated.ts
// @ts-nocheck
// GENERATED from src/policy-test/schema.ts by scripts/generated-files.ts; do not edit.
// Regenerate: npm run generate
const validate = validate10;
/* harmony default export */ const tests_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/org/oncall-gate/v1/policy-tests/schema.json", "title": "oncall-gate policy tests folder file", "description": "One document per file under policy-tests/: a `policy-test` file of cases, or a `rota-snapshot`. See docs/policy-tests.md.", "type": "object", "required": ["version", "kind"], "properties": { "version": { "const": 1 }, "kind": { "type": "string", "enum": ["policy-test", "rota-snapshot"] } }, "discriminator": { "propertyName": "kind" }, "oneOf": [{ "type": "object", "title": "policy test file", "additionalProperties": false, "required": ["version", "kind", "cases"], "properties": { "version": { "const": 1 }, "kind": { "const": "policy-test" }, "description": { "type": "string", "maxLength": 2000 }, "snapshots": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 500, "description": "A rota-snapshot file, relative to this file." }, "description": "Rota snapshots (kind: rota-snapshot) the cases are judged on, as paths relative to this file, inside the tests folder." }, "cases": { "type": "array", "minItems": 1, "items": { "type": "object", "title": "test case", "additionalProperties": false, "required": ["name", "at", "actor", "expect"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "description": "What the case shows, in a few words." }, "at": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "The decision time. RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "actor": { "type": "string", "minLength": 1, "maxLength": 320, "description": "Who asks: a GitHub login (resolved by the identities file's `users`) or an incident.io email." }, "environment": { "type": "string", "minLength": 1, "maxLength": 255, "description": "A workflow run: the gate's `environment` input." }, "policy": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "description": "A workflow run: the gate's `policy` input (a policy name)." }, "reason": { "type": "string", "maxLength": 2000, "description": "The reason: the `reason` input, or the pull request's `Reason:` line." }, "pull": { "type": "object", "title": "pull request", "description": "Makes the case a pull request (as `request` and `review` judge one) instead of a workflow run.", "additionalProperties": false, "required": ["base"], "properties": { "base": { "type": "string", "minLength": 1, "maxLength": 255, "description": "The base branch (matched against `match.branches`)." }, "files": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 1000 }, "description": "The changed files (matched against `match.paths`)." }, "labels": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 1000 }, "description": "The labels (matched against `match.labels`)." }, "draft": { "type": "boolean", "description": "A draft pull request: it waits for ready for review. Default false." }, "commitAuthors": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "description": "A GitHub login." }, "description": "Logins linked to its commits besides the author (they cannot approve it)." }, "pushedBy": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "description": "A GitHub login." }, "description": "Who pushed its head (default: the author; they cannot approve it)." } } }, "merged": { "type": "object", "title": "merged pull request", "description": "A workflow run's evidence: the pull request merged into the default branch that carries the deployed commit; `reviews` are its reviews.", "additionalProperties": false, "required": ["author", "at"], "properties": { "author": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "description": "Its author." }, "at": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "When it was merged. RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "commitAuthors": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "description": "A GitHub login." }, "description": "Logins linked to its commits besides the author." }, "pushedBy": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "description": "A GitHub login." }, "description": "Who pushed its final head (default: the author)." } } }, "reviews": { "type": "array", "items": { "type": "object", "title": "review", "additionalProperties": false, "required": ["by", "state", "at"], "properties": { "by": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "description": "The reviewer (GitHub login; resolved to an email by the identities file)." }, "state": { "type": "string", "enum": ["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"], "description": "The review state, as GitHub gives it." }, "at": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "The review's submitted_at. RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "stale": { "type": "boolean", "description": "The review is of an earlier commit than the head (it never counts). Default false." } } }, "description": "The reviews of the pull request (`pull`) or of the merged one (`merged`)." }, "snapshots": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 500, "description": "A rota-snapshot file, relative to this file." }, "description": "Rota snapshots (kind: rota-snapshot) the cases are judged on, as paths relative to this file, inside the tests folder." }, "expect": { "type": "object", "title": "expect", "additionalProperties": false, "required": ["result"], "properties": { "result": { "type": "string", "enum": ["approved", "denied", "pending", "not-required"], "description": "The expected decision." }, "policy": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "description": "The policy `rule` is in (default: the only matched policy; else the first with the expected result)." }, "rule": { "description": "The rule that decides: its 1-based position in the policy's `approval` list, or its type when the policy has one rule of that type. For pending: the escalation rule waiting.", "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "enum": ["auto", "escalation", "deny"] }] }, "expiresAt": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "When the approval stops counting (the `expires-at` output). RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "approvedBy": { "type": "string", "minLength": 1, "maxLength": 200, "description": "`auto`, or the login of the approving reviewer." } } } } } } } }, { "type": "object", "title": "rota snapshot", "description": "Schedule entries and the users they name, as recorded by `oncall-gate record` or written by hand.", "additionalProperties": false, "required": ["version", "kind", "window", "users", "schedules"], "properties": { "version": { "const": 1 }, "kind": { "const": "rota-snapshot" }, "recordedAt": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "When `oncall-gate record` recorded it. RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "window": { "type": "object", "additionalProperties": false, "required": ["from", "to"], "description": "The time the snapshot covers: cases may only ask about instants in [from, to).", "properties": { "from": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "Start of the window. RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "to": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "End of the window. RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." } } }, "users": { "type": "array", "description": "The incident.io users the entries name.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "name", "email"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The incident.io user ID." }, "name": { "type": "string", "maxLength": 200 }, "email": { "type": "string", "pattern": "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "description": "The email: the join key with GitHub logins." } } } }, "schedules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "entries"], "properties": { "id": { "type": "string", "pattern": "^[0-9A-Za-z]{20,40}$", "description": "The incident.io schedule ID." }, "name": { "type": "string", "maxLength": 200 }, "entries": { "type": "array", "description": "The final entries (overrides applied) in the window.", "items": { "type": "object", "additionalProperties": false, "required": ["user", "start", "end"], "properties": { "user": { "type": "string", "minLength": 1, "maxLength": 100, "description": "A user `id` from `users`." }, "start": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "Start of the shift. RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "end": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "End of the shift (exclusive). RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z." }, "rotation": { "type": "string", "maxLength": 100, "description": "The rotation ID, when incident.io gave one." }, "layer": { "type": "string", "maxLength": 100, "description": "The layer ID, when incident.io gave one." } } } } } } } } }] };
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", "u");
const pattern1 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
const pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "u");
const pattern15 = new RegExp("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "u");
const pattern16 = new RegExp("^[0-9A-Za-z]{20,40}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/org/oncall-gate/v1/policy-tests/schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.kind === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.version !== undefined) {
            if (1 !== data.version) {
                const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            let data1 = data.kind;
            if (typeof data1 !== "string") {
                const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (!((data1 === "policy-test") || (data1 === "rota-snapshot"))) {
                const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        const tag0 = data.kind;
        if (typeof tag0 == "string") {
            if (tag0 === "policy-test") {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.version === undefined) {
                        const err5 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                    if (data.kind === undefined) {
                        const err6 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data.cases === undefined) {
                        const err7 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "cases" }, message: "must have required property '" + "cases" + "'" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    for (const key0 in data) {
                        if (!(((((key0 === "version") || (key0 === "kind")) || (key0 === "description")) || (key0 === "snapshots")) || (key0 === "cases"))) {
                            const err8 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    if (data.version !== undefined) {
                        if (1 !== data.version) {
                            const err9 = { instancePath: instancePath + "/version", schemaPath: "#/oneOf/0/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data.kind !== undefined) {
                        if ("policy-test" !== data.kind) {
                            const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/0/properties/kind/const", keyword: "const", params: { allowedValue: "policy-test" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data.description !== undefined) {
                        let data4 = data.description;
                        if (typeof data4 === "string") {
                            if (data4.length > 2000) {
                                const err11 = { instancePath: instancePath + "/description", schemaPath: "#/oneOf/0/properties/description/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err12 = { instancePath: instancePath + "/description", schemaPath: "#/oneOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data.snapshots !== undefined) {
                        let data5 = data.snapshots;
                        if (Array.isArray(data5)) {
                            if (data5.length < 1) {
                                const err13 = { instancePath: instancePath + "/snapshots", schemaPath: "#/oneOf/0/properties/snapshots/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                            const len0 = data5.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data6 = data5[i0];
                                if (typeof data6 === "string") {
                                    if (data6.length > 500) {
                                        const err14 = { instancePath: instancePath + "/snapshots/" + i0, schemaPath: "#/oneOf/0/properties/snapshots/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err14];
                                        }
                                        else {
                                            vErrors.push(err14);
                                        }
                                        errors++;
                                    }
                                    if (data6.length < 1) {
                                        const err15 = { instancePath: instancePath + "/snapshots/" + i0, schemaPath: "#/oneOf/0/properties/snapshots/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err15];
                                        }
                                        else {
                                            vErrors.push(err15);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err16 = { instancePath: instancePath + "/snapshots/" + i0, schemaPath: "#/oneOf/0/properties/snapshots/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/snapshots", schemaPath: "#/oneOf/0/properties/snapshots/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data.cases !== undefined) {
                        let data7 = data.cases;
                        if (Array.isArray(data7)) {
                            if (data7.length < 1) {
                                const err18 = { instancePath: instancePath + "/cases", schemaPath: "#/oneOf/0/properties/cases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                            const len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data8 = data7[i1];
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                    if (data8.name === undefined) {
                                        const err19 = { instancePath: instancePath + "/cases/" + i1, schemaPath: "#/oneOf/0/properties/cases/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err19];
                                        }
                                        else {
                                            vErrors.push(err19);
                                        }
                                        errors++;
                                    }
                                    if (data8.at === undefined) {
                                        const err20 = { instancePath: instancePath + "/cases/" + i1, schemaPath: "#/oneOf/0/properties/cases/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err20];
                                        }
                                        else {
                                            vErrors.push(err20);
                                        }
                                        errors++;
                                    }
                                    if (data8.actor === undefined) {
                                        const err21 = { instancePath: instancePath + "/cases/" + i1, schemaPath: "#/oneOf/0/properties/cases/items/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property '" + "actor" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err21];
                                        }
                                        else {
                                            vErrors.push(err21);
                                        }
                                        errors++;
                                    }
                                    if (data8.expect === undefined) {
                                        const err22 = { instancePath: instancePath + "/cases/" + i1, schemaPath: "#/oneOf/0/properties/cases/items/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property '" + "expect" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err22];
                                        }
                                        else {
                                            vErrors.push(err22);
                                        }
                                        errors++;
                                    }
                                    for (const key1 in data8) {
                                        if (!(func2.call(schema11.oneOf[0].properties.cases.items.properties, key1))) {
                                            const err23 = { instancePath: instancePath + "/cases/" + i1, schemaPath: "#/oneOf/0/properties/cases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err23];
                                            }
                                            else {
                                                vErrors.push(err23);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.name !== undefined) {
                                        let data9 = data8.name;
                                        if (typeof data9 === "string") {
                                            if (data9.length > 200) {
                                                const err24 = { instancePath: instancePath + "/cases/" + i1 + "/name", schemaPath: "#/oneOf/0/properties/cases/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err24];
                                                }
                                                else {
                                                    vErrors.push(err24);
                                                }
                                                errors++;
                                            }
                                            if (data9.length < 1) {
                                                const err25 = { instancePath: instancePath + "/cases/" + i1 + "/name", schemaPath: "#/oneOf/0/properties/cases/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err25];
                                                }
                                                else {
                                                    vErrors.push(err25);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err26 = { instancePath: instancePath + "/cases/" + i1 + "/name", schemaPath: "#/oneOf/0/properties/cases/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err26];
                                            }
                                            else {
                                                vErrors.push(err26);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.at !== undefined) {
                                        let data10 = data8.at;
                                        if (typeof data10 === "string") {
                                            if (!pattern0.test(data10)) {
                                                const err27 = { instancePath: instancePath + "/cases/" + i1 + "/at", schemaPath: "#/oneOf/0/properties/cases/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err27];
                                                }
                                                else {
                                                    vErrors.push(err27);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err28 = { instancePath: instancePath + "/cases/" + i1 + "/at", schemaPath: "#/oneOf/0/properties/cases/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err28];
                                            }
                                            else {
                                                vErrors.push(err28);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.actor !== undefined) {
                                        let data11 = data8.actor;
                                        if (typeof data11 === "string") {
                                            if (data11.length > 320) {
                                                const err29 = { instancePath: instancePath + "/cases/" + i1 + "/actor", schemaPath: "#/oneOf/0/properties/cases/items/properties/actor/maxLength", keyword: "maxLength", params: { limit: 320 }, message: "must NOT have more than 320 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err29];
                                                }
                                                else {
                                                    vErrors.push(err29);
                                                }
                                                errors++;
                                            }
                                            if (data11.length < 1) {
                                                const err30 = { instancePath: instancePath + "/cases/" + i1 + "/actor", schemaPath: "#/oneOf/0/properties/cases/items/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err30];
                                                }
                                                else {
                                                    vErrors.push(err30);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err31 = { instancePath: instancePath + "/cases/" + i1 + "/actor", schemaPath: "#/oneOf/0/properties/cases/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err31];
                                            }
                                            else {
                                                vErrors.push(err31);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.environment !== undefined) {
                                        let data12 = data8.environment;
                                        if (typeof data12 === "string") {
                                            if (data12.length > 255) {
                                                const err32 = { instancePath: instancePath + "/cases/" + i1 + "/environment", schemaPath: "#/oneOf/0/properties/cases/items/properties/environment/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err32];
                                                }
                                                else {
                                                    vErrors.push(err32);
                                                }
                                                errors++;
                                            }
                                            if (data12.length < 1) {
                                                const err33 = { instancePath: instancePath + "/cases/" + i1 + "/environment", schemaPath: "#/oneOf/0/properties/cases/items/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err33];
                                                }
                                                else {
                                                    vErrors.push(err33);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err34 = { instancePath: instancePath + "/cases/" + i1 + "/environment", schemaPath: "#/oneOf/0/properties/cases/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err34];
                                            }
                                            else {
                                                vErrors.push(err34);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.policy !== undefined) {
                                        let data13 = data8.policy;
                                        if (typeof data13 === "string") {
                                            if (!pattern1.test(data13)) {
                                                const err35 = { instancePath: instancePath + "/cases/" + i1 + "/policy", schemaPath: "#/oneOf/0/properties/cases/items/properties/policy/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err35];
                                                }
                                                else {
                                                    vErrors.push(err35);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err36 = { instancePath: instancePath + "/cases/" + i1 + "/policy", schemaPath: "#/oneOf/0/properties/cases/items/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err36];
                                            }
                                            else {
                                                vErrors.push(err36);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.reason !== undefined) {
                                        let data14 = data8.reason;
                                        if (typeof data14 === "string") {
                                            if (data14.length > 2000) {
                                                const err37 = { instancePath: instancePath + "/cases/" + i1 + "/reason", schemaPath: "#/oneOf/0/properties/cases/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err37];
                                                }
                                                else {
                                                    vErrors.push(err37);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err38 = { instancePath: instancePath + "/cases/" + i1 + "/reason", schemaPath: "#/oneOf/0/properties/cases/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err38];
                                            }
                                            else {
                                                vErrors.push(err38);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.pull !== undefined) {
                                        let data15 = data8.pull;
                                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                            if (data15.base === undefined) {
                                                const err39 = { instancePath: instancePath + "/cases/" + i1 + "/pull", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property '" + "base" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err39];
                                                }
                                                else {
                                                    vErrors.push(err39);
                                                }
                                                errors++;
                                            }
                                            for (const key2 in data15) {
                                                if (!((((((key2 === "base") || (key2 === "files")) || (key2 === "labels")) || (key2 === "draft")) || (key2 === "commitAuthors")) || (key2 === "pushedBy"))) {
                                                    const err40 = { instancePath: instancePath + "/cases/" + i1 + "/pull", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                        vErrors = [err40];
                                                    }
                                                    else {
                                                        vErrors.push(err40);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data15.base !== undefined) {
                                                let data16 = data15.base;
                                                if (typeof data16 === "string") {
                                                    if (data16.length > 255) {
                                                        const err41 = { instancePath: instancePath + "/cases/" + i1 + "/pull/base", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/base/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err41];
                                                        }
                                                        else {
                                                            vErrors.push(err41);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data16.length < 1) {
                                                        const err42 = { instancePath: instancePath + "/cases/" + i1 + "/pull/base", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/base/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err42];
                                                        }
                                                        else {
                                                            vErrors.push(err42);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err43 = { instancePath: instancePath + "/cases/" + i1 + "/pull/base", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err43];
                                                    }
                                                    else {
                                                        vErrors.push(err43);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data15.files !== undefined) {
                                                let data17 = data15.files;
                                                if (Array.isArray(data17)) {
                                                    const len2 = data17.length;
                                                    for (let i2 = 0; i2 < len2; i2++) {
                                                        let data18 = data17[i2];
                                                        if (typeof data18 === "string") {
                                                            if (data18.length > 1000) {
                                                                const err44 = { instancePath: instancePath + "/cases/" + i1 + "/pull/files/" + i2, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/files/items/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err44];
                                                                }
                                                                else {
                                                                    vErrors.push(err44);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data18.length < 1) {
                                                                const err45 = { instancePath: instancePath + "/cases/" + i1 + "/pull/files/" + i2, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err45];
                                                                }
                                                                else {
                                                                    vErrors.push(err45);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err46 = { instancePath: instancePath + "/cases/" + i1 + "/pull/files/" + i2, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err46];
                                                            }
                                                            else {
                                                                vErrors.push(err46);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err47 = { instancePath: instancePath + "/cases/" + i1 + "/pull/files", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err47];
                                                    }
                                                    else {
                                                        vErrors.push(err47);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data15.labels !== undefined) {
                                                let data19 = data15.labels;
                                                if (Array.isArray(data19)) {
                                                    const len3 = data19.length;
                                                    for (let i3 = 0; i3 < len3; i3++) {
                                                        let data20 = data19[i3];
                                                        if (typeof data20 === "string") {
                                                            if (data20.length > 1000) {
                                                                const err48 = { instancePath: instancePath + "/cases/" + i1 + "/pull/labels/" + i3, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err48];
                                                                }
                                                                else {
                                                                    vErrors.push(err48);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data20.length < 1) {
                                                                const err49 = { instancePath: instancePath + "/cases/" + i1 + "/pull/labels/" + i3, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err49];
                                                                }
                                                                else {
                                                                    vErrors.push(err49);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err50 = { instancePath: instancePath + "/cases/" + i1 + "/pull/labels/" + i3, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err50];
                                                            }
                                                            else {
                                                                vErrors.push(err50);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err51 = { instancePath: instancePath + "/cases/" + i1 + "/pull/labels", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err51];
                                                    }
                                                    else {
                                                        vErrors.push(err51);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data15.draft !== undefined) {
                                                if (typeof data15.draft !== "boolean") {
                                                    const err52 = { instancePath: instancePath + "/cases/" + i1 + "/pull/draft", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/draft/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                    if (vErrors === null) {
                                                        vErrors = [err52];
                                                    }
                                                    else {
                                                        vErrors.push(err52);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data15.commitAuthors !== undefined) {
                                                let data22 = data15.commitAuthors;
                                                if (Array.isArray(data22)) {
                                                    const len4 = data22.length;
                                                    for (let i4 = 0; i4 < len4; i4++) {
                                                        let data23 = data22[i4];
                                                        if (typeof data23 === "string") {
                                                            if (!pattern2.test(data23)) {
                                                                const err53 = { instancePath: instancePath + "/cases/" + i1 + "/pull/commitAuthors/" + i4, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/commitAuthors/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err53];
                                                                }
                                                                else {
                                                                    vErrors.push(err53);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err54 = { instancePath: instancePath + "/cases/" + i1 + "/pull/commitAuthors/" + i4, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/commitAuthors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err54];
                                                            }
                                                            else {
                                                                vErrors.push(err54);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err55 = { instancePath: instancePath + "/cases/" + i1 + "/pull/commitAuthors", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/commitAuthors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err55];
                                                    }
                                                    else {
                                                        vErrors.push(err55);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data15.pushedBy !== undefined) {
                                                let data24 = data15.pushedBy;
                                                if (Array.isArray(data24)) {
                                                    const len5 = data24.length;
                                                    for (let i5 = 0; i5 < len5; i5++) {
                                                        let data25 = data24[i5];
                                                        if (typeof data25 === "string") {
                                                            if (!pattern2.test(data25)) {
                                                                const err56 = { instancePath: instancePath + "/cases/" + i1 + "/pull/pushedBy/" + i5, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/pushedBy/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err56];
                                                                }
                                                                else {
                                                                    vErrors.push(err56);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err57 = { instancePath: instancePath + "/cases/" + i1 + "/pull/pushedBy/" + i5, schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/pushedBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err57];
                                                            }
                                                            else {
                                                                vErrors.push(err57);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err58 = { instancePath: instancePath + "/cases/" + i1 + "/pull/pushedBy", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/properties/pushedBy/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err58];
                                                    }
                                                    else {
                                                        vErrors.push(err58);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err59 = { instancePath: instancePath + "/cases/" + i1 + "/pull", schemaPath: "#/oneOf/0/properties/cases/items/properties/pull/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err59];
                                            }
                                            else {
                                                vErrors.push(err59);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.merged !== undefined) {
                                        let data26 = data8.merged;
                                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                            if (data26.author === undefined) {
                                                const err60 = { instancePath: instancePath + "/cases/" + i1 + "/merged", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err60];
                                                }
                                                else {
                                                    vErrors.push(err60);
                                                }
                                                errors++;
                                            }
                                            if (data26.at === undefined) {
                                                const err61 = { instancePath: instancePath + "/cases/" + i1 + "/merged", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err61];
                                                }
                                                else {
                                                    vErrors.push(err61);
                                                }
                                                errors++;
                                            }
                                            for (const key3 in data26) {
                                                if (!((((key3 === "author") || (key3 === "at")) || (key3 === "commitAuthors")) || (key3 === "pushedBy"))) {
                                                    const err62 = { instancePath: instancePath + "/cases/" + i1 + "/merged", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                        vErrors = [err62];
                                                    }
                                                    else {
                                                        vErrors.push(err62);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data26.author !== undefined) {
                                                let data27 = data26.author;
                                                if (typeof data27 === "string") {
                                                    if (!pattern2.test(data27)) {
                                                        const err63 = { instancePath: instancePath + "/cases/" + i1 + "/merged/author", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/author/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" + "\"" };
                                                        if (vErrors === null) {
                                                            vErrors = [err63];
                                                        }
                                                        else {
                                                            vErrors.push(err63);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err64 = { instancePath: instancePath + "/cases/" + i1 + "/merged/author", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err64];
                                                    }
                                                    else {
                                                        vErrors.push(err64);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data26.at !== undefined) {
                                                let data28 = data26.at;
                                                if (typeof data28 === "string") {
                                                    if (!pattern0.test(data28)) {
                                                        const err65 = { instancePath: instancePath + "/cases/" + i1 + "/merged/at", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/at/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                                        if (vErrors === null) {
                                                            vErrors = [err65];
                                                        }
                                                        else {
                                                            vErrors.push(err65);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err66 = { instancePath: instancePath + "/cases/" + i1 + "/merged/at", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err66];
                                                    }
                                                    else {
                                                        vErrors.push(err66);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data26.commitAuthors !== undefined) {
                                                let data29 = data26.commitAuthors;
                                                if (Array.isArray(data29)) {
                                                    const len6 = data29.length;
                                                    for (let i6 = 0; i6 < len6; i6++) {
                                                        let data30 = data29[i6];
                                                        if (typeof data30 === "string") {
                                                            if (!pattern2.test(data30)) {
                                                                const err67 = { instancePath: instancePath + "/cases/" + i1 + "/merged/commitAuthors/" + i6, schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/commitAuthors/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err67];
                                                                }
                                                                else {
                                                                    vErrors.push(err67);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err68 = { instancePath: instancePath + "/cases/" + i1 + "/merged/commitAuthors/" + i6, schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/commitAuthors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err68];
                                                            }
                                                            else {
                                                                vErrors.push(err68);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err69 = { instancePath: instancePath + "/cases/" + i1 + "/merged/commitAuthors", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/commitAuthors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err69];
                                                    }
                                                    else {
                                                        vErrors.push(err69);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data26.pushedBy !== undefined) {
                                                let data31 = data26.pushedBy;
                                                if (Array.isArray(data31)) {
                                                    const len7 = data31.length;
                                                    for (let i7 = 0; i7 < len7; i7++) {
                                                        let data32 = data31[i7];
                                                        if (typeof data32 === "string") {
                                                            if (!pattern2.test(data32)) {
                                                                const err70 = { instancePath: instancePath + "/cases/" + i1 + "/merged/pushedBy/" + i7, schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/pushedBy/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err70];
                                                                }
                                                                else {
                                                                    vErrors.push(err70);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err71 = { instancePath: instancePath + "/cases/" + i1 + "/merged/pushedBy/" + i7, schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/pushedBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err71];
                                                            }
                                                            else {
                                                                vErrors.push(err71);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err72 = { instancePath: instancePath + "/cases/" + i1 + "/merged/pushedBy", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/properties/pushedBy/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err72];
                                                    }
                                                    else {
                                                        vErrors.push(err72);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err73 = { instancePath: instancePath + "/cases/" + i1 + "/merged", schemaPath: "#/oneOf/0/properties/cases/items/properties/merged/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err73];
                                            }
                                            else {
                                                vErrors.push(err73);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.reviews !== undefined) {
                                        let data33 = data8.reviews;
                                        if (Array.isArray(data33)) {
                                            const len8 = data33.length;
                                            for (let i8 = 0; i8 < len8; i8++) {
                                                let data34 = data33[i8];
                                                if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                                    if (data34.by === undefined) {
                                                        const err74 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8, schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property '" + "by" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err74];
                                                        }
                                                        else {
                                                            vErrors.push(err74);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data34.state === undefined) {
                                                        const err75 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8, schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property '" + "state" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err75];
                                                        }
                                                        else {
                                                            vErrors.push(err75);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data34.at === undefined) {
                                                        const err76 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8, schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err76];
                                                        }
                                                        else {
                                                            vErrors.push(err76);
                                                        }
                                                        errors++;
                                                    }
                                                    for (const key4 in data34) {
                                                        if (!((((key4 === "by") || (key4 === "state")) || (key4 === "at")) || (key4 === "stale"))) {
                                                            const err77 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8, schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                                            if (vErrors === null) {
                                                                vErrors = [err77];
                                                            }
                                                            else {
                                                                vErrors.push(err77);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data34.by !== undefined) {
                                                        let data35 = data34.by;
                                                        if (typeof data35 === "string") {
                                                            if (!pattern2.test(data35)) {
                                                                const err78 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8 + "/by", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/properties/by/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err78];
                                                                }
                                                                else {
                                                                    vErrors.push(err78);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err79 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8 + "/by", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err79];
                                                            }
                                                            else {
                                                                vErrors.push(err79);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data34.state !== undefined) {
                                                        let data36 = data34.state;
                                                        if (typeof data36 !== "string") {
                                                            const err80 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8 + "/state", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err80];
                                                            }
                                                            else {
                                                                vErrors.push(err80);
                                                            }
                                                            errors++;
                                                        }
                                                        if (!((((data36 === "APPROVED") || (data36 === "CHANGES_REQUESTED")) || (data36 === "COMMENTED")) || (data36 === "DISMISSED"))) {
                                                            const err81 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8 + "/state", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema11.oneOf[0].properties.cases.items.properties.reviews.items.properties.state.enum }, message: "must be equal to one of the allowed values" };
                                                            if (vErrors === null) {
                                                                vErrors = [err81];
                                                            }
                                                            else {
                                                                vErrors.push(err81);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data34.at !== undefined) {
                                                        let data37 = data34.at;
                                                        if (typeof data37 === "string") {
                                                            if (!pattern0.test(data37)) {
                                                                const err82 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8 + "/at", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err82];
                                                                }
                                                                else {
                                                                    vErrors.push(err82);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err83 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8 + "/at", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err83];
                                                            }
                                                            else {
                                                                vErrors.push(err83);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data34.stale !== undefined) {
                                                        if (typeof data34.stale !== "boolean") {
                                                            const err84 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8 + "/stale", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/properties/stale/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                            if (vErrors === null) {
                                                                vErrors = [err84];
                                                            }
                                                            else {
                                                                vErrors.push(err84);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err85 = { instancePath: instancePath + "/cases/" + i1 + "/reviews/" + i8, schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err85];
                                                    }
                                                    else {
                                                        vErrors.push(err85);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err86 = { instancePath: instancePath + "/cases/" + i1 + "/reviews", schemaPath: "#/oneOf/0/properties/cases/items/properties/reviews/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err86];
                                            }
                                            else {
                                                vErrors.push(err86);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.snapshots !== undefined) {
                                        let data39 = data8.snapshots;
                                        if (Array.isArray(data39)) {
                                            if (data39.length < 1) {
                                                const err87 = { instancePath: instancePath + "/cases/" + i1 + "/snapshots", schemaPath: "#/oneOf/0/properties/cases/items/properties/snapshots/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                if (vErrors === null) {
                                                    vErrors = [err87];
                                                }
                                                else {
                                                    vErrors.push(err87);
                                                }
                                                errors++;
                                            }
                                            const len9 = data39.length;
                                            for (let i9 = 0; i9 < len9; i9++) {
                                                let data40 = data39[i9];
                                                if (typeof data40 === "string") {
                                                    if (data40.length > 500) {
                                                        const err88 = { instancePath: instancePath + "/cases/" + i1 + "/snapshots/" + i9, schemaPath: "#/oneOf/0/properties/cases/items/properties/snapshots/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err88];
                                                        }
                                                        else {
                                                            vErrors.push(err88);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data40.length < 1) {
                                                        const err89 = { instancePath: instancePath + "/cases/" + i1 + "/snapshots/" + i9, schemaPath: "#/oneOf/0/properties/cases/items/properties/snapshots/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err89];
                                                        }
                                                        else {
                                                            vErrors.push(err89);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err90 = { instancePath: instancePath + "/cases/" + i1 + "/snapshots/" + i9, schemaPath: "#/oneOf/0/properties/cases/items/properties/snapshots/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err90];
                                                    }
                                                    else {
                                                        vErrors.push(err90);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err91 = { instancePath: instancePath + "/cases/" + i1 + "/snapshots", schemaPath: "#/oneOf/0/properties/cases/items/properties/snapshots/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err91];
                                            }
                                            else {
                                                vErrors.push(err91);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data8.expect !== undefined) {
                                        let data41 = data8.expect;
                                        if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                            if (data41.result === undefined) {
                                                const err92 = { instancePath: instancePath + "/cases/" + i1 + "/expect", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property '" + "result" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err92];
                                                }
                                                else {
                                                    vErrors.push(err92);
                                                }
                                                errors++;
                                            }
                                            for (const key5 in data41) {
                                                if (!(((((key5 === "result") || (key5 === "policy")) || (key5 === "rule")) || (key5 === "expiresAt")) || (key5 === "approvedBy"))) {
                                                    const err93 = { instancePath: instancePath + "/cases/" + i1 + "/expect", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                        vErrors = [err93];
                                                    }
                                                    else {
                                                        vErrors.push(err93);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data41.result !== undefined) {
                                                let data42 = data41.result;
                                                if (typeof data42 !== "string") {
                                                    const err94 = { instancePath: instancePath + "/cases/" + i1 + "/expect/result", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/result/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err94];
                                                    }
                                                    else {
                                                        vErrors.push(err94);
                                                    }
                                                    errors++;
                                                }
                                                if (!((((data42 === "approved") || (data42 === "denied")) || (data42 === "pending")) || (data42 === "not-required"))) {
                                                    const err95 = { instancePath: instancePath + "/cases/" + i1 + "/expect/result", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/result/enum", keyword: "enum", params: { allowedValues: schema11.oneOf[0].properties.cases.items.properties.expect.properties.result.enum }, message: "must be equal to one of the allowed values" };
                                                    if (vErrors === null) {
                                                        vErrors = [err95];
                                                    }
                                                    else {
                                                        vErrors.push(err95);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data41.policy !== undefined) {
                                                let data43 = data41.policy;
                                                if (typeof data43 === "string") {
                                                    if (!pattern1.test(data43)) {
                                                        const err96 = { instancePath: instancePath + "/cases/" + i1 + "/expect/policy", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/policy/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" + "\"" };
                                                        if (vErrors === null) {
                                                            vErrors = [err96];
                                                        }
                                                        else {
                                                            vErrors.push(err96);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err97 = { instancePath: instancePath + "/cases/" + i1 + "/expect/policy", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err97];
                                                    }
                                                    else {
                                                        vErrors.push(err97);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data41.rule !== undefined) {
                                                let data44 = data41.rule;
                                                const _errs96 = errors;
                                                let valid29 = false;
                                                let passing0 = null;
                                                const _errs97 = errors;
                                                if (!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))) {
                                                    const err98 = { instancePath: instancePath + "/cases/" + i1 + "/expect/rule", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/rule/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    if (vErrors === null) {
                                                        vErrors = [err98];
                                                    }
                                                    else {
                                                        vErrors.push(err98);
                                                    }
                                                    errors++;
                                                }
                                                if ((typeof data44 == "number") && (isFinite(data44))) {
                                                    if (data44 < 1 || isNaN(data44)) {
                                                        const err99 = { instancePath: instancePath + "/cases/" + i1 + "/expect/rule", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/rule/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                        if (vErrors === null) {
                                                            vErrors = [err99];
                                                        }
                                                        else {
                                                            vErrors.push(err99);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var _valid0 = _errs97 === errors;
                                                if (_valid0) {
                                                    valid29 = true;
                                                    passing0 = 0;
                                                }
                                                const _errs99 = errors;
                                                if (typeof data44 !== "string") {
                                                    const err100 = { instancePath: instancePath + "/cases/" + i1 + "/expect/rule", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/rule/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err100];
                                                    }
                                                    else {
                                                        vErrors.push(err100);
                                                    }
                                                    errors++;
                                                }
                                                if (!(((data44 === "auto") || (data44 === "escalation")) || (data44 === "deny"))) {
                                                    const err101 = { instancePath: instancePath + "/cases/" + i1 + "/expect/rule", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/rule/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.oneOf[0].properties.cases.items.properties.expect.properties.rule.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
                                                    if (vErrors === null) {
                                                        vErrors = [err101];
                                                    }
                                                    else {
                                                        vErrors.push(err101);
                                                    }
                                                    errors++;
                                                }
                                                var _valid0 = _errs99 === errors;
                                                if (_valid0 && valid29) {
                                                    valid29 = false;
                                                    passing0 = [passing0, 1];
                                                }
                                                else {
                                                    if (_valid0) {
                                                        valid29 = true;
                                                        passing0 = 1;
                                                    }
                                                }
                                                if (!valid29) {
                                                    const err102 = { instancePath: instancePath + "/cases/" + i1 + "/expect/rule", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/rule/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                                    if (vErrors === null) {
                                                        vErrors = [err102];
                                                    }
                                                    else {
                                                        vErrors.push(err102);
                                                    }
                                                    errors++;
                                                }
                                                else {
                                                    errors = _errs96;
                                                    if (vErrors !== null) {
                                                        if (_errs96) {
                                                            vErrors.length = _errs96;
                                                        }
                                                        else {
                                                            vErrors = null;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data41.expiresAt !== undefined) {
                                                let data45 = data41.expiresAt;
                                                if (typeof data45 === "string") {
                                                    if (!pattern0.test(data45)) {
                                                        const err103 = { instancePath: instancePath + "/cases/" + i1 + "/expect/expiresAt", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/expiresAt/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                                        if (vErrors === null) {
                                                            vErrors = [err103];
                                                        }
                                                        else {
                                                            vErrors.push(err103);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err104 = { instancePath: instancePath + "/cases/" + i1 + "/expect/expiresAt", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/expiresAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err104];
                                                    }
                                                    else {
                                                        vErrors.push(err104);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data41.approvedBy !== undefined) {
                                                let data46 = data41.approvedBy;
                                                if (typeof data46 === "string") {
                                                    if (data46.length > 200) {
                                                        const err105 = { instancePath: instancePath + "/cases/" + i1 + "/expect/approvedBy", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/approvedBy/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err105];
                                                        }
                                                        else {
                                                            vErrors.push(err105);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data46.length < 1) {
                                                        const err106 = { instancePath: instancePath + "/cases/" + i1 + "/expect/approvedBy", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err106];
                                                        }
                                                        else {
                                                            vErrors.push(err106);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err107 = { instancePath: instancePath + "/cases/" + i1 + "/expect/approvedBy", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err107];
                                                    }
                                                    else {
                                                        vErrors.push(err107);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err108 = { instancePath: instancePath + "/cases/" + i1 + "/expect", schemaPath: "#/oneOf/0/properties/cases/items/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err108];
                                            }
                                            else {
                                                vErrors.push(err108);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err109 = { instancePath: instancePath + "/cases/" + i1, schemaPath: "#/oneOf/0/properties/cases/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err109];
                                    }
                                    else {
                                        vErrors.push(err109);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err110 = { instancePath: instancePath + "/cases", schemaPath: "#/oneOf/0/properties/cases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err111 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err111];
                    }
                    else {
                        vErrors.push(err111);
                    }
                    errors++;
                }
            }
            else if (tag0 === "rota-snapshot") {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.version === undefined) {
                        const err112 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                        if (vErrors === null) {
                            vErrors = [err112];
                        }
                        else {
                            vErrors.push(err112);
                        }
                        errors++;
                    }
                    if (data.kind === undefined) {
                        const err113 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                        if (vErrors === null) {
                            vErrors = [err113];
                        }
                        else {
                            vErrors.push(err113);
                        }
                        errors++;
                    }
                    if (data.window === undefined) {
                        const err114 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property '" + "window" + "'" };
                        if (vErrors === null) {
                            vErrors = [err114];
                        }
                        else {
                            vErrors.push(err114);
                        }
                        errors++;
                    }
                    if (data.users === undefined) {
                        const err115 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "users" }, message: "must have required property '" + "users" + "'" };
                        if (vErrors === null) {
                            vErrors = [err115];
                        }
                        else {
                            vErrors.push(err115);
                        }
                        errors++;
                    }
                    if (data.schedules === undefined) {
                        const err116 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "schedules" }, message: "must have required property '" + "schedules" + "'" };
                        if (vErrors === null) {
                            vErrors = [err116];
                        }
                        else {
                            vErrors.push(err116);
                        }
                        errors++;
                    }
                    for (const key6 in data) {
                        if (!((((((key6 === "version") || (key6 === "kind")) || (key6 === "recordedAt")) || (key6 === "window")) || (key6 === "users")) || (key6 === "schedules"))) {
                            const err117 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err117];
                            }
                            else {
                                vErrors.push(err117);
                            }
                            errors++;
                        }
                    }
                    if (data.version !== undefined) {
                        if (1 !== data.version) {
                            const err118 = { instancePath: instancePath + "/version", schemaPath: "#/oneOf/1/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err118];
                            }
                            else {
                                vErrors.push(err118);
                            }
                            errors++;
                        }
                    }
                    if (data.kind !== undefined) {
                        if ("rota-snapshot" !== data.kind) {
                            const err119 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "rota-snapshot" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err119];
                            }
                            else {
                                vErrors.push(err119);
                            }
                            errors++;
                        }
                    }
                    if (data.recordedAt !== undefined) {
                        let data49 = data.recordedAt;
                        if (typeof data49 === "string") {
                            if (!pattern0.test(data49)) {
                                const err120 = { instancePath: instancePath + "/recordedAt", schemaPath: "#/oneOf/1/properties/recordedAt/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err120];
                                }
                                else {
                                    vErrors.push(err120);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err121 = { instancePath: instancePath + "/recordedAt", schemaPath: "#/oneOf/1/properties/recordedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err121];
                            }
                            else {
                                vErrors.push(err121);
                            }
                            errors++;
                        }
                    }
                    if (data.window !== undefined) {
                        let data50 = data.window;
                        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                            if (data50.from === undefined) {
                                const err122 = { instancePath: instancePath + "/window", schemaPath: "#/oneOf/1/properties/window/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property '" + "from" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err122];
                                }
                                else {
                                    vErrors.push(err122);
                                }
                                errors++;
                            }
                            if (data50.to === undefined) {
                                const err123 = { instancePath: instancePath + "/window", schemaPath: "#/oneOf/1/properties/window/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property '" + "to" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err123];
                                }
                                else {
                                    vErrors.push(err123);
                                }
                                errors++;
                            }
                            for (const key7 in data50) {
                                if (!((key7 === "from") || (key7 === "to"))) {
                                    const err124 = { instancePath: instancePath + "/window", schemaPath: "#/oneOf/1/properties/window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err124];
                                    }
                                    else {
                                        vErrors.push(err124);
                                    }
                                    errors++;
                                }
                            }
                            if (data50.from !== undefined) {
                                let data51 = data50.from;
                                if (typeof data51 === "string") {
                                    if (!pattern0.test(data51)) {
                                        const err125 = { instancePath: instancePath + "/window/from", schemaPath: "#/oneOf/1/properties/window/properties/from/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err125];
                                        }
                                        else {
                                            vErrors.push(err125);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err126 = { instancePath: instancePath + "/window/from", schemaPath: "#/oneOf/1/properties/window/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err126];
                                    }
                                    else {
                                        vErrors.push(err126);
                                    }
                                    errors++;
                                }
                            }
                            if (data50.to !== undefined) {
                                let data52 = data50.to;
                                if (typeof data52 === "string") {
                                    if (!pattern0.test(data52)) {
                                        const err127 = { instancePath: instancePath + "/window/to", schemaPath: "#/oneOf/1/properties/window/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err127];
                                        }
                                        else {
                                            vErrors.push(err127);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err128 = { instancePath: instancePath + "/window/to", schemaPath: "#/oneOf/1/properties/window/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err128];
                                    }
                                    else {
                                        vErrors.push(err128);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err129 = { instancePath: instancePath + "/window", schemaPath: "#/oneOf/1/properties/window/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err129];
                            }
                            else {
                                vErrors.push(err129);
                            }
                            errors++;
                        }
                    }
                    if (data.users !== undefined) {
                        let data53 = data.users;
                        if (Array.isArray(data53)) {
                            const len10 = data53.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                                let data54 = data53[i10];
                                if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                                    if (data54.id === undefined) {
                                        const err130 = { instancePath: instancePath + "/users/" + i10, schemaPath: "#/oneOf/1/properties/users/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err130];
                                        }
                                        else {
                                            vErrors.push(err130);
                                        }
                                        errors++;
                                    }
                                    if (data54.name === undefined) {
                                        const err131 = { instancePath: instancePath + "/users/" + i10, schemaPath: "#/oneOf/1/properties/users/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err131];
                                        }
                                        else {
                                            vErrors.push(err131);
                                        }
                                        errors++;
                                    }
                                    if (data54.email === undefined) {
                                        const err132 = { instancePath: instancePath + "/users/" + i10, schemaPath: "#/oneOf/1/properties/users/items/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property '" + "email" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err132];
                                        }
                                        else {
                                            vErrors.push(err132);
                                        }
                                        errors++;
                                    }
                                    for (const key8 in data54) {
                                        if (!(((key8 === "id") || (key8 === "name")) || (key8 === "email"))) {
                                            const err133 = { instancePath: instancePath + "/users/" + i10, schemaPath: "#/oneOf/1/properties/users/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err133];
                                            }
                                            else {
                                                vErrors.push(err133);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data54.id !== undefined) {
                                        let data55 = data54.id;
                                        if (typeof data55 === "string") {
                                            if (data55.length > 100) {
                                                const err134 = { instancePath: instancePath + "/users/" + i10 + "/id", schemaPath: "#/oneOf/1/properties/users/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err134];
                                                }
                                                else {
                                                    vErrors.push(err134);
                                                }
                                                errors++;
                                            }
                                            if (data55.length < 1) {
                                                const err135 = { instancePath: instancePath + "/users/" + i10 + "/id", schemaPath: "#/oneOf/1/properties/users/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err135];
                                                }
                                                else {
                                                    vErrors.push(err135);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err136 = { instancePath: instancePath + "/users/" + i10 + "/id", schemaPath: "#/oneOf/1/properties/users/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err136];
                                            }
                                            else {
                                                vErrors.push(err136);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data54.name !== undefined) {
                                        let data56 = data54.name;
                                        if (typeof data56 === "string") {
                                            if (data56.length > 200) {
                                                const err137 = { instancePath: instancePath + "/users/" + i10 + "/name", schemaPath: "#/oneOf/1/properties/users/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err137];
                                                }
                                                else {
                                                    vErrors.push(err137);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err138 = { instancePath: instancePath + "/users/" + i10 + "/name", schemaPath: "#/oneOf/1/properties/users/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err138];
                                            }
                                            else {
                                                vErrors.push(err138);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data54.email !== undefined) {
                                        let data57 = data54.email;
                                        if (typeof data57 === "string") {
                                            if (!pattern15.test(data57)) {
                                                const err139 = { instancePath: instancePath + "/users/" + i10 + "/email", schemaPath: "#/oneOf/1/properties/users/items/properties/email/pattern", keyword: "pattern", params: { pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$" }, message: "must match pattern \"" + "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err139];
                                                }
                                                else {
                                                    vErrors.push(err139);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err140 = { instancePath: instancePath + "/users/" + i10 + "/email", schemaPath: "#/oneOf/1/properties/users/items/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err140];
                                            }
                                            else {
                                                vErrors.push(err140);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err141 = { instancePath: instancePath + "/users/" + i10, schemaPath: "#/oneOf/1/properties/users/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err141];
                                    }
                                    else {
                                        vErrors.push(err141);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err142 = { instancePath: instancePath + "/users", schemaPath: "#/oneOf/1/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err142];
                            }
                            else {
                                vErrors.push(err142);
                            }
                            errors++;
                        }
                    }
                    if (data.schedules !== undefined) {
                        let data58 = data.schedules;
                        if (Array.isArray(data58)) {
                            const len11 = data58.length;
                            for (let i11 = 0; i11 < len11; i11++) {
                                let data59 = data58[i11];
                                if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                                    if (data59.id === undefined) {
                                        const err143 = { instancePath: instancePath + "/schedules/" + i11, schemaPath: "#/oneOf/1/properties/schedules/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err143];
                                        }
                                        else {
                                            vErrors.push(err143);
                                        }
                                        errors++;
                                    }
                                    if (data59.entries === undefined) {
                                        const err144 = { instancePath: instancePath + "/schedules/" + i11, schemaPath: "#/oneOf/1/properties/schedules/items/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property '" + "entries" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err144];
                                        }
                                        else {
                                            vErrors.push(err144);
                                        }
                                        errors++;
                                    }
                                    for (const key9 in data59) {
                                        if (!(((key9 === "id") || (key9 === "name")) || (key9 === "entries"))) {
                                            const err145 = { instancePath: instancePath + "/schedules/" + i11, schemaPath: "#/oneOf/1/properties/schedules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err145];
                                            }
                                            else {
                                                vErrors.push(err145);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data59.id !== undefined) {
                                        let data60 = data59.id;
                                        if (typeof data60 === "string") {
                                            if (!pattern16.test(data60)) {
                                                const err146 = { instancePath: instancePath + "/schedules/" + i11 + "/id", schemaPath: "#/oneOf/1/properties/schedules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]{20,40}$" }, message: "must match pattern \"" + "^[0-9A-Za-z]{20,40}$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err146];
                                                }
                                                else {
                                                    vErrors.push(err146);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err147 = { instancePath: instancePath + "/schedules/" + i11 + "/id", schemaPath: "#/oneOf/1/properties/schedules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err147];
                                            }
                                            else {
                                                vErrors.push(err147);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data59.name !== undefined) {
                                        let data61 = data59.name;
                                        if (typeof data61 === "string") {
                                            if (data61.length > 200) {
                                                const err148 = { instancePath: instancePath + "/schedules/" + i11 + "/name", schemaPath: "#/oneOf/1/properties/schedules/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err148];
                                                }
                                                else {
                                                    vErrors.push(err148);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err149 = { instancePath: instancePath + "/schedules/" + i11 + "/name", schemaPath: "#/oneOf/1/properties/schedules/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err149];
                                            }
                                            else {
                                                vErrors.push(err149);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data59.entries !== undefined) {
                                        let data62 = data59.entries;
                                        if (Array.isArray(data62)) {
                                            const len12 = data62.length;
                                            for (let i12 = 0; i12 < len12; i12++) {
                                                let data63 = data62[i12];
                                                if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                                    if (data63.user === undefined) {
                                                        const err150 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12, schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property '" + "user" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err150];
                                                        }
                                                        else {
                                                            vErrors.push(err150);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data63.start === undefined) {
                                                        const err151 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12, schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property '" + "start" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err151];
                                                        }
                                                        else {
                                                            vErrors.push(err151);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data63.end === undefined) {
                                                        const err152 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12, schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property '" + "end" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err152];
                                                        }
                                                        else {
                                                            vErrors.push(err152);
                                                        }
                                                        errors++;
                                                    }
                                                    for (const key10 in data63) {
                                                        if (!(((((key10 === "user") || (key10 === "start")) || (key10 === "end")) || (key10 === "rotation")) || (key10 === "layer"))) {
                                                            const err153 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12, schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                                            if (vErrors === null) {
                                                                vErrors = [err153];
                                                            }
                                                            else {
                                                                vErrors.push(err153);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data63.user !== undefined) {
                                                        let data64 = data63.user;
                                                        if (typeof data64 === "string") {
                                                            if (data64.length > 100) {
                                                                const err154 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/user", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/user/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err154];
                                                                }
                                                                else {
                                                                    vErrors.push(err154);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data64.length < 1) {
                                                                const err155 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/user", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/user/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err155];
                                                                }
                                                                else {
                                                                    vErrors.push(err155);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err156 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/user", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err156];
                                                            }
                                                            else {
                                                                vErrors.push(err156);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data63.start !== undefined) {
                                                        let data65 = data63.start;
                                                        if (typeof data65 === "string") {
                                                            if (!pattern0.test(data65)) {
                                                                const err157 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/start", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err157];
                                                                }
                                                                else {
                                                                    vErrors.push(err157);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err158 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/start", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err158];
                                                            }
                                                            else {
                                                                vErrors.push(err158);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data63.end !== undefined) {
                                                        let data66 = data63.end;
                                                        if (typeof data66 === "string") {
                                                            if (!pattern0.test(data66)) {
                                                                const err159 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/end", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/end/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err159];
                                                                }
                                                                else {
                                                                    vErrors.push(err159);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err160 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/end", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err160];
                                                            }
                                                            else {
                                                                vErrors.push(err160);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data63.rotation !== undefined) {
                                                        let data67 = data63.rotation;
                                                        if (typeof data67 === "string") {
                                                            if (data67.length > 100) {
                                                                const err161 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/rotation", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/rotation/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err161];
                                                                }
                                                                else {
                                                                    vErrors.push(err161);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err162 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/rotation", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/rotation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err162];
                                                            }
                                                            else {
                                                                vErrors.push(err162);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data63.layer !== undefined) {
                                                        let data68 = data63.layer;
                                                        if (typeof data68 === "string") {
                                                            if (data68.length > 100) {
                                                                const err163 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/layer", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/layer/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err163];
                                                                }
                                                                else {
                                                                    vErrors.push(err163);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err164 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12 + "/layer", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/properties/layer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err164];
                                                            }
                                                            else {
                                                                vErrors.push(err164);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err165 = { instancePath: instancePath + "/schedules/" + i11 + "/entries/" + i12, schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err165];
                                                    }
                                                    else {
                                                        vErrors.push(err165);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err166 = { instancePath: instancePath + "/schedules/" + i11 + "/entries", schemaPath: "#/oneOf/1/properties/schedules/items/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err166];
                                            }
                                            else {
                                                vErrors.push(err166);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err167 = { instancePath: instancePath + "/schedules/" + i11, schemaPath: "#/oneOf/1/properties/schedules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err167];
                                    }
                                    else {
                                        vErrors.push(err167);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err168 = { instancePath: instancePath + "/schedules", schemaPath: "#/oneOf/1/properties/schedules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err168];
                            }
                            else {
                                vErrors.push(err168);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err169 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err169];
                    }
                    else {
                        vErrors.push(err169);
                    }
                    errors++;
                }
            }
            else {
                const err170 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "kind", tagValue: tag0 }, message: "value of tag \"kind\" must be in oneOf" };
                if (vErrors === null) {
                    vErrors = [err170];
                }
                else {
                    vErrors.push(err170);
                }
                errors++;
            }
        }
        else {
            const err171 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "tag", tag: "kind", tagValue: tag0 }, message: "tag \"kind\" must be string" };
            if (vErrors === null) {
                vErrors = [err171];
            }
            else {
                vErrors.push(err171);
            }
            errors++;
        }
    }
    else {
        const err172 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err172];
        }
        else {
            vErrors.push(err172);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/policy-test/schema-problems.ts




const DOCS = 'docs/policy-tests.md';
/** Every way `value` breaks the schema, empty when it conforms. */
function testSchemaErrors(value) {
    const check = validate;
    return check(value) ? [] : [...(check.errors ?? [])];
}
/** The subschema an ajv `schemaPath` (`#/oneOf/0/properties/cases/items/...`) points into, up to the keyword. */
function schemaAt(schemaPath) {
    let node = policyTestsFileSchema;
    const segments = schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean).slice(0, -1);
    for (const s of segments) {
        const next = node?.[s.replace(/~1/g, '/').replace(/~0/g, '~')];
        if (next === undefined)
            break;
        node = next;
    }
    return (node ?? {});
}
/** `cases[2].expect.result`, for messages. */
function label(pointer) {
    return (0,parse_yaml/* pointerSegments */.cP)(pointer).reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}
function valueAt(doc, pointer) {
    let v = doc;
    for (const s of (0,parse_yaml/* pointerSegments */.cP)(pointer))
        v = v && typeof v === 'object' ? v[s] : undefined;
    return v;
}
const show = (v) => {
    const text = JSON.stringify(v);
    return text === undefined ? String(v) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
};
function describe(e, doc) {
    const here = label(e.instancePath) || 'the document';
    const schema = schemaAt(e.schemaPath);
    const description = typeof schema.description === 'string' ? ` ${schema.description}` : '';
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const allowed = Object.keys(schema.properties ?? {});
            const guess = (0,suggest/* closest */.kp)(key, allowed);
            return {
                pointer: `${e.instancePath}/${key}`,
                message: `Unknown key \`${key}\`${e.instancePath ? ` in \`${here}\`` : ''}${guess ? `. Did you mean \`${guess}\`?` : ''}`,
                fix: guess
                    ? `Rename it to \`${guess}\`.`
                    : `Remove it; the keys here are ${allowed.map((k) => `\`${k}\``).join(', ')} (see ${DOCS}).`,
            };
        }
        case 'required': {
            const key = String(e.params.missingProperty);
            const property = schema.properties?.[key];
            const what = typeof property?.description === 'string' ? ` ${property.description}` : '';
            return {
                pointer: e.instancePath,
                message: `Missing key \`${key}\`${e.instancePath ? ` in \`${here}\`` : ''}`,
                fix: `Add \`${key}:\`.${what}`,
            };
        }
        case 'enum':
            return {
                pointer: e.instancePath,
                message: `\`${here}\` is ${show(valueAt(doc, e.instancePath))}, which is not one of ${e.params.allowedValues.map((v) => `\`${String(v)}\``).join(', ')}`,
                fix: `Use one of the values listed.${description}`,
            };
        case 'const':
            return {
                pointer: e.instancePath,
                message: `\`${here}\` must be ${show(e.params.allowedValue)}, not ${show(valueAt(doc, e.instancePath))}`,
                fix: `Set it to ${show(e.params.allowedValue)}.`,
            };
        case 'pattern':
            return {
                pointer: e.instancePath,
                message: `\`${here}\` is ${show(valueAt(doc, e.instancePath))}, which is not the right form`,
                fix: description.trim() || `See ${DOCS}.`,
            };
        case 'type':
            return {
                pointer: e.instancePath,
                message: `\`${here}\` must be ${e.params.type === 'array' ? 'a list' : e.params.type === 'object' ? 'a mapping' : `a ${String(e.params.type)}`}, not ${show(valueAt(doc, e.instancePath))}`,
                fix: `Write it as ${e.params.type === 'array' ? 'a list (`[a, b]` or one `- item` per line)' : e.params.type === 'object' ? 'a mapping of `key: value` lines' : `a ${String(e.params.type)}`}.${description}`,
            };
        default:
            return {
                pointer: e.instancePath,
                message: `\`${here}\` ${e.message ?? 'is not valid'}`,
                fix: `${description.trim() || `See ${DOCS}.`}`,
            };
    }
}
/** One Diagnostic per problem, on its line. */
function testSchemaDiagnostics(parsed, errors) {
    const out = [];
    const seen = new Set();
    // `rule` is an integer or a rule type: when one branch of a `oneOf` fails, the other's error and
    // the `oneOf` itself repeat the problem; one message for the key is enough.
    const oneOfs = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
    for (const e of errors) {
        if (e.keyword === 'discriminator' || e.keyword === 'oneOf')
            continue;
        const d = oneOfs.has(e.instancePath) && e.instancePath !== ''
            ? {
                pointer: e.instancePath,
                message: `\`${label(e.instancePath)}\` is ${show(valueAt(parsed.value, e.instancePath))}, which is neither a rule position (1, 2, ...) nor a rule type`,
                fix: "Give the rule's 1-based position in the policy's `approval` list, or `auto`, `escalation` or `deny`.",
            }
            : describe(e, parsed.value);
        const key = `${d.pointer}\u0000${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const { line, column } = parsed.locate(d.pointer);
        out.push({ severity: 'error', code: 'schema', file: parsed.file, line, column, message: d.message, fix: d.fix });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy-test/load-tests.ts
// Reads the policy tests folder (docs/policy-tests.md) into cases and rota snapshots, pure: the
// files go in (read like policy files: no links, capped), the cases and every problem come out,
// each problem a Diagnostic on its file and line with the fix. YAML is read with the policy files'
// hardened parser (parse-yaml.ts: no aliases, tags or duplicate keys), which keeps positions, so
// a failed case can be annotated on the line of its expectation.



const load_tests_DOCS = 'docs/policy-tests.md';
/** Test files are YAML documents with a `kind`; the same hardened parser as policy files. */
function parse(file) {
    const parsed = (0,parse_yaml/* parseYamlFile */.BU)(file);
    // The parser's advice for an empty file names policy kinds.
    for (const d of parsed.diagnostics) {
        if (d.code === 'empty-file')
            d.fix = 'Delete the file, or start it with `version: 1` and `kind: policy-test` (or `kind: rota-snapshot`).';
    }
    return parsed;
}
const ms = (t) => Date.parse(t);
function problem(parsed, pointer, code, message, fix) {
    const { line, column } = parsed.locate(pointer);
    return { severity: 'error', code, file: parsed.file, line, column, message, fix };
}
function loadSnapshot(parsed, doc, out) {
    const before = out.length;
    const from = ms(doc.window.from);
    const to = ms(doc.window.to);
    if (!(from < to)) {
        out.push(problem(parsed, '/window/to', 'snapshot-window', '`window.to` is not after `window.from`', 'Make the window end after it starts.'));
    }
    const users = new Map();
    doc.users.forEach((u, i) => {
        if (users.has(u.id)) {
            out.push(problem(parsed, `/users/${i}/id`, 'duplicate-user', `The user \`${u.id}\` is listed twice`, 'Keep one entry per user ID.'));
        }
        users.set(u.id, { name: u.name, email: u.email.trim().toLowerCase() });
    });
    const schedules = new Map();
    doc.schedules.forEach((s, i) => {
        if (schedules.has(s.id)) {
            out.push(problem(parsed, `/schedules/${i}/id`, 'duplicate-schedule', `The schedule \`${s.id}\` is listed twice`, 'Merge its entries into one item.'));
        }
        const shifts = [];
        s.entries.forEach((e, j) => {
            const at = `/schedules/${i}/entries/${j}`;
            const user = users.get(e.user);
            if (!user) {
                const known = [...users.keys()].slice(0, 5).join(', ');
                out.push(problem(parsed, `${at}/user`, 'unknown-user', `The entry names the user \`${e.user}\`, who is not in \`users\``, `Add the user (id, name and email) to \`users\`, or use one of their IDs${known ? ` (${known})` : ''}.`));
                return;
            }
            if (!(ms(e.start) < ms(e.end))) {
                out.push(problem(parsed, `${at}/end`, 'snapshot-entry', 'The entry ends before it starts', 'Make `end` later than `start`.'));
                return;
            }
            shifts.push({
                scheduleId: s.id,
                email: user.email,
                name: user.name,
                userId: e.user,
                startAt: new Date(ms(e.start)),
                endAt: new Date(ms(e.end)),
                // A scoped auto rule counts an entry only by these (and never one without them).
                ...(e.rotation ? { rotationId: e.rotation } : {}),
                ...(e.layer ? { layerId: e.layer } : {}),
            });
        });
        schedules.set(s.id, shifts.sort((a, b) => a.startAt.getTime() - b.startAt.getTime()));
    });
    if (out.length > before)
        return undefined;
    return {
        file: parsed.file,
        window: { from: new Date(from), to: new Date(to) },
        ...(doc.recordedAt ? { recordedAt: new Date(ms(doc.recordedAt)) } : {}),
        schedules,
    };
}
/** A snapshot reference relative to `file`, as a repo-relative path; undefined when it leaves `folder`. */
function resolveSnapshotPath(file, ref, folder) {
    if (external_node_path_.posix.isAbsolute(ref) || ref.includes('\\'))
        return undefined;
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), ref));
    return path.startsWith(`${folder}/`) ? path : undefined;
}
const parties = (d) => ({
    commitAuthors: [...(d.commitAuthors ?? [])],
    ...(d.pushedBy ? { pushedBy: [...d.pushedBy] } : {}),
});
function caseOf(parsed, c, i, snapshots) {
    const base = `/cases/${i}`;
    const positions = {};
    const place = (key, pointer) => {
        const { line, column } = parsed.locate(`${base}${pointer}`);
        return (positions[key] = { file: parsed.file, line, column });
    };
    const at = place('case', '');
    for (const key of ['name', 'at', 'actor', 'environment', 'policy', 'reason', 'pull', 'merged', 'reviews', 'snapshots', 'expect']) {
        if (key in c)
            place(key, `/${key}`);
    }
    for (const key of ['result', 'policy', 'rule', 'expiresAt', 'approvedBy']) {
        if (key in c.expect)
            place(`expect.${key}`, `/expect/${key}`);
    }
    c.reviews?.forEach((_r, j) => place(`reviews.${j}`, `/reviews/${j}`));
    return {
        file: parsed.file,
        at,
        name: c.name,
        time: new Date(ms(c.at)),
        actor: c.actor.trim(),
        environment: c.environment ?? '',
        policy: c.policy ?? '',
        reason: c.reason ?? '',
        ...(c.pull
            ? {
                pull: {
                    base: c.pull.base,
                    files: [...(c.pull.files ?? [])],
                    labels: [...(c.pull.labels ?? [])],
                    draft: c.pull.draft ?? false,
                    ...parties(c.pull),
                },
            }
            : {}),
        ...(c.merged ? { merged: { author: c.merged.author, at: new Date(ms(c.merged.at)), ...parties(c.merged) } } : {}),
        reviews: (c.reviews ?? []).map((r) => ({ by: r.by, state: r.state, at: new Date(ms(r.at)), stale: r.stale ?? false })),
        snapshots,
        expect: {
            result: c.expect.result,
            ...(c.expect.policy ? { policy: c.expect.policy } : {}),
            ...(c.expect.rule !== undefined ? { rule: c.expect.rule } : {}),
            ...(c.expect.expiresAt ? { expiresAt: new Date(ms(c.expect.expiresAt)) } : {}),
            ...(c.expect.approvedBy ? { approvedBy: c.expect.approvedBy } : {}),
        },
        positions,
    };
}
/** Checks of one case that need no policy: what makes sense together, and its snapshots. */
function caseProblems(parsed, c, i) {
    const base = `/cases/${i}`;
    const out = [];
    if (c.pull && (c.environment !== undefined || c.policy !== undefined)) {
        out.push(problem(parsed, `${base}/pull`, 'case-subject', 'The case has `pull` and also `environment` or `policy`: it is either a pull request or a workflow run', 'Keep `pull` for a pull request (request/review), or `environment`/`policy` for a workflow run (gate).'));
    }
    if (c.pull && c.merged) {
        out.push(problem(parsed, `${base}/merged`, 'case-subject', '`merged` describes the evidence of a workflow run, but the case is a pull request (`pull`)', 'Remove `merged`; a pull request case takes its own `reviews`.'));
    }
    if (c.reviews && c.reviews.length > 0 && !c.pull && !c.merged) {
        out.push(problem(parsed, `${base}/reviews`, 'case-subject', "`reviews` needs a pull request: the case's own (`pull`), or, for a workflow run, the merged one that carries the deployed commit (`merged`)", 'Add `pull: { base: main }` for a pull request case, or `merged: { author: <login>, at: <time> }` for a deploy of a merged pull request.'));
    }
    return out;
}
/**
 * The cases and snapshots of the tests folder `folder` (repo-relative). Every problem is a
 * Diagnostic; a test file with errors contributes no case, a snapshot with errors no data, and a
 * case whose snapshot is missing or broken is reported on the line naming it.
 */
function loadPolicyTests(files, folder) {
    const diagnostics = [];
    const tests = [];
    const snapshots = new Map();
    const kinds = new Map();
    const brokenSnapshots = [];
    for (const file of files) {
        kinds.set(file.path, 'broken');
        const parsed = parse(file);
        diagnostics.push(...parsed.diagnostics);
        if (parsed.diagnostics.length > 0 || parsed.value === undefined) {
            brokenSnapshots.push(file.path);
            continue;
        }
        const errors = testSchemaErrors(parsed.value);
        if (errors.length > 0) {
            diagnostics.push(...testSchemaDiagnostics(parsed, errors));
            if (parsed.value?.kind !== 'policy-test')
                brokenSnapshots.push(file.path);
            continue;
        }
        const doc = parsed.value;
        kinds.set(file.path, doc.kind);
        if (doc.kind === 'rota-snapshot') {
            const snapshot = loadSnapshot(parsed, doc, diagnostics);
            if (snapshot)
                snapshots.set(file.path, snapshot);
            else
                brokenSnapshots.push(file.path);
        }
        else {
            tests.push({ parsed, doc });
        }
    }
    const cases = [];
    for (const { parsed, doc } of tests) {
        const before = diagnostics.length;
        const fileRefs = resolveRefs(parsed, '/snapshots', doc.snapshots ?? [], folder, kinds, snapshots, diagnostics);
        const built = [];
        doc.cases.forEach((c, i) => {
            const problems = caseProblems(parsed, c, i);
            const refs = c.snapshots ? resolveRefs(parsed, `/cases/${i}/snapshots`, c.snapshots, folder, kinds, snapshots, problems) : fileRefs;
            diagnostics.push(...problems);
            if (problems.length === 0)
                built.push(caseOf(parsed, c, i, refs ?? []));
        });
        // A file with a problem runs no case: its results could not be trusted.
        if (diagnostics.length === before)
            cases.push(...built);
    }
    return { files: files.map((f) => f.path), cases, snapshots, brokenSnapshots, diagnostics };
}
/** Resolves snapshot references; undefined (with problems added) when one cannot be used. */
function resolveRefs(parsed, pointer, refs, folder, kinds, snapshots, out) {
    const paths = [];
    let ok = true;
    refs.forEach((ref, i) => {
        const at = `${pointer}/${i}`;
        const path = resolveSnapshotPath(parsed.file, ref, folder);
        const fail = (code, message, fix) => {
            ok = false;
            out.push(problem(parsed, at, code, message, fix));
        };
        if (!path) {
            fail('snapshot-outside-folder', `The snapshot \`${ref}\` is outside the tests folder \`${folder}/\``, `Keep snapshots inside \`${folder}/\` and name them relative to this file (e.g. \`snapshots/rota.yaml\`).`);
        }
        else if (!kinds.has(path)) {
            const known = [...snapshots.keys()].map((p) => external_node_path_.posix.relative(external_node_path_.posix.dirname(parsed.file), p));
            fail('unknown-snapshot', `There is no rota snapshot \`${ref}\` (looked for ${path})`, `Record one with \`oncall-gate record --schedule <id> --from <time> --to <time> > ${path}\`, or name an existing one${known.length > 0 ? ` (${known.slice(0, 5).join(', ')})` : ''}; see ${load_tests_DOCS}.`);
        }
        else if (kinds.get(path) === 'policy-test') {
            fail('not-a-snapshot', `\`${ref}\` is a \`${kinds.get(path) ?? ''}\` file, not a rota snapshot`, 'Name a file with `kind: rota-snapshot`.');
        }
        else if (!snapshots.has(path)) {
            fail('broken-snapshot', `The snapshot \`${ref}\` has errors (listed on its own lines), so no case can use it`, 'Fix the snapshot first.');
        }
        else {
            paths.push(path);
        }
    });
    return ok ? paths : undefined;
}


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile),
/* harmony export */   cP: () => (/* reexport safe */ _parsed_yaml_js__WEBPACK_IMPORTED_MODULE_3__.c)
/* harmony export */ });
/* unused harmony export parseYamlFully */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _parsed_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5133);
/* harmony import */ var _plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1592);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);
// Reads one policy file into plain data while keeping where every key was written, so schema
// and semantic problems can be annotated on the exact line of the offending key (every problem
// carries file, line and column; policies/README.md "What validation reports"). Policy files come
// from pull requests, so the YAML is hardened: size limit, no aliases, no tags, duplicate keys
// rejected, prototype keys harmless, one document per file. Aliases are rejected outright rather
// than counted (the "alias limit" is zero): policies never need them, and the document is
// converted to data by our own walk, never by yaml's toJS(), so no alias is ever expanded.




/** Files above this many bytes (UTF-8) are rejected unparsed. */


/** Policy documents are at most ~5 levels deep; anything far deeper is hostile or broken. */
const MAX_DEPTH = 64;
const START = { line: 1, column: 1 };
// yaml error codes (https://eemeli.org/yaml/#errors) with a fix that says what to change.
const YAML_FIXES = {
    TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
    BAD_INDENT: 'Line up the keys of one mapping at the same indentation, using spaces.',
    MISSING_CHAR: 'Add the missing closing quote or bracket.',
    BLOCK_AS_IMPLICIT_KEY: 'Put each `key: value` on its own line, or quote a value that contains `: `.',
    MULTILINE_IMPLICIT_KEY: 'Put each `key: value` on its own line, or quote a value that contains `: `.',
    BAD_SCALAR_START: 'Quote the value: plain values cannot start with `@`, `` ` ``, `%`, `|` or `>` followed by text.',
    UNEXPECTED_TOKEN: 'Check the indentation and punctuation around this position (a list item `- x` and a `key: value` cannot share a level).',
};
const FLOW_FIX = 'Close every `[` with `]` and `{` with `}`, and indent a list or mapping that spans lines further than its key (or write one `- item` per line).';
const GENERIC_YAML_FIX = 'Fix the YAML at this position: indent with spaces, and quote values that contain `: `, ` #` or start with a special character.';
const TOO_DEEP_MESSAGE = `The document is nested more than ${MAX_DEPTH} levels deep`;
const TOO_DEEP_FIX = 'Policy files are at most a few levels deep; remove the nesting.';
function parseYamlFile(file) {
    // Most policy files are plain YAML that plain-yaml.ts reads directly, with the same answer as
    // the full parser below; every other file goes to the full parser.
    return (0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlainFile */ ._)(file) ?? parseYamlFully(file);
}
/** parseYamlFile through the full YAML parser, whatever the file holds. */
function parseYamlFully(file) {
    const diagnostics = [];
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: Math.max(1, line), column: Math.max(1, col) };
    };
    const error = (code, pos, message, fix) => {
        diagnostics.push({ severity: 'error', code, file: file.path, line: pos.line, column: pos.column, message, fix });
    };
    const result = (value, root) => ({
        file: file.path,
        value,
        diagnostics,
        locate: (pointer) => locateNode(root, pointer, at),
    });
    const bytes = Buffer.byteLength(file.text, 'utf8');
    // A file that could not be read as a policy (policy-tree.ts), or one larger than the limit.
    const problem = file.problem ?? (bytes > _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph ? (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .tooLargeProblem */ .zc)() : undefined);
    if (problem) {
        error(problem.code, START, problem.message, problem.fix);
        return result(undefined, null);
    }
    const bad = _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_TEXT */ .QL.exec(file.text);
    if (bad) {
        const before = file.text.slice(0, bad.index);
        const lineStart = before.lastIndexOf('\n') + 1;
        const notText = (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notTextProblem */ .sD)(bad[0]);
        error(notText.code, { line: before.split('\n').length, column: bad.index - lineStart + 1 }, notText.message, notText.fix);
        return result(undefined, null);
    }
    let docs;
    try {
        docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(file.text, {
            lineCounter,
            // Duplicate keys are found in the walk below: yaml's own check compares every key with
            // every earlier one, which takes seconds on a file of a few thousand keys.
            uniqueKeys: false,
            stringKeys: true,
            // Pin the YAML 1.2 core schema even under a `%YAML 1.1` directive: no `yes`/`on` booleans,
            // no `<<` merge keys, no extra 1.1 tags.
            schema: 'core',
            merge: false,
            resolveKnownTags: false,
            customTags: [],
            prettyErrors: false,
            logLevel: 'silent',
        });
    }
    catch (cause) {
        // The parser recurses per nesting level: thousands of unclosed `[` or `{` exhaust the stack
        // before the depth check below can see the document.
        if (cause instanceof RangeError)
            error('yaml-syntax', START, TOO_DEEP_MESSAGE, TOO_DEEP_FIX);
        else
            error('yaml-syntax', START, `The file could not be read as YAML (${String(cause).slice(0, 200)})`, GENERIC_YAML_FIX);
        return result(undefined, null);
    }
    // parseAllDocuments returns an EmptyStream (an array with no documents) for blank files.
    const doc = docs[0];
    const blank = !doc || doc.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && doc.contents.value === null);
    if (!doc || (blank && docs.length === 1 && doc.errors.length === 0)) {
        error('empty-file', START, 'The file has no content', 'Delete the file, or start it with `version: 1` and `kind: policy` (or `integration`, `identities`).');
        return result(undefined, null);
    }
    let blocking = false;
    const seenLines = new Set();
    const yamlErrors = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
    for (const e of yamlErrors) {
        const pos = at(e.pos[0]);
        // The parser often reports one mistake several times on the same line; one is enough.
        if (seenLines.has(pos.line))
            continue;
        seenLines.add(pos.line);
        blocking = true;
        if (e.code === 'RESOURCE_EXHAUSTION') {
            // yaml gives up on deep nesting with the engine's "Maximum call stack size exceeded".
            error('yaml-syntax', pos, TOO_DEEP_MESSAGE, TOO_DEEP_FIX);
            continue;
        }
        const message = firstLine(e.message);
        const fix = /flow (sequence|mapping|collection)/i.test(message) ? FLOW_FIX : (YAML_FIXES[e.code] ?? GENERIC_YAML_FIX);
        error('yaml-syntax', pos, `YAML syntax: ${message}`, fix);
    }
    if (docs.length > 1) {
        blocking = true;
        const second = docs[1];
        error('yaml-multiple-documents', second ? at(second.range[0]) : START, 'The file holds more than one YAML document (a `---` separator); each policy file holds exactly one', 'Move each document after a `---` into its own file, and remove the `---`.');
    }
    const startOf = (node) => (node.range ? at(node.range[0]) : START);
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Node(_key, node) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                // A repeated key is reported on its own line; the first value is the one kept (toData).
                const first = new Map();
                for (const pair of node.items) {
                    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                        continue;
                    const key = String(pair.key.value);
                    const earlier = first.get(key);
                    if (!earlier) {
                        first.set(key, pair.key);
                        continue;
                    }
                    error('duplicate-key', startOf(pair.key), `Duplicate key \`${key.replace(/\s+/g, ' ').slice(0, 80)}\`: it is already set on line ${startOf(earlier).line} of the same mapping`, 'Remove one of the two entries, or merge them into one.');
                }
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
                blocking = true;
                error('yaml-alias', startOf(node), `YAML alias \`*${node.source}\` is not allowed in policy files`, 'Write the value out in full instead of referring to an anchor (`&name` / `*name`).');
            }
            else if (node.tag) {
                blocking = true;
                const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
                // The node's range starts at its value; point at the tag itself when it is on that line.
                const valueAt = node.range?.[0] ?? 0;
                let tagAt = file.text.lastIndexOf(tag, valueAt);
                if (tagAt >= 2 && file.text.slice(tagAt - 2, tagAt) === '!<')
                    tagAt -= 2; // verbatim `!<tag>`
                const onLine = tagAt >= 0 && !file.text.slice(tagAt, valueAt).includes('\n');
                error('yaml-tag', onLine ? at(tagAt) : startOf(node), `YAML tag \`${tag}\` is not allowed in policy files`, 'Remove the `!`/`!!` tag and write a plain value (quote it if it should be text).');
            }
        },
    });
    if (blocking)
        return result(undefined, doc.contents);
    const converted = toData(doc.contents, 0);
    if (converted.tooDeep) {
        error('yaml-syntax', START, TOO_DEEP_MESSAGE, TOO_DEEP_FIX);
        return result(undefined, doc.contents);
    }
    return result(converted.value, doc.contents);
}
/** Converts the YAML AST to plain data, keeping the first of any duplicate keys. */
function toData(node, depth) {
    if (depth > MAX_DEPTH)
        return { value: undefined, tooDeep: true };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        // A null-prototype object: `__proto__` and `constructor` become plain own keys, which the
        // schema then rejects as unknown (or, under `users`, as a login).
        const out = Object.create(null);
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            if (Object.prototype.hasOwnProperty.call(out, key))
                continue;
            const child = toData(pair.value, depth + 1);
            if (child.tooDeep)
                return child;
            out[key] = child.value;
        }
        return { value: out, tooDeep: false };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const out = [];
        for (const item of node.items) {
            const child = toData(item, depth + 1);
            if (child.tooDeep)
                return child;
            out.push(child.value);
        }
        return { value: out, tooDeep: false };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return { value: node.value, tooDeep: false };
    // An empty value (`key:` with nothing after it) has no node at all.
    return { value: null, tooDeep: false };
}
function locateNode(root, pointer, at) {
    if (!root)
        return START;
    let node = root;
    let position = root.range ? at(root.range[0]) : START;
    for (const segment of (0,_parsed_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerSegments */ .c)(pointer)) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === segment);
            if (!pair)
                break;
            const key = pair.key;
            if (key.range)
                position = at(key.range[0]);
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const index = /^\d+$/.test(segment) ? Number(segment) : -1;
            const item = node.items[index];
            if (!item)
                break;
            if (item.range)
                position = at(item.range[0]);
            node = item;
        }
        else {
            break;
        }
    }
    return position;
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}


/***/ }),

/***/ 5133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pointerSegments)
/* harmony export */ });
/** Splits a JSON pointer (RFC 6901, as ajv writes `instancePath`) into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}


/***/ }),

/***/ 1592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parsePlainFile)
/* harmony export */ });
/* unused harmony export parsePlainYaml */
/* harmony import */ var _parsed_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5133);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4695);
// A fast reader for the plain YAML that policy files are almost always written in, so loading a
// folder of them does not pay for a full YAML parser on every file (at the 1,000-file cap that
// parser is most of the time `validate` takes, and much of the gate's start-up).
//
// It reads only a strict subset and answers undefined for anything else, which parse-yaml.ts then
// reads with the full parser as before. The subset: printable ASCII lines indented with spaces;
// comment and blank lines; block mappings of plain keys (`name: value`); block sequences of
// values or of mappings (`- type: auto`), indented under their key; values that are plain words
// on one line, "double-" or 'single-quoted' text without escapes, or one-line flow lists
// (`[a, "b"]`) and mappings (`{ a: b }`) of such values. Anything that could mean something else
// (a duplicate key, an empty value, a value continued on the next line, a tag, an anchor, a
// document marker, a number other than a small integer, ...) is outside it.
//
// Within the subset the answer is exactly the full parser's (test/policy/plain-yaml.test.ts
// compares them on generated and mutated documents): the same data, as null-prototype mappings,
// and the same position for every key and list item.


/** Thrown inside the reader when the text leaves the subset; never escapes parsePlainYaml. */
class OutsideSubset extends Error {
}
const outside = () => {
    throw new OutsideSubset();
};
const MAX_DEPTH = 32;
// A key: a plain word that cannot be mistaken for anything else.
const KEY = /^[A-Za-z0-9_][\w./-]*/;
// A plain value in a flow list or mapping: one word.
const FLOW_WORD = /^[A-Za-z0-9_][\w./*@+-]*/;
// Characters a plain value may not start with (YAML indicators), and ones this reader does not
// accept anywhere in a plain value.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_IN_PLAIN = /[#[\]{}]|: |:$/;
// The YAML 1.2 core schema's plain words that are not text. Null, the booleans and small
// integers are read here; a word of any other of its number forms is outside the subset.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const SMALL_INT = /^(?:0|[1-9][0-9]{0,8})$/;
const OTHER_NUMBER = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/** Longer keys are not plain keys (YAML limits an implicit key to 1,024 characters). */
const MAX_KEY = 256;
/** The document in `text`, or undefined when the text is outside the subset. */
function parsePlainYaml(text) {
    try {
        return read(text);
    }
    catch {
        // Outside the subset (or anything unforeseen): the full parser reads the file.
        return undefined;
    }
}
function read(text) {
    // Printable ASCII and line feeds only: no tabs, carriage returns, byte order marks or
    // non-ASCII text, whose handling differs in details.
    if (/[^\n\x20-\x7e]/.test(text))
        outside();
    const lineStarts = [0];
    const lines = [];
    let start = 0;
    for (;;) {
        const end = text.indexOf('\n', start);
        const raw = end < 0 ? text.slice(start) : text.slice(start, end);
        const body = raw.trimStart();
        const indent = raw.length - body.length;
        // Blank lines and comment lines carry nothing; directives and document markers are outside.
        if (body !== '' && !body.startsWith('#')) {
            if (indent === 0 && /^(?:%|---|\.\.\.)/.test(body))
                outside();
            lines.push({ start, indent, text: body });
        }
        if (end < 0)
            break;
        start = end + 1;
        lineStarts.push(start);
    }
    const first = lines[0];
    if (!first || first.indent !== 0)
        outside();
    const cursor = { i: 0 };
    const root = block(lines, cursor, 0, 0);
    if (cursor.i !== lines.length)
        outside();
    return { value: root.value, place: root.place, lineStarts };
}
const isItem = (text) => text === '-' || text.startsWith('- ');
/** The block node whose first line is lines[cursor.i], indented `indent`. */
function block(lines, cursor, indent, depth) {
    if (depth > MAX_DEPTH)
        outside();
    const line = lines[cursor.i] ?? outside();
    return isItem(line.text) ? sequence(lines, cursor, indent, depth) : mapping(lines, cursor, indent, 0, depth);
}
/**
 * A block mapping whose keys are at column `indent`. Its first key may start `column` characters
 * into lines[cursor.i] (after `- `, for a mapping that is a sequence item); the others start lines.
 */
function mapping(lines, cursor, indent, column, depth) {
    const value = Object.create(null);
    const keys = new Map();
    let at = -1;
    for (let firstLine = true;; firstLine = false) {
        const line = lines[cursor.i];
        if (!line || (!firstLine && line.indent < indent))
            break;
        if (!firstLine && (line.indent !== indent || isItem(line.text)))
            outside();
        const text = firstLine ? line.text.slice(column) : line.text;
        const offset = line.start + line.indent + (firstLine ? column : 0);
        const key = KEY.exec(text)?.[0] ?? outside();
        if (key.length > MAX_KEY)
            outside();
        if (text[key.length] !== ':' || (text.length > key.length + 1 && text[key.length + 1] !== ' '))
            outside();
        if (keys.has(key))
            outside();
        if (at < 0)
            at = offset;
        const rest = text.slice(key.length + 1);
        cursor.i++;
        let child;
        if (rest.trim() === '' || rest.trimStart().startsWith('#')) {
            // The value is the block below, indented further (an empty value is outside the subset).
            const next = lines[cursor.i] ?? outside();
            if (next.indent <= indent)
                outside();
            child = block(lines, cursor, next.indent, depth + 1);
        }
        else {
            child = inline(rest, offset + key.length + 1, depth);
            const next = lines[cursor.i];
            // A more indented line after a value would continue it.
            if (next && next.indent > indent)
                outside();
        }
        keys.set(key, { key: offset, value: child.place });
        value[key] = child.value;
    }
    return { value, place: { at, keys } };
}
/** A block sequence whose `-` are at column `indent`. */
function sequence(lines, cursor, indent, depth) {
    const value = [];
    const items = [];
    const first = lines[cursor.i] ?? outside();
    for (let line = first; line && line.indent >= indent; line = lines[cursor.i]) {
        if (line.indent !== indent || !line.text.startsWith('- '))
            outside();
        const afterDash = line.text.slice(2);
        const column = 2 + afterDash.length - afterDash.trimStart().length;
        const text = line.text.slice(column);
        if (text === '' || text.startsWith('#') || isItem(text))
            outside();
        let item;
        const key = KEY.exec(text)?.[0];
        if (key !== undefined &&
            key.length <= MAX_KEY &&
            text[key.length] === ':' &&
            (text.length === key.length + 1 || text[key.length + 1] === ' ')) {
            // `- key: value`: a mapping whose keys line up with this first one.
            item = mapping(lines, cursor, indent + column, column, depth + 1);
        }
        else {
            item = inline(text, line.start + line.indent + column, depth);
            cursor.i++;
            const next = lines[cursor.i];
            if (next && next.indent > indent)
                outside();
        }
        value.push(item.value);
        items.push(item.place);
    }
    // A block sequence starts at its first `-`.
    return { value, place: { at: first.start + first.indent, items } };
}
/**
 * A value written on the rest of a line: `text` starts at `offset` (spaces before the value
 * allowed); after the value only spaces and a comment may follow.
 */
function inline(text, offset, depth) {
    const body = text.trimStart();
    const at = offset + text.length - body.length;
    let node;
    let rest;
    if (body.startsWith('[') || body.startsWith('{')) {
        if (depth + 1 > MAX_DEPTH)
            outside();
        ({ node, rest } = flow(body, at));
    }
    else if (body.startsWith('"') || body.startsWith("'")) {
        ({ node, rest } = quoted(body, at));
    }
    else {
        const comment = body.indexOf(' #');
        const word = (comment < 0 ? body : body.slice(0, comment)).trimEnd();
        if (word === '' || INDICATOR_START.test(word) || NOT_IN_PLAIN.test(word))
            outside();
        return { value: plain(word), place: { at } };
    }
    const after = rest.trimStart();
    if (after !== '' && (rest === after || !after.startsWith('#')))
        outside();
    return node;
}
function quoted(text, at) {
    const quote = text[0] ?? outside();
    const end = text.indexOf(quote, 1);
    if (end < 0)
        outside();
    const value = text.slice(1, end);
    // Escapes (`\` in double quotes, `''` in single quotes) are outside the subset.
    if ((quote === '"' && value.includes('\\')) || (quote === "'" && text[end + 1] === "'"))
        outside();
    return { node: { value, place: { at } }, rest: text.slice(end + 1) };
}
/** A one-line flow list or mapping of words and quoted text, from `[` or `{` to its closing bracket. */
function flow(text, at) {
    const list = text[0] === '[';
    const close = list ? ']' : '}';
    const values = [];
    const items = [];
    const map = Object.create(null);
    const keys = new Map();
    let i = 1;
    const skipSpaces = () => {
        while (text[i] === ' ')
            i++;
    };
    const scalar = () => {
        const start = at + i;
        if (text[i] === '"' || text[i] === "'") {
            const { node, rest } = quoted(text.slice(i), start);
            i = text.length - rest.length;
            return node;
        }
        const word = FLOW_WORD.exec(text.slice(i))?.[0] ?? outside();
        i += word.length;
        return { value: plain(word), place: { at: start } };
    };
    skipSpaces();
    if (text[i] === close)
        i++;
    else {
        for (;;) {
            if (list) {
                const item = scalar();
                values.push(item.value);
                items.push(item.place);
            }
            else {
                const keyAt = at + i;
                const key = KEY.exec(text.slice(i))?.[0] ?? outside();
                if (key.length > MAX_KEY)
                    outside();
                i += key.length;
                if (text[i] !== ':' || text[i + 1] !== ' ' || keys.has(key))
                    outside();
                i += 2;
                skipSpaces();
                const entry = scalar();
                keys.set(key, { key: keyAt, value: entry.place });
                map[key] = entry.value;
            }
            skipSpaces();
            if (text[i] === close) {
                i++;
                break;
            }
            if (text[i] !== ',')
                outside();
            i++;
            skipSpaces();
            // A trailing comma, or a closing bracket of the other kind, is outside the subset.
            if (text[i] === close || text[i] === ',')
                outside();
        }
    }
    const node = list ? { value: values, place: { at, items } } : { value: map, place: { at, keys } };
    return { node, rest: text.slice(i) };
}
/** A plain word as the core schema reads it: null, a boolean, a small integer, or text. */
function plain(word) {
    if (NULL.test(word))
        return null;
    if (TRUE.test(word))
        return true;
    if (FALSE.test(word))
        return false;
    if (SMALL_INT.test(word))
        return Number(word);
    if (OTHER_NUMBER.test(word))
        outside();
    return word;
}
/**
 * The policy file read by this reader, as parse-yaml.ts's parseYamlFile would read it; undefined
 * when the file is outside the subset or over the size limit (the full parser then reads it).
 */
function parsePlainFile(file) {
    // ASCII only, so the length is the size in bytes. A control character anywhere (a comment
    // included) is the full parser's to report.
    const plain = !file.problem && file.text.length <= _policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_POLICY_FILE_BYTES */ .ph && !_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_TEXT */ .QL.test(file.text) ? parsePlainYaml(file.text) : undefined;
    if (!plain)
        return undefined;
    return { file: file.path, value: plain.value, diagnostics: [], locate: (pointer) => locatePlace(plain.place, pointer, plain.lineStarts) };
}
/** parse-yaml.ts's locateNode over what this reader keeps of a document: the same answer. */
function locatePlace(root, pointer, lineStarts) {
    const at = (offset) => linePosition(lineStarts, offset);
    let place = root;
    let position = at(root.at);
    for (const segment of (0,_parsed_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerSegments */ .c)(pointer)) {
        if (place?.keys) {
            const entry = place.keys.get(segment);
            if (!entry)
                break;
            position = at(entry.key);
            place = entry.value;
        }
        else if (place?.items) {
            const item = place.items[/^\d+$/.test(segment) ? Number(segment) : -1];
            if (!item)
                break;
            position = at(item.at);
            place = item;
        }
        else {
            break;
        }
    }
    return position;
}
/** The 1-based line and column of an offset, as yaml's LineCounter.linePos gives them. */
function linePosition(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if ((lineStarts[mid] ?? 0) < offset)
            low = mid + 1;
        else
            high = mid;
    }
    if (lineStarts[low] === offset)
        return { line: low + 1, column: 1 };
    if (low === 0)
        return { line: 1, column: Math.max(1, offset) };
    return { line: low, column: Math.max(1, offset - (lineStarts[low - 1] ?? 0) + 1) };
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ NOT_TEXT),
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   sD: () => (/* binding */ notTextProblem),
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
/**
 * A character a policy file may not hold: control characters other than tab and line ends, DEL,
 * C1 controls other than NEL, U+FFFE and U+FFFF (YAML's printable set), and U+FFFD, which is what
 * bytes that are not UTF-8 become when the file is read. A file holding a NUL byte is shown as
 * binary by git and by GitHub's pull request diff, so its change would be hidden from reviewers.
 */
const NOT_TEXT = /(?![\t\n\r\u0085])[\p{Cc}\ufffd-\uffff]/u;
/** A file holding a NOT_TEXT character, in parse-yaml.ts's words. */
function notTextProblem(char) {
    const what = char === '\ufffd'
        ? 'bytes that are not UTF-8 (or U+FFFD)'
        : `the control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
        code: 'not-text',
        message: `The file is not plain UTF-8 text: it holds ${what} (git and GitHub may show such a file as binary, hiding its changes from reviewers)`,
        fix: 'Save the file as UTF-8 and remove the character; policy files hold printable text, tabs and line ends only.',
    };
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

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   eg: () => (/* binding */ typoDistance),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean" suggestions for misspelt keys and values.
/** Levenshtein distance (insert, delete, substitute), case-insensitive. */
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[t.length] ?? 0;
}
/** The closest candidate when it is close enough to be a likely typo, else undefined. */
function closest(input, candidates) {
    if (input.length > 100)
        return undefined;
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(input, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(1, Math.floor(Math.max(input.length, 3) / 3));
    return bestDistance <= allowed ? best : undefined;
}
/**
 * Edit distance that also counts swapping two neighbouring characters as one edit (optimal string
 * alignment), case-insensitive: "daev" is one slip away from "dave".
 */
function typoDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    // Three rows of the table: two back (for a swap), the previous one and the current one.
    let before = [];
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
                best = Math.min(best, (before[j - 2] ?? 0) + 1);
            current[j] = best;
        }
        before = previous;
        previous = current;
    }
    return previous[t.length] ?? 0;
}


/***/ })

};
