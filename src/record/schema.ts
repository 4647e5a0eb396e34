// The JSON Schema of a decision record: the one JSON file `gate`, `request` and `review` write for
// every decision (docs/decision-record.md). This object is the source of truth: the record's
// TypeScript type is derived from it (json-schema-to-ts), `npm run generate` publishes it as
// docs/decision-record.schema.json and builds the standalone validator that `explain` checks a
// record with. test/scripts/generate.test.ts fails while either committed file is stale.
//
// `schemaVersion` is 1. A record may only gain a field with a new version: every object is closed
// (`additionalProperties: false`) so a reader of version 1 knows every field it can meet, and a
// record from a newer version is refused by its number before anything else is read. The one
// open object is `degraded`, the place for a decision made in a degraded mode (an outage fallback
// the policy chose), whose details belong to that mode.

/** The version of the record format this code writes and reads. */
export const DECISION_RECORD_SCHEMA_VERSION = 1;

export const DECISION_RECORD_SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/docs/decision-record.schema.json';

/** A lower-case hex SHA-256 digest. */
export const SHA256_PATTERN = '^[0-9a-f]{64}$';

const text = { type: 'string', maxLength: 4000 } as const;
const shortText = { type: 'string', maxLength: 500 } as const;
/** RFC 3339 with an offset (records are written in UTC, `Z`). */
export const TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$';
const time = { type: 'string', pattern: TIME_PATTERN, description: 'RFC 3339 time.' } as const;
const sha256 = { type: 'string', pattern: SHA256_PATTERN, description: 'Lower-case hex SHA-256.' } as const;
const ruleNumber = { type: 'integer', minimum: 1, description: "1-based position in the policy's `approval` list." } as const;
const line = { type: 'integer', minimum: 1 } as const;

const ruleOutcomeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['rule', 'type', 'line', 'status', 'holds', 'schedules'],
  properties: {
    rule: ruleNumber,
    type: { enum: ['auto', 'escalation', 'deny'] },
    line: { ...line, description: 'The line of the rule in its policy file.' },
    status: {
      type: 'string',
      description:
        'How the rule fared: auto no-schedules | no-identity | not-on-call | reason-missing | on-call; escalation reason-missing | unread | waiting | approved | vetoed; deny denies.',
    },
    holds: { type: 'boolean', description: 'The rule approves.' },
    schedules: { type: 'array', items: shortText, description: 'The schedule IDs the rule consults.' },
    expiresAt: time,
    approvedBy: { type: 'array', items: shortText, description: 'escalation: the approving logins.' },
    reason: { enum: ['missing', 'too-short'], description: 'requireReason: what was wrong with the reason.' },
    text: { ...text, description: 'deny: the reason the policy gives.' },
  },
} as const;

const policyVerdictSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'file', 'line', 'result', 'decidedBy', 'rules'],
  properties: {
    name: shortText,
    file: shortText,
    line,
    result: { enum: ['approved', 'denied', 'pending'] },
    decidedBy: {
      enum: ['deny-rule', 'no-rules', 'veto', 'rule', 'waiting', 'nothing-holds', 'draft', 'fallback'],
      description: 'What settled the policy.',
    },
    rule: { ...ruleNumber, description: 'The rule that settled it (deny-rule, veto, rule).' },
    expiresAt: time,
    approvedBy: shortText,
    rules: { type: 'array', items: ruleOutcomeSchema },
  },
} as const;

const scheduleEvidenceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'purpose', 'entries', 'sha256'],
  properties: {
    id: shortText,
    purpose: {
      enum: ['on-call', 'review-history'],
      description:
        "on-call: the final entries covering the decision time; review-history: the final entries around the reviews' submitted_at.",
    },
    entries: { type: 'integer', minimum: 0 },
    sha256: { ...sha256, description: 'Digest of the entries used (docs/decision-record.md, "Digests").' },
    onCall: {
      type: 'array',
      description: 'on-call: who was on call at the decision time.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'userId'],
        properties: { name: shortText, userId: shortText, login: shortText },
      },
    },
  },
} as const;

const reviewEvidenceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'pull', 'reviewer', 'state', 'submittedAt', 'counted'],
  properties: {
    id: { type: 'integer' },
    pull: { type: 'integer', minimum: 1 },
    reviewer: shortText,
    state: shortText,
    submittedAt: { anyOf: [time, { type: 'null' }] },
    commitId: { anyOf: [shortText, { type: 'null' }] },
    counted: {
      type: 'string',
      description:
        'Why the review counts or not: approves, vetoes, not-on-call, own-change, stale-commit, outsider (<author_association>), ...',
    },
  },
} as const;

export const decisionRecordSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: DECISION_RECORD_SCHEMA_ID,
  title: 'oncall-gate decision record',
  description:
    'One decision of `gate`, `request` or `review`: the verdict, the policy it came from and the evidence. See docs/decision-record.md.',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'product',
    'command',
    'decidedAt',
    'verdict',
    'approved',
    'dryRun',
    'repository',
    'run',
    'subject',
    'requester',
    'policies',
    'evidence',
  ],
  properties: {
    schemaVersion: { const: DECISION_RECORD_SCHEMA_VERSION },
    product: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'oncall-gate' }, version: shortText },
    },
    command: { enum: ['gate', 'request', 'review'] },
    decidedAt: { ...time, description: 'The decision time (the instant on-call was judged at).' },
    verdict: { enum: ['approved', 'denied', 'pending', 'not-required', 'error'] },
    approved: { type: 'boolean' },
    approvedBy: shortText,
    expiresAt: time,
    dryRun: { type: 'boolean', description: 'A dry run: nothing was written to GitHub or incident.io.' },
    reason: { ...text, description: "The reason given: the `reason` input, or the pull request's `Reason:` line." },
    degraded: {
      type: 'object',
      description: 'Set only when a degraded mode decided (an outage fallback the policy chose); absent otherwise.',
      required: ['mode', 'reason'],
      properties: {
        mode: shortText,
        reason: text,
        fallbacks: {
          type: 'array',
          description: "outage: how each matched policy's `whenUnavailable` fallback fared.",
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['policy', 'line', 'status', 'requireReason'],
            properties: {
              policy: shortText,
              line: { ...line, description: 'The line of `whenUnavailable` in the policy file.' },
              status: { type: 'string', description: 'approved | waiting | vetoed | unread | reason-missing.' },
              requireReason: { type: 'boolean', description: 'A rule of the policy requires a reason, so the fallback does too.' },
              reason: { enum: ['missing', 'too-short'], description: 'reason-missing: what was wrong with the reason.' },
              approvedBy: { type: 'array', items: shortText, description: 'approved: the approving logins.' },
              expiresAt: time,
            },
          },
        },
      },
    },
    repository: shortText,
    run: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'attempt', 'event', 'actor', 'triggeringActor'],
      properties: {
        id: shortText,
        attempt: shortText,
        event: shortText,
        actor: shortText,
        triggeringActor: shortText,
        url: shortText,
      },
    },
    subject: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: { enum: ['run', 'pull'] },
        sha: { ...shortText, description: 'run: the deployed commit (GITHUB_SHA).' },
        ref: shortText,
        environment: shortText,
        policy: { ...shortText, description: 'run: the `policy` input.' },
        number: { type: 'integer', minimum: 1 },
        headSha: shortText,
        baseRef: shortText,
        baseSha: shortText,
      },
    },
    requester: {
      type: 'object',
      additionalProperties: false,
      required: ['login', 'emailFound'],
      properties: {
        login: shortText,
        emailFound: { type: 'boolean', description: 'An incident.io email was found for the login (the email itself is not recorded).' },
        emailSource: shortText,
      },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'source', 'files'],
      description: 'The deciding policy folder; absent when the run stopped before reading it.',
      properties: {
        path: shortText,
        commit: { ...shortText, description: 'The trusted commit the policy was read at.' },
        branch: shortText,
        source: {
          enum: ['checkout', 'api'],
          description: "How the commit's files were read: git objects of the checkout, or the GitHub API.",
        },
        files: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: {
              path: shortText,
              sha256: { ...sha256, description: "SHA-256 of the file's bytes at the commit." },
              problem: { ...shortText, description: 'Why the entry could not be read as a policy (a link, over a size limit).' },
            },
          },
        },
      },
    },
    policies: { type: 'array', items: policyVerdictSchema, description: 'The matched policies and how each rule fared.' },
    evidence: {
      type: 'object',
      additionalProperties: false,
      required: ['schedules', 'reviews', 'incidents'],
      properties: {
        schedules: { type: 'array', items: scheduleEvidenceSchema },
        reviews: { type: 'array', items: reviewEvidenceSchema },
        incidents: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['policy'],
            properties: { policy: shortText, id: shortText, reference: shortText, url: shortText },
          },
        },
      },
    },
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['message'],
      properties: { message: text, fix: text },
    },
  },
} as const;
