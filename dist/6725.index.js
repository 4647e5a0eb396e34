export const id = 6725;
export const ids = [6725];
export const modules = {

/***/ 6725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decisionRecord: () => (/* binding */ decisionRecord),
  errorRecord: () => (/* binding */ errorRecord)
});

// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/record/schema.ts
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
const DECISION_RECORD_SCHEMA_VERSION = 1;
const DECISION_RECORD_SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/docs/decision-record.schema.json';
/** A lower-case hex SHA-256 digest. */
const SHA256_PATTERN = '^[0-9a-f]{64}$';
const schema_text = { type: 'string', maxLength: 4000 };
const shortText = { type: 'string', maxLength: 500 };
/** RFC 3339 with an offset (records are written in UTC, `Z`). */
const TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$';
const time = { type: 'string', pattern: TIME_PATTERN, description: 'RFC 3339 time.' };
const sha256 = { type: 'string', pattern: SHA256_PATTERN, description: 'Lower-case hex SHA-256.' };
const ruleNumber = { type: 'integer', minimum: 1, description: "1-based position in the policy's `approval` list." };
const line = { type: 'integer', minimum: 1 };
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
            description: 'How the rule fared: auto no-schedules | no-identity | not-on-call | reason-missing | on-call; escalation reason-missing | unread | waiting | approved | vetoed; deny denies.',
        },
        holds: { type: 'boolean', description: 'The rule approves.' },
        schedules: { type: 'array', items: shortText, description: 'The schedule IDs the rule consults.' },
        expiresAt: time,
        approvedBy: { type: 'array', items: shortText, description: 'escalation: the approving logins.' },
        reason: { enum: ['missing', 'too-short'], description: 'requireReason: what was wrong with the reason.' },
        text: { ...schema_text, description: 'deny: the reason the policy gives.' },
    },
};
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
};
const scheduleEvidenceSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'purpose', 'entries', 'sha256'],
    properties: {
        id: shortText,
        purpose: {
            enum: ['on-call', 'review-history'],
            description: "on-call: the final entries covering the decision time; review-history: the final entries around the reviews' submitted_at.",
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
};
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
            description: 'Why the review counts or not: approves, vetoes, not-on-call, own-change, stale-commit, outsider (<author_association>), ...',
        },
    },
};
const decisionRecordSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: DECISION_RECORD_SCHEMA_ID,
    title: 'oncall-gate decision record',
    description: 'One decision of `gate`, `request` or `review`: the verdict, the policy it came from and the evidence. See docs/decision-record.md.',
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
        reason: { ...schema_text, description: "The reason given: the `reason` input, or the pull request's `Reason:` line." },
        degraded: {
            type: 'object',
            description: 'Set only when a degraded mode decided (an outage fallback the policy chose); absent otherwise.',
            required: ['mode', 'reason'],
            properties: {
                mode: shortText,
                reason: schema_text,
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
            properties: { message: schema_text, fix: schema_text },
        },
    },
};

;// CONCATENATED MODULE: ./src/record/build-record.ts
// Builds the decision record of one `gate`, `request` or `review` decision (docs/decision-record.md).
// Pure: the decision, the policy files and the facts the rule engine judged go in, the record comes
// out; writing it is write-record.ts's. The record holds IDs, logins, names, times and digests,
// never an email, a token or a key: the facts it summarises are digested, not copied, and the
// writer passes the text through the run's redactor besides.


/** RFC 3339 in UTC to the second, exactly as the `expires-at` output gives it. */
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha256Hex = (text) => (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
/**
 * The digest of a set of shifts: SHA-256 of the JSON array of `[userId, email, startAt, endAt]`
 * (email lower-case, times RFC 3339 UTC with milliseconds), sorted by start, end, user ID, email.
 * Independent of the order the API listed the entries in; docs/decision-record.md says how to
 * recompute it from the schedule entries.
 */
function shiftsDigest(shifts) {
    const rows = shifts.map((s) => [s.userId, s.email.trim().toLowerCase(), s.startAt.toISOString(), s.endAt.toISOString()]);
    rows.sort((a, b) => a[2] < b[2]
        ? -1
        : a[2] > b[2]
            ? 1
            : a[3] < b[3]
                ? -1
                : a[3] > b[3]
                    ? 1
                    : a[0] < b[0]
                        ? -1
                        : a[0] > b[0]
                            ? 1
                            : a[1] < b[1]
                                ? -1
                                : a[1] > b[1]
                                    ? 1
                                    : 0);
    return sha256Hex(JSON.stringify(rows));
}
function ruleRecord(r) {
    return {
        rule: r.index + 1,
        type: r.type,
        line: r.at.line,
        status: r.status,
        holds: r.holds,
        schedules: [...r.schedules],
        ...(r.expiresAt ? { expiresAt: iso(r.expiresAt) } : {}),
        ...(r.type === 'escalation' && r.approvedBy ? { approvedBy: [...r.approvedBy] } : {}),
        ...(r.type !== 'deny' && r.reasonProblem ? { reason: r.reasonProblem.kind } : {}),
        ...(r.type === 'deny' ? { text: r.text } : {}),
    };
}
function policyRecord(v) {
    const by = v.decidedBy;
    return {
        name: v.policy,
        file: v.at.file,
        line: v.at.line,
        result: v.result,
        decidedBy: by.kind,
        ...(by.kind === 'deny-rule' || by.kind === 'veto' || by.kind === 'rule' ? { rule: by.rule + 1 } : {}),
        ...(v.expiresAt ? { expiresAt: iso(v.expiresAt) } : {}),
        ...(v.approvedBy ? { approvedBy: v.approvedBy } : {}),
        rules: v.rules.map(ruleRecord),
    };
}
/** The same shift read twice (for two instants, or on two pages) is one entry. */
function distinct(shifts) {
    const seen = new Set();
    return shifts.filter((s) => {
        const key = `${s.userId}\u0000${s.email.toLowerCase()}\u0000${s.startAt.getTime()}\u0000${s.endAt.getTime()}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function scheduleEvidence(input) {
    const out = [];
    const people = new Map(input.decision.facts.schedules.map((s) => [s.scheduleId, s.people]));
    for (const [id, read] of input.onCall ?? new Map()) {
        const shifts = distinct(read);
        out.push({
            id,
            purpose: 'on-call',
            entries: shifts.length,
            sha256: shiftsDigest(shifts),
            onCall: (people.get(id) ?? []).map((p) => ({ name: p.name, userId: p.userId, ...(p.login ? { login: p.login } : {}) })),
        });
    }
    const history = new Map();
    for (const s of input.history ?? [])
        history.set(s.scheduleId, [...(history.get(s.scheduleId) ?? []), s]);
    for (const [id, read] of history) {
        const shifts = distinct(read);
        out.push({ id, purpose: 'review-history', entries: shifts.length, sha256: shiftsDigest(shifts) });
    }
    return out;
}
/** Every review an escalation rule (or, in outage mode, a fallback) judged, once each, with why it counted or not. */
function reviewEvidence(input) {
    const out = new Map();
    const pullNumber = input.subject.kind === 'pull' ? input.subject.number : 0;
    for (const v of input.decision.verdicts) {
        const evidence = [
            ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
            ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
        ];
        for (const e of evidence) {
            const judged = e.subject === 'pull'
                ? [{ pull: pullNumber, notes: e.review.notes }]
                : e.deploy.kind === 'pulls'
                    ? e.deploy.pulls.map((p) => ({ pull: p.number, notes: p.review.notes }))
                    : [];
            for (const { pull, notes } of judged) {
                for (const n of notes) {
                    if (out.has(n.review.id) || pull < 1)
                        continue;
                    out.set(n.review.id, {
                        id: n.review.id,
                        pull,
                        reviewer: n.review.login,
                        state: n.review.state,
                        submittedAt: n.review.submittedAt,
                        commitId: n.review.commitId,
                        // An outsider's author_association goes with it (the record's fields are fixed in version 1).
                        counted: n.status === 'outsider' ? `outsider (${n.association || 'none given'})` : n.status,
                    });
                }
            }
        }
    }
    return [...out.values()];
}
function fileRecord(f) {
    return f.problem ? { path: f.path, problem: f.problem.code } : { path: f.path, sha256: sha256Hex(f.text) };
}
/** Outage mode: how each policy's fallback fared (none outside it). */
function fallbackRecords(d) {
    const fallbacks = d.verdicts.flatMap((v) => {
        const f = v.fallback;
        if (!f)
            return [];
        return [
            {
                policy: v.policy,
                line: f.at.line,
                status: f.status,
                requireReason: f.requireReason,
                ...(f.reasonProblem ? { reason: f.reasonProblem.kind } : {}),
                ...(f.approvedBy ? { approvedBy: [...f.approvedBy] } : {}),
                ...(f.expiresAt ? { expiresAt: iso(f.expiresAt) } : {}),
            },
        ];
    });
    return fallbacks.length > 0 ? { fallbacks } : {};
}
/** The record of one decision. */
function buildDecisionRecord(input) {
    const { decision: d, run, repository } = input;
    const runUrl = run.id ? `${run.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${run.id}/attempts/${run.attempt}` : '';
    const s = input.subject;
    return {
        schemaVersion: DECISION_RECORD_SCHEMA_VERSION,
        product: { name: 'oncall-gate', version: input.version },
        command: input.command,
        decidedAt: iso(d.facts.at),
        verdict: d.result,
        approved: d.approved,
        ...(d.approvedBy ? { approvedBy: d.approvedBy } : {}),
        ...(d.expiresAt ? { expiresAt: iso(d.expiresAt) } : {}),
        dryRun: input.dryRun,
        ...(d.facts.reason ? { reason: d.facts.reason } : {}),
        ...(input.degraded ? { degraded: { ...input.degraded, ...fallbackRecords(d) } } : {}),
        repository: `${repository.owner}/${repository.repo}`,
        run: {
            id: run.id,
            attempt: run.attempt,
            event: run.eventName,
            actor: run.actor,
            triggeringActor: run.triggeringActor,
            ...(runUrl ? { url: runUrl } : {}),
        },
        subject: s.kind === 'run'
            ? {
                kind: 'run',
                sha: s.sha,
                ref: s.ref,
                ...(s.environment ? { environment: s.environment } : {}),
                ...(s.policy ? { policy: s.policy } : {}),
            }
            : {
                kind: 'pull',
                // Unknown parts (a pull request that could not be read) are left out rather than made up.
                ...(s.number >= 1 ? { number: s.number } : {}),
                ...(s.headSha ? { headSha: s.headSha } : {}),
                ...(s.baseRef ? { baseRef: s.baseRef } : {}),
                ...(s.baseSha ? { baseSha: s.baseSha } : {}),
            },
        requester: {
            login: d.requester.login,
            emailFound: d.requester.emails.length > 0,
            ...(d.requester.emailSource ? { emailSource: d.requester.emailSource } : {}),
        },
        ...(input.policy
            ? {
                policy: {
                    path: input.policy.path,
                    ...(input.policy.commit ? { commit: input.policy.commit } : {}),
                    ...(input.policy.branch ? { branch: input.policy.branch } : {}),
                    source: input.policy.source,
                    files: input.policy.files.map(fileRecord),
                },
            }
            : {}),
        policies: d.verdicts.map(policyRecord),
        evidence: {
            schedules: scheduleEvidence(input),
            reviews: reviewEvidence(input),
            incidents: (input.incidents ?? []).map((i) => ({
                policy: i.policy,
                ...(i.id ? { id: i.id } : {}),
                ...(i.reference ? { reference: i.reference } : {}),
                ...(i.url ? { url: i.url } : {}),
            })),
        },
        ...(d.error ? { error: { message: d.error.message, ...(d.error.fix ? { fix: d.error.fix } : {}) } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/version.generated.ts
// GENERATED from package.json by scripts/generated-files.ts; do not edit.
// Regenerate: npm run generate
const VERSION = "0.1.0";

;// CONCATENATED MODULE: ./src/record/run-record.ts



function subjectOf(ctx, command, facts) {
    if (command === 'gate') {
        const target = facts.target ?? { environment: ctx.inputs.environment, policy: ctx.inputs.policy };
        return { kind: 'run', sha: ctx.run.sha, ref: ctx.run.ref, ...target };
    }
    if (facts.pull)
        return { kind: 'pull', ...facts.pull };
    // The pull request could not be read: what the event says, which is all there is.
    const pr = ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review' ? ctx.event.pullRequest : undefined;
    return { kind: 'pull', number: pr?.number ?? 0, headSha: pr?.headSha ?? '', baseRef: pr?.baseRef ?? '', baseSha: pr?.baseSha ?? '' };
}
/** Outage mode decided: the record says so, with the failure that started it (already redacted). */
function degradedOf(decision, facts) {
    if (facts.degraded)
        return { degraded: facts.degraded };
    const cause = decision.degraded?.cause;
    if (!cause)
        return {};
    return { degraded: { mode: 'outage', reason: `incident.io ${cause.kind}${cause.call ? ` (${cause.call})` : ''}: ${cause.message}` } };
}
/** The record of `decision`, from the run's context and what the command learned. */
function decisionRecord(ctx, command, decision, facts = {}) {
    const { run, inputs } = ctx;
    const input = {
        command,
        version: VERSION,
        decision,
        dryRun: inputs.dryRun,
        repository: run.repository,
        run: {
            id: run.runId,
            attempt: run.runAttempt,
            eventName: run.eventName,
            actor: run.actor,
            triggeringActor: run.triggeringActor,
            serverUrl: run.serverUrl,
        },
        subject: subjectOf(ctx, command, facts),
        ...(facts.policy ? { policy: { path: inputs.policyPath, ...facts.policy } } : {}),
        ...(facts.onCall ? { onCall: facts.onCall } : {}),
        ...(facts.history ? { history: facts.history } : {}),
        ...(facts.incidents ? { incidents: facts.incidents } : {}),
        ...degradedOf(decision, facts),
    };
    return buildDecisionRecord(input);
}
/**
 * The record of a deciding command that ended without one (it threw past its own handling, or
 * the run's API deadline passed): an `error` decision with the message the step reports.
 */
function errorRecord(ctx, command, message) {
    const requester = {
        login: command === 'gate'
            ? ctx.run.triggeringActor
            : ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review'
                ? ctx.event.pullRequest.authorLogin
                : '',
        emails: [],
    };
    return decisionRecord(ctx, command, (0,engine/* errorDecision */.zo)({ requester, at: ctx.clock(), message, subject: command === 'gate' ? 'run' : 'pull' }));
}


/***/ })

};
