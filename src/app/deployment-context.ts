// The gate's context for one deployment of one repository in App mode: the action's inputs filled
// from the App's settings, a run context from the request (the requester is the request's
// `sender`, not GITHUB_TRIGGERING_ACTOR), an event that names the environment and the default
// branch, and the clients of src/compose.ts with the repository's installation token. There is no
// checkout (workspace ''), so the policy at the default branch's tip is always read through the API.
import type { ApiDeadline } from '../api-deadline.js';
import type { Clock } from '../clock.js';
import { createContext } from '../compose.js';
import type { Context, Services } from '../context.js';
import type { GitHubPort } from '../github/port.js';
import type { PolicyFilesAtRef } from '../github/contents.js';
import type { Logger } from '../log.js';
import type { Redactor } from '../redact.js';
import { deploymentInputs, type AppConfig } from './config.js';
import type { RepoName } from './deliveries.js';

/** The name runs and logs give the event App mode decides on. */
export const PROTECTION_RULE_EVENT = 'deployment_protection_rule';

export interface DeploymentFacts {
  repository: RepoName;
  defaultBranch: string;
  environment: string;
  /** `sender` of the request; the run's triggering actor for a later check. */
  requester: string;
  runId: number;
  runAttempt: number;
  sha: string;
  ref: string;
}

/**
 * Policy files by commit, shared by every deployment of the process: a commit's files never
 * change, so the tip's policy is read through the API once per commit, not once per deployment.
 */
export class PolicyFileCache {
  private readonly entries = new Map<string, Promise<PolicyFilesAtRef>>();
  constructor(private readonly max = 64) {}

  read(key: string, load: () => Promise<PolicyFilesAtRef>): Promise<PolicyFilesAtRef> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const loaded = load();
    this.entries.set(key, loaded);
    loaded.catch(() => this.entries.delete(key));
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value ?? '');
    return loaded;
  }
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The port with policy reads at a commit SHA served from `cache` (branch and tag names are always read). */
export function withPolicyCache(port: GitHubPort, cache: PolicyFileCache): GitHubPort {
  const { owner, repo } = port.repository;
  return {
    ...port,
    readPolicyFilesAtRef: (ref, path) =>
      FULL_SHA.test(ref)
        ? cache.read(`${owner}/${repo}@${ref}:${path}`, () => port.readPolicyFilesAtRef(ref, path))
        : port.readPolicyFilesAtRef(ref, path),
  };
}

export interface DeploymentContextParts {
  config: AppConfig;
  deployment: DeploymentFacts;
  /** The repository's installation token. */
  token: string;
  clock: Clock;
  log: Logger;
  redactor: Redactor;
  deadline: ApiDeadline;
  /** The repository's clients under that token (src/compose.ts). */
  services: Services;
}

export function deploymentContext(p: DeploymentContextParts): Context {
  const { config, deployment: d } = p;
  return createContext({
    inputs: deploymentInputs(config, { environment: d.environment, githubToken: p.token }),
    run: {
      eventName: PROTECTION_RULE_EVENT,
      eventPath: '',
      repository: { owner: d.repository.owner, repo: d.repository.repo },
      sha: d.sha,
      ref: d.ref,
      actor: d.requester,
      triggeringActor: d.requester,
      runId: String(d.runId),
      runAttempt: String(d.runAttempt),
      serverUrl: config.github.serverUrl,
      apiUrl: config.github.apiUrl,
      graphqlUrl: config.github.graphqlUrl,
      workspace: '',
    },
    event: { kind: 'deployment', name: PROTECTION_RULE_EVENT, environment: d.environment, defaultBranch: d.defaultBranch },
    log: p.log,
    clock: p.clock,
    redactor: p.redactor,
    deadline: p.deadline,
    services: p.services,
  });
}
