export const id = 113;
export const ids = [113];
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
// comes from the PR head, DESIGN.md section 6).
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
 * is a GitHubError (not-found); a truncated tree is a GitHubError too, never a silently partial
 * policy. Links, submodules and files or a folder over the size limits come back as files with a
 * `problem` (policy/policy-tree.ts), exactly as from a checkout; a path that is not a folder is a
 * PolicyDirError.
 */
async function readPolicyFilesAtRef(gh, repo, ref, policyPath, options = {}) {
    const folder = policyPath.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || segments.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('validation', `The policy path "${policyPath}" is not a folder inside the repository.`, 'Set `policy-path` to a repository-relative folder such as `policies`.');
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('too-large', `GitHub truncated the tree of ${segments.slice(0, i).join('/') || 'the repository root'} at ${ref}, so ${folder}/ cannot be found in it.`, 'Move the policy folder nearer the repository root (set `policy-path` accordingly).');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('too-large', `GitHub truncated the tree of ${folder}/ at ${ref} (over 100,000 entries or 7 MB), so the policy cannot be read completely.`, 'Keep only policy files under `policy-path`.');
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
        while (next < blobs.length) {
            const i = next++;
            const b = blobs[i];
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('other', `GitHub answered a git tree at ${ref} with an entry that has no path or object ID.`, 'Re-run the job; if it happens again, check that GITHUB_API_URL points at the GitHub API.');
}


/***/ })

};
