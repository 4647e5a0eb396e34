// When a pull request's base branch was last changed: the latest `base_ref_changed` issue event,
// across every page; other events are ignored, and a change without a valid time is an error.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { lastBaseChange } from '../../src/github/base-changes.js';
import { API, REPO, testClient } from '../support/github-client.js';

const R = '/repos/octo-org/octo-repo';

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

const event = (id: number, name: string, at: unknown) => ({ id, event: name, actor: { login: 'erin', type: 'User' }, created_at: at });

describe('lastBaseChange', () => {
  test('the latest base_ref_changed across every page; other events are ignored', async () => {
    nock(API)
      .get(`${R}/issues/4/events`)
      .query({ per_page: '100' })
      .reply(200, [event(1, 'base_ref_changed', '2026-01-06T10:00:00Z'), event(2, 'labeled', '2026-01-06T12:00:00Z')], {
        link: `<${API}${R}/issues/4/events?per_page=100&page=2>; rel="next"`,
      })
      .get(`${R}/issues/4/events`)
      .query({ per_page: '100', page: '2' })
      .reply(200, [event(3, 'base_ref_changed', '2026-01-06T11:00:00Z'), event(4, 'head_ref_force_pushed', '2026-01-06T13:00:00Z')]);
    expect(await lastBaseChange(testClient(), REPO, 4)).toBe('2026-01-06T11:00:00Z');
  });

  test('never changed: null', async () => {
    nock(API)
      .get(`${R}/issues/4/events`)
      .query(true)
      .reply(200, [event(1, 'labeled', '2026-01-06T12:00:00Z')]);
    expect(await lastBaseChange(testClient(), REPO, 4)).toBeNull();
  });

  test.each([[null], ['yesterday'], [12]])('a base change with created_at %j is an error, never "no change"', async (at) => {
    nock(API)
      .get(`${R}/issues/4/events`)
      .query(true)
      .reply(200, [event(1, 'base_ref_changed', at)]);
    await expect(lastBaseChange(testClient(), REPO, 4)).rejects.toMatchObject({
      kind: 'bad-response',
      message: expect.stringContaining('a change of the base branch of pull request #4 without a valid time'),
    });
  });
});
