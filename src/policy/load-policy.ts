// Policy files -> the resolved PolicySet every command decides from (policy-set.ts), each file
// read by parse-yaml.ts.
import { parseYamlFile } from './parse-yaml.js';
import { buildPolicySet } from './policy-set.js';
import type { PolicyFile, PolicySet } from './types.js';

export { compareDiagnostics, DEFAULT_CUSTOM_FIELD } from './policy-set.js';

export function loadPolicySet(files: readonly PolicyFile[]): PolicySet {
  return buildPolicySet(files, parseYamlFile);
}
