// A local fake of the GitHub REST + GraphQL API on 127.0.0.1, for end-to-end tests that run
// dist/index.js as a child process with GITHUB_API_URL pointing here (docs/github.md, "The
// runner's contract"), and
// for adapter tests that need a stateful server. It serves exactly the calls src/github makes,
// with GitHub's field names and shapes (objects are built from the real payloads in
// @octokit/webhooks-examples), `Link` pagination with `per_page`/`page`, token auth, GitHub's
// error bodies, and switches for 403 "Resource not accessible by integration" (fork/read-only
// tokens), GraphQL FORBIDDEN and injected faults. Unknown routes answer 404 and are recorded with
// `route: null`, so a test can assert that nothing unexpected was called.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { DOCS, HttpError, notFound, paginate, validationFailed, type AppCredential, type Ctx, type Handler, type Reply } from './http.js';
import {
  createAppRoutes,
  newWorkflowRun,
  type AddWorkflowRunInput,
  type FakeAccessToken,
  type FakeApp,
  type FakeAppRepoState,
  type FakeGateReview,
  type FakeWorkflowRun,
} from './app.js';

export * from './app.js';
export * from './deliveries.js';

/** The current instant; tests pin one so every timestamp the fake writes is known. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();

// ---------------------------------------------------------------------------------------------
// State

export type FakeUserType = 'User' | 'Bot' | 'Organization';

export interface FakeUser {
  login: string;
  id: number;
  type: FakeUserType;
  /** The public profile e-mail (`GET /users/{login}` `email`); null when not public. */
  email: string | null;
  name: string | null;
}

export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export type FakeReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface FakeReview {
  id: number;
  user: string;
  state: FakeReviewState;
  commit_id: string | null;
  /** null for PENDING reviews (GitHub omits the field). */
  submitted_at: string | null;
  body: string;
  /** How the reviewer is associated with the repository (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ...). */
  author_association: string;
}

export interface FakeComment {
  id: number;
  user: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface FakeCheckRun {
  id: number;
  head_sha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  external_id: string | null;
  details_url: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  started_at: string;
  completed_at: string | null;
  /** Slug of the GitHub App that created it ("github-actions" for the GITHUB_TOKEN). */
  app_slug: string;
}

/** A commit of a pull request; `author`/`committer` are the GitHub logins linked to it (null: an email GitHub cannot link). */
export interface FakeCommit {
  sha: string;
  author: string | null;
  committer: string | null;
  message: string;
}

/** One entry of a repository's activity log (GET /repos/{o}/{r}/activity). */
export interface FakeActivity {
  id: number;
  /** Full ref, refs/heads/<branch>. */
  ref: string;
  before: string;
  after: string;
  activity_type: 'push' | 'force_push' | 'branch_creation' | 'branch_deletion' | 'pr_merge' | 'merge_queue_merge';
  /** The pusher's login; null for an account that no longer exists. */
  actor: string | null;
  timestamp: string;
}

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  merged_at: string | null;
  /**
   * The commit the merge produced on the base branch (the merge, squash or last rebased commit);
   * null until merged. GET /commits/{sha}/pulls lists the pull request for it.
   */
  merge_commit_sha: string | null;
  base: { ref: string; sha: string };
  /** `repo` is the head repository's full name; null when it was deleted. */
  head: { ref: string; sha: string; repo: string | null };
  labels: string[];
  files: FakePullFile[];
  /** Oldest first; GET .../commits lists at most 250 of them, as GitHub does. */
  commits: FakeCommit[];
  reviews: FakeReview[];
  /** Its issue events (GET /issues/{n}/events), oldest first: only `base_ref_changed` so far. */
  events: FakeIssueEvent[];
  requested_reviewers: string[];
  created_at: string;
  updated_at: string;
}

/** One issue event of a pull request, e.g. a change of its base branch (`base_ref_changed`). */
export interface FakeIssueEvent {
  id: number;
  event: string;
  actor: string | null;
  created_at: string;
  /** review_dismissed: the review and what it was (lower case, as GitHub gives it). */
  dismissed_review?: { state: string; review_id: number; dismissal_message: string };
}

export interface FakeCompare {
  status: 'ahead' | 'behind' | 'identical' | 'diverged';
  total_commits: number;
  files: FakePullFile[];
}

export interface FakeTreeEntry {
  /** Name inside its tree. */
  path: string;
  mode: '100644' | '100755' | '040000' | '120000' | '160000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

export interface FakeRepo extends FakeAppRepoState {
  full_name: string;
  default_branch: string;
  /** Logins that may be asked for reviews, and the repository's assignees; null means anyone (and no assignees listed). */
  collaborators: string[] | null;
  pulls: Record<string, FakePull>;
  /** Issue comments per PR number. */
  comments: Record<string, FakeComment[]>;
  check_runs: FakeCheckRun[];
  /** Commit SHA -> numbers of the PRs GET /commits/{sha}/pulls returns. */
  commit_pulls: Record<string, number[]>;
  /** Ref (branch, tag or commit SHA) -> root tree SHA. */
  refs: Record<string, string>;
  /** Repo-relative path -> text, per ref, as put by putFiles/putPolicies. */
  files_at_ref: Record<string, Record<string, string>>;
  /** "base...head" -> comparison. */
  compare: Record<string, FakeCompare>;
  /** Tree SHAs or refs whose tree responses say `truncated: true`. */
  truncated_trees: string[];
  /** Branch -> the commit SHA at its tip (GET /commits/{branch}). */
  branch_tips: Record<string, string>;
  /** The activity log, oldest first (the endpoint answers newest first). */
  activities: FakeActivity[];
}

export interface FakeFault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get this answer (default 1). */
  times: number;
}

export interface FakeGitHubState {
  /** owner/repo that helpers use when none is named. */
  default_repo: string;
  repos: Record<string, FakeRepo>;
  /** Lower-cased login -> user. */
  users: Record<string, FakeUser>;
  /** org -> login (lower-cased) -> verified-domain e-mails. */
  verified_domain_emails: Record<string, Record<string, string[]>>;
  /** Answer the verified-domain-emails GraphQL field with FORBIDDEN (what the GITHUB_TOKEN gets). */
  graphql_forbidden: boolean;
  /** Route keys ("POST /repos/{owner}/{repo}/check-runs") that answer 403 "Resource not accessible by integration". */
  forbidden: string[];
  /** Accepted tokens -> the login acting for them. null: any token, acting as github-actions[bot]. */
  tokens: Record<string, string> | null;
  /** Git objects shared by every repo: tree SHA -> entries, blob SHA -> base64 content. */
  trees: Record<string, FakeTreeEntry[]>;
  blobs: Record<string, string>;
  /** Route key -> queued faults. */
  faults: Record<string, FakeFault[]>;
  next_id: number;
  /** The GitHub App (App mode), null when none: its JWTs and installation tokens are then unknown credentials. */
  app: FakeApp | null;
  /** Installation tokens the App was given. */
  access_tokens: FakeAccessToken[];
  /** org -> team slug -> the team: its name and members (lower-cased login -> membership state). */
  teams: Record<string, Record<string, FakeTeam>>;
  /**
   * Tokens that may read organisation teams. GitHub lets neither the workflow's GITHUB_TOKEN nor a
   * token without the organisation's Members permission see team membership: every other token
   * gets 403 on the team routes.
   */
  team_reader_tokens: string[];
}

export interface FakeTeam {
  id: number;
  name: string;
  /** Lower-cased login -> membership state (`pending`: invited, not yet a member). */
  members: Record<string, 'active' | 'pending'>;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent (percent-encoding kept). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text when not JSON, undefined when empty. */
  body: unknown;
  /** An Authorization header was present. */
  authorization: boolean;
  /** The route template that handled it, e.g. "GET /repos/{owner}/{repo}/pulls/{pull_number}"; null when unknown. */
  route: string | null;
  status: number;
}

export interface AddPullInput {
  number?: number;
  title?: string;
  body?: string | null;
  /** Author login (default "octocat"). */
  user?: string;
  state?: 'open' | 'closed';
  merged?: boolean;
  merged_at?: string | null;
  /** The commit the merge produced (default for a merged pull request: a commit of its own, never the head). */
  merge_commit_sha?: string | null;
  base?: { ref?: string; sha?: string };
  head?: { ref?: string; sha?: string; repo?: string | null };
  labels?: string[];
  /** File names (status modified) or full entries. */
  files?: Array<string | FakePullFile>;
  draft?: boolean;
  /** The PR's commits (default: one commit at the head, authored and committed by the author). */
  commits?: Array<{ sha?: string; author: string | null; committer?: string | null; message?: string }>;
  /**
   * Who pushed the head commit to the head branch: a push activity in the head repository's log
   * (default: the author; null: no activity is recorded). Only for a head in a repository the fake has.
   */
  pusher?: string | null;
}

export interface FakeGitHub {
  /** Base URL for GITHUB_API_URL / apiUrl, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  close(): Promise<void>;
  requests: RecordedRequest[];
  state: FakeGitHubState;

  addRepo(fullName: string, init?: Partial<Pick<FakeRepo, 'default_branch' | 'collaborators'>>): FakeRepo;
  addUser(user: { login: string; type?: FakeUserType; email?: string | null; name?: string | null; id?: number }): FakeUser;
  addPullRequest(input?: AddPullInput, repo?: string): FakePull;
  addReview(
    pull: number,
    review: {
      user: string;
      state: FakeReviewState;
      commit_id?: string | null;
      submitted_at?: string | null;
      body?: string;
      /** Default MEMBER: a member of the organisation that owns the repository. */
      author_association?: string;
    },
    repo?: string,
  ): FakeReview;
  /** Seeds an issue comment (by a human by default: pass type Bot logins like "github-actions[bot]"). */
  addComment(pull: number, comment: { user: string; body: string }, repo?: string): FakeComment;
  addCheckRun(run: Partial<FakeCheckRun> & { head_sha: string; name: string }, repo?: string): FakeCheckRun;
  /** GET /commits/{sha}/pulls for `sha` returns these PRs. */
  associateCommit(sha: string, pulls: number[], repo?: string): void;
  /** Points the pull request at another base branch, with its `base_ref_changed` event (by default now, by its author). */
  changeBase(pull: number, ref: string, options?: { at?: string; actor?: string }, repo?: string): void;
  /** Dismisses a review (its state becomes DISMISSED), with its `review_dismissed` event (by default by the PR's author). */
  dismissReview(pull: number, reviewId: number, options?: { at?: string; actor?: string }, repo?: string): void;
  /** Adds an activity log entry (a push by default) to `repo` (the default repository). */
  addActivity(
    activity: { ref: string; after: string; before?: string; activity_type?: FakeActivity['activity_type']; actor: string | null },
    repo?: string,
  ): FakeActivity;
  /**
   * A new head for a pull request, as a push by `actor` does: the head SHA changes, a commit by
   * `author` (default: the actor) committed by `committer` (default: the actor) is added, and the
   * push is logged in the head repository's activity.
   */
  pushHead(pull: number, push: { actor: string; sha?: string; author?: string | null; committer?: string | null }, repo?: string): FakePull;
  putCompare(base: string, head: string, files: Array<string | FakePullFile>, repo?: string): void;
  /** Puts files (repo-relative path -> text) at `ref`, merged with what is already there, and rebuilds its tree. */
  putFiles(ref: string, files: Record<string, string> | Array<{ path: string; text: string }>, repo?: string): string;
  /** putFiles for a policy folder; paths stay repo-relative ("policies/prod.yaml"). */
  putPolicies(ref: string, files: Record<string, string> | Array<{ path: string; text: string }>, repo?: string): string;
  /** A new commit on `branch` with `files` merged into its tree; it becomes the branch's tip. Returns its SHA. */
  commitFiles(branch: string, files: Record<string, string>, repo?: string): string;
  /** GET /commits/{branch} answers `sha`. */
  setBranchTip(branch: string, sha: string, repo?: string): void;
  /**
   * Serves a commit of a real local git repository (its trees and blobs, with their real modes:
   * links, submodules) through the git trees and blobs routes. Returns the commit SHA.
   */
  importGitCommit(repoDir: string, commit?: string, repo?: string): string;
  /** Tree responses for this ref or tree SHA say `truncated: true` and hold half their entries. */
  truncateTree(refOrSha: string, repo?: string): void;
  setVerifiedDomainEmails(org: string, login: string, emails: string[]): void;
  /**
   * An organisation team with these members (`pending`: invited only). Only the tokens in
   * `readers` may read it (GET /orgs/{org}/teams/{team_slug}[/memberships/{username}]).
   */
  addTeam(org: string, slug: string, members: Record<string, 'active' | 'pending'> | string[], readers?: string[]): FakeTeam;
  /** Answer 403 "Resource not accessible by integration" on this route key. */
  forbid(route: string): void;
  /** A fork PR's token: every write (and GraphQL mutation) answers 403. */
  readOnlyToken(): void;
  /** The next `times` requests on `route` get this answer instead. */
  failNext(route: string, fault: { status: number; body?: unknown; headers?: Record<string, string>; times?: number }): void;
  pull(number: number, repo?: string): FakePull;
  comments(number: number, repo?: string): FakeComment[];
  checkRuns(headSha?: string, repo?: string): FakeCheckRun[];
  /** App mode: the App, its public key (PEM) and installations. */
  setApp(app: FakeApp): FakeApp;
  /** A workflow run; with `waiting_on` it waits on those environments' protection rules. */
  addWorkflowRun(run: AddWorkflowRunInput, repo?: string): FakeWorkflowRun;
  workflowRun(id: number, repo?: string): FakeWorkflowRun;
  /** The environment is gated by the custom protection rules of these Apps. */
  gateEnvironment(environment: string, appIds: number[], repo?: string): void;
  /** Every answer sent to POST .../deployment_protection_rule, in order. */
  gateReviews(repo?: string): FakeGateReview[];
  /** Requests no route handled. */
  unhandled(): RecordedRequest[];
  /** Requests other than GET (GraphQL queries included). */
  writes(): RecordedRequest[];
}

// ---------------------------------------------------------------------------------------------
// Realistic object shapes, from @octokit/webhooks-examples (GitHub's own payloads)

interface Example {
  name: string;
  examples: Array<Record<string, unknown>>;
}
let examples: Example[] | undefined;
function example(event: string, pick: (e: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  examples ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as Example[];
  const found = examples.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`webhooks-examples has no ${event} example`);
  return found;
}
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const API = 'https://api.github.com';
const HTML = 'https://github.com';

function userObject(u: FakeUser): Record<string, unknown> {
  const t = clone((example('pull_request', (e) => e.action === 'opened').pull_request as { user: object }).user);
  const s = JSON.stringify(t).replaceAll('Codertocat', u.login);
  const o = JSON.parse(s) as Record<string, unknown>;
  o.id = u.id;
  o.node_id = Buffer.from(`04:User${u.id}`).toString('base64');
  o.type = u.type;
  o.user_view_type = 'public';
  o.html_url = u.type === 'Bot' ? `${HTML}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${HTML}/${u.login}`;
  return o;
}

function profileObject(u: FakeUser): Record<string, unknown> {
  return {
    ...userObject(u),
    name: u.name,
    company: null,
    blog: '',
    location: null,
    email: u.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 2,
    public_gists: 0,
    followers: 1,
    following: 0,
    created_at: '2019-05-15T15:19:25Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

function repoObject(fullName: string, owner: FakeUser, defaultBranch: string, id: number): Record<string, unknown> {
  const t = (example('pull_request', (e) => e.action === 'opened').pull_request as { base: { repo: object } }).base.repo;
  const [ownerLogin, name] = fullName.split('/') as [string, string];
  const s = JSON.stringify(t).replaceAll('Codertocat/Hello-World', fullName).replaceAll('Codertocat', ownerLogin);
  const o = JSON.parse(s) as Record<string, unknown>;
  o.id = id;
  o.name = name;
  o.full_name = fullName;
  o.owner = userObject(owner);
  o.default_branch = defaultBranch;
  o.private = false;
  o.fork = false;
  return o;
}

// ---------------------------------------------------------------------------------------------
// Git objects (real SHA-1 object ids, so SHAs look and behave like GitHub's)

function gitHash(type: 'blob' | 'tree', content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]))
    .digest('hex');
}

/** Builds nested trees for path -> text; returns the root tree SHA. */
function buildTree(state: FakeGitHubState, files: Record<string, string>): string {
  interface Dir {
    dirs: Map<string, Dir>;
    blobs: Map<string, string>;
  }
  const root: Dir = { dirs: new Map(), blobs: new Map() };
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/').filter(Boolean);
    const name = parts.pop();
    if (!name) continue;
    let dir = root;
    for (const p of parts) {
      let next = dir.dirs.get(p);
      if (!next) dir.dirs.set(p, (next = { dirs: new Map(), blobs: new Map() }));
      dir = next;
    }
    dir.blobs.set(name, text);
  }
  const write = (dir: Dir): string => {
    const entries: FakeTreeEntry[] = [];
    for (const [name, text] of dir.blobs) {
      const content = Buffer.from(text, 'utf8');
      const sha = gitHash('blob', content);
      state.blobs[sha] = content.toString('base64');
      entries.push({ path: name, mode: '100644', type: 'blob', sha, size: content.length });
    }
    for (const [name, sub] of dir.dirs) entries.push({ path: name, mode: '040000', type: 'tree', sha: write(sub) });
    // Git sorts tree entries by name, with folders compared as "name/".
    const key = (e: FakeTreeEntry): string => (e.type === 'tree' ? `${e.path}/` : e.path);
    entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const raw = Buffer.concat(
      entries.map((e) => Buffer.concat([Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.path}\0`), Buffer.from(e.sha, 'hex')])),
    );
    const sha = gitHash('tree', raw);
    state.trees[sha] = entries;
    return sha;
  };
  return write(root);
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

/** Permission GitHub names in X-Accepted-GitHub-Permissions for a route (used in 403 answers). */
function acceptedPermission(route: string): string {
  if (route.includes('check-runs')) return 'checks=write';
  if (route.includes('/comments')) return 'issues=write; pull_requests=write';
  if (route.includes('/pulls')) return route.startsWith('GET') ? 'pull_requests=read' : 'pull_requests=write';
  if (route.includes('/git/') || route.includes('/compare/') || route.endsWith('/activity')) return 'contents=read';
  return 'metadata=read';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// The server

export interface FakeGitHubOptions {
  /** The clock for every timestamp the fake writes (default: the system clock). */
  now?: Clock;
}

export async function startFakeGitHub(initial: Partial<FakeGitHubState> = {}, options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const clock = options.now ?? systemClock;
  const state: FakeGitHubState = {
    default_repo: 'octo-org/octo-repo',
    repos: {},
    users: {},
    verified_domain_emails: {},
    graphql_forbidden: false,
    forbidden: [],
    tokens: null,
    trees: {},
    blobs: {},
    faults: {},
    next_id: 1000,
    app: null,
    access_tokens: [],
    teams: {},
    team_reader_tokens: [],
    ...clone(initial),
  };
  const requests: RecordedRequest[] = [];
  const now = (): string =>
    clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  const nextId = (): number => state.next_id++;

  const ensureUser = (login: string): FakeUser => {
    const key = login.toLowerCase();
    const existing = state.users[key];
    if (existing) return existing;
    const created: FakeUser = {
      login,
      id: 5_000_000 + Object.keys(state.users).length,
      type: /\[bot\]$/i.test(login) ? 'Bot' : 'User',
      email: null,
      name: null,
    };
    if (login === 'github-actions[bot]') created.id = 41898282; // the real account id
    state.users[key] = created;
    return created;
  };
  const addRepo: FakeGitHub['addRepo'] = (fullName, init = {}) => {
    const existing = state.repos[fullName];
    if (existing) return Object.assign(existing, init);
    const repo: FakeRepo = {
      full_name: fullName,
      default_branch: init.default_branch ?? 'main',
      collaborators: init.collaborators ?? null,
      pulls: {},
      comments: {},
      check_runs: [],
      commit_pulls: {},
      refs: {},
      files_at_ref: {},
      compare: {},
      truncated_trees: [],
      branch_tips: {},
      activities: [],
      workflow_runs: [],
      environments: {},
      gate_reviews: [],
    };
    state.repos[fullName] = repo;
    return repo;
  };
  const repoOf = (name?: string): FakeRepo => addRepo(name ?? state.default_repo);
  if (Object.keys(state.repos).length === 0) addRepo(state.default_repo);

  const findRepo = (p: Record<string, string>): FakeRepo => {
    const wanted = `${p.owner}/${p.repo}`.toLowerCase();
    const repo = Object.values(state.repos).find((r) => r.full_name.toLowerCase() === wanted);
    if (!repo) throw notFound();
    return repo;
  };
  const findPull = (repo: FakeRepo, n: string | undefined): FakePull => {
    const pull = repo.pulls[String(Number(n))];
    if (!pull) throw notFound();
    return pull;
  };
  const repoJson = (repo: FakeRepo): Record<string, unknown> => {
    const owner = repo.full_name.split('/')[0] ?? 'octo-org';
    return repoObject(repo.full_name, ensureUser(owner), repo.default_branch, 900_000 + Object.keys(state.repos).indexOf(repo.full_name));
  };

  const pullJson = (repo: FakeRepo, p: FakePull, simple = false): Record<string, unknown> => {
    const t = clone(example('pull_request', (e) => e.action === 'opened').pull_request as Record<string, unknown>);
    const s = JSON.stringify(t)
      .replaceAll('Codertocat/Hello-World', repo.full_name)
      .replaceAll('/pull/2', `/pull/${p.number}`)
      .replaceAll('/pulls/2', `/pulls/${p.number}`)
      .replaceAll('/issues/2', `/issues/${p.number}`);
    const o = JSON.parse(s) as Record<string, unknown>;
    const baseRepo = repoJson(repo);
    const headRepo =
      p.head.repo === null
        ? null
        : p.head.repo === repo.full_name
          ? baseRepo
          : repoObject(p.head.repo, ensureUser(p.head.repo.split('/')[0] ?? 'fork'), 'main', 800_000 + p.number);
    const author = userObject(ensureUser(p.user));
    Object.assign(o, {
      id: 100_000 + p.number,
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      user: author,
      labels: p.labels.map((name, i) => ({
        id: 200_000 + i,
        node_id: `LA_${i}`,
        url: `${API}/repos/${repo.full_name}/labels/${encodeURIComponent(name)}`,
        name,
        color: 'ededed',
        default: false,
        description: null,
      })),
      created_at: p.created_at,
      updated_at: p.updated_at,
      closed_at: p.state === 'closed' ? p.updated_at : null,
      merged_at: p.merged_at,
      merge_commit_sha: p.merge_commit_sha,
      requested_reviewers: p.requested_reviewers.map((l) => userObject(ensureUser(l))),
      head: {
        label: `${(p.head.repo ?? repo.full_name).split('/')[0]}:${p.head.ref}`,
        ref: p.head.ref,
        sha: p.head.sha,
        user: headRepo ? (headRepo.owner as object) : author,
        repo: headRepo,
      },
      base: {
        label: `${repo.full_name.split('/')[0]}:${p.base.ref}`,
        ref: p.base.ref,
        sha: p.base.sha,
        user: baseRepo.owner,
        repo: baseRepo,
      },
      merged: p.merged,
      draft: p.draft,
      changed_files: p.files.length,
      commits: p.commits.length,
    });
    if (simple) {
      // "pull-request-simple" (list endpoints) lacks the merge and size fields.
      for (const k of [
        'merged',
        'mergeable',
        'rebaseable',
        'mergeable_state',
        'merged_by',
        'comments',
        'review_comments',
        'maintainer_can_modify',
        'commits',
        'additions',
        'deletions',
        'changed_files',
      ]) {
        Reflect.deleteProperty(o, k);
      }
    }
    return o;
  };

  const fileJson = (repo: FakeRepo, f: FakePullFile, ref: string): Record<string, unknown> => ({
    sha: gitHash('blob', Buffer.from(f.filename)),
    filename: f.filename,
    status: f.status,
    additions: 1,
    deletions: 0,
    changes: 1,
    blob_url: `${HTML}/${repo.full_name}/blob/${ref}/${f.filename}`,
    raw_url: `${HTML}/${repo.full_name}/raw/${ref}/${f.filename}`,
    contents_url: `${API}/repos/${repo.full_name}/contents/${f.filename}?ref=${ref}`,
    patch: '@@ -0,0 +1 @@\n+x',
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  });

  const commentJson = (repo: FakeRepo, n: number, c: FakeComment): Record<string, unknown> => ({
    url: `${API}/repos/${repo.full_name}/issues/comments/${c.id}`,
    html_url: `${HTML}/${repo.full_name}/pull/${n}#issuecomment-${c.id}`,
    issue_url: `${API}/repos/${repo.full_name}/issues/${n}`,
    id: c.id,
    node_id: `IC_${c.id}`,
    user: userObject(ensureUser(c.user)),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: ensureUser(c.user).type === 'Bot' ? 'NONE' : 'MEMBER',
    body: c.body,
    performed_via_github_app: null,
  });

  const checkRunJson = (repo: FakeRepo, r: FakeCheckRun): Record<string, unknown> => ({
    id: r.id,
    name: r.name,
    node_id: `CR_${r.id}`,
    head_sha: r.head_sha,
    external_id: r.external_id,
    url: `${API}/repos/${repo.full_name}/check-runs/${r.id}`,
    html_url: `${HTML}/${repo.full_name}/runs/${r.id}`,
    details_url: r.details_url,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.started_at,
    completed_at: r.completed_at,
    output: { ...r.output, annotations_count: 0, annotations_url: `${API}/repos/${repo.full_name}/check-runs/${r.id}/annotations` },
    check_suite: { id: 7_000_000 },
    app: {
      id: 15368,
      slug: r.app_slug,
      node_id: 'MDM6QXBwMTUzNjg=',
      name: r.app_slug === 'github-actions' ? 'GitHub Actions' : r.app_slug,
      owner: { login: 'github', id: 9919, type: 'Organization' },
    },
    pull_requests: [],
  });

  const reviewJson = (repo: FakeRepo, p: FakePull, r: FakeReview): Record<string, unknown> => ({
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: userObject(ensureUser(r.user)),
    body: r.body,
    state: r.state,
    html_url: `${HTML}/${repo.full_name}/pull/${p.number}#pullrequestreview-${r.id}`,
    pull_request_url: `${API}/repos/${repo.full_name}/pulls/${p.number}`,
    author_association: r.author_association,
    _links: {
      html: { href: `${HTML}/${repo.full_name}/pull/${p.number}#pullrequestreview-${r.id}` },
      pull_request: { href: `${API}/repos/${repo.full_name}/pulls/${p.number}` },
    },
    ...(r.submitted_at !== null ? { submitted_at: r.submitted_at } : {}),
    commit_id: r.commit_id,
  });

  const commitJson = (repo: FakeRepo, c: FakeCommit): Record<string, unknown> => {
    const person = (login: string | null): Record<string, unknown> => ({
      name: login ?? 'Someone Unlinked',
      email: login ? `${login.toLowerCase()}@users.noreply.github.com` : 'unlinked@example.invalid',
      date: now(),
    });
    return {
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 10)}`,
      commit: {
        author: person(c.author),
        committer: person(c.committer),
        message: c.message,
        tree: { sha: fakeSha(`tree:${c.sha}`), url: `${API}/repos/${repo.full_name}/git/trees/${fakeSha(`tree:${c.sha}`)}` },
        url: `${API}/repos/${repo.full_name}/git/commits/${c.sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      url: `${API}/repos/${repo.full_name}/commits/${c.sha}`,
      html_url: `${HTML}/${repo.full_name}/commit/${c.sha}`,
      comments_url: `${API}/repos/${repo.full_name}/commits/${c.sha}/comments`,
      author: c.author ? userObject(ensureUser(c.author)) : null,
      committer: c.committer ? userObject(ensureUser(c.committer)) : null,
      parents: [],
    };
  };

  const activityJson = (a: FakeActivity): Record<string, unknown> => ({
    id: a.id,
    node_id: `RA_${a.id}`,
    before: a.before,
    after: a.after,
    ref: a.ref,
    timestamp: a.timestamp,
    activity_type: a.activity_type,
    actor: a.actor ? userObject(ensureUser(a.actor)) : null,
  });

  const resolveTree = (repo: FakeRepo, treeish: string): { sha: string; entries: FakeTreeEntry[] } => {
    const sha = repo.refs[treeish] ?? treeish;
    const entries = state.trees[sha];
    if (!entries) throw notFound();
    return { sha, entries };
  };

  const routes: Array<[string, Handler]> = [
    ['GET /repos/{owner}/{repo}', (c) => ({ body: repoJson(findRepo(c.params)) })],
    [
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      (c) => {
        const repo = findRepo(c.params);
        return { body: pullJson(repo, findPull(repo, c.params.pull_number)) };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.pull_number);
        // GitHub lists at most 3000 files per pull request.
        const { page, headers } = paginate(
          c,
          p.files.slice(0, 3000).map((f) => fileJson(repo, f, p.head.sha)),
        );
        return { body: page, headers };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.pull_number);
        const { page, headers } = paginate(
          c,
          p.reviews.map((r) => reviewJson(repo, p, r)),
        );
        return { body: page, headers };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.pull_number);
        // GitHub lists at most 250 commits of a pull request.
        const { page, headers } = paginate(
          c,
          p.commits.slice(0, 250).map((x) => commitJson(repo, x)),
        );
        return { body: page, headers };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/activity',
      (c) => {
        const repo = findRepo(c.params);
        const want = (c.query.ref ?? '').replace(/^refs\/heads\//, '');
        let items = repo.activities.filter(
          (a) =>
            (!want || a.ref.replace(/^refs\/heads\//, '') === want) &&
            (!c.query.actor || (a.actor ?? '').toLowerCase() === c.query.actor.toLowerCase()) &&
            (!c.query.activity_type || a.activity_type === c.query.activity_type),
        );
        // Newest first unless direction=asc; cursor pagination by entry id, as the real API's `after`.
        items = c.query.direction === 'asc' ? [...items] : [...items].reverse();
        const cursor = Number(c.query.after);
        if (Number.isFinite(cursor) && c.query.after) {
          const at = items.findIndex((a) => a.id === cursor);
          items = at >= 0 ? items.slice(at + 1) : [];
        }
        const perPage = Math.min(100, Math.max(1, Number(c.query.per_page) || 30));
        const page = items.slice(0, perPage);
        const headers: Record<string, string> = {};
        const last = page.at(-1);
        if (items.length > perPage && last) {
          const q = new URLSearchParams({ ...c.query, per_page: String(perPage), after: String(last.id) });
          headers.link = `<${c.base}${c.path}?${q.toString()}>; rel="next"`;
        }
        return { body: page.map(activityJson), headers };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.pull_number);
        return { body: { users: p.requested_reviewers.map((l) => userObject(ensureUser(l))), teams: [] } };
      },
    ],
    [
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.pull_number);
        const reviewers = (c.body as { reviewers?: unknown })?.reviewers;
        if (!Array.isArray(reviewers) || reviewers.some((r) => typeof r !== 'string')) {
          throw validationFailed("Invalid request.\n\nFor 'properties/reviewers', it is not an array of strings.");
        }
        const logins = reviewers as string[];
        if (logins.some((l) => l.toLowerCase() === p.user.toLowerCase())) {
          throw validationFailed('Review cannot be requested from pull request author.');
        }
        const collaborators = repo.collaborators?.map((l) => l.toLowerCase());
        if (collaborators && logins.some((l) => !collaborators.includes(l.toLowerCase()))) {
          throw validationFailed(
            `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.full_name} repository.`,
          );
        }
        for (const l of logins) {
          if (!p.requested_reviewers.some((r) => r.toLowerCase() === l.toLowerCase())) p.requested_reviewers.push(l);
        }
        return { status: 201, body: pullJson(repo, p) };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      (c) => {
        const repo = findRepo(c.params);
        const sha = c.params.commit_sha ?? '';
        // A merged pull request's merge commit lists it, as on GitHub; associateCommit adds others.
        const merges = Object.values(repo.pulls)
          .filter((p) => p.merged && p.merge_commit_sha === sha)
          .map((p) => p.number);
        const numbers = [...new Set([...merges, ...(repo.commit_pulls[sha] ?? [])])];
        const { page, headers } = paginate(
          c,
          numbers.map((n) => pullJson(repo, findPull(repo, String(n)), true)),
        );
        return { body: page, headers };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      (c) => {
        const repo = findRepo(c.params);
        const cmp = repo.compare[c.params.basehead ?? ''];
        if (!cmp) throw notFound();
        const [base, head] = (c.params.basehead ?? '').split('...') as [string, string];
        return {
          body: {
            url: `${API}/repos/${repo.full_name}/compare/${base}...${head}`,
            html_url: `${HTML}/${repo.full_name}/compare/${base}...${head}`,
            status: cmp.status,
            ahead_by: cmp.total_commits,
            behind_by: 0,
            total_commits: cmp.total_commits,
            commits: [],
            // GitHub lists at most 300 files for a comparison.
            files: cmp.files.slice(0, 300).map((f) => fileJson(repo, f, head)),
          },
        };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.issue_number);
        const { page, headers } = paginate(
          c,
          p.events.map((e) => ({
            id: e.id,
            event: e.event,
            actor: e.actor ? userObject(ensureUser(e.actor)) : null,
            created_at: e.created_at,
            ...(e.dismissed_review ? { dismissed_review: e.dismissed_review } : {}),
          })),
        );
        return { body: page, headers };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.issue_number);
        const list = (repo.comments[String(p.number)] ?? []).map((x) => commentJson(repo, p.number, x));
        const { page, headers } = paginate(c, list);
        return { body: page, headers };
      },
    ],
    [
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      (c) => {
        const repo = findRepo(c.params);
        const p = findPull(repo, c.params.issue_number);
        const body = checkCommentBody(c.body);
        const comment: FakeComment = { id: nextId(), user: c.actor, body, created_at: now(), updated_at: now() };
        (repo.comments[String(p.number)] ??= []).push(comment);
        return {
          status: 201,
          body: commentJson(repo, p.number, comment),
          headers: { location: `${API}/repos/${repo.full_name}/issues/comments/${comment.id}` },
        };
      },
    ],
    [
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      (c) => {
        const repo = findRepo(c.params);
        const id = Number(c.params.comment_id);
        for (const [n, list] of Object.entries(repo.comments)) {
          const comment = list.find((x) => x.id === id);
          if (comment) {
            comment.body = checkCommentBody(c.body);
            comment.updated_at = now();
            return { body: commentJson(repo, Number(n), comment) };
          }
        }
        throw notFound();
      },
    ],
    [
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      (c) => {
        const repo = findRepo(c.params);
        let runs = repo.check_runs.filter((r) => r.head_sha === c.params.ref);
        if (c.query.check_name) runs = runs.filter((r) => r.name === c.query.check_name);
        if ((c.query.filter ?? 'latest') === 'latest') {
          const newest = new Map<string, FakeCheckRun>();
          for (const r of runs) if ((newest.get(r.name)?.id ?? -1) < r.id) newest.set(r.name, r);
          runs = [...newest.values()];
        }
        runs = [...runs].sort((a, b) => b.id - a.id);
        const { page, headers } = paginate(
          c,
          runs.map((r) => checkRunJson(repo, r)),
        );
        return { body: { total_count: runs.length, check_runs: page }, headers };
      },
    ],
    [
      'POST /repos/{owner}/{repo}/check-runs',
      (c) => {
        const repo = findRepo(c.params);
        const b = (c.body ?? {}) as Record<string, unknown>;
        if (typeof b.name !== 'string' || b.name === '') throw validationFailed('Invalid request.\n\n"name" wasn\'t supplied.');
        if (typeof b.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(b.head_sha)) {
          throw validationFailed('Invalid request.\n\n"head_sha" wasn\'t supplied.');
        }
        const run: FakeCheckRun = {
          id: nextId(),
          head_sha: b.head_sha,
          name: b.name,
          status: 'queued',
          conclusion: null,
          external_id: null,
          details_url: null,
          output: { title: null, summary: null, text: null },
          started_at: now(),
          completed_at: null,
          app_slug: c.actor.replace(/\[bot\]$/, ''),
        };
        applyCheckRunFields(run, b);
        repo.check_runs.push(run);
        return { status: 201, body: checkRunJson(repo, run) };
      },
    ],
    [
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      (c) => {
        const repo = findRepo(c.params);
        const run = repo.check_runs.find((r) => r.id === Number(c.params.check_run_id));
        if (!run) throw notFound();
        const b = (c.body ?? {}) as Record<string, unknown>;
        // [unverified strictness] GitHub does not move a completed run back to in progress;
        // the fake refuses loudly so the adapter is caught if it ever tries.
        if (run.status === 'completed' && (b.status === 'in_progress' || b.status === 'queued')) {
          throw validationFailed('Check run is already completed and cannot be set back to ' + String(b.status) + '.');
        }
        applyCheckRunFields(run, b);
        return { body: checkRunJson(repo, run) };
      },
    ],
    [
      // One commit by SHA or branch. With the `application/vnd.github.sha` media type GitHub
      // answers with the SHA alone, as text; an unknown ref is 422 "No commit found for SHA".
      // A branch asked unambiguously (`heads/<branch>`, slashes kept): a tag of the same name is never it.
      'GET /repos/{owner}/{repo}/commits/heads/{branch+}',
      (c) => {
        const repo = findRepo(c.params);
        const branch = c.params.branch ?? '';
        const sha = repo.branch_tips[branch];
        if (!sha) throw new HttpError(422, { message: `No commit found for SHA: heads/${branch}`, documentation_url: DOCS, status: '422' });
        if ((c.headers.accept ?? '').includes('application/vnd.github.sha')) {
          return { body: undefined, text: sha, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' } };
        }
        return { body: { sha, url: `${API}/repos/${repo.full_name}/commits/${sha}`, commit: { tree: { sha: repo.refs[sha] ?? null } } } };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/commits/{ref}',
      (c) => {
        const repo = findRepo(c.params);
        const ref = c.params.ref ?? '';
        const sha = repo.branch_tips[ref] ?? (/^[0-9a-f]{40}$/.test(ref) && repo.refs[ref] ? ref : undefined);
        if (!sha) throw new HttpError(422, { message: `No commit found for SHA: ${ref}`, documentation_url: DOCS, status: '422' });
        if ((c.headers.accept ?? '').includes('application/vnd.github.sha')) {
          return { body: undefined, text: sha, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' } };
        }
        return { body: { sha, url: `${API}/repos/${repo.full_name}/commits/${sha}`, commit: { tree: { sha: repo.refs[sha] ?? null } } } };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      (c) => {
        const repo = findRepo(c.params);
        const { sha, entries } = resolveTree(repo, c.params.tree_sha ?? '');
        const recursive = c.query.recursive !== undefined;
        const out: Array<Record<string, unknown>> = [];
        const walk = (list: FakeTreeEntry[], prefix: string): void => {
          for (const e of list) {
            out.push({
              path: prefix + e.path,
              mode: e.mode,
              type: e.type,
              sha: e.sha,
              ...(e.type === 'blob' ? { size: e.size ?? 0 } : {}),
              url: `${API}/repos/${repo.full_name}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
            });
            if (recursive && e.type === 'tree') walk(state.trees[e.sha] ?? [], `${prefix}${e.path}/`);
          }
        };
        walk(entries, '');
        const truncated = repo.truncated_trees.includes(sha) || repo.truncated_trees.includes(c.params.tree_sha ?? '');
        return {
          body: {
            sha,
            url: `${API}/repos/${repo.full_name}/git/trees/${sha}`,
            tree: truncated ? out.slice(0, Math.ceil(out.length / 2)) : out,
            truncated,
          },
        };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      (c) => {
        const repo = findRepo(c.params);
        const sha = c.params.file_sha ?? '';
        const content = state.blobs[sha];
        if (content === undefined) throw notFound();
        // GitHub wraps base64 content at 60 characters.
        const wrapped = (content.match(/.{1,60}/g) ?? []).join('\n');
        return {
          body: {
            sha,
            node_id: `B_${sha.slice(0, 8)}`,
            size: Buffer.from(content, 'base64').length,
            url: `${API}/repos/${repo.full_name}/git/blobs/${sha}`,
            content: wrapped === '' ? '' : `${wrapped}\n`,
            encoding: 'base64',
          },
        };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/assignees',
      (c) => {
        const repo = findRepo(c.params);
        const { page, headers } = paginate(
          c,
          (repo.collaborators ?? []).map((login) => userObject(ensureUser(login))),
        );
        return { body: page, headers };
      },
    ],
    [
      'GET /users/{username}',
      (c) => {
        const u = state.users[(c.params.username ?? '').toLowerCase()];
        if (!u) throw notFound();
        return { body: profileObject(u) };
      },
    ],
    [
      'GET /orgs/{org}/teams/{team_slug}',
      (c) => {
        const team = readableTeam(c);
        return { body: { id: team.id, slug: c.params.team_slug, name: team.name, privacy: 'closed' } };
      },
    ],
    [
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
      (c) => {
        const team = readableTeam(c);
        const membership = team.members[(c.params.username ?? '').toLowerCase()];
        if (!membership) throw notFound();
        return {
          body: { url: `${c.base}/teams/${team.id}/memberships/${c.params.username ?? ''}`, role: 'member', state: membership },
        };
      },
    ],
  ];

  /** The team of the request, when its token may read organisation teams (else 403, as the workflow token gets). */
  function readableTeam(c: Ctx): FakeTeam {
    if (!state.team_reader_tokens.includes(c.token)) {
      throw new HttpError(
        403,
        { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
        { 'x-accepted-github-permissions': 'members=read' },
      );
    }
    const team = state.teams[(c.params.org ?? '').toLowerCase()]?.[(c.params.team_slug ?? '').toLowerCase()];
    if (!team) throw notFound();
    return team;
  }

  function checkCommentBody(body: unknown): string {
    const text = (body as { body?: unknown })?.body;
    if (typeof text !== 'string') throw validationFailed('Invalid request.\n\n"body" wasn\'t supplied.');
    if ([...text].length > 65536) {
      throw validationFailed('Validation Failed', [
        { resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
      ]);
    }
    return text;
  }

  function applyCheckRunFields(run: FakeCheckRun, b: Record<string, unknown>): void {
    if (typeof b.name === 'string') run.name = b.name;
    if (typeof b.external_id === 'string') run.external_id = b.external_id;
    if (typeof b.details_url === 'string') run.details_url = b.details_url;
    if (b.status === 'queued' || b.status === 'in_progress' || b.status === 'completed') run.status = b.status;
    if (typeof b.conclusion === 'string') {
      // "Providing conclusion will automatically set the status parameter to completed."
      run.conclusion = b.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed' && run.conclusion === null) {
      throw validationFailed('Invalid request.\n\n"conclusion" wasn\'t supplied.');
    }
    if (run.status === 'completed') run.completed_at ??= now();
    const out = b.output as { title?: unknown; summary?: unknown; text?: unknown } | undefined;
    if (out) {
      if (typeof out.summary === 'string' && out.summary.length > 65535) {
        throw validationFailed('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.');
      }
      if (typeof out.text === 'string' && out.text.length > 65535) {
        throw validationFailed('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.');
      }
      if (typeof out.title === 'string') run.output.title = out.title;
      if (typeof out.summary === 'string') run.output.summary = out.summary;
      if (typeof out.text === 'string') run.output.text = out.text;
    }
  }

  function graphql(c: Ctx): Reply {
    const b = (c.body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    const query = typeof b.query === 'string' ? b.query : '';
    if (!query.includes('organizationVerifiedDomainEmails')) {
      return { unsupported: true, body: { errors: [{ message: 'The fake GitHub API does not support this GraphQL query.' }] } };
    }
    const login = String(b.variables?.login ?? '');
    const org = String(b.variables?.org ?? '');
    const user = state.users[login.toLowerCase()];
    if (!user) {
      return {
        body: {
          data: { user: null },
          errors: [
            {
              type: 'NOT_FOUND',
              path: ['user'],
              locations: [{ line: 2, column: 3 }],
              message: `Could not resolve to a User with the login of '${login}'.`,
            },
          ],
        },
      };
    }
    if (state.graphql_forbidden) {
      return {
        body: {
          data: { user: null },
          errors: [
            {
              type: 'FORBIDDEN',
              path: ['user', 'organizationVerifiedDomainEmails'],
              extensions: { saml_failure: false },
              locations: [{ line: 3, column: 5 }],
              message: 'Resource not accessible by integration',
            },
          ],
        },
      };
    }
    const emails = state.verified_domain_emails[org]?.[login.toLowerCase()] ?? [];
    return { body: { data: { user: { organizationVerifiedDomainEmails: emails } } } };
  }

  const appSide = createAppRoutes({
    app: () => state.app,
    tokens: () => state.access_tokens,
    repoState: (fullName) => {
      const wanted = fullName.toLowerCase();
      const repo = Object.values(state.repos).find((r) => r.full_name.toLowerCase() === wanted);
      if (!repo) throw notFound();
      return repo;
    },
    repoJson: (fullName) => repoJson(repoOf(fullName)),
    userObject: (login) => userObject(ensureUser(login)),
    now,
    authClock: systemClock,
    nextId,
  });
  routes.push(...appSide.routes);

  const compiled = routes.map(([key, handler]) => {
    const [method, template] = key.split(' ') as [string, string];
    const parts = template.split('/').slice(1);
    return { key, method, parts, handler };
  });

  const match = (method: string, path: string): { key: string; handler: Handler; params: Record<string, string> } | undefined => {
    const segs = path.split('/').slice(1);
    for (const r of compiled) {
      const rest = r.parts.at(-1)?.endsWith('+}') ?? false;
      if (r.method !== method || (rest ? segs.length < r.parts.length : r.parts.length !== segs.length)) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (const [i, part] of r.parts.entries()) {
        const seg = segs[i] ?? '';
        if (part.endsWith('+}')) {
          // `{name+}`: this segment and every one after it.
          params[part.slice(1, -2)] = segs.slice(i).map(decodeURIComponent).join('/');
        } else if (part.startsWith('{')) {
          if (seg === '') ok = false;
          else params[part.slice(1, -1)] = decodeURIComponent(seg);
        } else if (part !== seg) ok = false;
        if (!ok) break;
      }
      if (ok) return { key: r.key, handler: r.handler, params };
    }
    return undefined;
  };

  async function handle(req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw) as unknown;
      } catch {
        body = raw;
      }
    }
    const query = Object.fromEntries(url.searchParams.entries());
    const auth = req.headers.authorization;
    const record: RecordedRequest = { method, path: url.pathname, query, body, authorization: auth !== undefined, route: null, status: 0 };
    requests.push(record);

    const send = (status: number, payload: unknown, headers: Record<string, string> = {}, raw?: string): void => {
      record.status = status;
      const text = raw ?? (payload === undefined ? '' : JSON.stringify(payload));
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `FAKE:${requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(clock().getTime() / 1000) + 3600),
        ...headers,
      });
      res.end(text);
    };

    const isGraphql = method === 'POST' && url.pathname === '/graphql';
    const matched = isGraphql ? undefined : match(method, url.pathname);
    const key = isGraphql ? 'POST /graphql' : matched?.key;
    if (key) record.route = key;

    // Authentication first, as GitHub does: no or unknown token is 401 on every route.
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(auth ?? '')?.[1];
    let credential: AppCredential | undefined;
    try {
      credential = token ? appSide.authenticate(token, url.pathname) : undefined;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      send(error.status, error.body, error.headers);
      return;
    }
    if (!token || (!credential && state.tokens !== null && !(token in state.tokens))) {
      send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }
    const actor =
      credential?.kind === 'installation'
        ? credential.actor
        : credential
          ? `app/${state.app?.slug ?? ''}`
          : (state.tokens?.[token] ?? 'github-actions[bot]');

    if (!key) {
      send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      return;
    }
    const queued = state.faults[key];
    const fault = queued?.[0];
    if (queued && fault) {
      if (--fault.times <= 0) queued.shift();
      send(fault.status, fault.body ?? { message: `Injected ${fault.status}`, documentation_url: DOCS }, fault.headers);
      return;
    }
    if (state.forbidden.includes(key)) {
      send(
        403,
        { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
        { 'x-accepted-github-permissions': acceptedPermission(key) },
      );
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (k !== 'authorization' && typeof v === 'string') headers[k] = v;
    const ctx: Ctx = {
      method,
      params: matched?.params ?? {},
      query,
      body,
      actor,
      token,
      base,
      path: url.pathname,
      headers,
      ...(credential ? { credential } : {}),
    };
    try {
      const reply = isGraphql ? graphql(ctx) : (matched as NonNullable<typeof matched>).handler(ctx);
      if (reply.unsupported) record.route = null;
      send(reply.status ?? 200, reply.body, reply.headers, reply.text);
    } catch (error) {
      if (error instanceof HttpError) send(error.status, error.body, error.headers);
      else send(500, { message: `fake GitHub crashed: ${(error as Error).message}` });
    }
  }

  let base = '';
  const server: Server = createServer((req, res) => {
    handle(req, res, base).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake GitHub crashed: ${(error as Error).message}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const toFiles = (files: Array<string | FakePullFile>): FakePullFile[] =>
    files.map((f) => (typeof f === 'string' ? { filename: f, status: 'modified' } : f));
  const fakeSha = (seed: string): string => createHash('sha1').update(seed).digest('hex');

  const fake: FakeGitHub = {
    url: base,
    graphqlUrl: `${base}/graphql`,
    requests,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
    addRepo,
    addUser(u) {
      const user = ensureUser(u.login);
      if (u.type) user.type = u.type;
      if (u.email !== undefined) user.email = u.email;
      if (u.name !== undefined) user.name = u.name;
      if (u.id !== undefined) user.id = u.id;
      return user;
    },
    addPullRequest(input = {}, repoName) {
      const repo = repoOf(repoName);
      const number = input.number ?? Math.max(0, ...Object.keys(repo.pulls).map(Number)) + 1;
      const pull: FakePull = {
        number,
        title: input.title ?? `Pull request ${number}`,
        body: input.body === undefined ? '' : input.body,
        user: input.user ?? 'octocat',
        state: input.state ?? (input.merged ? 'closed' : 'open'),
        merged: input.merged ?? false,
        merged_at: input.merged_at ?? (input.merged ? now() : null),
        merge_commit_sha:
          input.merge_commit_sha !== undefined
            ? input.merge_commit_sha
            : input.merged
              ? fakeSha(`${repo.full_name}#${number}:merge`)
              : null,
        base: { ref: input.base?.ref ?? repo.default_branch, sha: input.base?.sha ?? fakeSha(`${repo.full_name}#${number}:base`) },
        head: {
          ref: input.head?.ref ?? `feature-${number}`,
          sha: input.head?.sha ?? fakeSha(`${repo.full_name}#${number}:head`),
          repo: input.head?.repo === undefined ? repo.full_name : input.head.repo,
        },
        labels: input.labels ?? [],
        files: toFiles(input.files ?? []),
        draft: input.draft ?? false,
        commits: [],
        reviews: [],
        events: [],
        requested_reviewers: [],
        created_at: now(),
        updated_at: now(),
      };
      ensureUser(pull.user);
      const commits = input.commits ?? [{ author: pull.user }];
      pull.commits = commits.map((c, i) => ({
        // The last commit is the head.
        sha: c.sha ?? (i === commits.length - 1 ? pull.head.sha : fakeSha(`${repo.full_name}#${number}:commit${i}`)),
        author: c.author,
        committer: c.committer === undefined ? c.author : c.committer,
        message: c.message ?? `Commit ${i + 1} of #${number}`,
      }));
      repo.pulls[String(number)] = pull;
      const pusher = input.pusher === undefined ? pull.user : input.pusher;
      const headRepo = pull.head.repo === null ? undefined : state.repos[pull.head.repo];
      if (pusher !== null && headRepo)
        fake.addActivity({ ref: `refs/heads/${pull.head.ref}`, after: pull.head.sha, actor: pusher }, headRepo.full_name);
      return pull;
    },
    addActivity(a, repoName) {
      const entry: FakeActivity = {
        id: nextId(),
        ref: a.ref.startsWith('refs/') ? a.ref : `refs/heads/${a.ref}`,
        before: a.before ?? '0'.repeat(40),
        after: a.after,
        activity_type: a.activity_type ?? 'push',
        actor: a.actor,
        timestamp: now(),
      };
      if (entry.actor) ensureUser(entry.actor);
      repoOf(repoName).activities.push(entry);
      return entry;
    },
    pushHead(n, push, repoName) {
      const repo = repoOf(repoName);
      const p = findPull(repo, String(n));
      const before = p.head.sha;
      const sha = push.sha ?? fakeSha(`${repo.full_name}#${n}:push${p.commits.length}`);
      const author = push.author === undefined ? push.actor : push.author;
      p.commits.push({
        sha,
        author,
        committer: push.committer === undefined ? push.actor : push.committer,
        message: `Push ${p.commits.length + 1}`,
      });
      p.head.sha = sha;
      p.updated_at = now();
      if (p.head.repo !== null && state.repos[p.head.repo])
        fake.addActivity({ ref: p.head.ref, before, after: sha, actor: push.actor }, p.head.repo);
      return p;
    },
    addReview(n, r, repoName) {
      const p = findPull(repoOf(repoName), String(n));
      ensureUser(r.user);
      const review: FakeReview = {
        id: nextId(),
        user: r.user,
        state: r.state,
        commit_id: r.commit_id === undefined ? p.head.sha : r.commit_id,
        submitted_at: r.submitted_at !== undefined ? r.submitted_at : r.state === 'PENDING' ? null : now(),
        body: r.body ?? '',
        author_association: r.author_association ?? 'MEMBER',
      };
      p.reviews.push(review);
      return review;
    },
    addComment(n, c, repoName) {
      const repo = repoOf(repoName);
      findPull(repo, String(n));
      ensureUser(c.user);
      const comment: FakeComment = { id: nextId(), user: c.user, body: c.body, created_at: now(), updated_at: now() };
      (repo.comments[String(n)] ??= []).push(comment);
      return comment;
    },
    addCheckRun(run, repoName) {
      const r: FakeCheckRun = {
        id: nextId(),
        status: 'completed',
        conclusion: 'success',
        external_id: null,
        details_url: null,
        output: { title: null, summary: null, text: null },
        started_at: now(),
        completed_at: null,
        app_slug: 'github-actions',
        ...run,
      };
      repoOf(repoName).check_runs.push(r);
      return r;
    },
    associateCommit(sha, pulls, repoName) {
      repoOf(repoName).commit_pulls[sha] = [...pulls];
    },
    changeBase(pull, ref, options = {}, repoName) {
      const p = findPull(repoOf(repoName), String(pull));
      p.base.ref = ref;
      p.events.push({
        id: p.events.length + 1,
        event: 'base_ref_changed',
        actor: options.actor ?? p.user,
        created_at: options.at ?? now(),
      });
    },
    dismissReview(pull, reviewId, options = {}, repoName) {
      const p = findPull(repoOf(repoName), String(pull));
      const review = p.reviews.find((r) => r.id === reviewId);
      if (!review) throw new Error(`no review ${reviewId} on pull request #${pull}`);
      const was = review.state.toLowerCase();
      review.state = 'DISMISSED';
      p.events.push({
        id: p.events.length + 1,
        event: 'review_dismissed',
        actor: options.actor ?? p.user,
        created_at: options.at ?? now(),
        dismissed_review: { state: was, review_id: reviewId, dismissal_message: 'dismissed' },
      });
    },
    putCompare(baseSha, head, files, repoName) {
      repoOf(repoName).compare[`${baseSha}...${head}`] = { status: 'ahead', total_commits: 1, files: toFiles(files) };
    },
    putFiles(ref, files, repoName) {
      const repo = repoOf(repoName);
      const map = Array.isArray(files) ? Object.fromEntries(files.map((f) => [f.path, f.text])) : files;
      const all = { ...(repo.files_at_ref[ref] ?? {}), ...map };
      repo.files_at_ref[ref] = all;
      const root = buildTree(state, all);
      repo.refs[ref] = root;
      return root;
    },
    commitFiles(branch, files, repoName) {
      const repo = repoOf(repoName);
      const tree = fake.putFiles(branch, files, repoName);
      const sha = fakeSha(`commit ${tree} ${state.next_id++}`);
      repo.refs[sha] = tree;
      repo.files_at_ref[sha] = { ...(repo.files_at_ref[branch] ?? {}) };
      repo.branch_tips[branch] = sha;
      return sha;
    },
    setBranchTip(branch, sha, repoName) {
      repoOf(repoName).branch_tips[branch] = sha;
    },
    importGitCommit(repoDir, commit = 'HEAD', repoName) {
      const git = (...args: string[]): Buffer => execFileSync('git', args, { cwd: repoDir, maxBuffer: 256 * 1024 * 1024 });
      const blobs: string[] = [];
      const sha = git('rev-parse', `${commit}^{commit}`).toString().trim();
      const root = git('rev-parse', `${sha}^{tree}`).toString().trim();
      const byParent = new Map<string, FakeTreeEntry[]>([['', []]]);
      const treeOf = new Map<string, string>([['', root]]);
      // -r -t: every entry at any depth, folders included; -l: blob sizes; -z: raw paths.
      for (const line of git('ls-tree', '-r', '-t', '-l', '-z', sha).toString('utf8').split('\0').filter(Boolean)) {
        const tab = line.indexOf('\t');
        const [mode, type, oid, size] = line.slice(0, tab).split(/ +/) as [FakeTreeEntry['mode'], FakeTreeEntry['type'], string, string];
        const path = line.slice(tab + 1);
        const slash = path.lastIndexOf('/');
        const parent = slash < 0 ? '' : path.slice(0, slash);
        const entry: FakeTreeEntry = {
          path: path.slice(slash + 1),
          mode,
          type,
          sha: oid,
          ...(type === 'blob' ? { size: Number(size) } : {}),
        };
        const siblings = byParent.get(parent);
        if (siblings) siblings.push(entry);
        else byParent.set(parent, [entry]);
        if (type === 'tree') {
          treeOf.set(path, oid);
          if (!byParent.has(path)) byParent.set(path, []);
        }
        if (type === 'blob') blobs.push(oid);
      }
      // Every blob in one `cat-file --batch`: "<oid> blob <size>\n<content>\n" each.
      const out = execFileSync('git', ['cat-file', '--batch'], {
        cwd: repoDir,
        input: blobs.map((b) => `${b}\n`).join(''),
        maxBuffer: 256 * 1024 * 1024,
      });
      for (let at = 0; at < out.length;) {
        const eol = out.indexOf(0x0a, at);
        const [oid, , size] = out.subarray(at, eol).toString('latin1').split(' ');
        const end = eol + 1 + Number(size);
        if (oid) state.blobs[oid] = out.subarray(eol + 1, end).toString('base64');
        at = end + 1;
      }
      for (const [path, entries] of byParent) {
        const tree = treeOf.get(path);
        if (tree) state.trees[tree] = entries;
      }
      repoOf(repoName).refs[sha] = root;
      return sha;
    },
    putPolicies(ref, files, repoName) {
      return fake.putFiles(ref, files, repoName);
    },
    truncateTree(refOrSha, repoName) {
      repoOf(repoName).truncated_trees.push(refOrSha);
    },
    setVerifiedDomainEmails(org, login, emails) {
      ensureUser(login);
      (state.verified_domain_emails[org] ??= {})[login.toLowerCase()] = [...emails];
    },
    addTeam(org, slug, members, readers = []) {
      const list: Record<string, 'active' | 'pending'> = Array.isArray(members)
        ? Object.fromEntries(members.map((m) => [m.toLowerCase(), 'active' as const]))
        : Object.fromEntries(Object.entries(members).map(([m, st]) => [m.toLowerCase(), st]));
      const team: FakeTeam = { id: nextId(), name: slug, members: list };
      (state.teams[org.toLowerCase()] ??= {})[slug.toLowerCase()] = team;
      for (const t of readers) if (!state.team_reader_tokens.includes(t)) state.team_reader_tokens.push(t);
      return team;
    },
    forbid(route) {
      if (!state.forbidden.includes(route)) state.forbidden.push(route);
    },
    readOnlyToken() {
      for (const r of compiled) if (r.method !== 'GET') fake.forbid(r.key);
    },
    failNext(route, f) {
      (state.faults[route] ??= []).push({ status: f.status, body: f.body, headers: f.headers ?? {}, times: f.times ?? 1 });
    },
    pull(n, repoName) {
      return findPull(repoOf(repoName), String(n));
    },
    comments(n, repoName) {
      return repoOf(repoName).comments[String(n)] ?? [];
    },
    checkRuns(headSha, repoName) {
      const runs = repoOf(repoName).check_runs;
      return headSha ? runs.filter((r) => r.head_sha === headSha) : runs;
    },
    setApp(app) {
      state.app = clone(app);
      for (const i of app.installations) for (const r of i.repositories) addRepo(r);
      return state.app;
    },
    addWorkflowRun(run, repoName) {
      const created = newWorkflowRun(run, nextId(), now());
      ensureUser(created.actor);
      ensureUser(created.triggering_actor);
      repoOf(repoName).workflow_runs.push(created);
      return created;
    },
    workflowRun(id, repoName) {
      const run = repoOf(repoName).workflow_runs.find((r) => r.id === id);
      if (!run) throw new Error(`no workflow run ${id}`);
      return run;
    },
    gateEnvironment(environment, appIds, repoName) {
      repoOf(repoName).environments[environment] = { apps: [...appIds] };
    },
    gateReviews: (repoName) => repoOf(repoName).gate_reviews,
    unhandled: () => requests.filter((r) => r.route === null),
    writes: () => requests.filter((r) => r.method !== 'GET'),
  };
  return fake;
}
