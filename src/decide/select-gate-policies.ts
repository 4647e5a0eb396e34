// Which policies a gate run must satisfy (policies/README.md, "Which policies apply"): those whose
// `match.environments` lists the `environment` input, and the one named by `policy`. Nothing
// given => not-required; a name that matches nothing => error (a typo must never open the gate).
import type { GitHubEvent } from '../event/event.js';
import type { Policy } from '../policy/types.js';

export type GateSelection =
  { kind: 'none' } | { kind: 'matched'; policies: Policy[] } | { kind: 'unmatched'; message: string; fix: string };

export function selectGatePolicies(
  policies: readonly Policy[],
  wanted: { environment: string; policy: string },
  policyPath: string,
): GateSelection {
  const environment = wanted.environment.trim();
  const name = wanted.policy.trim();
  if (!environment && !name) return { kind: 'none' };

  const problems: string[] = [];
  const selected = new Set<Policy>();

  if (environment) {
    // GitHub environment names are not case-sensitive ("Managing environments for deployment").
    const env = environment.toLowerCase();
    const byEnv = policies.filter((p) => (p.match.environments ?? []).some((e) => e.toLowerCase() === env));
    if (byEnv.length === 0) {
      const known = [...new Set(policies.flatMap((p) => p.match.environments ?? []))];
      problems.push(
        `No policy in ${policyPath}/ lists the environment "${environment}" under \`match.environments\`` +
          (known.length > 0 ? ` (environments with a policy: ${known.join(', ')})` : ' (no policy lists any environment)'),
      );
    }
    byEnv.forEach((p) => selected.add(p));
  }

  if (name) {
    const byName = policies.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (!byName) {
      const known = policies.map((p) => p.name);
      problems.push(
        `No policy in ${policyPath}/ is named "${name}"` +
          (known.length > 0 ? ` (policies: ${known.join(', ')})` : ' (there are no policies)'),
      );
    } else {
      selected.add(byName);
    }
  }

  if (problems.length > 0) {
    return {
      kind: 'unmatched',
      message: problems.join('; '),
      fix:
        'Fix the `environment` / `policy` input of the oncall-gate step, or add a policy for it on the default branch. ' +
        'Leave both empty only for jobs that need no approval.',
    };
  }
  // Keep file order so summaries are stable.
  return { kind: 'matched', policies: policies.filter((p) => selected.has(p)) };
}

/** What a gate step names, and where the environment came from. */
export interface GateTarget {
  environment: string;
  policy: string;
  /** `input`: the `environment` input; `deployment`: the deployment event's environment (the input was empty); `none`. */
  environmentFrom: 'input' | 'deployment' | 'none';
}

/**
 * The environment and policy a gate decides for: the inputs, and on a `deployment` or
 * `deployment_status` event the deployment's own environment when the `environment` input is
 * empty (a deploy job started by a deployment needs no input to be gated). The input always wins.
 */
export function gateTarget(inputs: { environment: string; policy: string }, event: GitHubEvent): GateTarget {
  const environment = inputs.environment.trim();
  const policy = inputs.policy.trim();
  if (environment) return { environment, policy, environmentFrom: 'input' };
  if (event.kind === 'deployment' && event.environment) return { environment: event.environment, policy, environmentFrom: 'deployment' };
  return { environment: '', policy, environmentFrom: 'none' };
}

/**
 * The warning for a gate that `command: auto` left open because nothing was named: what
 * happened, and exactly how to name a policy.
 */
export function openGateWarning(eventName: string): string {
  return (
    `\`command: auto\` ran \`gate\` for this ${eventName || 'unknown'} event, and the gate is open (not-required) because nothing was named: ` +
    'the `environment` and `policy` inputs are empty' +
    (eventName === 'deployment' || eventName === 'deployment_status' ? ' and the deployment has no environment' : '') +
    '. To gate this job, add `environment: <name>` to the oncall-gate step (the policies whose `match.environments` list that name apply) ' +
    'or `policy: <policy name>` (that one policy applies).'
  );
}
