// Which workflow runs App mode may judge: only those whose triggering event runs the workflow file
// and the code of the run's head commit, since that commit is what the evidence is read for.
import { describe, expect, it } from 'vitest';
import { JUDGEABLE_RUN_EVENTS, runRefusal } from '../../src/decide/run-event.js';

const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);

describe('runRefusal', () => {
  it.each(['push', 'workflow_dispatch', 'deployment', 'schedule', 'release', 'repository_dispatch'])(
    '%s runs the workflow and code of its head commit: judged',
    (event) => {
      expect(runRefusal({ event, headSha: HEAD })).toBeUndefined();
      expect(JUDGEABLE_RUN_EVENTS).toContain(event);
    },
  );

  it.each([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'issue_comment',
    'workflow_run',
    'merge_group',
    'check_run',
    'dynamic',
    '',
    'PUSH',
    'push ',
  ])('%j is refused: its workflow or code is not (only) the head commit’s', (event) => {
    expect(runRefusal({ event, headSha: HEAD })).toEqual({ kind: 'event', event, headSha: HEAD });
  });

  it('a request whose sha differs from the run’s head commit is refused; an absent one is not', () => {
    expect(runRefusal({ event: 'push', headSha: HEAD }, OTHER)).toEqual({ kind: 'sha-mismatch', requested: OTHER, headSha: HEAD });
    expect(runRefusal({ event: 'push', headSha: HEAD }, HEAD.toUpperCase())).toBeUndefined();
    expect(runRefusal({ event: 'push', headSha: HEAD }, '')).toBeUndefined();
  });

  it('a run without a head commit SHA is refused (nothing to judge)', () => {
    expect(runRefusal({ event: 'push', headSha: '' })).toEqual({ kind: 'no-head', event: 'push' });
  });

  it('the event is checked before the sha', () => {
    expect(runRefusal({ event: 'pull_request', headSha: HEAD }, OTHER)).toMatchObject({ kind: 'event' });
  });
});
