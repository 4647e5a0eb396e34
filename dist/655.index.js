export const id = 655;
export const ids = [655];
export const modules = {

/***/ 4655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGateGitHub: () => (/* binding */ createGateGitHub),
  gateOutputs: () => (/* binding */ gateOutputs),
  runGate: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
;// CONCATENATED MODULE: ./src/decide/select-gate-policies.ts
function selectGatePolicies(policies, wanted, policyPath) {
    const environment = wanted.environment.trim();
    const name = wanted.policy.trim();
    if (!environment && !name)
        return { kind: 'none' };
    const problems = [];
    const selected = new Set();
    if (environment) {
        // GitHub environment names are not case-sensitive ("Managing environments for deployment").
        const env = environment.toLowerCase();
        const byEnv = policies.filter((p) => (p.match.environments ?? []).some((e) => e.toLowerCase() === env));
        if (byEnv.length === 0) {
            const known = [...new Set(policies.flatMap((p) => p.match.environments ?? []))];
            problems.push(`No policy in ${policyPath}/ lists the environment "${environment}" under \`match.environments\`` +
                (known.length > 0 ? ` (environments with a policy: ${known.join(', ')})` : ' (no policy lists any environment)'));
        }
        byEnv.forEach((p) => selected.add(p));
    }
    if (name) {
        const byName = policies.find((p) => p.name.toLowerCase() === name.toLowerCase());
        if (!byName) {
            const known = policies.map((p) => p.name);
            problems.push(`No policy in ${policyPath}/ is named "${name}"` +
                (known.length > 0 ? ` (policies: ${known.join(', ')})` : ' (there are no policies)'));
        }
        else {
            selected.add(byName);
        }
    }
    if (problems.length > 0) {
        return {
            kind: 'unmatched',
            message: problems.join('; '),
            fix: 'Fix the `environment` / `policy` input of the oncall-gate step, or add a policy for it on the default branch. ' +
                'Leave both empty only for jobs that need no approval.',
        };
    }
    // Keep file order so summaries are stable.
    return { kind: 'matched', policies: policies.filter((p) => selected.has(p)) };
}
/**
 * The environment and policy a gate decides for: the inputs, and on a `deployment` or
 * `deployment_status` event the deployment's own environment when the `environment` input is
 * empty (a deploy job started by a deployment needs no input to be gated). The input always wins.
 */
function gateTarget(inputs, event) {
    const environment = inputs.environment.trim();
    const policy = inputs.policy.trim();
    if (environment)
        return { environment, policy, environmentFrom: 'input' };
    if (event.kind === 'deployment' && event.environment)
        return { environment: event.environment, policy, environmentFrom: 'deployment' };
    return { environment: '', policy, environmentFrom: 'none' };
}
/**
 * The warning for a gate that `command: auto` left open because nothing was named: what
 * happened, and exactly how to name a policy.
 */
function openGateWarning(eventName) {
    return (`\`command: auto\` ran \`gate\` for this ${eventName || 'unknown'} event, and the gate is open (not-required) because nothing was named: ` +
        'the `environment` and `policy` inputs are empty' +
        (eventName === 'deployment' || eventName === 'deployment_status' ? ' and the deployment has no environment' : '') +
        '. To gate this job, add `environment: <name>` to the oncall-gate step (the policies whose `match.environments` list that name apply) ' +
        'or `policy: <policy name>` (that one policy applies).');
}

// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
// EXTERNAL MODULE: ./src/report/explain.ts
var explain = __webpack_require__(7389);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/report/render-gate-summary.ts




const HEADINGS = {
    approved: '✅ oncall-gate: approved',
    denied: '❌ oncall-gate: denied',
    pending: '⏳ oncall-gate: pending approval',
    'not-required': '➖ oncall-gate: no approval required',
    error: '⛔ oncall-gate: error (the job is not allowed to run)',
};
const MD = { style: explain/* MARKDOWN */.yQ, advice: 'action' };
function incidentLine(i) {
    const policy = `Policy ${(0,markdown/* code */.aY)(i.policy)}: `;
    if (i.kind === 'paged') {
        const link = i.url ? `[${(0,markdown/* escapeMarkdown */.FV)(i.reference)}](${i.url})` : (0,markdown/* escapeMarkdown */.FV)(i.reference);
        return `${policy}the on-call team was paged through the escalation incident ${link}.`;
    }
    return i.reference
        ? `${policy}a dry run writes nothing (the escalation incident of this run is ${(0,markdown/* escapeMarkdown */.FV)(i.reference)}).`
        : `${policy}a dry run opens no escalation incident (it would open one for ${(0,markdown/* code */.aY)(i.requestKey)}).`;
}
/** Why the gate did not approve (the decision's reasons, then what it did about escalations). */
function gateReasons(decision, incidents = []) {
    return [...(0,explain/* decisionReasons */.EP)(decision, MD), ...incidents.map(incidentLine)];
}
/** Joins messages into sentences, each ending with a period. */
const sentences = (parts) => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');
/** The step's failure message, or undefined when the step passes. */
function gateFailure(decision, failOnDeny, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    const fixes = (0,explain/* decisionFixes */.Ox)(decision, MD);
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
    return `Decision: ${decision.result}${decision.expiresAt ? ` until ${(0,explain/* rfc3339 */.ag)(decision.expiresAt)}` : ''}${reasons.length ? `: ${reasons.join(' ')}` : '.'}`;
}
function loginLink(login, serverUrl) {
    return `[${(0,markdown/* code */.aY)(login)}](${serverUrl}/${encodeURIComponent(login)})`;
}
function renderOnCall(schedules, serverUrl) {
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [(0,markdown/* code */.aY)(s.scheduleId), 'nobody', '', ''];
        const names = s.people.map((p) => `${(0,markdown/* escapeMarkdown */.FV)(p.name)} (${(0,markdown/* code */.aY)(p.email)})`).join('<br>');
        const logins = s.people
            .map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_'))
            .join('<br>');
        const until = s.people.map((p) => (0,explain/* rfc3339 */.ag)(p.endAt)).join('<br>');
        return [(0,markdown/* code */.aY)(s.scheduleId), names, logins, until];
    });
    return (0,markdown/* table */.tp)(['Schedule', 'On call now', 'GitHub', 'Shift ends'], rows);
}
function renderGateSummary(decision, ctx) {
    const out = [`### ${HEADINGS[decision.result]}`, ''];
    if (ctx.dryRun)
        out.push('_Dry run: nothing was written anywhere; the decision is what a real run would make._', '');
    const who = decision.requester;
    const email = who.emails.length > 0
        ? `${who.emails.map(markdown/* code */.aY).join(', ')}${who.emailSource ? ` (from ${who.emailSource})` : ''}`
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
        facts.push(['Environment', `${(0,markdown/* code */.aY)(ctx.environment)}${ctx.environmentFrom ? ` (from ${ctx.environmentFrom})` : ''}`]);
    if (ctx.policyInput)
        facts.push(['Policy input', (0,markdown/* code */.aY)(ctx.policyInput)]);
    facts.push([
        'Policies',
        decision.verdicts.length > 0
            ? decision.verdicts.map((v) => `${(0,markdown/* code */.aY)(v.policy)} (${(0,markdown/* code */.aY)(`${v.at.file}:${v.at.line}`)}): **${v.result}**`).join('<br>')
            : decision.policies.length > 0
                ? decision.policies.map(markdown/* code */.aY).join(', ')
                : 'none matched',
    ]);
    if (ctx.policySource)
        facts.push(['Policy read from', (0,markdown/* escapeMarkdown */.FV)(ctx.policySource)]);
    if (decision.approved) {
        // Through the escalation evidence, one login per merged PR, comma-separated.
        const approvers = (decision.approvedBy ?? '').split(',').filter(Boolean);
        facts.push(['Approved by', decision.approvedBy === 'auto' ? 'auto (on call now)' : approvers.map((l) => loginLink(l, ctx.serverUrl)).join(', ')]);
        if (decision.expiresAt)
            facts.push(['Approval expires', (0,explain/* rfc3339 */.ag)(decision.expiresAt)]);
    }
    if (decision.result !== 'error' && decision.result !== 'not-required') {
        facts.push([
            'On call',
            decision.onCall ? `yes, for ${decision.onCallSchedules.map(markdown/* code */.aY).join(', ')}` : 'no, for none of the schedules below',
        ]);
    }
    out.push((0,markdown/* table */.tp)(['', ''], facts), '');
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
    const fixes = (0,explain/* decisionFixes */.Ox)(decision, MD);
    if (fixes.length > 0) {
        out.push('**What to do**', '');
        for (const f of fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    if ((decision.result === 'denied' || decision.result === 'pending') && !ctx.failOnDeny) {
        out.push('_`fail-on-deny: false`: the step passes, with the output `approved=false`._', '');
    }
    const ruleLines = decision.verdicts.flatMap((v) => v.rules.map((r) => `- ${(0,markdown/* code */.aY)(v.policy)} rule ${r.index + 1} (${r.type}, ${(0,markdown/* code */.aY)(`${r.at.file}:${r.at.line}`)}): ` +
        `${r.type === 'deny' ? 'denies' : r.holds ? 'holds' : 'does not hold'}: ${(0,explain/* ruleReason */.JJ)(r, decision, MD)}` +
        (r.expiresAt ? ` (until ${(0,explain/* rfc3339 */.ag)(r.expiresAt)})` : '')));
    if (ruleLines.length > 0)
        out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, '', '</details>', '');
    if (decision.facts.schedules.length > 0) {
        out.push(`**On call now** (${(0,explain/* rfc3339 */.ag)(decision.facts.at)})`, '', renderOnCall(decision.facts.schedules, ctx.serverUrl), '');
    }
    if (ctx.diagnostics && ctx.diagnostics.length > 0) {
        out.push('**Policy problems**', '', (0,render_diagnostics/* renderDiagnosticsTable */.bZ)(ctx.diagnostics), '');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/commands/run-clients.ts
var run_clients = __webpack_require__(6422);
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
function defaultBranchOf(event) {
    if (event.defaultBranch)
        return event.defaultBranch;
    throw new PolicySourceError(`Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``, 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).');
}
/**
 * Starts both reads at once. `early` never rejects (a checkout that cannot be read is simply not
 * used); `trusted` rejects when the tip cannot be learned or read, and the gate then fails closed.
 */
function readGatePolicy(branch, readers) {
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
function describePolicySource(policyPath, p) {
    const how = p.via === 'checkout' ? "read from the checkout's git objects" : 'read through the GitHub API';
    return `${policyPath}/ at ${p.commit.slice(0, 12)}, the tip of ${p.branch}, ${how}`;
}
/** The real readers: git objects of the workspace checkout, GitHub's tip request, the git trees API. */
async function gatePolicyReaders(options) {
    const [{ fetchBranchTip }, { openObjectStore }, { readPolicyAtCommit }, { normalizePolicyPath }] = await Promise.all([
        __webpack_require__.e(/* import() */ 203).then(__webpack_require__.bind(__webpack_require__, 5203)),
        __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 5285)),
        __webpack_require__.e(/* import() */ 336).then(__webpack_require__.bind(__webpack_require__, 8336)),
        __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 8233)),
    ]);
    const folder = normalizePolicyPath(options.policyPath);
    let store;
    const hasGit = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23)).then((fs) => fs.stat((0,external_node_path_.join)(options.workspace, '.git')).then(() => true, () => false));
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

// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
;// CONCATENATED MODULE: ./src/commands/gate.ts








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
            ...(0,run_clients/* gitHubRunOptions */.x)(ctx),
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
        ...(0,run_clients/* incidentIoRunOptions */.g)(ctx),
    });
    return fetchOnCall(client, scheduleIds, at);
}
const notRequired = (requester, at) => (0,engine/* evaluate */._3)({ requester, policies: [], onCall: new Map(), at, reason: '', identities: { lookup: ['map'], users: new Map() }, subject: { kind: 'run' } });
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
    const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(524), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 7524));
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
        (0,resolve_identity/* resolveIdentity */.XH)(login, set.identities, {
            org: run.repository.owner,
            policyPath: inputs.policyPath,
            github: {
                publicEmail: async (l) => (await github()).identity.publicEmail(l),
                verifiedDomainEmails: async (l, org) => (await github()).identity.verifiedDomainEmails(l, org),
            },
        }),
        readOnCall(ctx, (0,engine/* policySchedules */.VH)(matched), now),
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
            for (const id of (0,engine/* policySchedules */.VH)(matched))
                log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
            const decideWith = (evidence) => (0,engine/* evaluate */._3)({
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
            if ((0,engine/* openEscalations */.Lp)(decision, matched).length > 0) {
                const { applyGateEscalation } = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(866)]).then(__webpack_require__.bind(__webpack_require__, 1866));
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
        decision = (0,engine/* errorDecision */.zo)({
            requester,
            at: now,
            message: scrub(known ? error.message : (0,describe_error/* describeError */.Uc)(error)),
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
    const annotations = (0,render_diagnostics/* diagnosticsToAnnotations */.Af)(diagnostics);
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


/***/ })

};
