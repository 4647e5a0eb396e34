export const id = 4483;
export const ids = [4483,9388];
export const modules = {

/***/ 4483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PLAN_COMMENT_MAX: () => (/* binding */ PLAN_COMMENT_MAX),
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(262);
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2853);
/* harmony import */ var _plan_render_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9495);
/* harmony import */ var _write_plan_apply_writes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5146);
/* harmony import */ var _write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5800);
// `plan`: on a pull request that touches the policy folder, validate
// the head policies as `validate` does (plus live checks with a key), diff them against the PR
// base, and post the Terraform-style plan as ONE sticky comment (`<!-- oncall-gate:plan -->`) with
// the whole text in the step summary. The base comes from the PR base SHA through the API (the
// trusted ref); the head from the workspace checkout, or the API at the head
// SHA when there is no checkout. `result` valid|invalid and `errors`; the step fails when the head
// is invalid. Without a key, the effect on people comes from the rota snapshots of the checkout's
// tests folder, when it has some (docs/policy-tests.md).








/** Below GitHub's 65,536-character limit on a comment body, with room to spare. */
const PLAN_COMMENT_MAX = 65_000;
/** The comment lists this many diagnostics; the annotations and the summary carry them all. */
const COMMENT_DIAGNOSTICS_MAX = 50;
const exists = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
/** The PR head: the workspace when it holds a checkout, else the API at the head SHA. */
async function readHead(ctx, pr, readAtRef) {
    const { workspace } = ctx.run;
    const { policyPath } = ctx.inputs;
    if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, policyPath))) {
        const { readPolicyDir } = await __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233));
        return { files: await readPolicyDir(workspace, policyPath), from: 'the workspace checkout', workspace: true };
    }
    // A checkout without the folder: the pull request deletes it.
    if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, '.git')))
        return { files: [], from: 'the workspace checkout (no policy folder)' };
    return { files: await readAtRef(pr.headSha), from: `the head commit ${pr.headSha.slice(0, 7)} (no checkout in the workspace)` };
}
/**
 * The head's tests folder, for its rota snapshots when there is no key (docs/policy-tests.md).
 * It is the pull request's own content: fine for a plan, which approves nothing, and the plan
 * says its people effect comes from these files. A folder that cannot be read gives none here;
 * the policy tests report why.
 */
async function readTestsFolder(ctx) {
    const { testsPath } = ctx.inputs;
    const { loadPolicyTestsFolder, testsFolderExists } = await __webpack_require__.e(/* import() */ 5830).then(__webpack_require__.bind(__webpack_require__, 5830));
    if (!testsPath || !(await testsFolderExists(ctx.run.workspace, testsPath)))
        return undefined;
    try {
        return await loadPolicyTestsFolder(ctx.run.workspace, testsPath);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isError */ .bJ)(error, 'policy'))
            return undefined;
        throw error;
    }
}
async function runPlan(ctx) {
    const { inputs, run, log, event } = ctx;
    if (event.kind !== 'pull_request') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OncallGateError */ .lN({
            kind: 'input',
            setting: 'command',
            message: `\`plan\` compares a pull request's policies with its base, but this run was triggered by ${event.name || 'no event'}.`,
            fix: 'Run `command: plan` (or `auto`) from a workflow triggered by `pull_request` on changes to the policy folder.',
        });
    }
    const pr = event.pullRequest;
    const repo = run.repository;
    const github = await ctx.github();
    const readAtRef = async (ref) => (await github.readPolicyFilesAtRef(ref, inputs.policyPath)).files;
    // Gather: the base and head policies. main.ts already runs each command inside a log group,
    // and runner groups do not nest.
    const [base, head] = await Promise.all([readAtRef(pr.baseSha), readHead(ctx, pr, readAtRef)]);
    log.info(`Base: ${base.length} policy file(s) at ${pr.baseRef}@${pr.baseSha.slice(0, 7)}; head: ${head.files.length} from ${head.from}.`);
    let client;
    let suite;
    if (inputs.incidentioApiKey) {
        const { readOnlyView } = await __webpack_require__.e(/* import() */ 9415).then(__webpack_require__.bind(__webpack_require__, 9415));
        // plan never writes to incident.io: read-only whatever `dry-run` says.
        client = readOnlyView(await ctx.incidentio());
    }
    else {
        suite = head.workspace ? await readTestsFolder(ctx) : undefined;
        log.info(suite && suite.snapshots.size > 0
            ? `No incidentio-api-key: the plan skips the live checks; the effect on people comes from the rota snapshots in ${inputs.testsPath}/, not live incident.io.`
            : 'No incidentio-api-key: the plan skips the live checks and the effect on people.');
    }
    // Decide: the plan (with the live checks when there is a key).
    const { computePlan } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(7490), __webpack_require__.e(9375), __webpack_require__.e(1520)]).then(__webpack_require__.bind(__webpack_require__, 1520));
    const outcome = await computePlan({
        policyPath: inputs.policyPath,
        baseLabel: `${pr.baseRef}@${pr.baseSha.slice(0, 7)}`,
        headLabel: `#${pr.number}@${pr.headSha.slice(0, 7)}`,
        baseFiles: base,
        headFiles: head.files,
        ...(client ? { client } : {}),
        ...(suite && inputs.testsPath
            ? { snapshots: { folder: inputs.testsPath, snapshots: suite.snapshots, broken: suite.brokenSnapshots } }
            : {}),
        now: ctx.clock(),
        keyHint: 'pass `incidentio-api-key` to the step',
    });
    const { model } = outcome;
    if (client)
        log.debug(`incident.io requests: ${client.requestCount}.`);
    const { errors, warnings } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .countBySeverity */ .Ot)(model.diagnostics);
    log.info((0,_plan_render_plan_js__WEBPACK_IMPORTED_MODULE_5__.renderPlanText)(model));
    const summaryUrl = `${run.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${run.runId}`;
    const comment = (0,_plan_render_plan_js__WEBPACK_IMPORTED_MODULE_5__.renderPlanMarkdown)(model, {
        marker: true,
        maxChars: PLAN_COMMENT_MAX,
        fullPlanUrl: summaryUrl,
        maxDiagnostics: COMMENT_DIAGNOSTICS_MAX,
    });
    let summary = (0,_plan_render_plan_js__WEBPACK_IMPORTED_MODULE_5__.renderPlanMarkdown)(model);
    const annotations = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnosticsToAnnotations */ .Af)(model.diagnostics);
    // The head's policy tests, offline, when the checkout has them (docs/policy-tests.md).
    const { workspaceTestsSection } = await __webpack_require__.e(/* import() */ 5830).then(__webpack_require__.bind(__webpack_require__, 5830));
    const tests = head.workspace
        ? await workspaceTestsSection(run.workspace, inputs.testsPath, outcome.head, inputs.policyPath, suite)
        : undefined;
    if (tests) {
        log.info(tests.log);
        summary = `${summary.trimEnd()}\n\n${tests.summary}`;
        annotations.push(...tests.annotations);
    }
    const testErrors = tests?.errors ?? 0;
    // Plan and apply the one write: the sticky plan comment, new or edited in place.
    try {
        const existing = (await github.findStickyComment(pr.number, _plan_render_plan_js__WEBPACK_IMPORTED_MODULE_5__.PLAN_MARKER)) ?? null;
        const write = (0,_write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .commentWrite */ .JS)({
            repo,
            number: pr.number,
            marker: _plan_render_plan_js__WEBPACK_IMPORTED_MODULE_5__.PLAN_MARKER,
            body: comment,
            existing,
            summaryUrl,
            description: `${existing ? 'edit' : 'post'} this comment on pull request #${pr.number} (marker ${_plan_render_plan_js__WEBPACK_IMPORTED_MODULE_5__.PLAN_MARKER})`,
        });
        const [made] = await ctx.writes.apply([write]);
        const posted = (0,_write_plan_apply_writes_js__WEBPACK_IMPORTED_MODULE_6__/* .answerOf */ .u)(made, 'comment');
        if (posted)
            log.info(`${posted.created ? 'Posted' : 'Updated'} the plan comment: ${posted.url}`);
        else if (!write && existing)
            log.info(`Kept (unchanged) the plan comment: ${existing.url}`);
    }
    catch (error) {
        // The plan itself is the result; a comment GitHub refused is reported, not fatal.
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isServiceError */ .gi)(error, 'github'))
            throw error;
        const message = `The plan could not be posted on pull request #${pr.number}: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}`;
        annotations.push({ level: 'warning', title: 'oncall-gate plan comment', message });
        summary += `\n> [!WARNING]\n> ${message.replace(/\r?\n/g, ' ')}\n`;
    }
    return {
        outputs: { result: errors === 0 && testErrors === 0 ? 'valid' : 'invalid', errors: errors + testErrors },
        summary,
        annotations,
        ...(errors > 0
            ? {
                failure: `The head policies have ${errors} error(s) and ${warnings} warning(s); see the annotations and the step summary for each file, line and fix.`,
            }
            : testErrors > 0
                ? {
                    failure: `${testErrors} policy test${testErrors === 1 ? '' : 's'} failed or could not run; see the annotations on the test files and the step summary.`,
                }
                : {}),
    };
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_RUN_EXTERNAL_ID: () => (/* binding */ CHECK_RUN_EXTERNAL_ID),
/* harmony export */   checkRunRequest: () => (/* binding */ checkRunRequest),
/* harmony export */   findCheckRun: () => (/* binding */ findCheckRun),
/* harmony export */   upsertCheckRun: () => (/* binding */ upsertCheckRun)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2976);



/**
 * `external_id` of every check run this action creates. A workflow *job* named like our check
 * also produces a check run with that name on the same SHA, created by the same GitHub Actions
 * app; only runs carrying this id are ever updated, so the job's own run is never overwritten.
 */
const CHECK_RUN_EXTERNAL_ID = 'oncall-gate';
/**
 * The newest check run named `name` on `headSha` that carries our external_id (only those are ever
 * updated), or undefined when there is none. Needs `checks: read`.
 */
async function findCheckRun(gh, repo, headSha, name) {
    return gh.call({
        action: `find the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: false,
        notFound: `commit ${headSha} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        let newest;
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...repo,
            ref: headSha,
            check_name: name,
            filter: 'all',
            per_page: 100,
        }), 'the check runs of the commit')) {
            for (const run of page.data) {
                if (run.name !== name || run.external_id !== CHECK_RUN_EXTERNAL_ID)
                    continue;
                if (!newest || run.id > newest.id)
                    newest = { id: run.id, status: run.status };
            }
        }
        return newest;
    });
}
/**
 * The request that puts `state` on the commit, given the newest run of ours (`existing`, null when
 * none): that run is updated, unless it is completed and the new state is in_progress (GitHub
 * does not move a completed run back; the newest run of a name is the one GitHub and branch
 * protection show), in which case a new run is created. Throws for a state GitHub would refuse.
 */
function checkRunRequest(repo, headSha, name, state, existing) {
    if (state.status === 'completed' && !state.conclusion) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('rejected', `Check run "${name}": a completed check run needs a conclusion.`, 'Pass conclusion success, failure or neutral.');
    }
    if (state.status === 'in_progress' && state.conclusion) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('rejected', `Check run "${name}": an in_progress check run cannot have a conclusion (GitHub would mark it completed).`, 'Drop the conclusion or use status completed.');
    }
    const note = "**Truncated** to fit GitHub's 65,535-character limit; the full text is in the step summary of this run.";
    const output = {
        title: state.title,
        summary: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .yA)(state.summary, _text_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_RUN_TEXT_MAX */ .CE, note),
        ...(state.text !== undefined ? { text: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .yA)(state.text, _text_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_RUN_TEXT_MAX */ .CE, note) } : {}),
    };
    const fields = {
        name,
        status: state.status,
        ...(state.conclusion ? { conclusion: state.conclusion } : {}),
        ...(state.detailsUrl ? { details_url: state.detailsUrl } : {}),
        external_id: CHECK_RUN_EXTERNAL_ID,
        output,
    };
    const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/check-runs`;
    if (existing && !(existing.status === 'completed' && state.status !== 'completed')) {
        return { method: 'PATCH', path: `${base}/${existing.id}`, body: fields };
    }
    return { method: 'POST', path: base, body: { head_sha: headSha, ...fields } };
}
/**
 * Creates or updates the check run `name` on `headSha` (see checkRunRequest). `existing`: what
 * findCheckRun returned (null: none), so the runs are not read twice; undefined reads them.
 */
async function upsertCheckRun(gh, repo, headSha, name, state, options = {}) {
    // Refuse a state GitHub would refuse before anything is read.
    checkRunRequest(repo, headSha, name, state, null);
    const existing = options.existing !== undefined ? options.existing : ((await findCheckRun(gh, repo, headSha, name)) ?? null);
    const request = checkRunRequest(repo, headSha, name, state, existing);
    if (request.method === 'PATCH' && existing) {
        return gh.call({
            action: `update the "${name}" check run`,
            permission: 'checks: write',
            write: true,
            notFound: `check run ${existing.id} in ${repo.owner}/${repo.repo}`,
        }, async (o) => {
            const res = await o.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                ...repo,
                check_run_id: existing.id,
                ...request.body,
            });
            return { id: Number(res.data.id), url: res.data.html_url ?? '', created: false };
        });
    }
    return gh.call({
        action: `create the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: true,
        notFound: `commit ${headSha} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        const res = await o.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: headSha, ...request.body });
        return { id: Number(res.data.id), url: res.data.html_url ?? '', created: true };
    });
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_FILES_MAX: () => (/* binding */ PULL_FILES_MAX),
/* harmony export */   fileNames: () => (/* binding */ fileNames),
/* harmony export */   getPullRequest: () => (/* binding */ getPullRequest),
/* harmony export */   listPullFiles: () => (/* binding */ listPullFiles),
/* harmony export */   requestReviewers: () => (/* binding */ requestReviewers),
/* harmony export */   reviewRequestPath: () => (/* binding */ reviewRequestPath),
/* harmony export */   reviewersToRequest: () => (/* binding */ reviewersToRequest),
/* harmony export */   toPullRequest: () => (/* binding */ toPullRequest)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function toPullRequest(pr) {
    const headRepo = pr.head.repo?.full_name ?? '';
    const baseRepo = pr.base.repo?.full_name ?? '';
    return {
        number: pr.number,
        title: pr.title ?? '',
        body: pr.body ?? '',
        state: pr.state === 'closed' ? 'closed' : 'open',
        // `merged` is only on the full pull object; merged_at is on every shape.
        merged: pr.merged === true || (pr.merged === undefined && typeof pr.merged_at === 'string'),
        mergedAt: pr.merged_at ?? null,
        // GitHub also fills it for an open pull request (its test merge); only a merged one's counts.
        mergeCommitSha: typeof pr.merge_commit_sha === 'string' && pr.merge_commit_sha !== '' ? pr.merge_commit_sha : null,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        headRef: pr.head.ref ?? '',
        headSha: pr.head.sha,
        // GitHub sends `draft` on every pull request shape; a server without it has no drafts.
        draft: pr.draft === true,
        authorLogin: pr.user?.login ?? '',
        authorType: pr.user?.type ?? '',
        labels: (pr.labels ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
        htmlUrl: pr.html_url ?? '',
        headRepoFullName: headRepo,
        baseRepoFullName: baseRepo,
        isFork: headRepo === '' || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        changedFiles: pr.changed_files ?? 0,
        commits: pr.commits ?? 0,
    };
}
const where = (r) => `${r.owner}/${r.repo}`;
/** GET /repos/{o}/{r}/pulls/{n}, fresh. */
async function getPullRequest(gh, repo, number) {
    return gh.call({
        action: `read pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${where(repo)}`,
    }, async (o) => {
        const res = await o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
        return toPullRequest(res.data);
    });
}
/** GitHub's cap on GET /pulls/{n}/files. */
const PULL_FILES_MAX = 3000;
/** Every changed file of a PR (all pages, up to GitHub's 3000-file cap). */
async function listPullFiles(gh, repo, number) {
    return gh.call({
        action: `list the files changed by pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${where(repo)}`,
    }, async (o) => {
        const files = [];
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            ...repo,
            pull_number: number,
            per_page: 100,
        }), 'the files of the pull request')) {
            for (const f of page.data) {
                files.push({
                    filename: f.filename,
                    status: f.status,
                    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
                });
            }
            if (files.length >= PULL_FILES_MAX)
                break;
        }
        return { files, names: fileNames(files), truncated: files.length >= PULL_FILES_MAX };
    });
}
/** Both names of renamed files, deduplicated, in first-seen order. */
function fileNames(files) {
    const seen = new Set();
    for (const f of files) {
        seen.add(f.filename);
        if (f.previousFilename)
            seen.add(f.previousFilename);
    }
    return [...seen];
}
const isBotLogin = (login) => /\[bot\]$/i.test(login);
/**
 * The logins a review request asks for, each once (first spelling), and the ones it leaves out:
 * the pull request's author and bots, whom GitHub would refuse.
 */
function reviewersToRequest(logins, author) {
    const skipped = [];
    const unique = new Map();
    for (const login of logins) {
        const l = login.trim();
        if (l && !unique.has(l.toLowerCase()))
            unique.set(l.toLowerCase(), l);
    }
    const wanted = [];
    for (const [lower, login] of unique) {
        if (lower === author.toLowerCase())
            skipped.push({ login, reason: 'author' });
        else if (isBotLogin(login))
            skipped.push({ login, reason: 'bot' });
        else
            wanted.push(login);
    }
    return { wanted, skipped };
}
/** The path review requests are POSTed to. */
const reviewRequestPath = (repo, number) => `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/pulls/${number}/requested_reviewers`;
/**
 * Requests reviews from `logins` (POST /pulls/{n}/requested_reviewers). Skips the PR author
 * (GitHub answers 422 "Review cannot be requested from pull request author") and bot logins.
 * GitHub rejects the whole request with 422 when any login is not a collaborator, so on a 422 each
 * login is retried alone and the ones GitHub refuses are reported in `skipped`, not thrown.
 * `author` avoids a GET of the pull request when the caller already knows it.
 */
async function requestReviewers(gh, repo, number, logins, options = {}) {
    if (!logins.some((l) => l.trim()))
        return { requested: [], skipped: [] };
    const author = options.author ?? (await getPullRequest(gh, repo, number)).authorLogin;
    const { wanted, skipped } = reviewersToRequest(logins, author);
    if (wanted.length === 0)
        return { requested: [], skipped };
    const info = {
        action: `request reviews on pull request #${number}`,
        permission: 'pull-requests: write',
        write: true,
        notFound: `pull request #${number} in ${where(repo)}`,
    };
    const post = (reviewers) => gh.call(info, (o) => o.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        ...repo,
        pull_number: number,
        reviewers,
    }));
    try {
        await post(wanted);
        return { requested: wanted, skipped };
    }
    catch (error) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'github') && error.status === 422))
            throw error;
    }
    const requested = [];
    for (const login of wanted) {
        try {
            await post([login]);
            requested.push(login);
        }
        catch (error) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'github') && error.status === 422))
                throw error;
            skipped.push({ login, reason: 'rejected', message: error.message });
        }
    }
    return { requested, skipped };
}


/***/ }),

/***/ 9388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ CREATE_CUSTOM_FIELD_PATH),
/* harmony export */   IR: () => (/* binding */ editIncidentPath),
/* harmony export */   qp: () => (/* binding */ CREATE_INCIDENT_PATH)
/* harmony export */ });
// The paths of the writes oncall-gate makes to incident.io, in one place: the client sends its
// requests to them, and the write plan shows them as the requests a run makes.
const CREATE_INCIDENT_PATH = '/v2/incidents';
const CREATE_CUSTOM_FIELD_PATH = '/v2/custom_fields';
const editIncidentPath = (id) => `/v2/incidents/${encodeURIComponent(id)}/actions/edit`;


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ diagnosticsToAnnotations),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   bZ: () => (/* binding */ renderDiagnosticsTable),
/* harmony export */   sX: () => (/* binding */ totalsLine)
/* harmony export */ });
/* unused harmony exports diagnosticTitle, formatDiagnosticLine */
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
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.fix),
    ]));
}


/***/ }),

/***/ 5800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ createIncidentWrite),
/* harmony export */   JS: () => (/* binding */ commentWrite),
/* harmony export */   Xb: () => (/* binding */ createCustomFieldWrite),
/* harmony export */   sC: () => (/* binding */ editIncidentWrite),
/* harmony export */   xX: () => (/* binding */ checkRunWrite),
/* harmony export */   zN: () => (/* binding */ reviewRequestWrite)
/* harmony export */ });
/* harmony import */ var _github_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6250);
/* harmony import */ var _github_comments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6645);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4487);
/* harmony import */ var _incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9388);




const short = (sha) => sha.slice(0, 12);
/** The comment write, or undefined when our comment already says exactly this. */
function commentWrite(o) {
    const request = (0,_github_comments_js__WEBPACK_IMPORTED_MODULE_1__.stickyCommentRequest)(o.repo, o.number, o.marker, o.body, o.existing, o.summaryUrl);
    if (!request)
        return undefined;
    return {
        service: 'github',
        method: request.method,
        target: request.path,
        description: o.description,
        body: request.body,
        markdown: request.body.body,
        action: {
            kind: 'comment',
            number: o.number,
            marker: o.marker,
            body: o.body,
            existing: o.existing,
            ...(o.summaryUrl ? { summaryUrl: o.summaryUrl } : {}),
        },
    };
}
/** The check run write: an update of ours, or a new run (see checkRunRequest). */
function checkRunWrite(o) {
    const request = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__.checkRunRequest)(o.repo, o.headSha, o.name, o.state, o.existing);
    const body = request.body;
    return {
        service: 'github',
        method: request.method,
        target: request.path,
        description: `set the ${o.name} check on ${short(o.headSha)} to ${o.state.conclusion ?? o.state.status} (${JSON.stringify(o.state.title)})`,
        body,
        action: { kind: 'check-run', headSha: o.headSha, name: o.name, state: o.state, existing: o.existing },
    };
}
/** The review request, or undefined when nobody is left to ask (only the author, or bots). */
function reviewRequestWrite(o) {
    const { wanted } = (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_2__.reviewersToRequest)(o.logins, o.author);
    if (wanted.length === 0)
        return undefined;
    return {
        service: 'github',
        method: 'POST',
        target: (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_2__.reviewRequestPath)(o.repo, o.number),
        description: `request reviews from ${wanted.join(', ')} on pull request #${o.number}`,
        body: { reviewers: wanted },
        action: { kind: 'review-request', number: o.number, logins: [...o.logins], author: o.author },
        optional: true,
    };
}
/** A new incident for `requestKey`. */
function createIncidentWrite(payload, requestKey) {
    return {
        service: 'incidentio',
        method: 'POST',
        target: _incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .CREATE_INCIDENT_PATH */ .qp,
        description: `create the incident ${requestKey}`,
        body: payload,
        action: { kind: 'create-incident', payload, requestKey },
    };
}
/** An edit of an existing incident; `description` says what the edit is for. */
function editIncidentWrite(incident, payload, description) {
    return {
        service: 'incidentio',
        method: 'POST',
        target: (0,_incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .editIncidentPath */ .IR)(incident.id),
        description,
        body: payload,
        action: { kind: 'edit-incident', id: incident.id, payload },
    };
}
/** A new custom field; `whenRefused`: what to say when the key may not create it. */
function createCustomFieldWrite(payload, whenRefused) {
    return {
        service: 'incidentio',
        method: 'POST',
        target: _incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .CREATE_CUSTOM_FIELD_PATH */ .EJ,
        description: `create the incident.io ${payload.field_type} custom field ${JSON.stringify(payload.name)}`,
        body: payload,
        action: { kind: 'create-custom-field', payload },
        ...(whenRefused ? { whenRefused } : {}),
    };
}


/***/ })

};
