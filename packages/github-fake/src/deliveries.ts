// Webhook deliveries as GitHub sends them to an App: the payload built from GitHub's own example
// payloads (@octokit/webhooks-examples: the deployment object, and the repository, organization,
// installation and sender of an App delivery), checked against the payload type of
// @octokit/webhooks, then signed with the App's webhook secret (`X-Hub-Signature-256`, HMAC-SHA256
// of the exact body) and POSTed with GitHub's headers.
import { createHmac, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { EmitterWebhookEvent } from '@octokit/webhooks';

export type ProtectionRuleRequestedPayload = EmitterWebhookEvent<'deployment_protection_rule.requested'>['payload'] & {
  /** The commit and ref being deployed (sent by GitHub, absent from the published schema). */
  sha?: string;
  ref?: string;
};
export type PullRequestReviewPayload = EmitterWebhookEvent<'pull_request_review'>['payload'];

// Example payloads are reshaped freely before the typed payload is assembled from them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

interface Example {
  name: string;
  examples: Array<Record<string, unknown>>;
}
let examples: Example[] | undefined;
function example(event: string, action?: string): Record<string, Loose> {
  examples ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as Example[];
  const found = examples.find((e) => e.name === event)?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`webhooks-examples has no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(found) as Record<string, Loose>;
}

/** The repository object of an App delivery, renamed to `fullName`. */
function repositoryOf(fullName: string, defaultBranch: string, id: number): Record<string, Loose> {
  const from = example('deployment_review').repository as Record<string, unknown>;
  const [owner, name] = fullName.split('/') as [string, string];
  const o = JSON.parse(
    JSON.stringify(from).replaceAll('terraform-test-github/sample-app', fullName).replaceAll('terraform-test-github', owner),
  ) as Record<string, Loose>;
  return { ...o, id, name, full_name: fullName, default_branch: defaultBranch, owner: { ...o.owner, login: owner } };
}

function userOf(login: string, id: number, type = 'User'): Record<string, Loose> {
  const from = example('deployment_review').sender as Record<string, unknown>;
  const o = JSON.parse(JSON.stringify(from).replaceAll('ilmax', login)) as Record<string, Loose>;
  return { ...o, login, id, type };
}

export interface ProtectionRuleRequest {
  /** GITHUB_API_URL of the server (the callback URL is on it). */
  apiUrl: string;
  repository: string;
  defaultBranch?: string;
  installationId: number;
  runId: number;
  environment: string;
  /** The commit being deployed. */
  sha: string;
  ref?: string;
  /** The event that started the run. */
  event?: string;
  /** Who triggered the deployment. */
  sender: string;
  deploymentId?: number;
}

/** A `deployment_protection_rule` `requested` payload with GitHub's shape. */
export function protectionRuleRequestedPayload(r: ProtectionRuleRequest): ProtectionRuleRequestedPayload {
  const dep = example('deployment').deployment as Record<string, Loose>;
  const review = example('deployment_review');
  const repository = repositoryOf(r.repository, r.defaultBranch ?? 'main', 616_901_961);
  const sender = userOf(r.sender, 3_263_338);
  const deploymentId = r.deploymentId ?? 145_988_746 + r.runId;
  const deployment = {
    ...JSON.parse(JSON.stringify(dep).replaceAll('Codertocat/Hello-World', r.repository)),
    id: deploymentId,
    url: `${r.apiUrl}/repos/${r.repository}/deployments/${deploymentId}`,
    sha: r.sha,
    ref: r.ref ?? 'main',
    environment: r.environment,
    original_environment: r.environment,
    creator: sender,
    statuses_url: `${r.apiUrl}/repos/${r.repository}/deployments/${deploymentId}/statuses`,
  };
  const payload: ProtectionRuleRequestedPayload = {
    action: 'requested',
    environment: r.environment,
    event: r.event ?? 'push',
    sha: r.sha,
    ref: r.ref ?? 'refs/heads/main',
    deployment_callback_url: `${r.apiUrl}/repos/${r.repository}/actions/runs/${r.runId}/deployment_protection_rule`,
    deployment: deployment as ProtectionRuleRequestedPayload['deployment'],
    pull_requests: [],
    repository: repository as ProtectionRuleRequestedPayload['repository'],
    organization: { ...review.organization, login: r.repository.split('/')[0] } as ProtectionRuleRequestedPayload['organization'],
    installation: { ...review.installation, id: r.installationId } as ProtectionRuleRequestedPayload['installation'],
    sender: sender as ProtectionRuleRequestedPayload['sender'],
  };
  return payload;
}

export interface ReviewDelivery {
  repository: string;
  defaultBranch?: string;
  installationId: number;
  number: number;
  /** The merged pull request's base branch (default: the default branch). */
  baseRef?: string;
  /** null: not merged. */
  mergeCommitSha: string | null;
  mergedAt?: string | null;
  review: {
    id: number;
    user: string;
    state: 'approved' | 'changes_requested' | 'commented' | 'dismissed';
    commitId: string;
    submittedAt: string;
  };
  author?: string;
  action?: 'submitted' | 'dismissed' | 'edited';
}

/** A `pull_request_review` payload (GitHub's example, adjusted) as an App receives it. */
export function pullRequestReviewPayload(r: ReviewDelivery): PullRequestReviewPayload {
  const p = example('pull_request_review', 'submitted');
  const repository = repositoryOf(r.repository, r.defaultBranch ?? 'main', 616_901_961);
  const pr = p.pull_request as Record<string, Loose>;
  Object.assign(pr, {
    number: r.number,
    html_url: `https://github.com/${r.repository}/pull/${r.number}`,
    state: r.mergeCommitSha ? 'closed' : 'open',
    merged_at: r.mergeCommitSha ? (r.mergedAt ?? r.review.submittedAt) : null,
    merge_commit_sha: r.mergeCommitSha,
    user: userOf(r.author ?? 'alice', 5_000_001),
    base: { ...pr.base, ref: r.baseRef ?? r.defaultBranch ?? 'main', repo: repository },
    head: { ...pr.head, sha: r.review.commitId, repo: repository },
  });
  Object.assign(p.review as Record<string, Loose>, {
    id: r.review.id,
    state: r.review.state,
    commit_id: r.review.commitId,
    submitted_at: r.review.submittedAt,
    user: userOf(r.review.user, 5_000_002),
  });
  p.action = r.action ?? 'submitted';
  p.repository = repository;
  p.sender = userOf(r.review.user, 5_000_002);
  p.installation = { ...example('deployment_review').installation, id: r.installationId };
  return p as PullRequestReviewPayload;
}

/** `sha256=<hex>`: GitHub's signature of a delivery body with the App's webhook secret. */
export function signDelivery(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface Delivery {
  /** The App's webhook URL. */
  url: string;
  event: string;
  /** JSON-encoded as the body unless `body` is given. */
  payload?: unknown;
  /** The exact body to send (malformed payloads). */
  body?: string;
  /** Signs the body; without it (and without `signature`) no signature header is sent. */
  secret?: string;
  /** A signature header to send instead (a forged one). */
  signature?: string;
  /** X-GitHub-Delivery (default: a new UUID; a redelivery repeats the first one's). */
  id?: string;
  contentType?: string;
}

export interface DeliveryResult {
  id: string;
  status: number;
  text: string;
  /** Milliseconds from sending to the answer. */
  ms: number;
}

/** POSTs one delivery as GitHub does and returns the App's answer. */
export async function deliver(d: Delivery): Promise<DeliveryResult> {
  const id = d.id ?? randomUUID();
  const body = d.body ?? JSON.stringify(d.payload ?? {});
  const signature = d.signature ?? (d.secret !== undefined ? signDelivery(d.secret, body) : undefined);
  const started = performance.now();
  const res = await fetch(d.url, {
    method: 'POST',
    headers: {
      'content-type': d.contentType ?? 'application/json',
      'user-agent': 'GitHub-Hookshot/fake',
      'x-github-event': d.event,
      'x-github-delivery': id,
      'x-github-hook-id': '1',
      'x-github-hook-installation-target-type': 'integration',
      ...(signature !== undefined ? { 'x-hub-signature-256': signature } : {}),
    },
    body,
  });
  const text = await res.text();
  return { id, status: res.status, text, ms: performance.now() - started };
}
