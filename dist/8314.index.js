export const id = 8314;
export const ids = [8314,9388];
export const modules = {

/***/ 8314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runApply: () => (/* binding */ runApply)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _plan_command_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8125);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4285);
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2853);
/* harmony import */ var _write_plan_apply_writes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5146);
/* harmony import */ var _write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5800);






async function runApply(ctx) {
    const { inputs, log } = ctx;
    if (!inputs.incidentioApiKey)
        throw (0,_plan_command_error_js__WEBPACK_IMPORTED_MODULE_1__/* .missingKeyError */ .S)('apply', 'reconcile incident.io with the policies');
    const [{ loadPolicySet }, { readPolicyDir }, live, remoteMod, render, diff, people] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(6944)]).then(__webpack_require__.bind(__webpack_require__, 6403)),
        __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(7490), __webpack_require__.e(8238)]).then(__webpack_require__.bind(__webpack_require__, 7490)),
        __webpack_require__.e(/* import() */ 3940).then(__webpack_require__.bind(__webpack_require__, 3940)),
        Promise.all(/* import() */[__webpack_require__.e(1780), __webpack_require__.e(9495)]).then(__webpack_require__.bind(__webpack_require__, 9495)),
        Promise.all(/* import() */[__webpack_require__.e(1780), __webpack_require__.e(8256)]).then(__webpack_require__.bind(__webpack_require__, 8256)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(7490), __webpack_require__.e(9375), __webpack_require__.e(4292)]).then(__webpack_require__.bind(__webpack_require__, 8328)),
    ]);
    const files = await readPolicyDir(ctx.run.workspace, inputs.policyPath);
    const set = loadPolicySet(files);
    if (!set.valid) {
        const { errors } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(set.diagnostics);
        return errorResult(`The merged policies in ${inputs.policyPath}/ have ${errors} error(s), so apply changed nothing.`, set.diagnostics, 'Fix the problems at the files and lines shown (the pull request plan shows them too) and push the fix.');
    }
    // dry-run: the run's client is read-only and refuses every write.
    const client = await ctx.incidentio();
    log.info('Verifying the key, the schedules and the identities against incident.io.');
    const checked = await live.runLiveChecks(set, files, client, { now: ctx.clock() });
    const remote = remoteMod.planRemoteChanges(set, await client.listCustomFields());
    const diagnostics = live.withLiveDiagnostics(set, [...checked.diagnostics, ...remote.diagnostics]).diagnostics;
    const { errors } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(diagnostics);
    if (errors > 0) {
        return errorResult(`incident.io does not match the merged policies in ${inputs.policyPath}/ in a way apply cannot fix (${errors} error(s)).`, diagnostics, 'Fix each problem shown, then push again.');
    }
    const identity = checked.facts.identity;
    if (remote.actions.length > 0 && remoteMod.lacksManageSettings(identity)) {
        const { message, fix } = remoteMod.manageSettingsMessage(identity.name, set.integration.escalation.customField);
        return errorResult(`${message}.`, diagnostics, fix);
    }
    const planText = render.renderPlanText({
        policyPath: inputs.policyPath,
        baseLabel: 'incident.io now',
        headLabel: 'the merged policies',
        changes: remote.changes,
        people: { skipped: 'apply changes no one’s rights; the pull request plan showed them' },
        scheduleNames: new Map([...checked.facts.schedules].map(([id, s]) => [id, s.name])),
        diagnostics,
        files: set.files.length,
        baseErrors: 0,
    });
    const verified = verifiedLines(set.policies.length, people.scheduleIdsOf(set), checked.facts, remote.note);
    if (inputs.dryRun) {
        log.info(`Dry run: apply would make these changes in incident.io, and makes none:\n${planText}`);
    }
    // Plan and apply the writes: each missing custom field, one at a time.
    const done = [];
    for (const action of remote.actions) {
        const refused = remoteMod.manageSettingsMessage(identity.name, action.payload.name);
        try {
            const [made] = await ctx.writes.apply([(0,_write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .createCustomFieldWrite */ .Xb)(action.payload, { message: `${refused.message}.`, fix: refused.fix })]);
            const field = (0,_write_plan_apply_writes_js__WEBPACK_IMPORTED_MODULE_3__/* .answerOf */ .u)(made, 'create-custom-field');
            if (!field)
                continue;
            done.push(`Created the text custom field ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(field.name)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(field.id)}).`);
            log.info(`Created custom field ${JSON.stringify(field.name)} (${field.id}).`);
        }
        catch (error) {
            // Two applies at once: the other one may have just created it. Re-read before failing.
            const meanwhile = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'rejected')
                ? (await client.listCustomFields()).find((f) => f.name === action.payload.name && f.field_type === 'text')
                : undefined;
            if (!meanwhile)
                throw error;
            log.info(`Custom field ${JSON.stringify(meanwhile.name)} (${meanwhile.id}) already exists (created meanwhile); nothing to do.`);
        }
    }
    const changed = inputs.dryRun ? remote.actions.length > 0 : done.length > 0;
    const t = diff.totals(remote.changes);
    const summary = [
        `### oncall-gate apply: ${changed ? (inputs.dryRun ? 'changes to make (dry run)' : 'applied') : 'no changes'}`,
        '',
        inputs.dryRun
            ? `Dry run: nothing was written. Apply would add ${t.add}, change ${t.change} and destroy ${t.destroy}.`
            : changed
                ? `Apply complete! Resources: ${t.add} added, ${t.change} changed, ${t.destroy} destroyed.`
                : 'No changes. incident.io already holds what the policies need.',
        ...(done.length > 0 ? ['', ...done.map((d) => `- ${d}`)] : []),
        '',
        '**Verified**',
        '',
        ...verified.map((v) => `- ${v}`),
        ...(diagnostics.length > 0 ? ['', (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDiagnosticsTable */ .bZ)(diagnostics)] : []),
        ...(remote.changes.length > 0 ? ['', '```', planText.trimEnd(), '```'] : []),
    ].join('\n');
    return {
        outputs: { result: changed ? 'applied' : 'no-changes' },
        summary: summary + '\n',
        annotations: (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticsToAnnotations */ .Af)(diagnostics),
    };
    function errorResult(message, found, fix) {
        const table = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDiagnosticsTable */ .bZ)(found);
        return {
            outputs: { result: 'error' },
            summary: ['### oncall-gate apply: error', '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .messageMarkdown */ .zv)(message), '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .messageMarkdown */ .zv)(fix), ...(table ? ['', table] : [])].join('\n') +
                '\n',
            annotations: (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticsToAnnotations */ .Af)(found),
            failure: `${message} ${fix}`,
        };
    }
}
function verifiedLines(policies, scheduleIds, facts, fieldNote) {
    const named = scheduleIds.flatMap((id) => facts.schedules.get(id) ?? []);
    const active = facts.identities.filter((i) => i.status === 'active').length;
    return [
        `The API key ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(facts.identity.name)} works (roles: ${facts.identity.roles.map((r) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(r)).join(', ') || 'none'}).`,
        `${policies} polic${policies === 1 ? 'y' : 'ies'}; the schedules they name exist: ${named.length > 0 ? named.map((s) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(s.name)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(s.id)})`).join(', ') : 'none named'}.`,
        `${active} of ${facts.identities.length} identities resolve to one active incident.io user.`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(fieldNote),
    ];
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

/***/ 8125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ missingKeyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The message every command that reconciles incident.io gives when the incident.io key is needed
// but absent: an `input` error naming the input, which main.ts reports with `result=error`.

function missingKeyError(command, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
        kind: 'input',
        setting: 'incidentio-api-key',
        message: `The \`incidentio-api-key\` input is empty, so ${command} cannot ${why}.`,
        fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step.',
    });
}


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
