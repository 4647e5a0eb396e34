import { describe, expect, it } from 'vitest';
import { primaryIndex, resolveCommands } from '../../src/commands/dispatch.js';
import type { GitHubEvent } from '../../src/event/event.js';

const pr = { number: 1 } as never;
const events: Record<string, GitHubEvent> = {
  pull_request: { kind: 'pull_request', name: 'pull_request', action: 'opened', pullRequest: pr, defaultBranch: 'main' },
  readyForReview: { kind: 'pull_request', name: 'pull_request', action: 'ready_for_review', pullRequest: pr, defaultBranch: 'main' },
  deployment: { kind: 'deployment', name: 'deployment', environment: 'production', defaultBranch: 'main' },
  deploymentStatus: { kind: 'deployment', name: 'deployment_status', environment: 'production', defaultBranch: 'main' },
  review: {
    kind: 'pull_request_review',
    name: 'pull_request_review',
    action: 'submitted',
    pullRequest: pr,
    review: {} as never,
    defaultBranch: 'main',
  },
  pushMain: { kind: 'push', name: 'push', ref: 'refs/heads/main', before: 'a', after: 'b', deleted: false, defaultBranch: 'main' },
  pushOther: { kind: 'push', name: 'push', ref: 'refs/heads/feature', before: 'a', after: 'b', deleted: false, defaultBranch: 'main' },
  schedule: { kind: 'schedule', name: 'schedule', defaultBranch: 'main' },
  dispatch: { kind: 'other', name: 'workflow_dispatch', defaultBranch: 'main' },
};

describe('resolveCommands (command: auto)', () => {
  it.each([
    ['pull_request', true, ['plan', 'request']],
    ['pull_request', false, ['request']],
    ['readyForReview', false, ['request']],
    ['deployment', false, ['gate']],
    ['deploymentStatus', false, ['gate']],
    ['review', true, ['review']],
    ['pushMain', true, ['apply']],
    ['pushMain', false, ['gate']],
    ['pushOther', true, ['gate']],
    ['schedule', false, ['audit']],
    ['dispatch', false, ['gate']],
  ])('%s with policy files changed=%s runs %j', async (event, changed, expected) => {
    expect(await resolveCommands('auto', events[event]!, async () => changed)).toEqual(expected);
  });

  it('does not ask about policy changes for events that do not need it', async () => {
    let asked = false;
    await resolveCommands('auto', events.schedule!, async () => ((asked = true), true));
    await resolveCommands('auto', events.pushOther!, async () => ((asked = true), true));
    expect(asked).toBe(false);
  });

  it('a push to the default branch that changes policies still gates a step that names an environment or policy (gate decides)', async () => {
    const commands = await resolveCommands('auto', events.pushMain!, async () => true, true);
    expect(commands).toEqual(['apply', 'gate']);
    expect(primaryIndex(commands)).toBe(1);
  });

  it('runs an explicit command whatever the event', async () => {
    expect(await resolveCommands('validate', events.pull_request!, async () => true)).toEqual(['validate']);
  });
});

describe('primaryIndex', () => {
  it('prefers the request result when plan and request both ran', () => {
    expect(primaryIndex(['plan', 'request'])).toBe(1);
  });
  // When plan and request both run, `result` is the request's, not-required included: `result`
  // only ever holds the request's values on a pull request.
  it('uses the only command otherwise', () => {
    expect(primaryIndex(['gate'])).toBe(0);
    expect(primaryIndex(['request'])).toBe(0);
  });
});
