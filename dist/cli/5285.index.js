export const id = 5285;
export const ids = [5285];
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


/***/ })

};
