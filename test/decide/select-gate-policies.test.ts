import { describe, expect, it } from 'vitest';
import { selectGatePolicies } from '../../src/decide/select-gate-policies.js';
import { auto, policy } from '../support/policy-builders.js';

const prod = policy('production-deploy', [auto(['S1'])], ['production']);
const prodDb = policy('production-db', [auto(['S2'])], ['production', 'db']);
const staging = policy('staging', [auto(['S3'])], ['staging']);
const noEnv = policy('release', [auto(['S4'])], []);
const all = [prod, prodDb, staging, noEnv];

const names = (s: ReturnType<typeof selectGatePolicies>): string[] => (s.kind === 'matched' ? s.policies.map((p) => p.name) : []);

describe('selectGatePolicies', () => {
  it('nothing given: none (not-required)', () => {
    expect(selectGatePolicies(all, { environment: '', policy: '' }, 'policies')).toEqual({ kind: 'none' });
    expect(selectGatePolicies(all, { environment: '  ', policy: '' }, 'policies')).toEqual({ kind: 'none' });
  });

  it('environment: every policy that lists it, case-insensitively, in file order', () => {
    expect(names(selectGatePolicies(all, { environment: 'Production', policy: '' }, 'policies'))).toEqual([
      'production-deploy',
      'production-db',
    ]);
  });

  it('policy by name', () => {
    expect(names(selectGatePolicies(all, { environment: '', policy: 'release' }, 'policies'))).toEqual(['release']);
  });

  it('both: the union, so every selected policy must approve', () => {
    expect(names(selectGatePolicies(all, { environment: 'staging', policy: 'release' }, 'policies'))).toEqual(['staging', 'release']);
  });

  it('an environment no policy lists is an error naming the known environments', () => {
    const s = selectGatePolicies(all, { environment: 'prod', policy: '' }, 'policies');
    expect(s.kind).toBe('unmatched');
    if (s.kind !== 'unmatched') return;
    expect(s.message).toBe(
      'No policy in policies/ lists the environment "prod" under `match.environments` (environments with a policy: production, db, staging)',
    );
    expect(s.fix).toMatch(/`environment` \/ `policy` input/);
  });

  it('an unknown policy name is an error even when the environment matches', () => {
    const s = selectGatePolicies(all, { environment: 'production', policy: 'nope' }, 'policies');
    expect(s.kind).toBe('unmatched');
    if (s.kind === 'unmatched') expect(s.message).toMatch(/No policy in policies\/ is named "nope" \(policies: production-deploy/);
  });

  it('no policies at all with an environment given: error, not not-required', () => {
    const s = selectGatePolicies([], { environment: 'production', policy: '' }, 'ops/policies');
    expect(s.kind).toBe('unmatched');
    if (s.kind === 'unmatched') expect(s.message).toMatch(/ops\/policies\/.*no policy lists any environment/);
  });
});
