import { describe, expect, it } from 'vitest';
import { loadPolicySet } from '../../../src/policy/load-policy.js';
import { generatePolicyFiles } from '../../fixtures/generate-policies.js';

describe('generatePolicyFiles (benchmark input)', () => {
  it('produces exactly n files that load valid with no diagnostics and distinct names', () => {
    for (const n of [0, 1, 2, 3, 50]) expect(generatePolicyFiles(n)).toHaveLength(n);
    const files = generatePolicyFiles(1000);
    expect(new Set(files.map((f) => f.path)).size).toBe(1000);
    const set = loadPolicySet(files);
    expect(set.diagnostics).toEqual([]);
    expect(set.valid).toBe(true);
    expect(set.policies).toHaveLength(998);
    expect(new Set(set.policies.map((p) => p.name)).size).toBe(998);
    expect(set.identities.users.size).toBe(200);
  });

  it('is deterministic', () => {
    expect(generatePolicyFiles(20)).toEqual(generatePolicyFiles(20));
  });
});
