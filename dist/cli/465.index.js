export const id = 465;
export const ids = [465];
export const modules = {

/***/ 2465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGateGitHub: () => (/* binding */ createGateGitHub)
});

// UNUSED EXPORTS: gateOutputs, runGate

// EXTERNAL MODULE: ./src/report/render-gate-summary.ts
var render_gate_summary = __webpack_require__(419);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/commands/gate-policy.ts
// Where the gate's policy comes from: the default branch's current tip, as committed. Never the
// working tree (an earlier step could have edited it), never the deployed commit (a re-run of an
// old run, a tag or another branch would bring its own, older or looser policy).
//
// Cost: one extra GitHub request, overlapped with the rest. The tip's SHA is asked with one plain
// request (github/branch-tip.ts); meanwhile the policy is read from the checkout's git objects at
// HEAD, so the gate can start its incident.io reads. When the tip is HEAD, that is the answer;
// otherwise the tip's policy is read from the checkout's objects if it has them, else through the
// GitHub API, and the caller redoes its reads with it.

class PolicySourceError extends Error {
    fix;
    name = 'PolicySourceError';
    constructor(message, fix) {
        super(message);
        this.fix = fix;
    }
}
/** The default branch from the event; without it nothing can be trusted. */
function gate_policy_defaultBranchOf(event) {
    if (event.defaultBranch)
        return event.defaultBranch;
    throw new PolicySourceError(`Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``, 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).');
}
/**
 * Starts both reads at once. `early` never rejects (a checkout that cannot be read is simply not
 * used); `trusted` rejects when the tip cannot be learned or read, and the gate then fails closed.
 */
function gate_policy_readGatePolicy(branch, readers) {
    const tip = readers.tip(branch);
    const head = readers.checkout('HEAD').catch(() => undefined);
    const early = head.then((h) => (h ? { branch, commit: h.commit, via: 'checkout', files: h.files } : undefined));
    const trusted = (async () => {
        const commit = await tip;
        const fromHead = await early;
        if (fromHead?.commit === commit)
            return fromHead;
        // The checkout is at another commit (an older run, a tag, another branch, or a push since);
        // it may still hold the tip's objects (fetch-depth: 0).
        const local = fromHead ? await readers.checkout(commit).catch(() => undefined) : undefined;
        if (local)
            return { branch, commit, via: 'checkout', files: local.files };
        return { branch, commit, via: 'api', files: await readers.api(commit) };
    })();
    // Only `trusted` is awaited when the checkout is unusable; keep an early failure from going unhandled.
    trusted.catch(() => undefined);
    return { early, trusted };
}
/** "policies/ at 1a2b3c4d5e6f, the tip of main, read from the checkout's git objects" (plain text). */
function gate_policy_describePolicySource(policyPath, p) {
    const how = p.via === 'checkout' ? "read from the checkout's git objects" : 'read through the GitHub API';
    return `${policyPath}/ at ${p.commit.slice(0, 12)}, the tip of ${p.branch}, ${how}`;
}
/** The real readers: git objects of the workspace checkout, GitHub's tip request, the git trees API. */
async function gate_policy_gatePolicyReaders(options) {
    const [{ fetchBranchTip }, { openObjectStore }, { readPolicyAtCommit }, { normalizePolicyPath }] = await Promise.all([
        __webpack_require__.e(/* import() */ 203).then(__webpack_require__.bind(__webpack_require__, 5203)),
        __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 5285)),
        __webpack_require__.e(/* import() */ 336).then(__webpack_require__.bind(__webpack_require__, 8336)),
        __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 8233)),
    ]);
    const folder = normalizePolicyPath(options.policyPath);
    let store;
    const hasGit = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23)).then((fs) => fs.stat(join(options.workspace, '.git')).then(() => true, () => false));
    return {
        tip: (branch) => {
            if (!options.token) {
                return Promise.reject(new PolicySourceError('The `github-token` input is empty, so the gate cannot learn the tip of the default branch, whose policy decides', 'Leave `github-token` at its default (`${{ github.token }}`), or pass a token with `contents: read`.'));
            }
            return fetchBranchTip({
                apiUrl: options.apiUrl,
                token: options.token,
                owner: options.owner,
                repo: options.repo,
                branch,
                ...(options.deadline ? { deadline: options.deadline } : {}),
            });
        },
        checkout: async (name) => {
            if (!hasGit)
                return undefined;
            store ??= openObjectStore(options.workspace);
            const read = await readPolicyAtCommit(store, name, folder);
            if (!read)
                return undefined;
            return { commit: read.commit, files: read.folderMissing ? undefined : read.files };
        },
        api: options.api,
        close: () => store?.close(),
    };
}

;// CONCATENATED MODULE: ./src/commands/gate.ts








/** The GitHub adapter calls the gate uses; @actions/github loads only on the first call. */
async function createGateGitHub(options) {
    const [{ createGitHubClient }, contents, { githubIdentitySource }] = await Promise.all([
        __webpack_require__.e(/* import() */ 681).then(__webpack_require__.bind(__webpack_require__, 7681)),
        __webpack_require__.e(/* import() */ 113).then(__webpack_require__.bind(__webpack_require__, 3113)),
        __webpack_require__.e(/* import() */ 673).then(__webpack_require__.bind(__webpack_require__, 8673)),
    ]);
    // graphqlUrl is left to Octokit, which derives it from apiUrl (api.github.com/graphql, or
    // HOST/api/graphql on GitHub Enterprise Server).
    const gh = createGitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        readOnly: options.readOnly,
        ...(options.secrets ? { secrets: options.secrets } : {}),
        ...(options.deadline ? { deadline: options.deadline } : {}),
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
function missingFolderError(ctx, source) {
    return new GateError(`There is no policy folder \`${ctx.inputs.policyPath}\` at ${source.commit.slice(0, 12)}, the tip of the default branch ${source.branch}`, 'Merge the policies to the default branch first (the deciding policy always comes from its tip), or set `policy-path` to the folder that holds them.');
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
            ...gitHubRunOptions(ctx),
        });
    })());
}
let onCallModules;
/** Loads the incident.io client once; started early so loading overlaps reading the policy. */
const loadOnCallModules = () => (onCallModules ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 1566)), __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 6250))]));
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
        ...incidentIoRunOptions(ctx),
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
/**
 * The reads for one policy: load and check it, select the policies, resolve the requester and
 * read who is on call. Pure reads, so they can start on the checkout's HEAD policy before the
 * default branch's tip is known, and be thrown away if the tip turns out to be another commit.
 */
async function gatherFacts(ctx, target, files, now, github) {
    const { inputs, run } = ctx;
    const login = run.triggeringActor;
    const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(640)]).then(__webpack_require__.bind(__webpack_require__, 5640));
    const set = loadPolicySet(files);
    if (!set.valid) {
        const errors = set.diagnostics.filter((d) => d.severity === 'error');
        // Fail closed: an invalid trusted policy is an error, never "no policy".
        throw new InvalidPolicyError(`The policy in ${inputs.policyPath}/ at the tip of the default branch is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`, `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`, errors);
    }
    const selection = selectGatePolicies(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
    if (selection.kind === 'unmatched')
        throw new GateError(selection.message, selection.fix);
    const matched = selection.kind === 'matched' ? selection.policies : [];
    if (matched.length === 0)
        return { set, matched, requester: { login, emails: [] }, onCall: new Map() };
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
        readOnCall(ctx, policySchedules(matched), now),
    ]);
    const requester = {
        login,
        emails: identity.emails,
        ...(identity.source ? { emailSource: identity.source } : {}),
        ...(identity.problem ? { identityProblem: identity.problem } : {}),
    };
    return { set, matched, requester, onCall };
}
/** An invalid policy at the tip: an error that carries the file problems for annotations. */
class InvalidPolicyError extends GateError {
    diagnostics;
    name = 'InvalidPolicyError';
    constructor(message, fix, diagnostics) {
        super(message, fix);
        this.diagnostics = diagnostics;
    }
}
async function runGate(ctx) {
    const { inputs, run, log, event } = ctx;
    const login = run.triggeringActor;
    // The requester is who started this run or re-run; log both actors, since a re-run keeps
    // GITHUB_ACTOR of the first run.
    log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
    const scrub = ctx.redactor.redact;
    const now = ctx.now();
    const target = gateTarget(inputs, event);
    if (target.environmentFrom === 'deployment') {
        log.info(`Environment: ${target.environment}, from the ${event.name} event's deployment (the \`environment\` input is empty).`);
    }
    if (event.kind === 'push' && event.deleted) {
        // A push that deletes a branch or tag deploys nothing: nothing to approve, nobody to page.
        const what = event.ref.replace(/^refs\/(heads|tags)\//, '') || 'a ref';
        const notice = `This push deletes ${what}; there is nothing to deploy, so oncall-gate does nothing (not-required).`;
        log.info(notice);
        return finish(ctx, notRequired({ login, emails: [] }, now), { target, notice: { title: 'oncall-gate: nothing to deploy', message: notice } });
    }
    let requester = { login, emails: [] };
    let matched = [];
    let source;
    let diagnostics = [];
    let decision;
    // incident-id / -reference / -url of the run's escalation incident.
    let incidentOutputs = {};
    let closeReaders = () => undefined;
    try {
        if (!login) {
            throw new GateError('Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check', 'Run oncall-gate inside a GitHub Actions job (the runner sets both).');
        }
        // A step that names a policy will almost surely ask incident.io: start loading the client.
        if (target.environment || target.policy)
            loadOnCallModules().catch(() => undefined);
        const github = lazyGitHub(ctx);
        const branch = defaultBranchOf(event);
        const readers = await gatePolicyReaders({
            workspace: run.workspace,
            policyPath: inputs.policyPath,
            apiUrl: run.apiUrl,
            token: inputs.githubToken,
            owner: run.repository.owner,
            repo: run.repository.repo,
            ...(ctx.deadline ? { deadline: ctx.deadline } : {}),
            api: async (commit) => {
                const read = await (await github()).readPolicyFilesAtRef(commit, inputs.policyPath);
                return read.folderMissing ? undefined : read.files;
            },
        });
        closeReaders = readers.close;
        const policy = readGatePolicy(branch, readers);
        const factsFor = (p) => (p.files ? gatherFacts(ctx, target, p.files, now, github) : undefined);
        // Start the reads on the checkout's HEAD policy while GitHub says which commit is the tip.
        const early = await policy.early;
        const earlyFacts = early ? factsFor(early) : undefined;
        earlyFacts?.catch(() => undefined); // thrown away unless HEAD is the tip; awaited below if it is
        source = await policy.trusted;
        const facts = early && early.commit === source.commit ? earlyFacts : factsFor(source);
        if (early && early.commit !== source.commit) {
            log.info(`Policy: the checkout is at ${early.commit.slice(0, 12)}, not at the tip of ${branch} (${source.commit.slice(0, 12)}), whose policy decides.`);
        }
        log.info(`Policy: ${describePolicySource(inputs.policyPath, source)}.`);
        if (!facts) {
            // No policy folder: fine when the step names no policy, an error when it names one.
            if (!target.environment && !target.policy) {
                log.info('No policy folder and no `environment` or `policy` input: approval not required.');
                return finish(ctx, notRequired(requester, now), { source, target });
            }
            throw missingFolderError(ctx, source);
        }
        let set;
        try {
            ({ set, matched, requester } = await facts);
        }
        catch (error) {
            if (error instanceof InvalidPolicyError)
                diagnostics = error.diagnostics;
            throw error;
        }
        const { onCall } = await facts;
        log.info(`Policy: ${set.files.length} file(s).`);
        if (matched.length === 0) {
            log.info('No `environment` or `policy` input: no policy applies, approval not required.');
            decision = notRequired(requester, now);
        }
        else {
            log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
            log.info(requester.emailSource ? `Identity: ${login} resolved by ${requester.emailSource}.` : `Identity: ${login} has no known incident.io email.`);
            for (const id of policySchedules(matched))
                log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
            const decideWith = (escalation) => decideGate({ requester, policies: matched, onCall, now, reason: inputs.reason, escalation, identities: set.identities });
            decision = decideWith({ kind: 'none' });
            // A denial that an open escalation rule could still turn around is re-decided with the
            // deployed commit's PR-review evidence, or becomes `pending` with the run's escalation
            // incident (src/escalation/gate-escalation.ts). Loaded only then, so an auto-approved gate
            // does not pay for it.
            if (decision.result === 'denied' && decision.verdicts.some((v) => v.rules.some((r) => r.escalationOpen))) {
                const { applyGateEscalation } = await __webpack_require__.e(/* import() */ 679).then(__webpack_require__.bind(__webpack_require__, 3679));
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
            now,
            message: scrub(known ? error.message : describeError(error)),
            ...(known ? { fix: scrub(withFix.fix) } : {}),
            policies: matched,
        });
    }
    finally {
        closeReaders();
    }
    return finish(ctx, decision, { source, diagnostics, incidentOutputs, target });
}
function finish(ctx, decision, options) {
    const { target, source, diagnostics = [], incidentOutputs = {}, notice } = options;
    const { inputs, run, log } = ctx;
    const scrub = ctx.redactor.redact;
    log.info(`Decision: ${decision.result}` +
        (decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : '') +
        (decision.reasons.length ? `: ${decision.reasons.join(' ')}` : '.'));
    const summaryContext = {
        actor: run.actor,
        triggeringActor: run.triggeringActor,
        environment: target.environment,
        ...(target.environmentFrom === 'deployment' ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` } : {}),
        policyInput: target.policy,
        ...(source ? { policySource: describePolicySource(inputs.policyPath, source) } : {}),
        dryRun: inputs.dryRun,
        failOnDeny: inputs.failOnDeny,
        diagnostics,
        serverUrl: run.serverUrl,
    };
    const annotations = diagnosticsToAnnotations(diagnostics);
    if (notice) {
        annotations.push({ level: 'notice', ...notice });
    }
    else if (decision.result === 'not-required' && inputs.command === 'auto' && !target.environment && !target.policy) {
        // `auto` picked the gate for this event; an open gate must not pass silently.
        annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(ctx.event.name) });
    }
    const failure = failureFor(decision, inputs.failOnDeny);
    if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
        // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
        annotations.push({ level: 'warning', title: `oncall-gate ${decision.result}`, message: scrub(decision.reasons.join(' ')) });
    }
    return {
        outputs: { ...gateOutputs(decision), ...incidentOutputs },
        summary: scrub(renderGateSummary(decision, summaryContext)),
        annotations,
        ...(failure ? { failure: scrub(failure) } : {}),
    };
}


/***/ })

};
