// The validate step summary: what a reader of a failed run sees.
import { describe, expect, it } from 'vitest';
import { renderValidationSummary } from '../../src/commands/validate.js';
import { loadPolicySet } from '../../src/policy/load-policy.js';

const policy = (name: string, extra = ''): string =>
  ['version: 1', 'kind: policy', `name: ${name}`, 'match: { environments: [production] }', 'approval:', '  - type: deny', extra, ''].join(
    '\n',
  );

describe('renderValidationSummary', () => {
  it('lists the policies of a valid set', () => {
    const set = loadPolicySet([{ path: 'policies/a.yaml', text: policy('a') }]);
    const summary = renderValidationSummary(set, 'policies');
    expect(summary).toMatch(/Policies are valid/);
    expect(summary).toMatch(/^Policies: `a`$/m);
  });

  it('with errors, says the list holds only the policies that loaded (a broken file is not silently missing)', () => {
    const set = loadPolicySet([
      { path: 'policies/a.yaml', text: policy('a') },
      { path: 'policies/b.yaml', text: policy('b', '    reason: x\n    optoins: {}') },
    ]);
    expect(set.valid).toBe(false);
    const summary = renderValidationSummary(set, 'policies');
    expect(summary).toMatch(/Policy validation failed/);
    expect(summary).toMatch(/`policies\/b\.yaml:\d+:\d+`/);
    expect(summary).toMatch(/^Policies without errors: `a`$/m);
    expect(summary).not.toMatch(/^Policies: /m);
  });
});
