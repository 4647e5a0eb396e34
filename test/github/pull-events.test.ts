// What a pull request's issue events say about its reviews: the latest `base_ref_changed` across
// every page, and the IDs of dismissed reviews that requested changes. Other events are ignored;
// a base change without a valid time, or a dismissal without its review, is an error.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { readPullEvents } from '../../src/github/pull-events.js';
import { API, REPO, testClient } from '../support/github-client.js';

const R = '/repos/octo-org/octo-repo';

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

const event = (id: number, name: string, at: unknown, extra: object = {}) => ({
  id,
  event: name,
  actor: { login: 'erin', type: 'User' },
  created_at: at,
  ...extra,
});
const dismissal = (id: number, reviewId: unknown, state: unknown) =>
  event(id, 'review_dismissed', '2026-01-06T12:30:00Z', { dismissed_review: { state, review_id: reviewId, dismissal_message: 'stale' } });

describe('readPullEvents', () => {
  test('the latest base_ref_changed and the dismissed change requests, across every page; other events are ignored', async () => {
    nock(API)
      .get(`${R}/issues/4/events`)
      .query({ per_page: '100' })
      .reply(
        200,
        [
          event(1, 'base_ref_changed', '2026-01-06T10:00:00Z'),
          event(2, 'labeled', '2026-01-06T12:00:00Z'),
          dismissal(3, 77, 'changes_requested'),
        ],
        { link: `<${API}${R}/issues/4/events?per_page=100&page=2>; rel="next"` },
      )
      .get(`${R}/issues/4/events`)
      .query({ per_page: '100', page: '2' })
      .reply(200, [
        event(4, 'base_ref_changed', '2026-01-06T11:00:00Z'),
        event(5, 'head_ref_force_pushed', '2026-01-06T13:00:00Z'),
        dismissal(6, 78, 'approved'),
      ]);
    expect(await readPullEvents(testClient(), REPO, 4)).toEqual({ baseChangedAt: '2026-01-06T11:00:00Z', dismissedChangeRequests: [77] });
  });

  test('never changed, nothing dismissed', async () => {
    nock(API)
      .get(`${R}/issues/4/events`)
      .query(true)
      .reply(200, [event(1, 'labeled', '2026-01-06T12:00:00Z')]);
    expect(await readPullEvents(testClient(), REPO, 4)).toEqual({ baseChangedAt: null, dismissedChangeRequests: [] });
  });

  test.each([[null], ['yesterday'], [12]])('a base change with created_at %j is an error, never "no change"', async (at) => {
    nock(API)
      .get(`${R}/issues/4/events`)
      .query(true)
      .reply(200, [event(1, 'base_ref_changed', at)]);
    await expect(readPullEvents(testClient(), REPO, 4)).rejects.toMatchObject({
      kind: 'bad-response',
      message: expect.stringContaining('a change of the base branch of pull request #4 without a valid time'),
    });
  });

  test.each([
    ['no review ID', null, 'changes_requested'],
    ['no state', 77, null],
  ])('a dismissal with %s is an error, never "not a change request"', async (_name, reviewId, state) => {
    nock(API)
      .get(`${R}/issues/4/events`)
      .query(true)
      .reply(200, [dismissal(1, reviewId, state)]);
    await expect(readPullEvents(testClient(), REPO, 4)).rejects.toMatchObject({
      kind: 'bad-response',
      message: expect.stringContaining('a dismissed review of pull request #4 without its review ID or state'),
    });
  });
});
