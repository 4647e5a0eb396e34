export const id = 123;
export const ids = [123];
export const modules = {

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGateGitHub: () => (/* binding */ createGateGitHub)
/* harmony export */ });
/* unused harmony exports trustedPolicySource, gateOutputs, runGate */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_render_gate_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(419);
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2853);
// `gate`: is this job allowed to run now? (DESIGN.md section 4). Reads the policy from the
// trusted ref, resolves the triggering actor's email, reads who is on call for the schedules
// the matched policies name, decides, and returns outputs and a step summary. Fails closed:
// every failure is `result=error` and a failed step.








/**
 * The trusted ref for a gate: the default branch. On the default branch the workspace checkout is
 * that ref; on a pull request event the workflow file comes from the PR merge commit, so the
 * policy is read from the base SHA through the API (NOTES.md section 4.1, 4.3); on any other ref
 * (a feature branch, a tag) from the default branch through the API, so a branch cannot carry
 * its own looser policy.
 */
function trustedPolicySource(event, run) {
    if (event.kind === 'pull_request' || event.kind === 'pull_request_review') {
        const pr = event.pullRequest;
        return { kind: 'ref', ref: pr.baseSha, label: `the base commit ${pr.baseSha.slice(0, 12)} of pull request #${pr.number}` };
    }
    const branch = event.defaultBranch;
    if (!branch) {
        return {
            kind: 'unknown',
            message: `Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``,
            fix: 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).',
        };
    }
    if (run.ref === `refs/heads/${branch}`)
        return { kind: 'workspace', label: `the workspace checkout of ${branch}` };
    return { kind: 'ref', ref: branch, label: `the default branch ${branch} (this run is on ${run.ref || 'an unknown ref'})` };
}
/** The GitHub adapter calls the gate uses; @actions/github loads only on the first call. */
async function createGateGitHub(options) {
    const [{ createGitHubClient }, users, contents, { GitHubError }] = await Promise.all([
        __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 6341)),
        __webpack_require__.e(/* import() */ 267).then(__webpack_require__.bind(__webpack_require__, 8267)),
        __webpack_require__.e(/* import() */ 113).then(__webpack_require__.bind(__webpack_require__, 3113)),
        __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 3116)),
    ]);
    // graphqlUrl is left to Octokit, which derives it from apiUrl (api.github.com/graphql, or
    // HOST/api/graphql on GitHub Enterprise Server): passing it made the verified-domain query
    // send `url` as a GraphQL variable, which @octokit/graphql rejects.
    const gh = createGitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        readOnly: options.readOnly,
    });
    const repo = { owner: options.owner, repo: options.repo };
    return {
        readPolicyFilesAtRef: (ref, policyPath) => contents.readPolicyFilesAtRef(gh, repo, ref, policyPath),
        identity: {
            publicEmail: (login) => users.getUserPublicEmail(gh, login),
            verifiedDomainEmails: async (login, org) => {
                try {
                    return await users.getVerifiedDomainEmails(gh, login, org);
                }
                catch (error) {
                    // GraphQL answers FORBIDDEN when the token may not read the org's emails
                    // (NOTES.md section 3.5): that lookup is unavailable, the gate goes on to the next.
                    if (error instanceof GitHubError && error.kind === 'permission')
                        return { forbidden: true };
                    throw error;
                }
            },
        },
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
    if (source.kind === 'workspace') {
        return new GateError(`There is no policy folder \`${policyPath}\` in the workspace (${ctx.run.workspace})`, 'Add `- uses: actions/checkout@v5` before the oncall-gate step so the policies of the default branch are on disk, or set `policy-path` to the folder that holds them.');
    }
    return new GateError(`There is no policy folder \`${policyPath}\` at ${source.kind === 'ref' ? source.label : 'the trusted ref'}`, 'Merge the policies to the default branch first (the deciding policy never comes from a pull request head), or set `policy-path` to the folder that holds them.');
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
function failureFor(decision, failOnDeny) {
    switch (decision.result) {
        case 'approved':
        case 'not-required':
            return undefined;
        case 'error':
            return `oncall-gate could not decide, so the job may not run: ${decision.reasons.join(' ')}${decision.fixes.length ? ` Fix: ${decision.fixes.join(' ')}` : ''}`;
        default:
            if (!failOnDeny)
                return undefined;
            return `oncall-gate ${decision.result}: ${decision.reasons.join(' ')}${decision.fixes.length ? ` What to do: ${decision.fixes.join(' ')}` : ''}`;
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
        if (inputs.environment || inputs.policy)
            loadOnCallModules().catch(() => undefined);
        const github = lazyGitHub(ctx);
        source = trustedPolicySource(ctx.event, run);
        const files = await readTrustedPolicy(ctx, source, github);
        if (!files) {
            // No policy folder: fine when the step names no policy, an error when it names one.
            if (!inputs.environment && !inputs.policy) {
                log.info('No policy folder and no `environment` or `policy` input: approval not required.');
                return finish(ctx, notRequired(requester, ctx.now()), source, []);
            }
            throw missingFolderError(ctx, source);
        }
        const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(640)]).then(__webpack_require__.bind(__webpack_require__, 5640));
        const set = loadPolicySet(files);
        log.info(`Policy: ${files.length} file(s) from ${source.kind === 'unknown' ? '?' : source.label}.`);
        if (!set.valid) {
            diagnostics = set.diagnostics.filter((d) => d.severity === 'error');
            // Fail closed: an invalid trusted policy is an error, never "no policy" (DESIGN.md section 2).
            throw new GateError(`The policy in ${inputs.policyPath}/ on the trusted ref is invalid (${diagnostics.length} error(s)), so no decision can be made`, `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`);
        }
        const selection = selectGatePolicies(set.policies, { environment: inputs.environment, policy: inputs.policy }, inputs.policyPath);
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
                const { applyGateEscalation } = await __webpack_require__.e(/* import() */ 514).then(__webpack_require__.bind(__webpack_require__, 514));
                const escalated = await applyGateEscalation(ctx, { decision, policies: matched, set, redecide: decideWith });
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
    return finish(ctx, decision, source, diagnostics, incidentOutputs);
}
function finish(ctx, decision, source, diagnostics, incidentOutputs = {}) {
    const { inputs, run, log } = ctx;
    const secrets = [inputs.incidentioApiKey, inputs.githubToken].filter((s) => s.length >= 4);
    const scrub = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    log.info(`Decision: ${decision.result}` +
        (decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : '') +
        (decision.reasons.length ? `: ${decision.reasons.join(' ')}` : '.'));
    const summaryContext = {
        actor: run.actor,
        triggeringActor: run.triggeringActor,
        environment: inputs.environment,
        policyInput: inputs.policy,
        ...(source && source.kind !== 'unknown' ? { policySource: source.label } : {}),
        dryRun: inputs.dryRun,
        failOnDeny: inputs.failOnDeny,
        diagnostics,
        serverUrl: run.serverUrl,
    };
    const annotations = diagnosticsToAnnotations(diagnostics);
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


/***/ })

};
