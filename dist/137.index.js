export const id = 137;
export const ids = [137];
export const modules = {

/***/ 9137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkoutCommit: () => (/* binding */ checkoutCommit),
  createGateGitHub: () => (/* binding */ createGateGitHub),
  gateOutputs: () => (/* binding */ gateOutputs),
  runGate: () => (/* binding */ runGate),
  trustedPolicySource: () => (/* binding */ trustedPolicySource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/decide/gate.ts
var gate = __webpack_require__(7701);
// EXTERNAL MODULE: ./src/decide/review.ts
var review = __webpack_require__(226);
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
/** RFC 3339 without milliseconds, as the `expires-at` output. */
const rfc3339 = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
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
        const until = s.people.map((p) => rfc3339(p.endAt)).join('<br>');
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
            facts.push(['Approval expires', rfc3339(decision.expiresAt)]);
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
    if (decision.reasons.length > 0) {
        out.push(decision.result === 'error' ? '**What went wrong**' : '**Why**', '');
        for (const r of decision.reasons)
            out.push(`- ${r}`);
        out.push('');
    }
    if (decision.fixes.length > 0) {
        out.push('**What to do**', '');
        for (const f of decision.fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    if ((decision.result === 'denied' || decision.result === 'pending') && !ctx.failOnDeny) {
        out.push('_`fail-on-deny: false`: the step passes, with the output `approved=false`._', '');
    }
    const ruleLines = decision.verdicts.flatMap((v) => v.rules.map((r) => `- ${(0,markdown/* code */.aY)(v.policy)} rule ${r.index + 1} (${r.type}, ${(0,markdown/* code */.aY)(`${r.at.file}:${r.at.line}`)}): ` +
        `${r.type === 'deny' ? 'denies' : r.holds ? 'holds' : 'does not hold'}: ${r.reason}` +
        (r.expiresAt ? ` (until ${rfc3339(r.expiresAt)})` : '')));
    if (ruleLines.length > 0)
        out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, '', '</details>', '');
    if (decision.schedules.length > 0) {
        out.push(`**On call now** (${rfc3339(decision.at)})`, '', renderOnCall(decision.schedules, ctx.serverUrl), '');
    }
    if (ctx.diagnostics && ctx.diagnostics.length > 0) {
        out.push('**Policy problems**', '', (0,render_diagnostics/* renderDiagnosticsTable */.bZ)(ctx.diagnostics), '');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
;// CONCATENATED MODULE: ./src/commands/gate.ts
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
    const dotGit = (0,external_node_path_.join)(dir, '.git');
    const s = await (0,promises_.stat)(dotGit).catch(() => undefined);
    if (!s)
        return undefined;
    if (s.isDirectory())
        return dotGit;
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(await (0,promises_.readFile)(dotGit, 'utf8').catch(() => ''));
    return m?.[1] ? (0,external_node_path_.resolve)(dir, m[1]) : undefined;
}
/** HEAD of a git directory as a commit SHA: detached, or through its branch's loose or packed ref. */
async function headOf(gitDir) {
    const read = (path) => (0,promises_.readFile)(path, 'utf8').then((t) => t.trim(), () => '');
    const head = await read((0,external_node_path_.join)(gitDir, 'HEAD'));
    if ((0,review/* isCommitSha */._$)(head))
        return head.toLowerCase();
    const ref = /^ref:\s*(refs\/\S+)$/.exec(head)?.[1];
    if (!ref)
        return undefined;
    // A linked worktree keeps its refs in the common directory (gitrepository-layout: `commondir`).
    const common = await read((0,external_node_path_.join)(gitDir, 'commondir'));
    for (const dir of common ? [gitDir, (0,external_node_path_.resolve)(gitDir, common)] : [gitDir]) {
        const loose = await read((0,external_node_path_.join)(dir, ref));
        if ((0,review/* isCommitSha */._$)(loose))
            return loose.toLowerCase();
        for (const line of (await read((0,external_node_path_.join)(dir, 'packed-refs'))).split('\n')) {
            const [sha, name] = line.trim().split(' ');
            if (name === ref && (0,review/* isCommitSha */._$)(sha))
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
    const root = (0,external_node_path_.resolve)(workspace);
    for (let dir = (0,external_node_path_.resolve)(root, policyPath);; dir = (0,external_node_path_.dirname)(dir)) {
        const inside = (0,external_node_path_.relative)(root, dir);
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
    const found = await (0,promises_.stat)((0,external_node_path_.join)(ctx.run.workspace, policyPath)).then((s) => s.isDirectory(), () => false);
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
const notRequired = (requester, now) => (0,gate/* decideGate */.q7)({
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
        const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(524), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 7524));
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
            const schedules = (0,gate.policySchedules)(matched);
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
            const decideWith = (escalation) => (0,gate/* decideGate */.q7)({ requester, policies: matched, onCall, now, reason: inputs.reason, escalation, identities: set.identities });
            decision = decideWith({ kind: 'none' });
            // [escalation flow] (DESIGN.md section 4, gate step 3): a denial that an open escalation rule
            // could still turn around is re-decided with the deployed commit's PR-review evidence, or
            // becomes `pending` with the run's escalation incident (src/escalation/gate-escalation.ts).
            // Loaded only then, so an auto-approved gate does not pay for it.
            if (decision.result === 'denied' && decision.verdicts.some((v) => v.rules.some((r) => r.escalationOpen))) {
                const { applyGateEscalation } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(866)]).then(__webpack_require__.bind(__webpack_require__, 1866));
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
        decision = (0,gate/* errorDecision */.zo)({
            requester,
            now: ctx.now(),
            message: scrub(known ? error.message : (0,describe_error/* describeError */.Uc)(error, secrets)),
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
    const annotations = (0,render_diagnostics/* diagnosticsToAnnotations */.Af)(diagnostics);
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


/***/ })

};
