export const id = 123;
export const ids = [123];
export const modules = {

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGateGitHub: () => (/* binding */ createGateGitHub)
/* harmony export */ });
/* unused harmony exports trustedPolicySource, checkoutCommit, gateOutputs, runGate */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _decide_review_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(226);
/* harmony import */ var _report_render_gate_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(419);
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2853);
// `gate`: is this job allowed to run now? (DESIGN.md section 4). Reads the policy from the
// trusted ref, resolves the triggering actor's email, reads who is on call for the schedules
// the matched policies name, decides, and returns outputs and a step summary. Fails closed:
// every failure is `result=error` and a failed step.









/**
 * The trusted ref for a gate: the default branch (DESIGN.md section 6). On the default branch the
 * workspace checkout may be that ref (runGate still checks it is at GITHUB_SHA, see
 * checkoutCommit); on a pull request event the workflow file comes from the PR merge commit, so
 * the policy is read through the API at the base SHA when the PR targets the default branch
 * (NOTES.md section 4.1, 4.3), else at the default branch: the base of a PR into another branch
 * is whatever was pushed there, unreviewed; on any other ref (a feature branch, a tag) from the
 * default branch through the API, so a branch cannot carry its own looser policy.
 */
function trustedPolicySource(event, run) {
    const branch = event.defaultBranch;
    if (!branch) {
        return {
            kind: 'unknown',
            message: `Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``,
            fix: 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).',
        };
    }
    if (event.kind === 'pull_request' || event.kind === 'pull_request_review') {
        const pr = event.pullRequest;
        if (pr.baseRef === branch) {
            return { kind: 'ref', ref: pr.baseSha, label: `the base commit ${pr.baseSha.slice(0, 12)} of pull request #${pr.number}` };
        }
        return {
            kind: 'ref',
            ref: branch,
            label: `the default branch ${branch} (pull request #${pr.number} targets ${pr.baseRef}, whose policy never decides a gate)`,
        };
    }
    if (run.ref === `refs/heads/${branch}`)
        return { kind: 'workspace', branch, label: `the workspace checkout of ${branch}` };
    return { kind: 'ref', ref: branch, label: `the default branch ${branch} (this run is on ${run.ref || 'an unknown ref'})` };
}
/** The git directory of a checkout rooted at `dir`: `.git`, or where a `.git` file points (worktrees, submodules). */
async function gitDirOf(dir) {
    const dotGit = join(dir, '.git');
    const s = await stat(dotGit).catch(() => undefined);
    if (!s)
        return undefined;
    if (s.isDirectory())
        return dotGit;
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''));
    return m?.[1] ? resolve(dir, m[1]) : undefined;
}
/** HEAD of a git directory as a commit SHA: detached, or through its branch's loose or packed ref. */
async function headOf(gitDir) {
    const read = (path) => readFile(path, 'utf8').then((t) => t.trim(), () => '');
    const head = await read(join(gitDir, 'HEAD'));
    if (isCommitSha(head))
        return head.toLowerCase();
    const ref = /^ref:\s*(refs\/\S+)$/.exec(head)?.[1];
    if (!ref)
        return undefined;
    // A linked worktree keeps its refs in the common directory (gitrepository-layout: `commondir`).
    const common = await read(join(gitDir, 'commondir'));
    for (const dir of common ? [gitDir, resolve(gitDir, common)] : [gitDir]) {
        const loose = await read(join(dir, ref));
        if (isCommitSha(loose))
            return loose.toLowerCase();
        for (const line of (await read(join(dir, 'packed-refs'))).split('\n')) {
            const [sha, name] = line.trim().split(' ');
            if (name === ref && isCommitSha(sha))
                return sha.toLowerCase();
        }
    }
    return undefined;
}
/**
 * The commit of the git checkout that holds the policy folder (the nearest `.git` from the
 * folder up to the workspace), read from the files git keeps (no git process, no network).
 * undefined when there is none or its HEAD cannot be resolved. The gate trusts the workspace
 * only when this is GITHUB_SHA: a job on the default branch (workflow_run, issue_comment,
 * workflow_dispatch) may have checked out a pull request head or another branch to deploy it,
 * and that checkout's policy must never decide (DESIGN.md section 6).
 */
async function checkoutCommit(workspace, policyPath) {
    const root = resolve(workspace);
    for (let dir = resolve(root, policyPath);; dir = dirname(dir)) {
        const inside = relative(root, dir);
        if (inside.startsWith('..'))
            return undefined;
        const gitDir = await gitDirOf(dir);
        if (gitDir)
            return headOf(gitDir);
        if (inside === '')
            return undefined;
    }
}
/**
 * The workspace source when its checkout is at this run's commit; otherwise the default branch
 * through the API, with a label that says why the checkout was not used.
 */
async function verifiedSource(ctx, source) {
    if (source.kind !== 'workspace')
        return source;
    const head = await checkoutCommit(ctx.run.workspace, ctx.inputs.policyPath);
    if (head && head === ctx.run.sha.toLowerCase())
        return source;
    const why = head
        ? `the workspace checkout is at ${head.slice(0, 12)}, not this run's commit ${ctx.run.sha.slice(0, 12) || '(no GITHUB_SHA)'}`
        : 'the workspace is not a git checkout';
    ctx.log.info(`Policy: ${why}; reading the policy of ${source.branch} through the GitHub API instead.`);
    return { kind: 'ref', ref: source.branch, label: `the default branch ${source.branch} (${why})` };
}
/** The GitHub adapter calls the gate uses; @actions/github loads only on the first call. */
async function createGateGitHub(options) {
    const [{ createGitHubClient }, contents, { githubIdentitySource }] = await Promise.all([
        __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341)),
        __webpack_require__.e(/* import() */ 113).then(__webpack_require__.bind(__webpack_require__, 3113)),
        __webpack_require__.e(/* import() */ 673).then(__webpack_require__.bind(__webpack_require__, 8673)),
    ]);
    // graphqlUrl is left to Octokit, which derives it from apiUrl (api.github.com/graphql, or
    // HOST/api/graphql on GitHub Enterprise Server).
    const gh = createGitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        readOnly: options.readOnly,
    });
    const repo = { owner: options.owner, repo: options.repo };
    return {
        readPolicyFilesAtRef: (ref, policyPath) => contents.readPolicyFilesAtRef(gh, repo, ref, policyPath),
        identity: githubIdentitySource(gh),
    };
}
class GateError extends Error {
    fix;
    name = 'GateError';
    constructor(message, fix) {
        super(message);
        this.fix = fix;
    }
}
/** The policy files at the trusted ref; undefined when that ref has no policy folder. */
async function readTrustedPolicy(ctx, source, github) {
    const { policyPath } = ctx.inputs;
    if (source.kind === 'unknown')
        throw new GateError(source.message, source.fix);
    if (source.kind === 'ref') {
        const read = await (await github()).readPolicyFilesAtRef(source.ref, policyPath);
        return read.folderMissing ? undefined : read.files;
    }
    const found = await stat(join(ctx.run.workspace, policyPath)).then((s) => s.isDirectory(), () => false);
    if (!found)
        return undefined;
    const { readPolicyDir } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(233)]).then(__webpack_require__.bind(__webpack_require__, 8233));
    return readPolicyDir(ctx.run.workspace, policyPath);
}
function missingFolderError(ctx, source) {
    const { policyPath } = ctx.inputs;
    const where = source.kind === 'unknown' ? 'the trusted ref' : source.label;
    return new GateError(`There is no policy folder \`${policyPath}\` at ${where}`, 'Merge the policies to the default branch first (the deciding policy never comes from a pull request head or another branch), or set `policy-path` to the folder that holds them.');
}
/** Creates the GitHub adapter once, on first use: a gate whose actor the map resolves makes no GitHub call. */
function lazyGitHub(ctx) {
    let client;
    return () => (client ??= (async () => {
        if (!ctx.inputs.githubToken) {
            throw new GateError('The `github-token` input is empty, and this gate needs GitHub', 'Leave `github-token` at its default (`${{ github.token }}`) or pass a token with `contents: read`.');
        }
        return createGateGitHub({
            token: ctx.inputs.githubToken,
            apiUrl: ctx.run.apiUrl,
            readOnly: ctx.inputs.dryRun,
            owner: ctx.run.repository.owner,
            repo: ctx.run.repository.repo,
        });
    })());
}
let onCallModules;
/** Loads the incident.io client once; started early so loading overlaps reading the policy. */
const loadOnCallModules = () => (onCallModules ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(397), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 2397)), __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 6250))]));
async function readOnCall(ctx, scheduleIds, at) {
    if (scheduleIds.length === 0)
        return new Map();
    if (!ctx.inputs.incidentioApiKey) {
        throw new GateError('The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call', 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (an incident.io API key with the schedules_reader or viewer role).');
    }
    const [{ createIncidentIoClient }, { fetchOnCall }] = await loadOnCallModules();
    // dry-run: a read-only client refuses any write (the gate only reads anyway).
    const client = createIncidentIoClient({
        baseUrl: ctx.inputs.incidentioApiUrl,
        apiKey: ctx.inputs.incidentioApiKey,
        readOnly: ctx.inputs.dryRun,
    });
    return fetchOnCall(client, scheduleIds, at);
}
const notRequired = (requester, now) => decideGate({
    requester,
    policies: [],
    onCall: new Map(),
    now,
    reason: '',
    escalation: { kind: 'none' },
    identities: { lookup: ['map'], users: new Map() },
});
/** Joins messages into sentences, each ending with a period. */
const sentences = (parts) => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');
function failureFor(decision, failOnDeny) {
    switch (decision.result) {
        case 'approved':
        case 'not-required':
            return undefined;
        case 'error':
            return `oncall-gate could not decide, so the job may not run: ${sentences(decision.reasons)}${decision.fixes.length ? ` Fix: ${sentences(decision.fixes)}` : ''}`;
        default:
            if (!failOnDeny)
                return undefined;
            return `oncall-gate ${decision.result}: ${sentences(decision.reasons)}${decision.fixes.length ? ` What to do: ${sentences(decision.fixes)}` : ''}`;
    }
}
/** The outputs of DESIGN.md section 5: `result` and `approved` always, the rest when known. */
function gateOutputs(decision) {
    const out = { result: decision.result, approved: decision.approved };
    if (decision.result === 'error') {
        if (decision.policies.length > 0)
            out.policies = decision.policies;
        return out;
    }
    out.policies = decision.policies;
    out.onCall = decision.onCall;
    out.onCallSchedules = decision.onCallSchedules;
    if (decision.approvedBy)
        out.approvedBy = decision.approvedBy;
    if (decision.expiresAt)
        out.expiresAt = decision.expiresAt;
    return out;
}
async function runGate(ctx) {
    const { inputs, run, log } = ctx;
    const login = run.triggeringActor;
    // The requester is who started this run or re-run (DESIGN.md section 6); log both actors,
    // since a re-run keeps GITHUB_ACTOR of the first run (NOTES.md section 4.7).
    log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
    const secrets = [inputs.incidentioApiKey, inputs.githubToken].filter((s) => s.length >= 4);
    const scrub = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    const target = gateTarget(inputs, ctx.event);
    if (target.environmentFrom === 'deployment') {
        log.info(`Environment: ${target.environment}, from the ${ctx.event.name} event's deployment (the \`environment\` input is empty).`);
    }
    let requester = { login, emails: [] };
    let matched = [];
    let source;
    let diagnostics = [];
    let decision;
    // [escalation flow] incident-id / -reference / -url of the run's escalation incident.
    let incidentOutputs = {};
    try {
        if (!login) {
            throw new GateError('Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check', 'Run oncall-gate inside a GitHub Actions job (the runner sets both).');
        }
        // A step that names a policy will almost surely ask incident.io: start loading the client.
        if (target.environment || target.policy)
            loadOnCallModules().catch(() => undefined);
        const github = lazyGitHub(ctx);
        source = await verifiedSource(ctx, trustedPolicySource(ctx.event, run));
        const files = await readTrustedPolicy(ctx, source, github);
        if (!files) {
            // No policy folder: fine when the step names no policy, an error when it names one.
            if (!target.environment && !target.policy) {
                log.info('No policy folder and no `environment` or `policy` input: approval not required.');
                return finish(ctx, notRequired(requester, ctx.now()), source, [], {}, target);
            }
            throw missingFolderError(ctx, source);
        }
        const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(640)]).then(__webpack_require__.bind(__webpack_require__, 5640));
        const set = loadPolicySet(files);
        log.info(`Policy: ${files.length} file(s) from ${source.kind === 'unknown' ? '?' : source.label}.`);
        if (!set.valid) {
            diagnostics = set.diagnostics.filter((d) => d.severity === 'error');
            // Fail closed: an invalid trusted policy is an error, never "no policy" (DESIGN.md section 2).
            throw new GateError(`The policy in ${inputs.policyPath}/ on the trusted ref is invalid (${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}), so no decision can be made`, `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`);
        }
        const selection = selectGatePolicies(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
        if (selection.kind === 'unmatched')
            throw new GateError(selection.message, selection.fix);
        matched = selection.kind === 'matched' ? selection.policies : [];
        const now = ctx.now();
        if (matched.length === 0) {
            log.info('No `environment` or `policy` input: no policy applies, approval not required.');
            decision = notRequired(requester, now);
        }
        else {
            log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
            const schedules = policySchedules(matched);
            // Identity and on-call are independent reads: do them concurrently.
            const [identity, onCall] = await Promise.all([
                resolveIdentity(login, set.identities, {
                    org: run.repository.owner,
                    policyPath: inputs.policyPath,
                    github: {
                        publicEmail: async (l) => (await github()).identity.publicEmail(l),
                        verifiedDomainEmails: async (l, org) => (await github()).identity.verifiedDomainEmails(l, org),
                    },
                }),
                readOnCall(ctx, schedules, now),
            ]);
            requester = {
                login,
                emails: identity.emails,
                ...(identity.source ? { emailSource: identity.source } : {}),
                ...(identity.problem ? { identityProblem: identity.problem } : {}),
            };
            log.info(identity.source ? `Identity: ${login} resolved by ${identity.source}.` : `Identity: ${login} has no known incident.io email.`);
            for (const id of schedules)
                log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
            const decideWith = (escalation) => decideGate({ requester, policies: matched, onCall, now, reason: inputs.reason, escalation, identities: set.identities });
            decision = decideWith({ kind: 'none' });
            // [escalation flow] (DESIGN.md section 4, gate step 3): a denial that an open escalation rule
            // could still turn around is re-decided with the deployed commit's PR-review evidence, or
            // becomes `pending` with the run's escalation incident (src/escalation/gate-escalation.ts).
            // Loaded only then, so an auto-approved gate does not pay for it.
            if (decision.result === 'denied' && decision.verdicts.some((v) => v.rules.some((r) => r.escalationOpen))) {
                const { applyGateEscalation } = await __webpack_require__.e(/* import() */ 92).then(__webpack_require__.bind(__webpack_require__, 7092));
                const escalated = await applyGateEscalation(ctx, { decision, policies: matched, set, redecide: decideWith, environment: target.environment });
                decision = escalated.decision;
                incidentOutputs = escalated.outputs;
            }
        }
    }
    catch (error) {
        log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
        const withFix = error;
        const known = error instanceof Error && typeof withFix.fix === 'string' && /Error$/.test(error.name) && error.name !== 'Error';
        decision = errorDecision({
            requester,
            now: ctx.now(),
            message: scrub(known ? error.message : describeError(error, secrets)),
            ...(known ? { fix: scrub(withFix.fix) } : {}),
            policies: matched,
        });
    }
    return finish(ctx, decision, source, diagnostics, incidentOutputs, target);
}
function finish(ctx, decision, source, diagnostics, incidentOutputs = {}, // [escalation flow]
target = gateTarget(ctx.inputs, ctx.event)) {
    const { inputs, run, log } = ctx;
    const secrets = [inputs.incidentioApiKey, inputs.githubToken].filter((s) => s.length >= 4);
    const scrub = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    log.info(`Decision: ${decision.result}` +
        (decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : '') +
        (decision.reasons.length ? `: ${decision.reasons.join(' ')}` : '.'));
    const summaryContext = {
        actor: run.actor,
        triggeringActor: run.triggeringActor,
        environment: target.environment,
        ...(target.environmentFrom === 'deployment' ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` } : {}),
        policyInput: target.policy,
        ...(source && source.kind !== 'unknown' ? { policySource: source.label } : {}),
        dryRun: inputs.dryRun,
        failOnDeny: inputs.failOnDeny,
        diagnostics,
        serverUrl: run.serverUrl,
    };
    const annotations = diagnosticsToAnnotations(diagnostics);
    if (decision.result === 'not-required' && inputs.command === 'auto' && !target.environment && !target.policy) {
        // `auto` picked the gate for this event; an open gate must not pass silently.
        annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(ctx.event.name) });
    }
    const failure = failureFor(decision, inputs.failOnDeny);
    if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
        // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
        annotations.push({ level: 'warning', title: `oncall-gate ${decision.result}`, message: scrub(decision.reasons.join(' ')) });
    }
    return {
        outputs: { ...gateOutputs(decision), ...incidentOutputs }, // [escalation flow] incident outputs
        summary: scrub(renderGateSummary(decision, summaryContext)),
        annotations,
        ...(failure ? { failure: scrub(failure) } : {}),
    };
}


/***/ }),

/***/ 226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ UNREAD_PARTIES),
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   cN: () => (/* binding */ evaluateEscalationReviews),
/* harmony export */   fR: () => (/* binding */ partyLogins),
/* harmony export */   pL: () => (/* binding */ reviewCandidates),
/* harmony export */   rk: () => (/* binding */ reviewInstants)
/* harmony export */ });
/* unused harmony exports isBot, latestReviews, onCallAt */
/** Bots never count (DESIGN.md section 6): `user.type == "Bot"` or a login ending in `[bot]`. */
function isBot(login, userType) {
    return userType.toLowerCase() === 'bot' || /\[bot\]$/i.test(login.trim());
}
const sameLogin = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** A full commit SHA (SHA-1, or SHA-256 repositories). */
const isCommitSha = (s) => typeof s === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(s);
/**
 * The review is of the current head. A head that is not a commit SHA (a malformed answer) matches
 * nothing, so an empty `commit_id` can never pass for an empty head.
 */
const onHead = (r, headSha) => isCommitSha(headSha) && r.commitId === headSha;
const upper = (s) => s.trim().toUpperCase();
// GitHub's own review decision ignores COMMENTED reviews: a comment after an approval leaves the
// approval standing ("About pull request reviews"). PENDING reviews are drafts nobody submitted.
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
function submittedMs(r) {
    const t = r.submittedAt ? Date.parse(r.submittedAt) : NaN;
    return Number.isFinite(t) ? t : NaN;
}
/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED), in the order
 * of their submission. Reviews without a valid `submitted_at` (drafts) are ignored; ties on the
 * time are broken by the review ID, which GitHub assigns in increasing order.
 */
function latestReviews(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        if (!DECISIVE.has(upper(r.state)) || Number.isNaN(submittedMs(r)))
            continue;
        const key = r.login.trim().toLowerCase();
        if (key === '')
            continue; // a deleted account cannot be identified, so it never counts
        const prev = latest.get(key);
        if (!prev || submittedMs(r) > submittedMs(prev) || (submittedMs(r) === submittedMs(prev) && r.id > prev.id)) {
            latest.set(key, r);
        }
    }
    return [...latest.values()].sort((a, b) => submittedMs(a) - submittedMs(b) || a.id - b.id);
}
/** The facts were not read (a caller that knows the rule lets one party approve): nobody is shown to be a second party. */
const UNREAD_PARTIES = { commitLogins: [], commitsTruncated: true, pushers: { known: false, why: 'it was not looked up' } };
// GitHub's own committer of web edits, squash and merge commits and "Update branch" merges: not a
// person, and never a reviewer; its email is not worth a lookup.
const SYSTEM_LOGINS = new Set(['web-flow']);
/**
 * The logins of the change's own side whose incident.io emails the evaluation compares reviewers
 * with (the author, commit authors and committers, pushers), without bots and GitHub's own
 * committer account, once each in lower case.
 */
function partyLogins(author, parties) {
    const all = [author, ...parties.commitLogins, ...(parties.pushers.known ? parties.pushers.logins : [])];
    return [...new Set(all.map((l) => l.trim().toLowerCase()).filter((l) => l !== '' && !isBot(l, '') && !SYSTEM_LOGINS.has(l)))];
}
const tick = (s) => `\`${s.replace(/`/g, '')}\``;
const list = (ids) => ids.map(tick).join(', ');
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The shift covering `at` (half-open `start_at <= t < end_at`, API.md section 4) for one of the emails. */
function onCallAt(history, services, emails, at) {
    const wanted = new Set(emails.map((e) => e.toLowerCase()));
    const ids = new Set(services);
    const t = at.getTime();
    // Keep the order of `services` so the reported schedule is stable.
    const covering = history.filter((s) => ids.has(s.scheduleId) && wanted.has(s.email.toLowerCase()) && s.startAt.getTime() <= t && t < s.endAt.getTime());
    return covering.sort((a, b) => services.indexOf(a.scheduleId) - services.indexOf(b.scheduleId))[0];
}
/**
 * The latest reviews that could count (human, not the author, on the current head, approving or
 * requesting changes): the caller resolves these reviewers' emails and reads schedule history at
 * their `submitted_at`, so no other review costs an API call.
 */
function reviewCandidates(reviews, headSha, author) {
    return latestReviews(reviews).filter((r) => !isBot(r.login, r.userType) &&
        !sameLogin(r.login, author) &&
        onHead(r, headSha) &&
        (upper(r.state) === 'APPROVED' || upper(r.state) === 'CHANGES_REQUESTED'));
}
/** The instants whose schedule history the evaluation needs (distinct, in time order). */
function reviewInstants(candidates, onePartyAt) {
    const ms = new Set(candidates.map(submittedMs).filter((t) => !Number.isNaN(t)));
    if (onePartyAt)
        ms.add(onePartyAt.getTime());
    return [...ms].sort((a, b) => a - b).map((t) => new Date(t));
}
function classify(r, input) {
    const who = tick(r.login);
    const state = upper(r.state);
    if (isBot(r.login, r.userType))
        return { review: r, status: 'bot', detail: `${who} is a bot; bots never count` };
    if (sameLogin(r.login, input.author)) {
        return { review: r, status: 'author', detail: `${who} is the author; authors never count as their own reviewer` };
    }
    if (state === 'DISMISSED')
        return { review: r, status: 'dismissed', detail: `${who}'s latest review was dismissed` };
    if (!onHead(r, input.headSha)) {
        const of = r.commitId ? tick(r.commitId.slice(0, 12)) : 'a commit GitHub no longer has';
        const head = isCommitSha(input.headSha) ? `the current head ${tick(input.headSha.slice(0, 12))}` : 'a known head commit (GitHub gave none)';
        return {
            review: r,
            status: 'stale-commit',
            detail: `${who} reviewed ${of}, not ${head}; a review counts only on the latest commit`,
        };
    }
    const approving = state === 'APPROVED';
    // The second-party rule decides who may approve; a change request from the change's own side
    // still denies (it can only hold a change back).
    const own = approving && !input.allowOneParty ? ownSide(r.login, input) : undefined;
    if (own)
        return { review: r, status: 'own-change', detail: `${who} ${own}; nobody approves their own change (allowOneParty is off)` };
    if (approving && !input.allowOneParty && input.parties.commitsTruncated) {
        return {
            review: r,
            status: 'unverified',
            detail: `${who}'s approval cannot count: GitHub lists at most ${PULL_COMMITS_LISTED} commits of a pull request and this one may have more, ` +
                'so whether they wrote or committed one of the others is unknown (split the change into smaller pull requests)',
        };
    }
    const emails = input.emails.get(r.login.trim().toLowerCase()) ?? [];
    const sameAs = approving && !input.allowOneParty ? samePersonAs(emails, r.login, input) : undefined;
    if (sameAs) {
        return {
            review: r,
            status: 'own-change',
            detail: `${who} has the same incident.io email as ${sameAs}: one person under two logins is one party, and nobody approves their own change`,
        };
    }
    if (emails.length === 0) {
        // DESIGN.md section 2: the message names the login and the file to add it to.
        const add = input.identitiesFile ? ` (add ${tick(`${r.login.trim().toLowerCase()}: <their incident.io email>`)} under \`users:\` in ${input.identitiesFile})` : '';
        return { review: r, status: 'no-identity', detail: `${who} has no known incident.io email, so they are never on call${add}` };
    }
    const at = new Date(submittedMs(r));
    const shift = onCallAt(input.history, input.services, emails, at);
    if (!shift) {
        return {
            review: r,
            status: 'not-on-call',
            detail: `${who} was not on call for ${list(input.services)} at ${iso(at)}, when the review was submitted`,
        };
    }
    const base = { review: r, scheduleId: shift.scheduleId, onCallName: shift.name };
    if (state === 'CHANGES_REQUESTED') {
        return { ...base, status: 'vetoes', detail: `${who} requested changes while on call for ${tick(shift.scheduleId)}` };
    }
    if (input.now.getTime() - at.getTime() >= input.durationMs) {
        return {
            ...base,
            status: 'expired',
            detail: `${who} approved at ${iso(at)} while on call for ${tick(shift.scheduleId)}, but that is older than the rule's duration`,
        };
    }
    return { ...base, status: 'approves', detail: `${who} approved at ${iso(at)} while on call for ${tick(shift.scheduleId)}` };
}
/** GitHub lists at most this many commits of a pull request. */
const PULL_COMMITS_LISTED = 250;
const lowerSet = (logins) => new Set(logins.map((l) => l.trim().toLowerCase()));
/** Why `login` is on the change's own side by its login (commit author/committer, pusher), or undefined. */
function ownSide(login, input) {
    const key = login.trim().toLowerCase();
    const { parties } = input;
    if (parties.pushers.known && lowerSet(parties.pushers.logins).has(key)) {
        return `pushed the head commit ${isCommitSha(input.headSha) ? tick(input.headSha.slice(0, 12)) : ''}`.trimEnd();
    }
    if (lowerSet(parties.commitLogins).has(key))
        return 'authored or committed a commit of this pull request';
    return undefined;
}
/**
 * The person on the change's own side (the author, a commit author or committer, a pusher) who
 * has one of `emails` under another login, as a code span, or undefined.
 */
function samePersonAs(emails, login, input) {
    if (emails.length === 0)
        return undefined;
    const mine = new Set(emails.map((e) => e.toLowerCase()));
    const key = login.trim().toLowerCase();
    for (const other of partyLogins(input.author, input.parties)) {
        if (other === key)
            continue;
        if ((input.emails.get(other) ?? []).some((e) => mine.has(e.toLowerCase()))) {
            return other === input.author.trim().toLowerCase() ? `the author ${tick(input.author)}` : tick(other);
        }
    }
    return undefined;
}
/** What could not be checked, one sentence each (empty when everything was known or allowOneParty holds). */
function partyNotices(input) {
    if (input.allowOneParty || input.parties.pushers.known)
        return [];
    const head = isCommitSha(input.headSha) ? tick(input.headSha.slice(0, 12)) : 'the head commit';
    return [`could not learn who pushed ${head} (${input.parties.pushers.why}); the other second-party rules applied`];
}
function actorOf(note, durationMs) {
    const at = new Date(submittedMs(note.review));
    return {
        login: note.review.login,
        via: 'review',
        at,
        scheduleId: note.scheduleId ?? '',
        onCallName: note.onCallName ?? '',
        reviewId: note.review.id,
        ...(note.status === 'approves' ? { expiresAt: new Date(at.getTime() + durationMs) } : {}),
    };
}
/** Whether an escalation rule is satisfied by the PR's reviews (or its on-call author). */
function evaluateEscalationReviews(input) {
    const notes = latestReviews(input.reviews).map((r) => classify(r, input));
    const notices = partyNotices(input);
    const withNotices = (reason) => (notices.length > 0 ? `${reason} (${notices.join('; ')})` : reason);
    const vetoes = notes.filter((n) => n.status === 'vetoes');
    if (vetoes.length > 0) {
        const veto = actorOf(vetoes[0], input.durationMs);
        return {
            result: 'denied',
            veto,
            notes,
            notices,
            reason: withNotices(`${tick(veto.login)} requested changes on the current head while on call for ${tick(veto.scheduleId)}; a change request by an on-call person denies (deny wins)`),
        };
    }
    const approvals = notes.filter((n) => n.status === 'approves').map((n) => actorOf(n, input.durationMs));
    // allowOneParty: the author counts when on call for `services` (DESIGN.md section 2); GitHub
    // forbids approving one's own PR, so this is the only one-party path.
    if (input.allowOneParty && input.onePartyAt) {
        const emails = input.emails.get(input.author.trim().toLowerCase()) ?? [];
        const shift = emails.length > 0 ? onCallAt(input.history, input.services, emails, input.onePartyAt) : undefined;
        if (shift && input.now.getTime() - input.onePartyAt.getTime() < input.durationMs) {
            approvals.push({
                login: input.author,
                via: 'one-party',
                at: input.onePartyAt,
                scheduleId: shift.scheduleId,
                onCallName: shift.name,
                expiresAt: new Date(input.onePartyAt.getTime() + input.durationMs),
            });
        }
    }
    if (approvals.length > 0) {
        const approval = approvals.reduce((best, a) => ((a.expiresAt?.getTime() ?? 0) > (best.expiresAt?.getTime() ?? 0) ? a : best));
        const how = approval.via === 'one-party'
            ? `the author ${tick(approval.login)} was on call for ${tick(approval.scheduleId)} at ${iso(approval.at)} (allowOneParty)`
            : `approved by ${tick(approval.login)}, on call for ${tick(approval.scheduleId)} at ${iso(approval.at)}`;
        return { result: 'approved', approval, notes, notices, reason: withNotices(how) };
    }
    const counted = notes.filter((n) => n.status !== 'bot');
    const why = counted.length > 0 ? ` (${counted.map((n) => n.detail).join('; ')})` : '';
    return {
        result: 'pending',
        notes,
        notices,
        reason: withNotices(`no approval on the current head yet from someone on call for ${list(input.services)}${why}`),
    };
}


/***/ })

};
