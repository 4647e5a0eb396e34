export const id = 884;
export const ids = [884,233,695,285,336];
export const modules = {

/***/ 5884:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/object-store.ts
var object_store = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/git/policy-at-commit.ts
var policy_at_commit = __webpack_require__(8336);
// EXTERNAL MODULE: ./src/incidentio/node-http-transport.ts
var node_http_transport = __webpack_require__(869);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/branch-tip.ts



const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The answer is one SHA; anything much longer is not what was asked for. */
const MAX_BODY_BYTES = 64 * 1024;
const fetchTip = (0,node_http_transport/* createNodeHttpFetch */.JP)({ maxBodyBytes: MAX_BODY_BYTES });
const retryable = (status) => status === 429 || status >= 500;
async function branch_tip_fetchBranchTip(request) {
    const { apiUrl, token, owner, repo, branch } = request;
    const base = apiUrl.replace(/\/+$/, '');
    const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/${encodeURIComponent(branch)}`;
    const info = {
        action: `read the tip of the default branch ${branch}`,
        permission: 'contents: read',
        write: false,
        notFound: `the branch ${branch} of ${owner}/${repo}`,
    };
    const send = request.fetch ?? fetchTip;
    const attempts = Math.max(1, request.attempts ?? 3);
    const sleep = request.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let url = `${base}${path}`;
    let failure;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1)
            await sleep(500 * 2 ** (attempt - 2));
        let res;
        const { deadline } = request;
        const done = deadline?.begin(`GitHub GET ${path}`);
        const perAttempt = AbortSignal.timeout(request.timeoutMs ?? 10_000);
        try {
            res = await send(url, {
                method: 'GET',
                headers: {
                    accept: 'application/vnd.github.sha',
                    authorization: `Bearer ${token}`,
                    'user-agent': 'oncall-gate',
                    'x-github-api-version': '2022-11-28',
                },
                redirect: 'manual',
                signal: deadline ? AbortSignal.any([perAttempt, deadline.signal]) : perAttempt,
            });
        }
        catch (error) {
            done?.();
            if (deadline?.signal.aborted)
                throw deadline.signal.reason;
            // Octokit reports an unanswered request as status 500 without a response; so do we.
            failure = { status: 500, message: error.message, cause: error, request: { method: 'GET', url } };
            continue;
        }
        const text = await res.text().catch(() => '');
        done?.();
        if (res.status >= 300 && res.status < 400) {
            // A renamed repository answers 301 to its new address on the same host: follow that once.
            // Another host never gets the token.
            const location = res.headers.get('location') ?? '';
            const target = safeUrl(location, url);
            if (target && target.origin === new URL(url).origin && url !== target.href) {
                url = target.href;
                attempt--;
                continue;
            }
            throw new GitHubError('other', `GitHub answered ${res.status} with a redirect to ${target ? target.host : `"${location.slice(0, 100)}"`} while trying to ${info.action} (GET ${path}); oncall-gate does not send the token to another host.`, 'Check GITHUB_API_URL: it must be the GitHub API itself (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server).', res.status, `GET ${path}`);
        }
        if (res.ok) {
            const sha = text.trim().toLowerCase();
            if (SHA.test(sha))
                return sha;
            throw new GitHubError('other', `GitHub answered the request to ${info.action} (GET ${path}) with something that is not a commit SHA: "${text.slice(0, 80)}".`, 'Check GITHUB_API_URL: it must be the GitHub API itself, not a proxy that rewrites answers.', res.status, `GET ${path}`);
        }
        failure = {
            status: res.status,
            message: text,
            response: { status: res.status, headers: headersOf(res), data: parseJson(text) },
            request: { method: 'GET', url },
        };
        if (!retryable(res.status))
            break;
    }
    throw toGitHubError(failure, info, base, createRedactor([token]).redact);
}
function safeUrl(location, from) {
    try {
        return new URL(location, from);
    }
    catch {
        return undefined;
    }
}
function headersOf(res) {
    const out = {};
    for (const name of ['x-ratelimit-remaining', 'x-ratelimit-reset', 'x-accepted-github-permissions']) {
        const value = res.headers.get(name);
        if (value !== null)
            out[name] = value;
    }
    return out;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

// EXTERNAL MODULE: ./src/policy/read-policy-dir.ts
var read_policy_dir = __webpack_require__(8233);
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
/**
 * The real readers: git objects of the workspace checkout, GitHub's tip request, the git trees
 * API. Synchronous on purpose: the git process starts now, so its start-up overlaps the rest of
 * the gate's loading instead of waiting for it.
 */
function gate_policy_gatePolicyReaders(options) {
    const folder = normalizePolicyPath(options.policyPath);
    const store = existsSync(join(options.workspace, '.git')) ? openObjectStore(options.workspace) : undefined;
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
            if (!store)
                return undefined;
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
        const readers = gatePolicyReaders({
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


/***/ }),

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitObjectStoreError: () => (/* binding */ GitObjectStoreError),
/* harmony export */   commitTree: () => (/* binding */ commitTree),
/* harmony export */   gitReadEnv: () => (/* binding */ gitReadEnv),
/* harmony export */   objectId: () => (/* binding */ objectId),
/* harmony export */   openObjectStore: () => (/* binding */ openObjectStore),
/* harmony export */   parseTree: () => (/* binding */ parseTree)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Reads objects from a repository's git object database through one long-lived
// `git cat-file --batch-command` process, and checks every object against its name: the object
// ID is the hash of the object's type, size and content, so an object read here is exactly the
// committed content, whatever a working tree, an index or a replaced object file holds.
//
// Why a git process and not a library: reading packfiles (delta chains, pack indexes, two object
// formats) is most of a git implementation; the git on the runner does it, and one process
// answers every read of a policy folder. Why check hashes ourselves: `cat-file` trusts the
// object files on disk, and an earlier step of the job could have edited one.



/** The object store cannot be used: no git, not a repository, or an object that fails its hash. */
class GitObjectStoreError extends Error {
    name = 'GitObjectStoreError';
}
const NAME = /^[^\s]+$/;
/**
 * Git's environment for reading committed content only: nothing from the calling environment
 * that could point git at another repository or object store, no replacement objects
 * (`refs/replace` would swap one object for another), no fetching of missing objects from a
 * promisor remote (a partial clone), no prompts, and no discovery above the folder.
 */
function gitReadEnv(repoDir, env = process.env) {
    const clean = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_'))
            clean[k] = v;
    return {
        ...clean,
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_NO_LAZY_FETCH: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CEILING_DIRECTORIES: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repoDir)),
        GIT_CONFIG_NOSYSTEM: '1',
    };
}
/** Opens the object store of the repository whose top level is `repoDir`. */
function openObjectStore(repoDir, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repoDir);
    let child;
    // safe.directory on the command line: a checkout owned by another user (a container job) is
    // still read; the command only reads objects.
    const args = ['-c', `safe.directory=${dir}`, 'cat-file', '--batch-command'];
    const waiting = [];
    let buffer = Buffer.alloc(0);
    let failure;
    let stderr = '';
    const fail = (error) => {
        failure ??= error;
        for (const w of waiting.splice(0))
            w.reject(failure);
    };
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.git ?? 'git', args, { cwd: dir, env: gitReadEnv(dir, options.env), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    }
    catch (error) {
        failure = new GitObjectStoreError(`Cannot run git: ${error.message}`);
        return failedStore(failure);
    }
    child.on('error', (error) => fail(new GitObjectStoreError(`Cannot run git: ${error.message}`)));
    child.stdin.on('error', () => undefined); // reported through 'close' below
    child.stderr.on('data', (d) => {
        if (stderr.length < 2000)
            stderr += d.toString('utf8');
    });
    child.on('close', (code) => {
        const why = stderr.trim().split('\n')[0] || `git exited with code ${String(code)}`;
        fail(new GitObjectStoreError(why));
    });
    const drain = () => {
        while (waiting.length > 0) {
            const eol = buffer.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = buffer.subarray(0, eol).toString('utf8');
            const w = waiting[0];
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(undefined);
                continue;
            }
            const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag) (\d+)$/.exec(header);
            if (!m) {
                fail(new GitObjectStoreError(`Unexpected answer from git cat-file: "${header.slice(0, 100)}"`));
                return;
            }
            const info = { oid: m[1], type: m[2], size: Number(m[3]) };
            if (w.want === 'info') {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(info);
                continue;
            }
            const end = eol + 1 + info.size;
            if (buffer.length < end + 1)
                return; // content and its newline not all here yet
            const content = Buffer.from(buffer.subarray(eol + 1, end));
            buffer = buffer.subarray(end + 1);
            waiting.shift();
            if (objectId(info.type, content, info.oid.length) !== info.oid) {
                w.reject(new GitObjectStoreError(`The ${info.type} ${info.oid} in the checkout's object database does not match its ID (it was altered)`));
                continue;
            }
            w.resolve({ ...info, content });
        }
    };
    child.stdout.on('data', (d) => {
        buffer = buffer.length === 0 ? d : Buffer.concat([buffer, d]);
        drain();
    });
    const ask = (want, name) => {
        if (failure)
            return Promise.reject(failure);
        if (!NAME.test(name))
            return Promise.reject(new GitObjectStoreError(`Not an object name: "${name.slice(0, 80)}"`));
        return new Promise((resolvePromise, reject) => {
            waiting.push({ want, name, resolve: resolvePromise, reject });
            child.stdin.write(`${want} ${name}\n`);
        });
    };
    return {
        info: (name) => ask('info', name),
        read: (name) => ask('contents', name),
        close: () => {
            if (child.exitCode === null && !child.killed)
                child.stdin.end();
        },
    };
}
function failedStore(error) {
    return { info: () => Promise.reject(error), read: () => Promise.reject(error), close: () => undefined };
}
/** The ID git gives an object: SHA-1 (40 hex) or SHA-256 (64 hex) of "<type> <size>\0<content>". */
function objectId(type, content, hexLength = 40) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)(hexLength === 64 ? 'sha256' : 'sha1');
    hash.update(`${type} ${content.length}\0`);
    hash.update(content);
    return hash.digest('hex');
}
/** Entries of a tree object: `<mode> <name>\0<raw object ID>` repeated. */
function parseTree(content, hexLength = 40) {
    const raw = hexLength / 2;
    const items = [];
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        const nul = content.indexOf(0x00, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + raw > content.length)
            throw new GitObjectStoreError('A tree object in the checkout is malformed');
        items.push({
            mode: content.subarray(at, space).toString('latin1'),
            name: content.subarray(space + 1, nul).toString('utf8'),
            oid: content.subarray(nul + 1, nul + 1 + raw).toString('hex'),
        });
        at = nul + 1 + raw;
    }
    return items;
}
/** The tree a commit object points at. */
function commitTree(content) {
    const m = /^tree ([0-9a-f]{40}|[0-9a-f]{64})\n/.exec(content.subarray(0, 80).toString('latin1'));
    if (!m)
        throw new GitObjectStoreError('A commit object in the checkout is malformed');
    return m[1];
}


/***/ }),

/***/ 8336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyAtCommit: () => (/* binding */ readPolicyAtCommit)
/* harmony export */ });
/* harmony import */ var _policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4695);
/* harmony import */ var _object_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5285);
// The policy folder as committed at a commit, read from the git object database (object-store.ts):
// committed content only, never the working tree, with the same rules for links, special files
// and sizes as every other source (policy/policy-tree.ts).


const MODE_KIND = {
    '40000': 'folder',
    '100644': 'file',
    '100755': 'file',
    '120000': 'symlink',
    '160000': 'submodule',
};
/**
 * Reads `policyPath` (repo-relative) at `commitName` (an object ID, `HEAD`, or a ref). undefined
 * when the store does not hold that commit. Throws PolicyDirError when the path is not a folder
 * there (a file, a link, a submodule), GitObjectStoreError when the objects cannot be read or
 * fail their hash check.
 */
async function readPolicyAtCommit(store, commitName, policyPath) {
    const commit = await store.read(`${commitName}^{commit}`);
    if (!commit)
        return undefined;
    if (commit.type !== 'commit')
        throw new _object_store_js__WEBPACK_IMPORTED_MODULE_1__.GitObjectStoreError(`${commitName} is not a commit`);
    const hexLength = commit.oid.length;
    const folder = policyPath;
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    const readTree = async (oid, path) => {
        const tree = await store.read(oid);
        if (!tree || tree.type !== 'tree')
            throw new _object_store_js__WEBPACK_IMPORTED_MODULE_1__.GitObjectStoreError(`The tree of ${path || 'the repository root'} at ${commit.oid} is missing from the checkout`);
        return (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.parseTree)(tree.content, hexLength);
    };
    let items = await readTree((0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.commitTree)(commit.content), '');
    for (const [i, segment] of segments.entries()) {
        const path = segments.slice(0, i + 1).join('/');
        const item = items.find((t) => t.name === segment);
        if (!item)
            return { commit: commit.oid, folderMissing: true, files: [] };
        const kind = MODE_KIND[item.mode] ?? 'special';
        if (kind !== 'folder')
            throw (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .notAFolderError */ .R_)(path, kind);
        items = await readTree(item.oid, path);
    }
    const entries = [];
    const walk = async (list, prefix) => {
        for (const item of list) {
            const path = `${prefix}/${item.name}`;
            const kind = MODE_KIND[item.mode] ?? 'special';
            if (kind === 'folder')
                await walk(await readTree(item.oid, path), path);
            else if (kind === 'file' && (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isPolicyFileName */ .yP)(path)) {
                const info = await store.info(item.oid);
                if (!info)
                    throw new _object_store_js__WEBPACK_IMPORTED_MODULE_1__.GitObjectStoreError(`${path} (${item.oid}) is missing from the checkout's objects`);
                entries.push({ path, kind, size: info.size, oid: item.oid });
            }
            else
                entries.push({ path, kind, size: 0, oid: item.oid });
        }
    };
    await walk(items, segments.join('/'));
    const plan = (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .planPolicyRead */ .y4)(segments.join('/'), entries);
    const oids = new Map(entries.map((e) => [e.path, e.oid]));
    const read = await Promise.all(plan.read.map(async (entry) => {
        const blob = await store.read(oids.get(entry.path));
        if (!blob || blob.type !== 'blob')
            throw new _object_store_js__WEBPACK_IMPORTED_MODULE_1__.GitObjectStoreError(`${entry.path} is missing from the checkout's objects`);
        return { path: entry.path, text: blob.content.toString('utf8') };
    }));
    return { commit: commit.oid, folderMissing: false, files: (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFilesOf */ .fW)(read, plan) };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   un: () => (/* binding */ RequestBudgetExceeded),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
// GitHub failures turned into messages that say what failed, where, and how to fix it.
// Status meanings follow GitHub's REST docs ("Troubleshooting the REST API"): 401 is a bad or
// expired token, 403 "Resource not accessible by integration" is a GITHUB_TOKEN missing a
// `permissions:` scope (always the case for writes on fork pull requests), 404 is also what a
// token that cannot see a private resource gets, 422 carries GitHub's validation message.
class GitHubError extends Error {
    kind;
    fix;
    status;
    call;
    name = 'GitHubError';
    constructor(kind, 
    /** What went wrong and where (the call, the PR, the ref); never contains a token. */
    message, 
    /** What to do about it. */
    fix, 
    /** HTTP status when GitHub answered, else undefined. */
    status, 
    /** The request that failed, "METHOD /path" (no host, no query), when known. */
    call) {
        super(message);
        this.kind = kind;
        this.fix = fix;
        this.status = status;
        this.call = call;
    }
    /** Message and fix in one line, for logs and step summaries. */
    describe() {
        return `${this.message} ${this.fix}`;
    }
}
/**
 * Thrown by the client when a request has used up the time it may take (GitHubClientTuning
 * maxRequestMs) before another attempt; carries the failure of the last attempt, if any.
 */
class RequestBudgetExceeded extends Error {
    budgetMs;
    lastFailure;
    name = 'RequestBudgetExceeded';
    constructor(budgetMs, lastFailure) {
        super(`the ${budgetMs / 1000} s allowed for one GitHub request ran out`);
        this.budgetMs = budgetMs;
        this.lastFailure = lastFailure;
    }
}
const FORK_NOTE = ' On pull requests from forks the GITHUB_TOKEN is read-only whatever `permissions:` says, so this write cannot happen there (run it from a `workflow_run` or `pull_request_target` workflow that never executes the PR code).';
/** "METHOD /path" of the failed request, without host or query string. */
function callOf(err, apiUrl) {
    const method = err.request?.method;
    const url = err.request?.url;
    if (!method || !url)
        return undefined;
    let path = url;
    try {
        const base = new URL(apiUrl);
        const u = new URL(url, base);
        path = u.pathname;
        const basePath = base.pathname.replace(/\/+$/, '');
        if (basePath && path.startsWith(basePath + '/'))
            path = path.slice(basePath.length);
    }
    catch {
        path = url.split('?')[0] ?? url;
    }
    return `${method} ${path}`;
}
/** GitHub's own error text: `message` plus the `errors[].message`/`code` details of a 422. */
function githubMessage(data) {
    if (typeof data === 'string')
        return data.slice(0, 500);
    if (typeof data !== 'object' || data === null)
        return '';
    const d = data;
    const parts = [];
    if (typeof d.message === 'string')
        parts.push(d.message);
    if (Array.isArray(d.errors)) {
        for (const e of d.errors) {
            if (typeof e === 'string')
                parts.push(e);
            else if (e && typeof e === 'object') {
                const o = e;
                if (typeof o.message === 'string')
                    parts.push(o.message);
                else if (typeof o.code === 'string')
                    parts.push([o.resource, o.field, o.code].filter((x) => typeof x === 'string').join(' '));
            }
        }
    }
    return parts.join('; ');
}
/**
 * Turns whatever Octokit threw into a GitHubError. `redact` removes the token from any text that
 * came back from the server (defence in depth: GitHub does not echo tokens, but proxies might).
 */
function toGitHubError(error, info, apiUrl, redact) {
    if (error instanceof GitHubError) {
        return new GitHubError(error.kind, redact(error.message), redact(error.fix), error.status, error.call);
    }
    if (error instanceof RequestBudgetExceeded) {
        const stopped = `Stopped retrying: ${error.message}.`;
        if (error.lastFailure !== undefined) {
            const last = toGitHubError(error.lastFailure, info, apiUrl, redact);
            return new GitHubError(last.kind, `${last.message} ${stopped}`, last.fix, last.status, last.call);
        }
        return new GitHubError('network', `The request to ${info.action} could not be sent to GitHub at ${apiUrl} in time: it waited behind other requests ` +
            `(the action spaces writes 1-3 s apart, as GitHub asks, and waits out rate limits). ${stopped}`, 'Re-run the job; if it happens again, the job makes too many GitHub writes at once or the token is rate-limited.');
    }
    const err = (typeof error === 'object' && error !== null ? error : { message: String(error) });
    const call = callOf(err, apiUrl);
    const where = call ? ` (${call})` : '';
    const status = typeof err.status === 'number' ? err.status : undefined;
    const response = err.response;
    const headers = response?.headers ?? {};
    const ghText = redact(githubMessage(response?.data) || (typeof err.message === 'string' ? err.message : ''));
    // No HTTP answer at all: Octokit reports fetch failures (and timeouts) as status 500 without
    // a response. Anything else without a status is not a network problem.
    if (!response && status === 500) {
        // Octokit puts the innermost fetch failure text in `message` ("connect ECONNREFUSED ...");
        // the `cause` chain carries the error names and codes.
        const chain = [];
        for (let c = err, i = 0; c && typeof c === 'object' && i < 5; c = c.cause, i++) {
            chain.push(c);
        }
        const timedOut = chain.some((c) => c.name === 'TimeoutError' || c.name === 'AbortError');
        const code = chain.map((c) => c.code).find((c) => typeof c === 'string');
        const text = typeof err.message === 'string' ? err.message : '';
        const detail = redact(code && !text.includes(code) ? `${text} (${code})` : text);
        return new GitHubError('network', timedOut
            ? `GitHub at ${apiUrl} did not answer in time while trying to ${info.action}${where}.`
            : `Could not reach GitHub at ${apiUrl} while trying to ${info.action}${where}${detail ? `: ${detail}` : ''}.`, 'Check GITHUB_API_URL (GitHub Enterprise Server uses https://HOST/api/v3) and the runner network or proxy, then re-run the job.', undefined, call);
    }
    const rateLimited = (status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(ghText));
    if (rateLimited) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : '';
        return new GitHubError('rate-limit', `GitHub's API rate limit stopped the action while trying to ${info.action}${where}: ${ghText}`, `Wait for the limit to reset${when} and re-run the job; if this repeats, spread the workflows out or use a GitHub App token, which has a higher limit.`, status, call);
    }
    switch (status) {
        case 401:
            return new GitHubError('auth', `GitHub rejected the token (401 ${ghText || 'Bad credentials'}) while trying to ${info.action}${where}.`, 'Check the `github-token` input: it must be a valid, unexpired token (the default `${{ github.token }}` works; GitHub App installation tokens expire after 1 hour).', status, call);
        case 403: {
            const accepted = headers['x-accepted-github-permissions'];
            const acceptedNote = accepted ? ` GitHub says it accepts: ${accepted}.` : '';
            if (/not accessible by/i.test(ghText)) {
                const lines = info.altPermission
                    ? `\`${info.permission}\` (or \`${info.altPermission}\`)`
                    : `\`${info.permission}\``;
                return new GitHubError('permission', `GitHub refused to ${info.action} (403 ${ghText})${where}: the token in \`github-token\` lacks ${lines}.${acceptedNote}`, `Add ${lines} under \`permissions:\` for this job (naming any permission sets the others to none, so list every one the action needs).${info.write ? FORK_NOTE : ''}`, status, call);
            }
            return new GitHubError('permission', `GitHub refused to ${info.action} (403${ghText ? ` ${ghText}` : ''})${where}.${acceptedNote}`, `Give the token in \`github-token\` \`${info.permission}\` (under \`permissions:\` for the GITHUB_TOKEN).${info.write ? FORK_NOTE : ''}`, status, call);
        }
        case 404:
            return new GitHubError('not-found', `${info.notFound ? capitalise(info.notFound) : 'The requested resource'} was not found (404) while trying to ${info.action}${where}.`, 'Check the name, number or ref; for a private repository GitHub also answers 404 when the token cannot see it (check `github-token` and `permissions: contents: read`).', status, call);
        case 422:
            return new GitHubError('validation', `GitHub rejected the request to ${info.action} (422)${where}: ${ghText || 'Unprocessable Entity'}.`, 'GitHub says which value it rejected in the message above; correct that value (or the configuration it came from) and re-run.', status, call);
        default:
            break;
    }
    if (status !== undefined && status >= 500) {
        return new GitHubError('server', `GitHub answered ${status} while trying to ${info.action}${where}, after retrying${ghText ? `: ${ghText}` : ''}.`, 'GitHub may be having trouble (see https://www.githubstatus.com); re-run the job later.', status, call);
    }
    return new GitHubError('other', `GitHub call failed while trying to ${info.action}${where}${status ? ` (${status})` : ''}: ${ghText || 'unknown error'}.`, 'Re-run the job; if it fails again, report it with this message.', status, call);
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ createNodeHttpFetch),
/* harmony export */   Xq: () => (/* binding */ nodeHttpFetch)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BODY_BYTES, ResponseTooLargeError */
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 20;
// Below the 5 s keep-alive timeout of Node servers (the emulator) and common proxies, so a reused
// socket is rarely one the server is closing; Node also honours a shorter `Keep-Alive: timeout=`.
const DEFAULT_IDLE_SOCKET_MS = 4_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Fetch standard, "HTTP-redirect fetch": credentials are not sent to another origin.
const CROSS_ORIGIN_DROPPED = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
// Fetch upper-cases only these method names (Fetch standard, "normalize a method").
const NORMALISED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
/** Raised when a body exceeds the cap; its message says which request and what the limit is. */
class ResponseTooLargeError extends Error {
    name = 'ResponseTooLargeError';
    /** "GET https://host/path" (no query). */
    where;
    limitBytes;
    constructor(where, limitBytes) {
        super(`the response to ${where} is larger than ${formatBytes(limitBytes)}, the most oncall-gate reads from one response`);
        this.where = where;
        this.limitBytes = limitBytes;
    }
}
let shared;
/** fetch over node:http(s) with shared keep-alive agents and the default limits. */
function nodeHttpFetch(input, init) {
    shared ??= createNodeHttpFetch();
    return shared(input, init);
}
/** A transport with its own keep-alive agents (one per protocol, made on first use). */
function createNodeHttpFetch(options = {}) {
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const idleSocketMs = options.idleSocketMs ?? DEFAULT_IDLE_SOCKET_MS;
    const agents = new Map();
    // node:https loads tls and crypto (~6 ms), so each module is loaded only when a URL needs it.
    // process.getBuiltinModule, not import(): an ES import of node:http builds its namespace by
    // reading every export, and the lazy `WebSocket`/`MessageEvent` getters load undici.
    function transportFor(url) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw fetchFailed(new Error(`the URL scheme ${url.protocol} is not supported (only http: and https:)`));
        }
        const mod = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
        let agent = agents.get(url.protocol);
        if (!agent) {
            // The agent unrefs a socket while it sits idle in the pool (Agent#keepSocketAlive), so a
            // pooled socket never keeps the process alive after the last request. proxyEnv is whatever
            // Node chose for its own global agent (NODE_USE_ENV_PROXY), which fetch also follows.
            const proxyEnv = mod.globalAgent.options?.proxyEnv;
            agent = new mod.Agent({ keepAlive: true, scheduling: 'lifo', timeout: idleSocketMs, ...(proxyEnv ? { proxyEnv } : {}) });
            agents.set(url.protocol, agent);
        }
        return { mod, agent };
    }
    /** Sends one request; resolves when the response headers arrive. */
    async function exchange(url, method, headers, body, signal) {
        const { mod, agent } = transportFor(url);
        if (signal?.aborted)
            throw signal.reason;
        return new Promise((resolve, reject) => {
            const sent = { ...headers };
            if (body !== undefined)
                sent['content-length'] = String(Buffer.byteLength(body));
            const requestOptions = { method, headers: sent, agent };
            let req;
            try {
                req = mod.request(url, requestOptions);
            }
            catch (error) {
                // Node validates headers synchronously (ERR_INVALID_CHAR names the header, not its value).
                reject(fetchFailed(error));
                return;
            }
            const onAbort = () => {
                req.destroy();
                reject(signal?.reason);
            };
            const done = () => signal?.removeEventListener('abort', onAbort);
            signal?.addEventListener('abort', onAbort, { once: true });
            req.on('response', (res) => {
                done();
                resolve(res);
            });
            req.on('error', (error) => {
                done();
                reject(signal?.aborted ? signal.reason : fetchFailed(error));
            });
            req.end(body);
        });
    }
    return async function fetchOverNodeHttp(input, init = {}) {
        const signal = init.signal;
        if (signal?.aborted)
            throw signal.reason;
        let url = new URL(String(input));
        const upper = (init.method ?? 'GET').toUpperCase();
        let method = NORMALISED_METHODS.has(upper) ? upper : (init.method ?? 'GET');
        let headers = headerRecord(init.headers);
        // The same codings fetch asks for; decoded below.
        headers['accept-encoding'] ??= 'gzip, deflate, br';
        let body = init.body;
        const mode = init.redirect ?? 'follow';
        for (let redirects = 0;; redirects += 1) {
            const res = await exchange(url, method, headers, body, signal);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (mode === 'manual' || !REDIRECT_STATUSES.has(status) || location === undefined) {
                return responseFor(res, url, redirects > 0, signal, maxBodyBytes, `${method} ${url.origin}${url.pathname}`);
            }
            // A redirect's own body is never read: discard it so the socket goes back to the pool.
            res.resume();
            if (mode === 'error')
                throw fetchFailed(new Error(`unexpected redirect (${status}) from ${url.origin}${url.pathname}`));
            if (redirects >= maxRedirects)
                throw fetchFailed(new Error(`more than ${maxRedirects} redirects, the last from ${url.origin}${url.pathname}`));
            let next;
            try {
                next = new URL(location, url);
            }
            catch (error) {
                throw fetchFailed(error);
            }
            // RFC 9110 sections 15.4.2-15.4.4 (and fetch): 303, and 301/302 after a POST, become a GET
            // without a body; 307/308 repeat the request as it was.
            if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                headers = withoutHeaders(headers, BODY_HEADERS);
            }
            if (next.origin !== url.origin)
                headers = withoutHeaders(headers, CROSS_ORIGIN_DROPPED);
            url = next;
        }
    };
}
function responseFor(res, url, redirected, signal, maxBodyBytes, where) {
    const status = res.statusCode ?? 0;
    let used = false;
    const consume = async () => {
        if (used)
            throw new TypeError('Body is unusable: Body has already been read');
        used = true;
        // TextDecoder drops a leading BOM, as Response#text() does.
        return new TextDecoder().decode(await readBody(res, signal, maxBodyBytes, where));
    };
    const headerValue = (name) => {
        const values = res.headersDistinct[name.toLowerCase()];
        return values === undefined ? null : values.join(', ');
    };
    return {
        status,
        statusText: res.statusMessage ?? '',
        ok: status >= 200 && status < 300,
        url: url.href,
        redirected,
        headers: { get: headerValue, has: (name) => headerValue(name) !== null },
        get bodyUsed() {
            return used;
        },
        text: consume,
        json: async () => JSON.parse(await consume()),
    };
}
/** The whole body, decoded and capped; read under the request's signal so a stalled body times out. */
async function readBody(res, signal, maxBodyBytes, where) {
    if (signal?.aborted) {
        res.destroy();
        throw signal.reason;
    }
    // A declared length over the cap fails before any byte is read (for a coded body this is the
    // coded size, which the decoded one only exceeds).
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
        res.destroy();
        throw new ResponseTooLargeError(where, maxBodyBytes);
    }
    const decoder = decoderFor(res.headers['content-encoding']);
    const chunks = [];
    let size = 0;
    const collect = async (source) => {
        for await (const chunk of source) {
            size += chunk.length;
            // Counted after decoding, so a small compressed body cannot expand past the cap.
            if (size > maxBodyBytes)
                throw new ResponseTooLargeError(where, maxBodyBytes);
            chunks.push(chunk);
        }
    };
    try {
        await (decoder ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(res, decoder, collect, { signal }) : (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(res, collect, { signal }));
    }
    catch (error) {
        if (signal?.aborted)
            throw signal.reason;
        if (error instanceof ResponseTooLargeError)
            throw error;
        // fetch's error for a body cut short (connection reset, premature close, corrupt coding).
        throw new TypeError('terminated', { cause: error });
    }
    return Buffer.concat(chunks, size);
}
/** A decoder for a single known content coding; none for identity or anything else (fetch also passes unknown codings through). */
function decoderFor(contentEncoding) {
    const coding = contentEncoding?.trim().toLowerCase();
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== 'deflate' && coding !== 'br')
        return undefined;
    // Loaded only for a coded body (~2 ms).
    const zlib = process.getBuiltinModule('node:zlib');
    // Like fetch, accept a stream that ends without its final block (some servers cut it).
    const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (coding === 'br') {
        return zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    }
    // "deflate" is the zlib format (RFC 9110 section 8.4.1.2).
    return coding === 'deflate' ? zlib.createInflate(lenient) : zlib.createGunzip(lenient);
}
/** Lower-cased header names; duplicates differing only in case are joined as Headers would. */
function headerRecord(headers) {
    const out = {};
    const add = (value, name) => {
        const key = name.toLowerCase();
        out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    };
    if (headers === undefined)
        return out;
    // Duck-typed: `instanceof Headers` would read the global and load undici.
    if (typeof headers.forEach === 'function' && typeof headers.get === 'function') {
        headers.forEach(add);
    }
    else {
        for (const [name, value] of Object.entries(headers))
            add(value, name);
    }
    return out;
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}
function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause });
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   S6: () => (/* binding */ PolicyDirError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   y4: () => (/* binding */ planPolicyRead),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_FILES, MAX_POLICY_TOTAL_BYTES, entryProblem */
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
/** The folder cannot be read as a policy folder; the message names the path and the fix. */
class PolicyDirError extends Error {
    path;
    constructor(
    /** Repo-relative path the problem is about. */
    path, message) {
        super(message);
        this.path = path;
        this.name = 'PolicyDirError';
    }
}
/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
function notAFolderError(path, kind) {
    if (kind === 'file') {
        return new PolicyDirError(path, `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
    }
    return new PolicyDirError(path, `${entryProblem({ path, kind }).message}. Make \`${path}\` a real folder.`);
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

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PolicyDirError: () => (/* reexport safe */ _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__.S6),
/* harmony export */   isPolicyFile: () => (/* binding */ isPolicyFile),
/* harmony export */   normalizePolicyPath: () => (/* binding */ normalizePolicyPath),
/* harmony export */   readPolicyDir: () => (/* binding */ readPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);
// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.




/** `policies/`, `./policies` and `policies` all mean `policies`. */
function normalizePolicyPath(policyPath) {
    const cleaned = policyPath.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return cleaned === '' ? '.' : cleaned;
}
/**
 * Whether a repo-relative path (forward slashes, as GitHub lists changed files) is a policy file
 * under `policyPath`; for deciding whether a pull request or push "changed policy files".
 */
function isPolicyFile(path, policyPath) {
    const folder = normalizePolicyPath(policyPath);
    const inside = folder === '.' || path.startsWith(`${folder}/`);
    return inside && (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(path);
}
/**
 * Every `*.yaml`/`*.yml` file under `policyPath` (relative to `repoRoot`), recursively, sorted by
 * repo-relative path with forward slashes, plus the entries that cannot be policies (symbolic
 * links, special files, files or a folder over the size limits) as files with a `problem`, which
 * loading reports as errors (policy-tree.ts decides, as for the other sources). Throws
 * PolicyDirError when the folder is missing, is not a folder, is a symbolic link or lies outside
 * the repository.
 */
async function readPolicyDir(repoRoot, policyPath) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot);
    const folder = normalizePolicyPath(policyPath);
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, folder);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(folder) || !isInside(root, start)) {
        throw new _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDirError */ .S6(folder, `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`);
    }
    // Every folder on the way must be a real folder: a link would bring in files from elsewhere.
    const segments = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    for (let i = 1; i <= segments.length; i++) {
        const path = segments.slice(0, i).join('/');
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...segments.slice(0, i))).catch(() => undefined);
        if (!info) {
            throw new _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDirError */ .S6(folder, `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
                'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.');
        }
        if (info.isSymbolicLink())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'symlink');
        if (info.isFile())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'file');
        if (!info.isDirectory())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'special');
    }
    const entries = [];
    const walk = async (dir) => {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const path = toRepoPath(root, full);
            // Dirent types come from lstat: a link is reported as a link, never followed.
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isSymbolicLink())
                entries.push({ path, kind: 'symlink', size: 0 });
            else if (!entry.isFile())
                entries.push({ path, kind: 'special', size: 0 });
            else
                entries.push({ path, kind: 'file', size: (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(entry.name) ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(full)).size : 0 });
        }
    };
    await walk(start);
    const plan = (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .planPolicyRead */ .y4)(folder, entries);
    const read = [];
    for (const entry of plan.read)
        read.push({ path: entry.path, text: await readLimited((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, entry.path)) });
    return (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFilesOf */ .fW)(read, plan);
}
/** Reads at most one byte over the per-file limit: a file that grew since it was listed still fails the size check. */
async function readLimited(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.subarray(0, filled).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function toRepoPath(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ })

};
