export const id = 8233;
export const ids = [8233];
export const modules = {

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


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isPolicyFile: () => (/* binding */ isPolicyFile),
/* harmony export */   normalizePolicyPath: () => (/* binding */ normalizePolicyPath),
/* harmony export */   policyDirError: () => (/* reexport safe */ _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__.uU),
/* harmony export */   readPolicyDir: () => (/* binding */ readPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);
// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.




/** `policies/`, `./policies` and `policies` all mean `policies`. */
function normalizePolicyPath(policyPath) {
    const cleaned = policyPath
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
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
 * a `policy` error when the folder is missing, is not a folder, is a symbolic link or lies outside
 * the repository.
 */
async function readPolicyDir(repoRoot, policyPath) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot);
    const folder = normalizePolicyPath(policyPath);
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, folder);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(folder) || !isInside(root, start)) {
        throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDirError */ .uU)(folder, `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`);
    }
    // Every folder on the way must be a real folder: a link would bring in files from elsewhere.
    const segments = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    for (let i = 1; i <= segments.length; i++) {
        const path = segments.slice(0, i).join('/');
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...segments.slice(0, i)));
        }
        catch {
            info = undefined;
        }
        if (!info) {
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDirError */ .uU)(folder, `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
                'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.');
        }
        if (info.isSymbolicLink())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'symlink');
        if (info.isFile())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'file');
        if (!info.isDirectory())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'special');
    }
    // Synchronous reads: up to 1,000 small files, nothing else to overlap with, and each async
    // call would cost several turns of the event loop (measured: 3x slower for 1,000 files).
    const entries = [];
    const walk = (dir) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const path = toRepoPath(root, full);
            // Dirent types come from lstat: a link is reported as a link, never followed.
            if (entry.isDirectory())
                walk(full);
            else if (entry.isSymbolicLink())
                entries.push({ path, kind: 'symlink', size: 0 });
            else if (!entry.isFile())
                entries.push({ path, kind: 'special', size: 0 });
            else
                entries.push({ path, kind: 'file', size: (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(entry.name) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).size : 0 });
        }
    };
    walk(start);
    const plan = (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .planPolicyRead */ .y4)(folder, entries);
    const read = plan.read.map((entry) => ({ path: entry.path, text: readLimited((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, entry.path), entry.size) }));
    return (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFilesOf */ .fW)(read, plan);
}
/**
 * The file as listed (`size` bytes), reading at most one byte more, never past the per-file limit
 * plus one: a file that grew since it was listed still fails the size check.
 */
function readLimited(path, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const readUpTo = (length) => {
            const buffer = Buffer.allocUnsafe(length);
            let filled = 0;
            while (filled < buffer.length) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            return buffer.subarray(0, filled);
        };
        let content = readUpTo(Math.min(size, _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph) + 1);
        // Longer than listed: the file grew meanwhile; read it again up to the limit, never a prefix.
        if (content.length > size && content.length <= _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph)
            content = readUpTo(_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph + 1);
        return content.toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
