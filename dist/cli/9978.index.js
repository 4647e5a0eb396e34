export const id = 9978;
export const ids = [9978,4695,7076];
export const modules = {

/***/ 4726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkGitHubLogins: () => (/* binding */ checkGitHubLogins),
/* harmony export */   nearestLogin: () => (/* binding */ nearestLogin)
/* harmony export */ });
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(863);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5016);


/** How many logins are looked up at once. */
const CONCURRENCY = 4;
/** The logins of the identities file as written, with their email and position, in file order. */
function writtenLogins(files, set) {
    const at = set.identities.at;
    const file = at ? files.find((f) => f.path === at.file) : undefined;
    if (!file)
        return [];
    const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file);
    const doc = parsed.value;
    const users = doc && typeof doc.users === 'object' && doc.users !== null && !Array.isArray(doc.users) ? doc.users : {};
    const seen = new Set();
    const out = [];
    for (const [login, email] of Object.entries(users)) {
        // A case-only duplicate is already an error of its own; the first spelling is the one used.
        if (typeof email !== 'string' || seen.has(login.toLowerCase()))
            continue;
        seen.add(login.toLowerCase());
        const p = parsed.locate(`/users/${login.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        out.push({ login, email, at: { file: file.path, line: p.line, column: p.column } });
    }
    return out;
}
/** Runs `f` over `items`, at most `limit` at a time, keeping the order. */
async function mapLimited(items, limit, f) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await f(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * The repository's login nearest to `login` (case-insensitive; a swapped pair of letters is one
 * edit) when it is a likely slip: one edit, or two in a login of five characters or more.
 */
function nearestLogin(login, people) {
    const allowed = login.length >= 5 ? 2 : 1;
    let best;
    let bestDistance = allowed + 1;
    for (const person of people) {
        if (person.toLowerCase() === login.toLowerCase())
            continue;
        const d = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .typoDistance */ .eg)(login, person);
        if (d < bestDistance) {
            best = person;
            bestDistance = d;
        }
    }
    return best;
}
const LOGIN_FIX = 'Write the login as it appears in the person’s GitHub profile address (https://github.com/<login>).';
/**
 * The problems with the identities file's logins, as diagnostics on their lines. Throws a `github`
 * error when GitHub cannot be asked at all (a refused token, GitHub down): the caller reports that
 * the logins were not checked.
 */
async function checkGitHubLogins(set, files, github) {
    const written = writtenLogins(files, set);
    const accounts = await mapLimited(written, CONCURRENCY, (w) => github.getUser(w.login));
    const missing = written.filter((_, i) => accounts[i] === null);
    // The repository's people, read once and only for a miss; they only improve the message.
    let people = [];
    if (missing.length > 0 && github.listAssignees)
        people = await github.listAssignees().catch(() => []);
    const diagnostics = [];
    written.forEach((w, i) => {
        const account = accounts[i];
        const where = { file: w.at.file, line: w.at.line, column: w.at.column };
        if (account === null || account === undefined) {
            const near = nearestLogin(w.login, people);
            diagnostics.push({
                severity: 'error',
                code: 'unknown-github-login',
                ...where,
                message: `\`${w.login}\` is not a GitHub account (GitHub has no user with that login), so the email ${w.email} is never matched to anyone`,
                fix: (near ? `Did you mean \`${near}\`? ` : '') + LOGIN_FIX,
            });
        }
        else if (account.type === 'Organization') {
            diagnostics.push({
                severity: 'error',
                code: 'github-login-not-a-user',
                ...where,
                message: `\`${w.login}\` is a GitHub organization, not a person's account, so nobody is ever matched to ${w.email}`,
                fix: `Map each person's own GitHub login to their incident.io email instead.`,
            });
        }
    });
    return diagnostics;
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
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
