// The same policy set as load-policy.ts's loadPolicySet, for the gate's start-up: when
// plain-yaml.ts reads every file (the usual case), the full YAML parser is never loaded; a file
// it does not read brings in the full parser, and with it the usual path.
import { parsePlainFile } from './plain-yaml.js';
import { buildPolicySet } from './policy-set.js';
import type { ParsedYaml } from './parsed-yaml.js';
import type { PolicyFile, PolicySet } from './types.js';

export async function loadPolicySetLazily(files: readonly PolicyFile[]): Promise<PolicySet> {
  const read = new Map<PolicyFile, ParsedYaml>();
  for (const file of files) {
    const parsed = parsePlainFile(file);
    if (!parsed) {
      const { loadPolicySet } = await import('./load-policy.js');
      return loadPolicySet(files);
    }
    read.set(file, parsed);
  }
  return buildPolicySet(files, (file) => read.get(file) ?? notRead(file));
}

/** buildPolicySet asks only for the files it was given: every one of them was read above. */
function notRead(file: PolicyFile): never {
  throw new Error(`${file.path} was not read`);
}
