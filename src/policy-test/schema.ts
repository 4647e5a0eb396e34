// The JSON Schema of the files in the policy tests folder (`policy-tests/` by default; documented
// in docs/policy-tests.md): `kind: policy-test` files state cases and their expected results,
// `kind: rota-snapshot` files hold the schedule entries and users the cases are judged on. This
// object is the source of truth: the types are derived from it (json-schema-to-ts), and
// `npm run generate` publishes it as policy-tests/schema.json (for editors) and builds the
// standalone validator load-tests.ts runs. As in policies/schema.json, `discriminator` makes ajv
// check only the branch `kind` names, and every object is closed: an unknown key is an error.
import { EMAIL_PATTERN, NAME_PATTERN, SCHEDULE_ID_PATTERN } from '../policy/schema.js';

export const TEST_KINDS = ['policy-test', 'rota-snapshot'] as const;
export const RESULTS = ['approved', 'denied', 'pending', 'not-required'] as const;
export const RULE_TYPES = ['auto', 'escalation', 'deny'] as const;
export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'] as const;

/** RFC 3339 with an offset: `2026-01-06T10:00:00Z` or `2026-01-06T11:00:00+01:00`. */
export const TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$';
/** A GitHub login (a bot's ends in `[bot]`). */
export const ACTOR_LOGIN_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$';

export const TESTS_SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/policy-tests/schema.json';

const time = (description: string) =>
  ({ type: 'string', pattern: TIME_PATTERN, description: `${description} RFC 3339 with an offset, e.g. 2026-01-06T10:00:00Z.` }) as const;
const login = (description: string) => ({ type: 'string', pattern: ACTOR_LOGIN_PATTERN, description }) as const;
const logins = (description: string) => ({ type: 'array', items: login('A GitHub login.'), description }) as const;
const stringList = (description: string) =>
  ({ type: 'array', items: { type: 'string', minLength: 1, maxLength: 1000 }, description }) as const;
const snapshotList = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1, maxLength: 500, description: 'A rota-snapshot file, relative to this file.' },
  description: 'Rota snapshots (kind: rota-snapshot) the cases are judged on, as paths relative to this file, inside the tests folder.',
} as const;

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
} as const;

const expectSchema = {
  type: 'object',
  title: 'expect',
  additionalProperties: false,
  required: ['result'],
  properties: {
    result: { type: 'string', enum: RESULTS, description: 'The expected decision.' },
    policy: {
      type: 'string',
      pattern: NAME_PATTERN,
      description: 'The policy `rule` is in (default: the only matched policy; else the first with the expected result).',
    },
    rule: {
      description:
        "The rule that decides: its 1-based position in the policy's `approval` list, or its type when the policy has one rule of that type. For pending: the escalation rule waiting.",
      oneOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', enum: RULE_TYPES },
      ],
    },
    expiresAt: time('When the approval stops counting (the `expires-at` output).'),
    approvedBy: { type: 'string', minLength: 1, maxLength: 200, description: '`auto`, or the login of the approving reviewer.' },
  },
} as const;

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
} as const;

const mergedSchema = {
  type: 'object',
  title: 'merged pull request',
  description:
    "A workflow run's evidence: the pull request merged into the default branch that carries the deployed commit; `reviews` are its reviews.",
  additionalProperties: false,
  required: ['author', 'at'],
  properties: {
    author: login('Its author.'),
    at: time('When it was merged.'),
    commitAuthors: logins('Logins linked to its commits besides the author.'),
    pushedBy: logins('Who pushed its final head (default: the author).'),
  },
} as const;

export const testCaseSchema = {
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
    policy: { type: 'string', pattern: NAME_PATTERN, description: "A workflow run: the gate's `policy` input (a policy name)." },
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
} as const;

export const testFileSchema = {
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
} as const;

export const snapshotFileSchema = {
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
          email: { type: 'string', pattern: EMAIL_PATTERN, description: 'The email: the join key with GitHub logins.' },
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
          id: { type: 'string', pattern: SCHEDULE_ID_PATTERN, description: 'The incident.io schedule ID.' },
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
} as const;

export const policyTestsFileSchema = {
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
} as const;
