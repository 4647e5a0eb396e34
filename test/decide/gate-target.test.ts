// What a gate step decides for: the inputs, or a deployment's own environment when the
// `environment` input is empty; and the warning for a gate `auto` leaves open.
import { describe, expect, it } from 'vitest';
import { gateTarget, openGateWarning } from '../../src/decide/select-gate-policies.js';
import type { GitHubEvent } from '../../src/event/event.js';

const deployment = (environment: string, name = 'deployment'): GitHubEvent => ({
  kind: 'deployment',
  name,
  environment,
  defaultBranch: 'main',
});
const push: GitHubEvent = {
  kind: 'push',
  name: 'push',
  ref: 'refs/heads/main',
  before: 'a',
  after: 'b',
  deleted: false,
  defaultBranch: 'main',
};

describe('gateTarget', () => {
  it.each([
    [
      'the input, on any event',
      { environment: ' staging ', policy: '' },
      push,
      { environment: 'staging', policy: '', environmentFrom: 'input' },
    ],
    [
      'the input over the deployment',
      { environment: 'staging', policy: '' },
      deployment('production'),
      { environment: 'staging', policy: '', environmentFrom: 'input' },
    ],
    [
      'the deployment when the input is empty',
      { environment: '', policy: '' },
      deployment('production'),
      { environment: 'production', policy: '', environmentFrom: 'deployment' },
    ],
    [
      'the deployment_status deployment too',
      { environment: '', policy: 'p' },
      deployment('qa', 'deployment_status'),
      { environment: 'qa', policy: 'p', environmentFrom: 'deployment' },
    ],
    [
      'nothing from a deployment without an environment',
      { environment: '', policy: '' },
      deployment(''),
      { environment: '', policy: '', environmentFrom: 'none' },
    ],
    ['nothing on another event', { environment: '', policy: '' }, push, { environment: '', policy: '', environmentFrom: 'none' }],
  ])('%s', (_name, inputs, event, expected) => {
    expect(gateTarget(inputs, event)).toEqual(expected);
  });
});

describe('openGateWarning', () => {
  it('says the gate is open because nothing was named, and exactly how to name an environment or a policy', () => {
    const w = openGateWarning('push');
    expect(w).toMatch(
      /^`command: auto` ran `gate` for this push event, and the gate is open \(not-required\) because nothing was named: the `environment` and `policy` inputs are empty\./,
    );
    expect(w).toContain('add `environment: <name>` to the oncall-gate step');
    expect(w).toContain('`policy: <policy name>`');
    expect(openGateWarning('deployment')).toContain('and the deployment has no environment');
  });
});
