export const id = 3113;
export const ids = [3113];
export const modules = {

/***/ 3113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyFilesAtRef: () => (/* binding */ readPolicyFilesAtRef)
/* harmony export */ });
/* harmony import */ var _policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4695);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
// Policy files at a ref (the PR base SHA or the default branch: the policy that decides never
// comes from the PR head, so a pull request cannot loosen the rules it is judged by;
// docs/security.md, "The deciding policy").
//
// Why the Git trees API, walked to the folder, and not the contents API or one recursive tree of
// the whole repository:
// - the contents API lists one directory per call and caps directories at 1,000 entries, so a
//   nested policy folder costs a call per sub-folder;
// - `GET /git/trees/{ref}?recursive=1` on the repository root is capped at 100,000 entries / 7 MB
//   and comes back `truncated` in large monorepos, which would make the policy unreadable;
// - walking the path one tree at a time (non-recursive) and fetching only the policy folder's tree
//   recursively costs (depth + 1) small calls and is truncated only if the policy folder itself
//   holds 100,000 entries, which is an error here.
// Each file is then one `GET /git/blobs/{sha}` (base64; blobs up to 100 MB, unlike the 1 MB of
// the contents API). REST "Git trees" / "Git blobs"; both need `contents: read`.


/** What a tree entry is, by its git mode: 120000 a symbolic link (its blob is the link target), 160000 a submodule. */
function kindOf(entry) {
    if (entry.type === 'tree')
        return 'folder';
    if (entry.type === 'commit' || entry.mode === '160000')
        return 'submodule';
    if (entry.type !== 'blob')
        return 'special';
    return entry.mode === '120000' ? 'symlink' : 'file';
}
/**
 * Reads every policy file under `policyPath` (e.g. "policies") at `ref` (a commit SHA, or a
 * branch or tag name). A missing folder is `{ files: [], folderMissing: true }`; an unknown ref
 * is a `not-found` error; a truncated tree is an error too, never a silently partial
 * policy. Links, submodules and files or a folder over the size limits come back as files with a
 * `problem` (policy/policy-tree.ts), exactly as from a checkout; a path that is not a folder is a
 * `policy` error.
 */
async function readPolicyFilesAtRef(gh, repo, ref, policyPath, options = {}) {
    const folder = policyPath
        .replace(/\\/g, '/')
        .replace(/^\.?\/+/, '')
        .replace(/\/+$/, '');
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || segments.includes('..')) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('rejected', `The policy path "${policyPath}" is not a folder inside the repository.`, 'Set `policy-path` to a repository-relative folder such as `policies`.');
    }
    const where = `${repo.owner}/${repo.repo}`;
    const info = {
        action: `read the policy folder ${folder}/ at ${ref}`,
        permission: 'contents: read',
        write: false,
        notFound: `ref ${ref} in ${where}`,
    };
    const located = await gh.call(info, async (o) => {
        const getTree = async (treeish, recursive) => {
            const res = await o.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
                ...repo,
                tree_sha: treeish,
                ...(recursive ? { recursive: '1' } : {}),
            });
            return res.data;
        };
        let tree = await getTree(ref, false);
        for (const [i, segment] of segments.entries()) {
            const entry = tree.tree.find((e) => e.path === segment);
            if (!entry) {
                if (tree.truncated) {
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('too-large', `GitHub truncated the tree of ${segments.slice(0, i).join('/') || 'the repository root'} at ${ref}, so ${folder}/ cannot be found in it.`, 'Move the policy folder nearer the repository root (set `policy-path` accordingly).');
                }
                return undefined;
            }
            const kind = kindOf(entry);
            // Thrown outside gh.call, which would turn it into a GitHub error.
            if (kind !== 'folder')
                return { notFolder: { path: segments.slice(0, i + 1).join('/'), kind } };
            if (!entry.sha)
                throw malformedTree(ref);
            // Non-recursive on the way down; recursive only for the policy folder itself.
            tree = await getTree(entry.sha, i === segments.length - 1);
        }
        if (tree.truncated) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('too-large', `GitHub truncated the tree of ${folder}/ at ${ref} (over 100,000 entries or 7 MB), so the policy cannot be read completely.`, 'Keep only policy files under `policy-path`.');
        }
        return { tree };
    });
    if (!located)
        return { files: [], folderMissing: true };
    if ('notFolder' in located)
        throw (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .notAFolderError */ .R_)(located.notFolder.path, located.notFolder.kind);
    const listing = located.tree;
    const entries = [];
    const shas = new Map();
    for (const e of listing.tree) {
        if (typeof e.path !== 'string' || !e.path)
            throw malformedTree(ref);
        const kind = kindOf(e);
        if (kind === 'folder')
            continue; // the recursive listing also lists every file inside it
        const path = `${folder}/${e.path}`;
        entries.push({ path, kind, size: e.size ?? 0 });
        if (kind === 'file' && e.sha)
            shas.set(path, e.sha);
    }
    const plan = (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .planPolicyRead */ .y4)(folder, entries);
    const blobs = plan.read.map((e) => {
        const sha = shas.get(e.path);
        if (!sha)
            throw malformedTree(ref);
        return { path: e.path, sha };
    });
    const files = new Array(blobs.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++, b = blobs[i]; b; i = next++, b = blobs[i]) {
            const text = await gh.call({ ...info, action: `read ${b.path} at ${ref}`, notFound: `blob ${b.sha} (${b.path}) in ${where}` }, async (o) => {
                const res = await o.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: b.sha });
                const data = res.data;
                const content = data.content ?? '';
                return data.encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
            });
            files[i] = { path: b.path, text };
        }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, blobs.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { files: (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFilesOf */ .fW)(files, plan), folderMissing: false };
}
function malformedTree(ref) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('bad-response', `GitHub answered a git tree at ${ref} with an entry that has no path or object ID.`, 'Re-run the job; if it happens again, check that GITHUB_API_URL points at the GitHub API.');
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ requestBudgetExceeded),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Mj: () => (/* binding */ gitHubError)
/* harmony export */ });
/* unused harmony export githubMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// GitHub failures as the one error model (src/errors.ts), with messages that say what failed,
// where, and how to fix it. Status meanings follow GitHub's REST docs ("Troubleshooting the REST
// API"): 401 is a bad or expired token, 403 "Resource not accessible by integration" is a
// GITHUB_TOKEN missing a `permissions:` scope (always the case for writes on fork pull requests),
// 404 is also what a token that cannot see a private resource gets, 422 carries GitHub's
// validation message.

/** A GitHub failure: the one error model, with `service: 'github'`. */
function gitHubError(kind, message, fix, status, call) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
        kind,
        message,
        fix,
        service: 'github',
        ...(status !== undefined ? { status } : {}),
        ...(call !== undefined ? { call } : {}),
        ...(kind === 'auth' ? { setting: 'github-token' } : {}),
    });
}
/**
 * The signal the client's request hook gives when a request has used up the time it may take
 * (GitHubClientTuning maxRequestMs) before another attempt, carrying the last attempt's failure.
 * A plain error with data under a private key: it never reaches a user as such, toGitHubError
 * turns it into the error of that last failure (or a timeout).
 */
const BUDGET = Symbol('oncall-gate request budget');
function requestBudgetExceeded(budgetMs, lastFailure) {
    return Object.assign(new Error(`the ${budgetMs / 1000} s allowed for one GitHub request ran out`), {
        [BUDGET]: { budgetMs, lastFailure },
    });
}
const budgetOf = (error) => typeof error === 'object' && error !== null ? (error[BUDGET] ?? undefined) : undefined;
const FORK_NOTE = ' On pull requests from forks the GITHUB_TOKEN is read-only whatever `permissions:` says, so this write cannot happen there (run it from a `workflow_run` or `pull_request_target` workflow that never executes the PR code).';
/** "METHOD /path" of the failed request, without host or query string. */
function callOf(err, apiUrl) {
    const method = err.request?.method;
    const url = err.request?.url;
    if (!method || !url)
        return undefined;
    let path;
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
 * Turns whatever Octokit threw into a GitHub error. `redact` removes the token from any text that
 * came back from the server (defence in depth: GitHub does not echo tokens, but proxies might).
 */
function toGitHubError(error, info, apiUrl, redact) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN && error.service === 'github')
        return error.mapText(redact);
    const budget = budgetOf(error);
    if (budget) {
        const stopped = `Stopped retrying: ${error.message}.`;
        if (budget.lastFailure !== undefined) {
            const last = toGitHubError(budget.lastFailure, info, apiUrl, redact);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ ...last.data(), message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)([last.text.message, stopped]) });
        }
        return gitHubError('unavailable', `The request to ${info.action} could not be sent to GitHub at ${apiUrl} in time: it waited behind other requests ` +
            `(the action spaces writes 1-3 s apart, as GitHub asks, and waits out rate limits). ${stopped}`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_CAPITAL */ .QI}; if it happens again, the job makes too many GitHub writes at once or the token is rate-limited.`);
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
        const said = typeof err.message === 'string' ? err.message : '';
        const detail = redact(code && !said.includes(code) ? `${said} (${code})` : said);
        return gitHubError('unavailable', timedOut
            ? `GitHub at ${apiUrl} did not answer in time while trying to ${info.action}${where}.`
            : `Could not reach GitHub at ${apiUrl} while trying to ${info.action}${where}${detail ? `: ${detail}` : ''}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Check GITHUB_API_URL (GitHub Enterprise Server uses https://HOST/api/v3) and that ${{ say: 'reach' }}, then ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6}.`, undefined, call);
    }
    const rateLimited = (status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(ghText));
    if (rateLimited) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : '';
        return gitHubError('rate-limit', `GitHub's API rate limit stopped the action while trying to ${info.action}${where}: ${ghText}`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Wait for the limit to reset${when} and ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6}; if this repeats, spread the workflows out or use a GitHub App token, which has a higher limit.`, status, call);
    }
    switch (status) {
        case 401:
            return gitHubError('auth', `GitHub rejected the token (401 ${ghText || 'Bad credentials'}) while trying to ${info.action}${where}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Check ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('github-token')}: it must be a valid, unexpired token (the default \`\${{ github.token }}\` works; GitHub App installation tokens expire after 1 hour).`, status, call);
        case 403: {
            const accepted = headers['x-accepted-github-permissions'];
            const acceptedNote = accepted ? ` GitHub says it accepts: ${accepted}.` : '';
            if (/not accessible by/i.test(ghText)) {
                const lines = info.altPermission ? `\`${info.permission}\` (or \`${info.altPermission}\`)` : `\`${info.permission}\``;
                return gitHubError('permission', `GitHub refused to ${info.action} (403 ${ghText})${where}: the token in \`github-token\` lacks ${lines}.${acceptedNote}`, `Add ${lines} under \`permissions:\` for this job (naming any permission sets the others to none, so list every one the action needs).${info.write ? FORK_NOTE : ''}`, status, call);
            }
            return gitHubError('permission', `GitHub refused to ${info.action} (403${ghText ? ` ${ghText}` : ''})${where}.${acceptedNote}`, `Give the token in \`github-token\` \`${info.permission}\` (under \`permissions:\` for the GITHUB_TOKEN).${info.write ? FORK_NOTE : ''}`, status, call);
        }
        case 404:
            return gitHubError('not-found', `${info.notFound ? capitalise(info.notFound) : 'The requested resource'} was not found (404) while trying to ${info.action}${where}.`, 'Check the name, number or ref; for a private repository GitHub also answers 404 when the token cannot see it (check `github-token` and `permissions: contents: read`).', status, call);
        case 422:
            return gitHubError('rejected', `GitHub rejected the request to ${info.action} (422)${where}: ${ghText || 'Unprocessable Entity'}.`, 'GitHub says which value it rejected in the message above; correct that value (or the configuration it came from) and re-run.', status, call);
        default:
            break;
    }
    if (status !== undefined && status >= 500) {
        return gitHubError('unavailable', `GitHub answered ${status} while trying to ${info.action}${where}, after retrying${ghText ? `: ${ghText}` : ''}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `GitHub may be having trouble (see https://www.githubstatus.com); ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6} later.`, status, call);
    }
    return gitHubError('bad-response', `GitHub call failed while trying to ${info.action}${where}${status ? ` (${status})` : ''}: ${ghText || 'unknown error'}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_CAPITAL */ .QI}; if it fails again, report it with this message.`, status, call);
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ NOT_TEXT),
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   sD: () => (/* binding */ notTextProblem),
/* harmony export */   uU: () => (/* binding */ policyDirError),
/* harmony export */   y4: () => (/* binding */ planPolicyRead),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_FILES, MAX_POLICY_TOTAL_BYTES, entryProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// What may be read from a policy folder, decided the same way whatever the source: the working
// tree (validate, plan, the CLI), the checkout's git objects (the gate) or the GitHub API (the
// gate without a checkout, request and review). Each reader lists the folder's entries and asks
// this module which files to read; so a symbolic link, a submodule, a special file, an oversized
// file or an oversized folder gets the same answer, with the same words, from every source.

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
/**
 * The folder cannot be read as a policy folder: a `policy` error about `path` (repo-relative),
 * whose message names the path and the fix.
 */
function policyDirError(path, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ kind: 'policy', setting: 'policy-path', file: path, message, fix: '' });
}
/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
function notAFolderError(path, kind) {
    if (kind === 'file') {
        return policyDirError(path, `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
    }
    const problem = entryProblem({ path, kind })?.message ?? `\`${path}\` is not a folder`;
    return policyDirError(path, `${problem}. Make \`${path}\` a real folder.`);
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
/**
 * A character a policy file may not hold: control characters other than tab and line ends, DEL,
 * C1 controls other than NEL, U+FFFE and U+FFFF (YAML's printable set), and U+FFFD, which is what
 * bytes that are not UTF-8 become when the file is read. A file holding a NUL byte is shown as
 * binary by git and by GitHub's pull request diff, so its change would be hidden from reviewers.
 */
const NOT_TEXT = /(?![\t\n\r\u0085])[\p{Cc}\ufffd-\uffff]/u;
/** A file holding a NOT_TEXT character, in parse-yaml.ts's words. */
function notTextProblem(char) {
    const what = char === '\ufffd'
        ? 'bytes that are not UTF-8 (or U+FFFD)'
        : `the control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
        code: 'not-text',
        message: `The file is not plain UTF-8 text: it holds ${what} (git and GitHub may show such a file as binary, hiding its changes from reviewers)`,
        fix: 'Save the file as UTF-8 and remove the character; policy files hold printable text, tabs and line ends only.',
    };
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


/***/ })

};
