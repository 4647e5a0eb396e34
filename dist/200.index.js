export const id = 200;
export const ids = [200];
export const modules = {

/***/ 3113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyFilesAtRef: () => (/* binding */ readPolicyFilesAtRef)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

const YAML_FILE = /\.ya?ml$/;
// Git modes: 120000 is a symbolic link (its blob is the link target, not a file), 160000 a submodule.
const SYMLINK_MODE = '120000';
/**
 * Reads every policy file under `policyPath` (e.g. "policies") at `ref` (a commit SHA, or a
 * branch or tag name). A missing folder is `{ files: [], folderMissing: true }`; an unknown ref
 * is a GitHubError (not-found); a truncated tree or an oversized file is a GitHubError too, never
 * a silently partial policy.
 */
async function readPolicyFilesAtRef(gh, repo, ref, policyPath, options = {}) {
    const folder = policyPath.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || segments.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('validation', `The policy path "${policyPath}" is not a folder inside the repository.`, 'Set `policy-path` to a repository-relative folder such as `policies`.');
    }
    const maxBytes = options.maxFileBytes ?? 1024 * 1024;
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('too-large', `GitHub truncated the tree of ${segments.slice(0, i).join('/') || 'the repository root'} at ${ref}, so ${folder}/ cannot be found in it.`, 'Move the policy folder nearer the repository root (set `policy-path` accordingly).');
                }
                return undefined;
            }
            if (entry.type !== 'tree' || !entry.sha) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('validation', `${segments.slice(0, i + 1).join('/')} at ${ref} in ${where} is a ${entry.type ?? 'non-folder'}, not a folder.`, 'Set `policy-path` to the folder that holds the policy YAML files.');
            }
            // Non-recursive on the way down; recursive only for the policy folder itself.
            tree = await getTree(entry.sha, i === segments.length - 1);
        }
        if (tree.truncated) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('too-large', `GitHub truncated the tree of ${folder}/ at ${ref} (over 100,000 entries or 7 MB), so the policy cannot be read completely.`, 'Keep only policy files under `policy-path`.');
        }
        return tree;
    });
    if (!located)
        return { files: [], folderMissing: true };
    const blobs = located.tree
        .filter((e) => e.type === 'blob' && e.mode !== SYMLINK_MODE && e.path && e.sha && YAML_FILE.test(e.path))
        .map((e) => ({ path: `${folder}/${e.path}`, sha: e.sha, size: e.size ?? 0 }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const b of blobs) {
        if (b.size > maxBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('too-large', `${b.path} at ${ref} is ${b.size} bytes, over the ${maxBytes}-byte limit for a policy file.`, 'Split the policy into smaller files.');
        }
    }
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
    return { files, folderMissing: false };
}


/***/ }),

/***/ 7200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_RUN_EXTERNAL_ID: () => (/* reexport */ CHECK_RUN_EXTERNAL_ID),
  CHECK_RUN_TEXT_MAX: () => (/* reexport */ CHECK_RUN_TEXT_MAX),
  COMMENT_BODY_MAX: () => (/* reexport */ COMMENT_BODY_MAX),
  COMPARE_FILES_MAX: () => (/* reexport */ commits/* COMPARE_FILES_MAX */.fl),
  GitHubError: () => (/* reexport */ errors.GitHubError),
  PULL_FILES_MAX: () => (/* reexport */ pulls/* PULL_FILES_MAX */.xL),
  capText: () => (/* reexport */ capText),
  compareCommits: () => (/* reexport */ commits/* compareCommits */.kC),
  createGitHubClient: () => (/* reexport */ client.createGitHubClient),
  fileNames: () => (/* reexport */ pulls/* fileNames */.jx),
  getPullRequest: () => (/* reexport */ pulls/* getPullRequest */.T9),
  getUserPublicEmail: () => (/* reexport */ users.getUserPublicEmail),
  getVerifiedDomainEmails: () => (/* reexport */ users.getVerifiedDomainEmails),
  githubMessage: () => (/* reexport */ errors.githubMessage),
  isBotAuthor: () => (/* reexport */ isBotAuthor),
  isGraphqlMutation: () => (/* reexport */ client.isGraphqlMutation),
  listCommitPulls: () => (/* reexport */ commits/* listCommitPulls */.CS),
  listPullFiles: () => (/* reexport */ pulls/* listPullFiles */.pG),
  listReviews: () => (/* reexport */ listReviews),
  rateLimitRetryDecision: () => (/* reexport */ client.rateLimitRetryDecision),
  readPolicyFilesAtRef: () => (/* reexport */ contents.readPolicyFilesAtRef),
  requestReviewers: () => (/* reexport */ pulls/* requestReviewers */.i5),
  stickyCommentBody: () => (/* reexport */ stickyCommentBody),
  toGitHubError: () => (/* reexport */ errors.toGitHubError),
  toPullRequest: () => (/* reexport */ pulls/* toPullRequest */.c$),
  upsertCheckRun: () => (/* reexport */ upsertCheckRun),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(6341);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/github/reviews.ts
/** GET /repos/{o}/{r}/pulls/{n}/reviews, every page (oldest first). */
async function listReviews(gh, repo, number) {
    return gh.call({
        action: `list the reviews of pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        const reviews = [];
        for await (const page of o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
            ...repo,
            pull_number: number,
            per_page: 100,
        })) {
            for (const r of page.data) {
                reviews.push({
                    id: r.id,
                    login: r.user?.login ?? '',
                    userType: r.user?.type ?? '',
                    state: r.state,
                    commitId: r.commit_id ?? null,
                    submittedAt: r.submitted_at ?? null,
                    htmlUrl: r.html_url,
                });
            }
        }
        return reviews;
    });
}

// EXTERNAL MODULE: ./src/github/commits.ts
var commits = __webpack_require__(149);
// EXTERNAL MODULE: ./src/github/users.ts
var users = __webpack_require__(8267);
;// CONCATENATED MODULE: ./src/github/text.ts
// Length caps GitHub enforces on text we write: issue comment bodies are limited to 65,536
// characters (GitHub answers 422 "Body is too long (maximum is 65536 characters)"), check run
// `output.summary` and `output.text` to 65,535 (REST "Create a check run").
const COMMENT_BODY_MAX = 65_536;
const CHECK_RUN_TEXT_MAX = 65_535;
/**
 * Returns `text` unchanged when it is shorter than `max` UTF-16 code units; otherwise cuts it at a
 * line boundary, closes an open ``` fence, and appends `note`, keeping the result under `max`.
 * Counting UTF-16 units is never less than GitHub's character count, so the result always fits.
 */
function capText(text, max, note) {
    if (text.length < max)
        return text;
    const tail = `\n\n${note}`;
    const fenceClose = '\n```';
    let budget = max - 1 - tail.length - fenceClose.length;
    if (budget <= 0)
        return note.slice(0, max - 1);
    // Never split a surrogate pair.
    const code = text.charCodeAt(budget - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        budget -= 1;
    let cut = text.slice(0, budget);
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > budget - 2000 && lastNewline > 0)
        cut = cut.slice(0, lastNewline);
    const fences = cut.match(/^\s*```/gm)?.length ?? 0;
    return `${cut}${fences % 2 === 1 ? fenceClose : ''}${tail}`;
}

;// CONCATENATED MODULE: ./src/github/comments.ts


/**
 * Whether a comment's author may be the action itself. A comment is ours only when GitHub marks
 * the author as a bot (`user.type === 'Bot'`) AND the login ends in `[bot]`: GitHub App accounts,
 * including `github-actions[bot]` behind the default GITHUB_TOKEN, always have both, and no human
 * account can (`[` is not allowed in user logins). Any `[bot]` login is accepted, not only
 * github-actions[bot], so an App token in `github-token` keeps editing its own comment. We cannot
 * ask GitHub who we are: `GET /user` is not available to installation tokens.
 */
function isBotAuthor(user, botLogin) {
    if (!user?.login || user.type !== 'Bot' || !/\[bot\]$/i.test(user.login))
        return false;
    return botLogin === undefined || user.login.toLowerCase() === botLogin.toLowerCase();
}
/** The body as it will be posted: marker first if missing, capped below 65,536 characters. */
function stickyCommentBody(marker, body, summaryUrl) {
    const withMarker = body.includes(marker) ? body : `${marker}\n${body}`;
    const where = summaryUrl ? `[the step summary of this run](${summaryUrl})` : "the workflow run's step summary";
    const note = `> [!NOTE]\n> This comment was cut to fit GitHub's ${COMMENT_BODY_MAX.toLocaleString('en-US')}-character limit; the full text is in ${where}.`;
    let capped = capText(withMarker, COMMENT_BODY_MAX, note);
    // The marker must survive truncation, or the next run would post a second comment.
    if (!capped.includes(marker))
        capped = `${marker}\n${capText(withMarker, COMMENT_BODY_MAX - marker.length - 1, note)}`;
    return capped;
}
/**
 * Creates or edits the PR comment carrying `marker`. Only a comment that contains the marker and
 * was written by a bot account is edited (the first one, oldest first); a human's comment that
 * quotes the marker is never touched. Needs `pull-requests: write` (or `issues: write`).
 */
async function upsertStickyComment(gh, repo, number, marker, body, options = {}) {
    if (marker.trim() === '') {
        throw new errors.GitHubError('validation', 'A sticky comment needs a non-empty marker.', 'Pass a marker such as `<!-- oncall-gate:plan -->`.');
    }
    const text = stickyCommentBody(marker, body, options.summaryUrl);
    const onPr = `pull request #${number} in ${repo.owner}/${repo.repo}`;
    const existing = await gh.call({
        action: `read the comments of pull request #${number}`,
        permission: 'pull-requests: read',
        altPermission: 'issues: read',
        write: false,
        notFound: onPr,
    }, async (o) => {
        for await (const page of o.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: number,
            per_page: 100,
        })) {
            const mine = page.data.find((c) => (c.body ?? '').includes(marker) && isBotAuthor(c.user, options.botLogin));
            if (mine)
                return { id: mine.id, url: mine.html_url, body: mine.body ?? '' };
        }
        return undefined;
    });
    if (existing) {
        if (existing.body === text)
            return { id: existing.id, url: existing.url, created: false, updated: false };
        return gh.call({
            action: `update the oncall-gate comment on pull request #${number}`,
            permission: 'pull-requests: write',
            altPermission: 'issues: write',
            write: true,
            notFound: `comment ${existing.id} on ${onPr}`,
        }, async (o) => {
            const res = await o.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                ...repo,
                comment_id: existing.id,
                body: text,
            });
            return { id: Number(res.data.id), url: res.data.html_url, created: false, updated: true };
        });
    }
    return gh.call({
        action: `comment on pull request #${number}`,
        permission: 'pull-requests: write',
        altPermission: 'issues: write',
        write: true,
        notFound: onPr,
    }, async (o) => {
        const res = await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: number,
            body: text,
        });
        return { id: Number(res.data.id), url: res.data.html_url, created: true, updated: false };
    });
}

;// CONCATENATED MODULE: ./src/github/checks.ts


/**
 * `external_id` of every check run this action creates. A workflow *job* named like our check
 * also produces a check run with that name on the same SHA, created by the same GitHub Actions
 * app; only runs carrying this id are ever updated, so the job's own run is never overwritten.
 */
const CHECK_RUN_EXTERNAL_ID = 'oncall-gate';
/**
 * Creates or updates the check run `name` on `headSha`. The newest run with that name and our
 * external_id is updated; a new run is created when there is none, or when the newest is already
 * completed and the new state is in_progress (GitHub does not move a completed run back to
 * in_progress; the newest run of a name is the one GitHub and branch protection show).
 */
async function upsertCheckRun(gh, repo, headSha, name, state) {
    if (state.status === 'completed' && !state.conclusion) {
        throw new errors.GitHubError('validation', `Check run "${name}": a completed check run needs a conclusion.`, 'Pass conclusion success, failure or neutral.');
    }
    if (state.status === 'in_progress' && state.conclusion) {
        throw new errors.GitHubError('validation', `Check run "${name}": an in_progress check run cannot have a conclusion (GitHub would mark it completed).`, 'Drop the conclusion or use status completed.');
    }
    const note = '**Truncated** to fit GitHub\'s 65,535-character limit; the full text is in the step summary of this run.';
    const output = {
        title: state.title,
        summary: capText(state.summary, CHECK_RUN_TEXT_MAX, note),
        ...(state.text !== undefined ? { text: capText(state.text, CHECK_RUN_TEXT_MAX, note) } : {}),
    };
    const onSha = `commit ${headSha} in ${repo.owner}/${repo.repo}`;
    const existing = await gh.call({
        action: `find the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: false,
        notFound: onSha,
    }, async (o) => {
        let newest;
        for await (const page of o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...repo,
            ref: headSha,
            check_name: name,
            filter: 'all',
            per_page: 100,
        })) {
            for (const run of page.data) {
                if (run.name !== name || run.external_id !== CHECK_RUN_EXTERNAL_ID)
                    continue;
                if (!newest || run.id > newest.id)
                    newest = { id: run.id, status: run.status };
            }
        }
        return newest;
    });
    const fields = {
        name,
        status: state.status,
        ...(state.conclusion ? { conclusion: state.conclusion } : {}),
        ...(state.detailsUrl ? { details_url: state.detailsUrl } : {}),
        external_id: CHECK_RUN_EXTERNAL_ID,
        output,
    };
    if (existing && !(existing.status === 'completed' && state.status !== 'completed')) {
        return gh.call({
            action: `update the "${name}" check run`,
            permission: 'checks: write',
            write: true,
            notFound: `check run ${existing.id} in ${repo.owner}/${repo.repo}`,
        }, async (o) => {
            const res = await o.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                ...repo,
                check_run_id: existing.id,
                ...fields,
            });
            return { id: Number(res.data.id), url: res.data.html_url ?? '', created: false };
        });
    }
    return gh.call({
        action: `create the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: true,
        notFound: onSha,
    }, async (o) => {
        const res = await o.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: headSha, ...fields });
        return { id: Number(res.data.id), url: res.data.html_url ?? '', created: true };
    });
}

// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(3113);
;// CONCATENATED MODULE: ./src/github/index.ts
// The GitHub adapter's public surface. Importing this loads no Octokit code: @actions/github and
// its plugins are imported by client.ts on the first API call.












/***/ }),

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getUserPublicEmail: () => (/* binding */ getUserPublicEmail),
/* harmony export */   getVerifiedDomainEmails: () => (/* binding */ getVerifiedDomainEmails)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/**
 * GET /users/{login} `email`: the user's public profile e-mail, or null when they show none or
 * the login does not exist.
 */
async function getUserPublicEmail(gh, login) {
    try {
        return await gh.call({
            action: `read the public profile of ${login}`,
            permission: 'contents: read',
            write: false,
            notFound: `GitHub user ${login}`,
        }, async (o) => {
            const res = await o.request('GET /users/{username}', { username: login });
            const email = res.data.email;
            return typeof email === 'string' && email.trim() !== '' ? email.trim() : null;
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError && error.kind === 'not-found')
            return null;
        throw error;
    }
}
const VERIFIED_EMAILS_QUERY = `query oncallGateVerifiedEmails($login: String!, $org: String!) {
  user(login: $login) {
    organizationVerifiedDomainEmails(login: $org)
  }
}`;
const orgTokenFix = (login) => `The workflow GITHUB_TOKEN cannot read organization member e-mails. Put an org-capable token in \`github-token\`: a GitHub App installation token with Organization "Members: read", or an organization owner's token with \`read:org\`. Or map ${login} in the identities file (\`users:\`) and drop \`github-verified-domain-email\` from \`lookup\`.`;
/**
 * GraphQL `user(login){ organizationVerifiedDomainEmails(login: org) }`: the user's verified
 * e-mails on the organization's verified domains. [] when the user does not exist or has none.
 * FORBIDDEN / insufficient scopes become a GitHubError (kind `permission`) that explains the
 * org-capable token this needs.
 */
async function getVerifiedDomainEmails(gh, login, org) {
    const info = {
        action: `read the verified-domain e-mails of ${login} in organization ${org}`,
        permission: 'an org-capable token (GitHub App with Members: read, or read:org)',
        write: false,
        notFound: `GitHub user ${login}`,
    };
    let result;
    try {
        result = await gh.call(info, async (o) => {
            try {
                // The object form, because `url` cannot be passed next to a query string.
                const data = await o.graphql({
                    query: VERIFIED_EMAILS_QUERY,
                    login,
                    org,
                    ...(gh.graphqlUrl ? { url: gh.graphqlUrl } : {}),
                });
                return { emails: data.user?.organizationVerifiedDomainEmails ?? [] };
            }
            catch (error) {
                // GraphQL reports field errors in `errors[]` with HTTP 200; Octokit throws them as a
                // GraphqlResponseError carrying that array.
                const errors = error.errors;
                if (error.name === 'GraphqlResponseError' && Array.isArray(errors)) {
                    return { errors: errors };
                }
                throw error;
            }
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError && error.status === 403) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('permission', `GitHub refused to ${info.action} (403)${error.call ? ` (${error.call})` : ''}.`, orgTokenFix(login), error.status, error.call);
        }
        throw error;
    }
    if ('emails' in result)
        return result.emails;
    const errors = result.errors;
    // An unknown login is NOT_FOUND on `user`: no e-mails, like a user without any.
    if (errors.every((e) => e.type === 'NOT_FOUND'))
        return [];
    const denied = errors.find((e) => e.type === 'FORBIDDEN' || e.type === 'INSUFFICIENT_SCOPES');
    if (denied) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('permission', `GitHub refused to ${info.action} (${denied.type}: ${denied.message ?? 'forbidden'}).`, orgTokenFix(login));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubError('other', `GitHub's GraphQL API failed to ${info.action}: ${errors.map((e) => e.message ?? e.type ?? '?').join('; ')}.`, 'Re-run the job; if it fails again, map the login in the identities file (`users:`) instead.');
}


/***/ })

};
