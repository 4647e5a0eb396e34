// The GitHub App side of the fake: an App (its JWT checked against its public key), its
// installations and installation tokens (optionally scoped to repositories, refused elsewhere),
// workflow runs that wait on custom deployment protection rules, the environments' rules, and the
// callback an App answers a rule with. Shapes and status codes follow GitHub's REST docs; where
// they do not say (what a second answer gets), the fake answers 422 as the product expects and the
// choice is marked.
import { createHash, createVerify } from 'node:crypto';
import { DOCS, HttpError, notFound, paginate, validationFailed, type AppCredential, type Ctx, type Handler } from './http.js';

export type { AppCredential } from './http.js';

export interface FakeInstallation {
  id: number;
  /** The organisation (or user) it is installed on. */
  account: string;
  /** Full names of the repositories it may access. */
  repositories: string[];
}

export interface FakeApp {
  id: number;
  slug: string;
  /** PEM public key: the App's JWTs are verified with it (RS256). */
  public_key: string;
  installations: FakeInstallation[];
}

export interface FakeAccessToken {
  token: string;
  installation_id: number;
  /** Full names the token is limited to; null: every repository of the installation. */
  repositories: string[] | null;
  permissions: Record<string, string>;
  expires_at: string;
}

export type FakeGateState = 'waiting' | 'approved' | 'rejected';

export interface FakeGate {
  state: FakeGateState;
  /** Status comments (answers without a state). */
  comments: string[];
}

export interface FakeWorkflowRun {
  id: number;
  run_attempt: number;
  head_sha: string;
  head_branch: string;
  event: string;
  status: 'queued' | 'in_progress' | 'waiting' | 'completed';
  conclusion: string | null;
  actor: string;
  triggering_actor: string;
  created_at: string;
  /** Environment name -> the gate of each environment the run waits on. */
  gates: Record<string, FakeGate>;
}

/** One answer an App sent to POST .../deployment_protection_rule, whatever the fake replied. */
export interface FakeGateReview {
  run_id: number;
  environment_name: unknown;
  state: unknown;
  comment: unknown;
  /** The bot that answered. */
  actor: string;
  status: number;
  at: string;
}

export interface FakeAppRepoState {
  workflow_runs: FakeWorkflowRun[];
  /** Environment name -> the IDs of the Apps whose custom protection rules gate it. */
  environments: Record<string, { apps: number[] }>;
  gate_reviews: FakeGateReview[];
}

interface AppDeps {
  app(): FakeApp | null;
  tokens(): FakeAccessToken[];
  repoState(fullName: string): FakeAppRepoState;
  repoJson(fullName: string): Record<string, unknown>;
  userObject(login: string): Record<string, unknown>;
  now(): string;
  /**
   * The time App credentials are judged by. GitHub checks a JWT's `iat`/`exp` and a token's expiry
   * against its own clock, and the client library signs JWTs with the machine's: the wall clock,
   * not a test's pinned one.
   */
  authClock(): Date;
  nextId(): number;
}

const API = 'https://api.github.com';
const HTML = 'https://github.com';
const unauthorized = (message: string): HttpError => new HttpError(401, { message, documentation_url: DOCS, status: '401' });

function base64url(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Checks a JWT an App signed with its private key: RS256, `iss` the App's ID, `iat`/`exp` around now (at most 10 minutes). */
export function verifyAppJwt(jwt: string, app: FakeApp, now: Date): void {
  const parts = jwt.split('.');
  if (parts.length !== 3) throw unauthorized('A JSON web token could not be decoded');
  const [header, payload, signature] = parts as [string, string, string];
  let claims: { iss?: unknown; iat?: unknown; exp?: unknown };
  let head: { alg?: unknown };
  try {
    head = JSON.parse(base64url(header).toString('utf8')) as { alg?: unknown };
    claims = JSON.parse(base64url(payload).toString('utf8')) as typeof claims;
  } catch {
    throw unauthorized('A JSON web token could not be decoded');
  }
  if (head.alg !== 'RS256') throw unauthorized('A JSON web token could not be decoded');
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`${header}.${payload}`);
  if (!verifier.verify(app.public_key, base64url(signature))) throw unauthorized('A JSON web token could not be decoded');
  if (String(claims.iss) !== String(app.id)) throw unauthorized("'Issuer' claim ('iss') must be an Integer");
  const t = Math.floor(now.getTime() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= t) throw unauthorized("'Expiration time' claim ('exp') is too far in the future");
  if (typeof claims.iat !== 'number' || claims.iat > t + 60 || claims.exp - claims.iat > 600) {
    throw unauthorized("'Issued at' claim ('iat') must be an Integer representing a time in the past");
  }
}

export function createAppRoutes(d: AppDeps): {
  routes: Array<[string, Handler]>;
  /** The App credential of a token, undefined when it is none (401 for a bad JWT or an expired installation token). */
  authenticate(token: string, path: string): AppCredential | undefined;
} {
  const requireApp = (): FakeApp => {
    const app = d.app();
    if (!app) throw notFound();
    return app;
  };
  const jwtOnly = (c: Ctx): FakeApp => {
    const app = requireApp();
    if (c.credential?.kind !== 'jwt') throw unauthorized('A JSON web token could not be decoded');
    return app;
  };
  const installationOf = (id: number): FakeInstallation => {
    const found = requireApp().installations.find((i) => i.id === id);
    if (!found) throw notFound();
    return found;
  };
  const installationJson = (app: FakeApp, i: FakeInstallation): Record<string, unknown> => ({
    id: i.id,
    account: d.userObject(i.account),
    app_id: app.id,
    app_slug: app.slug,
    target_type: 'Organization',
    repository_selection: 'selected',
    access_tokens_url: `${API}/app/installations/${i.id}/access_tokens`,
    repositories_url: `${API}/installation/repositories`,
    html_url: `${HTML}/organizations/${i.account}/settings/installations/${i.id}`,
    permissions: { actions: 'read', deployments: 'write', pull_requests: 'write', checks: 'write', contents: 'read', metadata: 'read' },
    events: ['deployment_protection_rule', 'pull_request_review'],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    suspended_at: null,
  });
  const runJson = (fullName: string, r: FakeWorkflowRun): Record<string, unknown> => ({
    id: r.id,
    name: 'deploy',
    node_id: `WFR_${r.id}`,
    head_branch: r.head_branch,
    head_sha: r.head_sha,
    path: '.github/workflows/deploy.yml',
    display_title: 'deploy',
    run_number: r.id % 1000,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: 4242,
    url: `${API}/repos/${fullName}/actions/runs/${r.id}`,
    html_url: `${HTML}/${fullName}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: r.created_at,
    updated_at: r.created_at,
    actor: d.userObject(r.actor),
    triggering_actor: d.userObject(r.triggering_actor),
    run_attempt: r.run_attempt,
    run_started_at: r.created_at,
    repository: d.repoJson(fullName),
    head_repository: d.repoJson(fullName),
  });
  const fullNameOf = (c: Ctx): string => `${c.params.owner}/${c.params.repo}`;
  const runOf = (c: Ctx): FakeWorkflowRun => {
    const run = d.repoState(fullNameOf(c)).workflow_runs.find((r) => r.id === Number(c.params.run_id));
    if (!run) throw notFound();
    return run;
  };

  const routes: Array<[string, Handler]> = [
    [
      'GET /app',
      (c) => {
        const app = jwtOnly(c);
        return { body: { id: app.id, slug: app.slug, name: app.slug, owner: d.userObject(app.installations[0]?.account ?? 'octo-org') } };
      },
    ],
    [
      'GET /app/installations',
      (c) => {
        const app = jwtOnly(c);
        const { page, headers } = paginate(
          c,
          app.installations.map((i) => installationJson(app, i)),
        );
        return { body: page, headers };
      },
    ],
    [
      'POST /app/installations/{installation_id}/access_tokens',
      (c) => {
        jwtOnly(c);
        const installation = installationOf(Number(c.params.installation_id));
        const b = (c.body ?? {}) as { repositories?: unknown; permissions?: unknown };
        let repositories: string[] | null = null;
        if (b.repositories !== undefined) {
          if (!Array.isArray(b.repositories) || b.repositories.some((r) => typeof r !== 'string')) {
            throw validationFailed("Invalid request.\n\nFor 'properties/repositories', it is not an array of strings.");
          }
          const owner = installation.account.toLowerCase();
          repositories = (b.repositories as string[]).map((name) => {
            const full = installation.repositories.find((r) => r.toLowerCase() === `${owner}/${name.toLowerCase()}`);
            if (!full)
              throw validationFailed(
                'There is at least one repository that does not exist or is not accessible to the parent installation.',
              );
            return full;
          });
        }
        const token: FakeAccessToken = {
          // Random-looking, as GitHub's are (a run of one character would be redacted out of every text).
          token: `ghs_${createHash('sha256').update(`installation ${installation.id} token ${d.nextId()}`).digest('base64url').slice(0, 36)}`,
          installation_id: installation.id,
          repositories,
          permissions: (b.permissions as Record<string, string> | undefined) ?? { actions: 'read', deployments: 'write', metadata: 'read' },
          expires_at: new Date(d.authClock().getTime() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        };
        d.tokens().push(token);
        return {
          status: 201,
          body: {
            token: token.token,
            expires_at: token.expires_at,
            permissions: token.permissions,
            repository_selection: repositories ? 'selected' : 'all',
            ...(repositories ? { repositories: repositories.map((r) => d.repoJson(r)) } : {}),
          },
        };
      },
    ],
    [
      'GET /installation/repositories',
      (c) => {
        if (c.credential?.kind !== 'installation') throw unauthorized('Bad credentials');
        const installation = installationOf(c.credential.installationId);
        const scope = c.credential.repositories;
        const visible = installation.repositories.filter((r) => !scope || scope.includes(r));
        const { page, headers } = paginate(
          c,
          visible.map((r) => d.repoJson(r)),
        );
        return { body: { total_count: visible.length, repository_selection: 'selected', repositories: page }, headers };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/actions/runs',
      (c) => {
        const fullName = fullNameOf(c);
        let runs = [...d.repoState(fullName).workflow_runs].sort((a, b) => b.id - a.id);
        if (c.query.status) runs = runs.filter((r) => r.status === c.query.status || r.conclusion === c.query.status);
        if (c.query.head_sha) runs = runs.filter((r) => r.head_sha === c.query.head_sha);
        const { page, headers } = paginate(
          c,
          runs.map((r) => runJson(fullName, r)),
        );
        return { body: { total_count: runs.length, workflow_runs: page }, headers };
      },
    ],
    ['GET /repos/{owner}/{repo}/actions/runs/{run_id}', (c) => ({ body: runJson(fullNameOf(c), runOf(c)) })],
    [
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
      (c) => {
        const run = runOf(c);
        const fullName = fullNameOf(c);
        const waiting = run.status === 'waiting' ? Object.entries(run.gates).filter(([, g]) => g.state === 'waiting') : [];
        return {
          body: waiting.map(([name], i) => ({
            environment: {
              id: 161_000 + i,
              node_id: `EN_${i}`,
              name,
              url: `${API}/repos/${fullName}/environments/${encodeURIComponent(name)}`,
              html_url: `${HTML}/${fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
            },
            wait_timer: 0,
            wait_timer_started_at: null,
            current_user_can_approve: false,
            reviewers: [],
          })),
        };
      },
    ],
    [
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules',
      (c) => {
        const env = d.repoState(fullNameOf(c)).environments[c.params.environment_name ?? ''];
        if (!env) throw notFound();
        const app = d.app();
        const rules = env.apps.map((id, i) => ({
          id: 3500 + i,
          node_id: `DPR_${i}`,
          enabled: true,
          app: { id, slug: app && app.id === id ? app.slug : `app-${id}`, integration_url: `${API}/apps/app-${id}`, node_id: `A_${id}` },
        }));
        return { body: { total_count: rules.length, custom_deployment_protection_rules: rules } };
      },
    ],
    [
      'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule',
      (c) => {
        const fullName = fullNameOf(c);
        const repo = d.repoState(fullName);
        const run = runOf(c);
        const b = (c.body ?? {}) as { environment_name?: unknown; state?: unknown; comment?: unknown };
        const review: FakeGateReview = {
          run_id: run.id,
          environment_name: b.environment_name,
          state: b.state ?? null,
          comment: b.comment ?? null,
          actor: c.actor,
          status: 204,
          at: d.now(),
        };
        repo.gate_reviews.push(review);
        const refuse = (message: string): never => {
          review.status = 422;
          throw validationFailed(message);
        };
        if (c.credential?.kind !== 'installation') {
          review.status = 403;
          throw new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' });
        }
        if (typeof b.environment_name !== 'string' || b.environment_name === '')
          refuse('Invalid request.\n\n"environment_name" wasn\'t supplied.');
        if (b.state !== undefined && b.state !== 'approved' && b.state !== 'rejected')
          refuse('Invalid request.\n\n"state" must be approved or rejected.');
        if (b.state === undefined && (typeof b.comment !== 'string' || b.comment === ''))
          refuse('Invalid request.\n\n"comment" wasn\'t supplied.');
        if (typeof b.comment === 'string' && [...b.comment].length > 1024)
          refuse('Invalid request.\n\n"comment" is too long (maximum is 1024 characters).');
        const env = b.environment_name as string;
        // An App may only answer its own rule.
        if (!(repo.environments[env]?.apps ?? []).includes(c.credential.appId)) {
          refuse(`No custom deployment protection rule of this app is enabled for the environment ${env}.`);
        }
        const gate = run.gates[env];
        // [unverified strictness] what GitHub answers once the gate is no longer waiting; 422 is what App mode expects.
        if (!gate || gate.state !== 'waiting' || run.status !== 'waiting')
          return refuse('No pending deployment protection rule to review.');
        if (b.state === undefined) {
          if (gate.comments.length >= 10) refuse('A deployment may have at most 10 status reports.');
          gate.comments.push(b.comment as string);
          return { status: 204, body: undefined };
        }
        gate.state = b.state as FakeGateState;
        if (b.state === 'rejected') {
          run.status = 'completed';
          run.conclusion = 'failure';
        } else if (Object.values(run.gates).every((g) => g.state === 'approved')) {
          run.status = 'in_progress';
        }
        return { status: 204, body: undefined };
      },
    ],
  ];

  const authenticate = (token: string, path: string): AppCredential | undefined => {
    const app = d.app();
    if (!app) return undefined;
    if (token.split('.').length === 3 && token.startsWith('ey')) {
      verifyAppJwt(token, app, d.authClock());
      if (!path.startsWith('/app')) throw unauthorized('A JSON web token could not be decoded');
      return { kind: 'jwt', appId: app.id };
    }
    const issued = d.tokens().find((t) => t.token === token);
    if (!issued) return undefined;
    if (Date.parse(issued.expires_at) <= d.authClock().getTime()) throw unauthorized('Bad credentials');
    // A token limited to some repositories sees no other: GitHub answers 404, as for a repository that does not exist.
    const [, owner, name] = /^\/repos\/([^/]+)\/([^/]+)(\/|$)/.exec(path) ?? [];
    if (owner && name && issued.repositories) {
      const wanted = `${decodeURIComponent(owner)}/${decodeURIComponent(name)}`.toLowerCase();
      if (!issued.repositories.some((r) => r.toLowerCase() === wanted)) throw notFound();
    }
    return {
      kind: 'installation',
      installationId: issued.installation_id,
      repositories: issued.repositories,
      actor: `${app.slug}[bot]`,
      appId: app.id,
    };
  };

  return { routes, authenticate };
}

export interface AddWorkflowRunInput {
  id?: number;
  head_sha: string;
  head_branch?: string;
  event?: string;
  status?: FakeWorkflowRun['status'];
  actor?: string;
  triggering_actor?: string;
  run_attempt?: number;
  /** Environments the run waits on (gates start `waiting`). */
  waiting_on?: string[];
}

export function newWorkflowRun(input: AddWorkflowRunInput, id: number, now: string): FakeWorkflowRun {
  const actor = input.actor ?? 'octocat';
  return {
    id: input.id ?? id,
    run_attempt: input.run_attempt ?? 1,
    head_sha: input.head_sha,
    head_branch: input.head_branch ?? 'main',
    event: input.event ?? 'push',
    status: input.status ?? ((input.waiting_on ?? []).length > 0 ? 'waiting' : 'in_progress'),
    conclusion: null,
    actor,
    triggering_actor: input.triggering_actor ?? actor,
    created_at: now,
    gates: Object.fromEntries((input.waiting_on ?? []).map((e) => [e, { state: 'waiting' as const, comments: [] }])),
  };
}
