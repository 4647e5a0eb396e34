// Check run upsert: find by name + our external_id on the SHA, update it, else create; never
// touch a workflow job's own check run of the same name; never move a completed run back.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { CHECK_RUN_EXTERNAL_ID, upsertCheckRun } from '../../src/github/checks.js';
import { API, REPO, rejection, testClient } from '../support/github-client.js';

const R = '/repos/octo-org/octo-repo';
const HEAD = 'a'.repeat(40);
const run = (id: number, status: string, externalId: string | null, name = 'oncall-gate') => ({
  id,
  name,
  status,
  external_id: externalId,
  html_url: `https://github.com/octo-org/octo-repo/runs/${id}`,
});
const list = (runs: object[]) => ({ total_count: runs.length, check_runs: runs });
const listPath = `${R}/commits/${HEAD}/check-runs`;
const listQuery = { check_name: 'oncall-gate', filter: 'all', per_page: '100' };

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('upsertCheckRun', () => {
  test('creates the run when none of ours exists; a job run with the same name is ignored', async () => {
    let created: Record<string, unknown> = {};
    nock(API)
      .get(listPath)
      .query(listQuery)
      .reply(200, list([run(50, 'in_progress', 'some-job-uuid')]))
      .post(`${R}/check-runs`, (b: Record<string, unknown>) => {
        created = b;
        return true;
      })
      .reply(201, run(51, 'in_progress', CHECK_RUN_EXTERNAL_ID));
    const result = await upsertCheckRun(testClient(), REPO, HEAD, 'oncall-gate', {
      status: 'in_progress',
      title: 'Waiting for an on-call approval',
      summary: 'Pending',
      detailsUrl: 'https://example.com/inc/1',
    });
    expect(result).toEqual({ id: 51, url: 'https://github.com/octo-org/octo-repo/runs/51', created: true });
    expect(created).toEqual({
      name: 'oncall-gate',
      head_sha: HEAD,
      status: 'in_progress',
      details_url: 'https://example.com/inc/1',
      external_id: CHECK_RUN_EXTERNAL_ID,
      output: { title: 'Waiting for an on-call approval', summary: 'Pending' },
    });
  });

  test('updates the newest of our runs with the conclusion', async () => {
    let patched: Record<string, unknown> = {};
    nock(API)
      .get(listPath)
      .query(listQuery)
      .reply(200, list([run(60, 'in_progress', CHECK_RUN_EXTERNAL_ID), run(70, 'in_progress', CHECK_RUN_EXTERNAL_ID)]))
      .patch(`${R}/check-runs/70`, (b: Record<string, unknown>) => {
        patched = b;
        return true;
      })
      .reply(200, run(70, 'completed', CHECK_RUN_EXTERNAL_ID));
    const result = await upsertCheckRun(testClient(), REPO, HEAD, 'oncall-gate', {
      status: 'completed',
      conclusion: 'success',
      title: 'Approved by bob',
      summary: 'ok',
      text: 'details',
    });
    expect(result).toMatchObject({ id: 70, created: false });
    expect(patched).toEqual({
      name: 'oncall-gate',
      status: 'completed',
      conclusion: 'success',
      external_id: CHECK_RUN_EXTERNAL_ID,
      output: { title: 'Approved by bob', summary: 'ok', text: 'details' },
    });
  });

  test('a completed run going back to pending gets a new run instead of an update', async () => {
    nock(API)
      .get(listPath)
      .query(listQuery)
      .reply(200, list([run(80, 'completed', CHECK_RUN_EXTERNAL_ID)]))
      .post(`${R}/check-runs`)
      .reply(201, run(81, 'in_progress', CHECK_RUN_EXTERNAL_ID));
    const result = await upsertCheckRun(testClient(), REPO, HEAD, 'oncall-gate', {
      status: 'in_progress',
      title: 'New commits: approval needed again',
      summary: 'Pending',
    });
    expect(result).toMatchObject({ id: 81, created: true });
  });

  test('caps the summary below 65,535 characters with a note', async () => {
    let summary = '';
    nock(API)
      .get(listPath)
      .query(listQuery)
      .reply(200, list([]))
      .post(`${R}/check-runs`, (b: { output: { summary: string } }) => {
        summary = b.output.summary;
        return true;
      })
      .reply(201, run(90, 'completed', CHECK_RUN_EXTERNAL_ID));
    await upsertCheckRun(testClient(), REPO, HEAD, 'oncall-gate', {
      status: 'completed',
      conclusion: 'failure',
      title: 't',
      summary: 'row\n'.repeat(20_000),
    });
    expect(summary.length).toBeLessThan(65_535);
    expect(summary).toContain('Truncated');
  });

  test('rejects inconsistent status/conclusion before calling GitHub', async () => {
    const gh = testClient();
    await expect(upsertCheckRun(gh, REPO, HEAD, 'oncall-gate', { status: 'completed', title: 't', summary: 's' })).rejects.toMatchObject({
      kind: 'rejected',
    });
    await expect(
      upsertCheckRun(gh, REPO, HEAD, 'oncall-gate', { status: 'in_progress', conclusion: 'success', title: 't', summary: 's' }),
    ).rejects.toMatchObject({ kind: 'rejected' });
  });

  test('403 names `checks: write`', async () => {
    nock(API)
      .get(listPath)
      .query(listQuery)
      .reply(200, list([]))
      .post(`${R}/check-runs`)
      .reply(403, { message: 'Resource not accessible by integration' });
    const err = await rejection(
      upsertCheckRun(testClient(), REPO, HEAD, 'oncall-gate', { status: 'in_progress', title: 't', summary: 's' }),
    );
    expect(err.kind).toBe('permission');
    expect(err.fix).toContain('Add `checks: write` under `permissions:`');
  });
});
