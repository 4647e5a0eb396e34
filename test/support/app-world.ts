// A world for App mode: the fake GitHub with an App (its key pair, one installation on acme/api,
// the `production` environment gated by the App's rule), the incident.io emulator, policies at the
// default branch's tip, and the App itself (runtime and embedded server) on 127.0.0.1. In-process
// tests pin the clock; the App's JWTs and tokens follow the wall clock, as GitHub's do.
import { generateKeyPairSync } from 'node:crypto';
import {
  deliver,
  protectionRuleRequestedPayload,
  pullRequestReviewPayload,
  type DeliveryResult,
  type FakeWorkflowRun,
} from '@oncall-gate/github-fake';
import { fixedClock, type Clock } from '../../src/clock.js';
import { readAppConfig, type AppConfig } from '../../src/app/config.js';
import { createAppRuntime, type AppRuntime } from '../../src/app/runtime.js';
import { startAppServer, type AppServer } from '../../src/app/server.js';
import { fastTuning } from './github-client.js';
import { KEY, PINNED_NOW, REPO, policyFiles, startWorld, type PolicyOptions, type ShiftSpec, type World } from './escalation-world.js';

export const APP_ID = 4242;
export const INSTALLATION = 77;
export const WEBHOOK_SECRET = 'whsec-app-world-0123456789abcdef';
export const ENVIRONMENT = 'production';

let keys: { privateKey: string; publicKey: string } | undefined;
/** One RSA key pair per test file (generating one takes a moment). */
export function appKeys(): { privateKey: string; publicKey: string } {
  keys ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return keys;
}

export interface AppWorld extends World {
  config: AppConfig;
  rt: AppRuntime;
  server: AppServer;
  /** Every line the App logged. */
  logs: string[];
  /** Puts policies at the tip of main. */
  policies(o?: PolicyOptions, extra?: Record<string, string>): string;
  /** A run waiting on `production` (by default) for `sha`. */
  waitingRun(sha: string, actor: string, over?: Partial<Parameters<World['gh']['addWorkflowRun']>[0]>): FakeWorkflowRun;
  /** A signed deployment_protection_rule.requested delivery for the run (its `sha` and `event` are the run's unless given). */
  request(
    run: FakeWorkflowRun,
    sender?: string,
    over?: { id?: string; environment?: string; sha?: string; event?: string },
  ): Promise<DeliveryResult>;
  /** A signed pull_request_review delivery of a merged pull request. */
  review(r: {
    number: number;
    mergeCommitSha: string | null;
    user: string;
    commitId: string;
    baseRef?: string;
    state?: 'approved' | 'changes_requested';
  }): Promise<DeliveryResult>;
  close(): Promise<void>;
}

export interface AppWorldOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Shorten the clients' retries. */
  fast?: boolean;
}

export async function startAppWorld(shifts: ShiftSpec[], o: AppWorldOptions = {}): Promise<AppWorld> {
  const clock = o.clock ?? fixedClock(new Date(PINNED_NOW));
  const world = await startWorld(shifts, {}, clock);
  const { gh } = world;
  const { privateKey, publicKey } = appKeys();
  gh.setApp({
    id: APP_ID,
    slug: 'oncall-gate-test',
    public_key: publicKey,
    installations: [{ id: INSTALLATION, account: 'acme', repositories: [REPO, 'acme/other'] }],
  });
  gh.gateEnvironment(ENVIRONMENT, [APP_ID]);
  gh.state.tokens = {};
  const config = readAppConfig({
    GITHUB_APP_ID: String(APP_ID),
    GITHUB_APP_PRIVATE_KEY: privateKey,
    GITHUB_APP_WEBHOOK_SECRET: WEBHOOK_SECRET,
    INCIDENTIO_API_KEY: KEY,
    INCIDENTIO_API_URL: world.emu.url,
    GITHUB_API_URL: gh.url,
    PORT: '0',
    ONCALL_GATE_SWEEP_MINUTES: '0',
    ONCALL_GATE_API_TIMEOUT: '30',
    ...o.env,
  });
  const logs: string[] = [];
  const rt = createAppRuntime({
    config,
    clock,
    write: (l) => logs.push(l),
    debug: true,
    tuning:
      o.fast === false
        ? {}
        : {
            services: {
              github: { ...fastTuning(), retries: 2, timeoutMs: 5000 },
              incidentio: { maxAttempts: 2, sleep: async () => undefined },
            },
            appAuth: { retries: 2, retryBaseMs: 5 },
          },
  });
  const server = await startAppServer(rt);
  const api = gh.url;
  return {
    ...world,
    config,
    rt,
    server,
    logs,
    policies: (p = {}, extra = {}) => gh.commitFiles('main', policyFiles(p, extra)),
    waitingRun: (sha, actor, over = {}) => gh.addWorkflowRun({ head_sha: sha, actor, waiting_on: [ENVIRONMENT], ...over }),
    request: (run, sender = run.triggering_actor, over = {}) =>
      deliver({
        url: server.webhookUrl,
        event: 'deployment_protection_rule',
        secret: WEBHOOK_SECRET,
        ...(over.id ? { id: over.id } : {}),
        payload: protectionRuleRequestedPayload({
          apiUrl: api,
          repository: REPO,
          installationId: INSTALLATION,
          runId: run.id,
          environment: over.environment ?? Object.keys(run.gates)[0] ?? ENVIRONMENT,
          sha: over.sha ?? run.head_sha,
          event: over.event ?? run.event,
          sender,
        }),
      }),
    review: (r) =>
      deliver({
        url: server.webhookUrl,
        event: 'pull_request_review',
        secret: WEBHOOK_SECRET,
        payload: pullRequestReviewPayload({
          repository: REPO,
          installationId: INSTALLATION,
          number: r.number,
          mergeCommitSha: r.mergeCommitSha,
          ...(r.baseRef ? { baseRef: r.baseRef } : {}),
          review: {
            id: 9000 + r.number,
            user: r.user,
            state: r.state ?? 'approved',
            commitId: r.commitId,
            submittedAt: clock().toISOString(),
          },
        }),
      }),
    close: async () => {
      await server.close();
      await world.close();
    },
  };
}
