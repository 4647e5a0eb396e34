export const id = 8336;
export const ids = [8336,5285];
export const modules = {

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitTree: () => (/* binding */ commitTree),
/* harmony export */   gitObjectStoreError: () => (/* binding */ gitObjectStoreError),
/* harmony export */   gitReadEnv: () => (/* binding */ gitReadEnv),
/* harmony export */   objectId: () => (/* binding */ objectId),
/* harmony export */   openObjectStore: () => (/* binding */ openObjectStore),
/* harmony export */   parseTree: () => (/* binding */ parseTree)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
// Reads objects from a repository's git object database through one long-lived
// `git cat-file --batch-command` process, and checks every object against its name: the object
// ID is the hash of the object's type, size and content, so an object read here is exactly the
// committed content, whatever a working tree, an index or a replaced object file holds.
//
// Why a git process and not a library: reading packfiles (delta chains, pack indexes, two object
// formats) is most of a git implementation; the git on the runner does it, and one process
// answers every read of a policy folder. Why check hashes ourselves: `cat-file` trusts the
// object files on disk, and an earlier step of the job could have edited one.




/** The object store cannot be used: no git, not a repository, or an object that fails its hash. */
function gitObjectStoreError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OncallGateError */ .lN({ kind: 'environment', message, fix: '' });
}
const NAME = /^[^\s]+$/;
/**
 * Git's environment for reading committed content only: nothing from the calling environment
 * that could point git at another repository or object store, no replacement objects
 * (`refs/replace` would swap one object for another), no fetching of missing objects from a
 * promisor remote (a partial clone), no prompts, and no discovery above the folder.
 */
function gitReadEnv(repoDir, env = process.env) {
    const clean = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_'))
            clean[k] = v;
    return {
        ...clean,
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_NO_LAZY_FETCH: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CEILING_DIRECTORIES: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repoDir)),
        GIT_CONFIG_NOSYSTEM: '1',
    };
}
/** Opens the object store of the repository whose top level is `repoDir`. */
function openObjectStore(repoDir, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repoDir);
    let child;
    // safe.directory on the command line: a checkout owned by another user (a container job) is
    // still read; the command only reads objects.
    const args = ['-c', `safe.directory=${dir}`, 'cat-file', '--batch-command'];
    const waiting = [];
    let buffer = Buffer.alloc(0);
    let failure;
    let stderr = '';
    const fail = (error) => {
        failure ??= error;
        for (const w of waiting.splice(0))
            w.reject(failure);
    };
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.git ?? 'git', args, {
            cwd: dir,
            env: gitReadEnv(dir, options.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
    }
    catch (error) {
        failure = gitObjectStoreError(`Cannot run git: ${error.message}`);
        return failedStore(failure);
    }
    child.on('error', (error) => fail(gitObjectStoreError(`Cannot run git: ${error.message}`)));
    child.stdin.on('error', () => undefined); // reported through 'close' below
    child.stderr.on('data', (d) => {
        if (stderr.length < 2000)
            stderr += d.toString('utf8');
    });
    child.on('close', (code) => {
        const why = stderr.trim().split('\n')[0] || `git exited with code ${String(code)}`;
        fail(gitObjectStoreError(why));
    });
    const drain = () => {
        for (let w = waiting[0]; w; w = waiting[0]) {
            const eol = buffer.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = buffer.subarray(0, eol).toString('utf8');
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(undefined);
                continue;
            }
            const [, oid, type, size] = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag) (\d+)$/.exec(header) ?? [];
            if (!oid || !type || !size) {
                fail(gitObjectStoreError(`Unexpected answer from git cat-file: "${header.slice(0, 100)}"`));
                return;
            }
            const info = { oid, type: type, size: Number(size) };
            // An object asked for by its ID must come back under that ID (its content is then checked
            // against it below): git answering with another object is an error, not a substitute.
            if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(w.name) && info.oid !== w.name) {
                fail(gitObjectStoreError(`git answered ${w.name} with another object (${info.oid})`));
                return;
            }
            if (w.want === 'info') {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(info);
                continue;
            }
            const end = eol + 1 + info.size;
            if (buffer.length < end + 1)
                return; // content and its newline not all here yet
            const content = Buffer.from(buffer.subarray(eol + 1, end));
            buffer = buffer.subarray(end + 1);
            waiting.shift();
            if (objectId(info.type, content, info.oid.length) !== info.oid) {
                w.reject(gitObjectStoreError(`The ${info.type} ${info.oid} in the checkout's object database does not match its ID (it was altered)`));
                continue;
            }
            w.resolve({ ...info, content });
        }
    };
    child.stdout.on('data', (d) => {
        buffer = buffer.length === 0 ? d : Buffer.concat([buffer, d]);
        drain();
    });
    const ask = (want, name) => {
        if (failure)
            return Promise.reject(failure);
        if (!NAME.test(name))
            return Promise.reject(gitObjectStoreError(`Not an object name: "${name.slice(0, 80)}"`));
        return new Promise((resolvePromise, reject) => {
            waiting.push({ want, name, resolve: resolvePromise, reject });
            child.stdin.write(`${want} ${name}\n`);
        });
    };
    return {
        info: (name) => ask('info', name),
        read: (name) => ask('contents', name),
        close: () => {
            if (child.exitCode === null && !child.killed)
                child.stdin.end();
        },
    };
}
function failedStore(error) {
    return { info: () => Promise.reject(error), read: () => Promise.reject(error), close: () => undefined };
}
/** The ID git gives an object: SHA-1 (40 hex) or SHA-256 (64 hex) of "<type> <size>\0<content>". */
function objectId(type, content, hexLength = 40) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)(hexLength === 64 ? 'sha256' : 'sha1');
    hash.update(`${type} ${content.length}\0`);
    hash.update(content);
    return hash.digest('hex');
}
/** Entries of a tree object: `<mode> <name>\0<raw object ID>` repeated. */
function parseTree(content, hexLength = 40) {
    const raw = hexLength / 2;
    const items = [];
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        const nul = content.indexOf(0x00, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + raw > content.length)
            throw gitObjectStoreError('A tree object in the checkout is malformed');
        items.push({
            mode: content.subarray(at, space).toString('latin1'),
            name: content.subarray(space + 1, nul).toString('utf8'),
            oid: content.subarray(nul + 1, nul + 1 + raw).toString('hex'),
        });
        at = nul + 1 + raw;
    }
    return items;
}
/** The tree a commit object points at. */
function commitTree(content) {
    const tree = /^tree ([0-9a-f]{40}|[0-9a-f]{64})\n/.exec(content.subarray(0, 80).toString('latin1'))?.[1];
    if (!tree)
        throw gitObjectStoreError('A commit object in the checkout is malformed');
    return tree;
}


/***/ }),

/***/ 8336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyAtCommit: () => (/* binding */ readPolicyAtCommit)
/* harmony export */ });
/* harmony import */ var _policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4695);
/* harmony import */ var _object_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5285);
// The policy folder as committed at a commit, read from the git object database (object-store.ts):
// committed content only, never the working tree, with the same rules for links, special files
// and sizes as every other source (policy/policy-tree.ts).


const MODE_KIND = {
    '40000': 'folder',
    '100644': 'file',
    '100755': 'file',
    '120000': 'symlink',
    '160000': 'submodule',
};
/**
 * Reads `policyPath` (repo-relative) at `commitName` (an object ID, `HEAD`, or a ref). undefined
 * when the store does not hold that commit. Throws a `policy` error when the path is not a folder
 * there (a file, a link, a submodule), an `environment` error when the objects cannot be read or
 * fail their hash check.
 */
async function readPolicyAtCommit(store, commitName, policyPath) {
    const commit = await store.read(`${commitName}^{commit}`);
    if (!commit)
        return undefined;
    if (commit.type !== 'commit')
        throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`${commitName} is not a commit`);
    const hexLength = commit.oid.length;
    const folder = policyPath;
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    const readTree = async (oid, path) => {
        const tree = await store.read(oid);
        if (!tree || tree.type !== 'tree')
            throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`The tree of ${path || 'the repository root'} at ${commit.oid} is missing from the checkout`);
        return (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.parseTree)(tree.content, hexLength);
    };
    let items = await readTree((0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.commitTree)(commit.content), '');
    for (const [i, segment] of segments.entries()) {
        const path = segments.slice(0, i + 1).join('/');
        const item = items.find((t) => t.name === segment);
        if (!item)
            return { commit: commit.oid, folderMissing: true, files: [] };
        const kind = MODE_KIND[item.mode] ?? 'special';
        if (kind !== 'folder')
            throw (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .notAFolderError */ .R_)(path, kind);
        items = await readTree(item.oid, path);
    }
    const walk = async (list, prefix) => {
        const settled = await Promise.allSettled(list.map(async (item) => {
            const path = `${prefix}/${item.name}`;
            const kind = MODE_KIND[item.mode] ?? 'special';
            if (kind === 'folder')
                return walk(await readTree(item.oid, path), path);
            if (kind === 'file' && (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isPolicyFileName */ .yP)(path)) {
                const info = await store.info(item.oid);
                if (!info)
                    throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`${path} (${item.oid}) is missing from the checkout's objects`);
                return [{ path, kind, size: info.size, oid: item.oid }];
            }
            return [{ path, kind, size: 0, oid: item.oid }];
        }));
        return settled.flatMap((s) => {
            if (s.status === 'rejected')
                throw s.reason;
            return s.value;
        });
    };
    const entries = await walk(items, segments.join('/'));
    const plan = (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .planPolicyRead */ .y4)(segments.join('/'), entries);
    const oids = new Map(entries.map((e) => [e.path, e.oid]));
    const read = await Promise.all(plan.read.map(async (entry) => {
        const oid = oids.get(entry.path);
        const blob = oid === undefined ? undefined : await store.read(oid);
        if (!blob || blob.type !== 'blob')
            throw (0,_object_store_js__WEBPACK_IMPORTED_MODULE_1__.gitObjectStoreError)(`${entry.path} is missing from the checkout's objects`);
        return { path: entry.path, text: blob.content.toString('utf8') };
    }));
    return { commit: commit.oid, folderMissing: false, files: (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFilesOf */ .fW)(read, plan) };
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
