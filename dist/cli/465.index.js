export const id = 465;
export const ids = [465,853];
export const modules = {

/***/ 2465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGateGitHub: () => (/* binding */ createGateGitHub)
});

// UNUSED EXPORTS: gateOutputs, runGate

// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
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
const notRequired = (requester, at) => evaluate({ requester, policies: [], onCall: new Map(), at, reason: '', identities: { lookup: ['map'], users: new Map() }, subject: { kind: 'run' } });
/** The action's outputs: `result` and `approved` always, the rest when known. */
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
    // incident-id / -reference / -url of the run's escalation incident, and what the gate did about it.
    let incidentOutputs = {};
    let incidents = [];
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
            const decideWith = (evidence) => evaluate({
                requester,
                policies: matched,
                onCall,
                at: now,
                reason: inputs.reason,
                identities: set.identities,
                subject: { kind: 'run', ...(evidence ? { evidence } : {}) },
            });
            decision = decideWith();
            // A denial that an escalation could still turn around is decided again with the deployed
            // commit's PR-review evidence, or becomes `pending` with the run's escalation incident
            // (src/escalation/gate-escalation.ts). Loaded only then, so an auto-approved gate does not
            // pay for it.
            if (openEscalations(decision, matched).length > 0) {
                const { applyGateEscalation } = await __webpack_require__.e(/* import() */ 185).then(__webpack_require__.bind(__webpack_require__, 9185));
                const escalated = await applyGateEscalation(ctx, { decision, policies: matched, set, redecide: decideWith, environment: target.environment });
                decision = escalated.decision;
                incidentOutputs = escalated.outputs;
                incidents = escalated.incidents;
            }
        }
    }
    catch (error) {
        log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
        const withFix = error;
        const known = error instanceof Error && typeof withFix.fix === 'string' && /Error$/.test(error.name) && error.name !== 'Error';
        decision = errorDecision({
            requester,
            at: now,
            message: scrub(known ? error.message : describeError(error)),
            ...(known ? { fix: scrub(withFix.fix) } : {}),
            policies: matched,
        });
    }
    finally {
        closeReaders();
    }
    return finish(ctx, decision, { source, diagnostics, incidentOutputs, incidents, target });
}
function finish(ctx, decision, options) {
    const { target, source, diagnostics = [], incidentOutputs = {}, incidents = [], notice } = options;
    const { inputs, run, log } = ctx;
    const scrub = ctx.redactor.redact;
    log.info(gateLogLine(decision, incidents));
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
        incidents,
    };
    const annotations = diagnosticsToAnnotations(diagnostics);
    if (notice) {
        annotations.push({ level: 'notice', ...notice });
    }
    else if (decision.result === 'not-required' && inputs.command === 'auto' && !target.environment && !target.policy) {
        // `auto` picked the gate for this event; an open gate must not pass silently.
        annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(ctx.event.name) });
    }
    const failure = gateFailure(decision, inputs.failOnDeny, incidents);
    if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
        // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
        annotations.push({ level: 'warning', title: `oncall-gate ${decision.result}`, message: scrub(gateReasons(decision, incidents).join(' ')) });
    }
    return {
        outputs: { ...gateOutputs(decision), ...incidentOutputs },
        summary: scrub(renderGateSummary(decision, summaryContext)),
        annotations,
        ...(failure ? { failure: scrub(failure) } : {}),
    };
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links (DESIGN.md section 6).
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


/***/ }),

/***/ 419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ag: () => (/* reexport safe */ _explain_js__WEBPACK_IMPORTED_MODULE_0__.ag)
/* harmony export */ });
/* unused harmony exports gateReasons, gateFailure, gateLogLine, renderGateSummary */
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7389);
/* harmony import */ var _render_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2853);




const HEADINGS = {
    approved: '✅ oncall-gate: approved',
    denied: '❌ oncall-gate: denied',
    pending: '⏳ oncall-gate: pending approval',
    'not-required': '➖ oncall-gate: no approval required',
    error: '⛔ oncall-gate: error (the job is not allowed to run)',
};
const MD = { style: _explain_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKDOWN */ .yQ, advice: 'action' };
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
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [code(s.scheduleId), 'nobody', '', ''];
        const names = s.people.map((p) => `${escapeMarkdown(p.name)} (${code(p.email)})`).join('<br>');
        const logins = s.people
            .map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_'))
            .join('<br>');
        const until = s.people.map((p) => rfc3339(p.endAt)).join('<br>');
        return [code(s.scheduleId), names, logins, until];
    });
    return table(['Schedule', 'On call now', 'GitHub', 'Shift ends'], rows);
}
function renderGateSummary(decision, ctx) {
    const out = [`### ${HEADINGS[decision.result]}`, ''];
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
        facts.push(['Approved by', decision.approvedBy === 'auto' ? 'auto (on call now)' : approvers.map((l) => loginLink(l, ctx.serverUrl)).join(', ')]);
        if (decision.expiresAt)
            facts.push(['Approval expires', rfc3339(decision.expiresAt)]);
    }
    if (decision.result !== 'error' && decision.result !== 'not-required') {
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
    if (ruleLines.length > 0)
        out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, '', '</details>', '');
    if (decision.facts.schedules.length > 0) {
        out.push(`**On call now** (${rfc3339(decision.facts.at)})`, '', renderOnCall(decision.facts.schedules, ctx.serverUrl), '');
    }
    if (ctx.diagnostics && ctx.diagnostics.length > 0) {
        out.push('**Policy problems**', '', renderDiagnosticsTable(ctx.diagnostics), '');
    }
    return out.join('\n');
}


/***/ })

};
