export const id = 978;
export const ids = [978,233];
export const modules = {

/***/ 2978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyFilesChanged: () => (/* binding */ policyFilesChanged)
/* harmony export */ });
/* unused harmony export touchesPolicyFolder */
/* harmony import */ var _run_clients_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6422);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6341);
/* harmony import */ var _github_commits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(149);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4487);
/* harmony import */ var _policy_read_policy_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8233);
// `command: auto` needs to know whether a PR or a push touched the policy folder (DESIGN.md
// section 5: from the PR's file list, or on a push the compared commits). When GitHub cannot
// list every file (its 3000/300-file caps) or the push created the branch, assume they changed:
// running plan/apply needlessly is harmless, skipping them is not.





/** Whether any of `paths` is a file the policy readers read (one rule: isPolicyFile). */
function touchesPolicyFolder(paths, policyPath) {
    return paths.some((p) => (0,_policy_read_policy_dir_js__WEBPACK_IMPORTED_MODULE_3__.isPolicyFile)(p, policyPath));
}
async function policyFilesChanged(ctx) {
    const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.createGitHubClient)({
        token: ctx.inputs.githubToken,
        apiUrl: ctx.run.apiUrl,
        graphqlUrl: ctx.run.graphqlUrl,
        readOnly: true,
        log: ctx.log,
        ...(0,_run_clients_js__WEBPACK_IMPORTED_MODULE_4__/* .gitHubRunOptions */ .x)(ctx),
    });
    const repo = ctx.run.repository;
    const { event } = ctx;
    if (event.kind === 'pull_request') {
        const files = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_2__/* .listPullFiles */ .pG)(gh, repo, event.pullRequest.number);
        return files.truncated || touchesPolicyFolder(files.names, ctx.inputs.policyPath);
    }
    if (event.kind === 'push') {
        if (/^0+$/.test(event.before) || event.before === '')
            return true;
        const comparison = await (0,_github_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCommits */ .kC)(gh, repo, event.before, event.after);
        return comparison.truncated || touchesPolicyFolder(comparison.files, ctx.inputs.policyPath);
    }
    return false;
}


/***/ }),

/***/ 6422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ incidentIoRunOptions),
/* harmony export */   x: () => (/* binding */ gitHubRunOptions)
/* harmony export */ });
/** For an incident.io client: the GitHub token is a secret too. */
function incidentIoRunOptions(ctx) {
    return { secrets: [ctx.inputs.githubToken], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}
/** For a GitHub client: the incident.io key is a secret too. */
function gitHubRunOptions(ctx) {
    return { secrets: [ctx.inputs.incidentioApiKey], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listCommitPulls),
/* harmony export */   fl: () => (/* binding */ COMPARE_FILES_MAX),
/* harmony export */   kC: () => (/* binding */ compareCommits)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4487);



/**
 * GET /repos/{o}/{r}/commits/{sha}/pulls, every page: the PRs that contain this commit (merged
 * ones carry `mergedAt`; `headSha` is each PR's final head).
 */
async function listCommitPulls(gh, repo, sha) {
    return gh.call({
        action: `list the pull requests associated with commit ${sha}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `commit ${sha} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        const pulls = [];
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
            ...repo,
            commit_sha: sha,
            per_page: 100,
        }), 'the pull requests of the commit')) {
            for (const p of page.data) {
                const { changedFiles: _files, commits: _commits, ...pull } = (0,_pulls_js__WEBPACK_IMPORTED_MODULE_2__/* .toPullRequest */ .c$)(p);
                pulls.push(pull);
            }
        }
        return pulls;
    });
}
/** GitHub's cap on the files of a comparison. */
const COMPARE_FILES_MAX = 300;
const ZERO_SHA = /^0+$/;
/** GET /repos/{o}/{r}/compare/{base}...{head}: the files a push changed. */
async function compareCommits(gh, repo, base, head) {
    if (!base || ZERO_SHA.test(base)) {
        // A push that creates a branch has `before` = 40 zeros: there is nothing to compare with.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('validation', `Cannot compare commits: the base "${base}" is not a commit (a push that creates a branch has no "before").`, 'Treat a new branch as "everything changed", or compare with the default branch instead.');
    }
    return gh.call({
        action: `compare ${base}...${head}`,
        permission: 'contents: read',
        write: false,
        notFound: `commit ${base} or ${head} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        // The file list is only on the first page of a comparison, so one request is enough.
        const res = await o.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...repo,
            basehead: `${base}...${head}`,
        });
        const raw = res.data.files ?? [];
        const files = (0,_pulls_js__WEBPACK_IMPORTED_MODULE_2__/* .fileNames */ .jx)(raw.map((f) => ({ filename: f.filename, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) })));
        return {
            files,
            status: res.data.status,
            totalCommits: res.data.total_commits,
            truncated: raw.length >= COMPARE_FILES_MAX,
        };
    });
}


/***/ }),

/***/ 1674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ cappedPages)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
// Every list the action reads from GitHub is paged with a cap: a server (or a proxy) that keeps
// answering "next page" must not keep a deploy job reading for ever. No list oncall-gate reads
// comes near the cap (100 pages of 100: reviews, comments, check runs, the PRs of a commit).

const MAX_PAGES = 100;
/** The pages of `pages`, failing with a clear error after `maxPages` of them. */
async function* cappedPages(pages, what, maxPages = MAX_PAGES) {
    let count = 0;
    for await (const page of pages) {
        count++;
        if (count > maxPages) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_('too-large', `GitHub kept answering with more pages of ${what}: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list.`, 'Check GITHUB_API_URL (a proxy may be repeating pages); if the list really is that long, report it with this message.');
        }
        yield page;
    }
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ getPullRequest),
/* harmony export */   c$: () => (/* binding */ toPullRequest),
/* harmony export */   i5: () => (/* binding */ requestReviewers),
/* harmony export */   jx: () => (/* binding */ fileNames),
/* harmony export */   pG: () => (/* binding */ listPullFiles),
/* harmony export */   xL: () => (/* binding */ PULL_FILES_MAX)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


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
 * Requests reviews from `logins` (POST /pulls/{n}/requested_reviewers). Skips the PR author
 * (GitHub answers 422 "Review cannot be requested from pull request author") and bot logins.
 * GitHub rejects the whole request with 422 when any login is not a collaborator, so on a 422 each
 * login is retried alone and the ones GitHub refuses are reported in `skipped`, not thrown.
 * `author` avoids a GET of the pull request when the caller already knows it.
 */
async function requestReviewers(gh, repo, number, logins, options = {}) {
    const skipped = [];
    const unique = new Map();
    for (const login of logins) {
        const l = login.trim();
        if (l && !unique.has(l.toLowerCase()))
            unique.set(l.toLowerCase(), l);
    }
    if (unique.size === 0)
        return { requested: [], skipped };
    const author = (options.author ?? (await getPullRequest(gh, repo, number)).authorLogin).toLowerCase();
    const wanted = [];
    for (const [lower, login] of unique) {
        if (lower === author)
            skipped.push({ login, reason: 'author' });
        else if (isBotLogin(login))
            skipped.push({ login, reason: 'bot' });
        else
            wanted.push(login);
    }
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
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_ && error.status === 422))
            throw error;
    }
    const requested = [];
    for (const login of wanted) {
        try {
            await post([login]);
            requested.push(login);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_ && error.status === 422))
                throw error;
            skipped.push({ login, reason: 'rejected', message: error.message });
        }
    }
    return { requested, skipped };
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
