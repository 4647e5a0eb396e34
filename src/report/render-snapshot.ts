// A rota snapshot (src/policy-test/snapshot.ts) as the YAML file `oncall-gate record` prints,
// with a header that says what it is and how it was made.
import { stringify } from 'yaml';
import type { SnapshotDoc } from '../policy-test/snapshot.js';

export function renderSnapshotYaml(doc: SnapshotDoc, command: string): string {
  const header = [
    '# A rota snapshot for `oncall-gate test` (docs/policy-tests.md): the final schedule entries',
    '# (overrides applied) in the window, and the users they name. Recorded with',
    `#   ${command}`,
  ].join('\n');
  return `${header}\n${stringify(doc, { lineWidth: 0 })}`;
}
