// Which policies a gate run must satisfy (DESIGN.md section 4, gate step 2): those whose
// `match.environments` lists the `environment` input, and the one named by `policy`. Nothing
// given => not-required; a name that matches nothing => error (a typo must never open the gate).
import type { Policy } from '../policy/types.js';

export type GateSelection =
  | { kind: 'none' }
  | { kind: 'matched'; policies: Policy[] }
  | { kind: 'unmatched'; message: string; fix: string };

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
