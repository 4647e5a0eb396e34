// Check run upsert: find by name + our external_id on the SHA, update it, else create; never
// touch a workflow job's own check run of the same name; never move a completed run back.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { CHECK_RUN_EXTERNAL_ID, checkRunRequest, findCheckRun, upsertCheckRun } from '../../src/github/checks.js';
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

  test('with our run already found (findCheckRun), it is not read again: the one request is the write', async () => {
    nock(API)
      .get(listPath)
      .query(listQuery)
      .reply(200, list([run(70, 'in_progress', CHECK_RUN_EXTERNAL_ID), run(71, 'in_progress', 'some-job-uuid')]));
    const existing = await findCheckRun(testClient(), REPO, HEAD, 'oncall-gate');
    expect(existing).toEqual({ id: 70, status: 'in_progress' });
    nock(API)
      .patch(`${R}/check-runs/70`)
      .reply(200, run(70, 'completed', CHECK_RUN_EXTERNAL_ID));
    const state = { status: 'completed', conclusion: 'success', title: 't', summary: 's' } as const;
    await expect(upsertCheckRun(testClient(), REPO, HEAD, 'oncall-gate', state, { existing })).resolves.toMatchObject({
      id: 70,
      created: false,
    });
    nock(API)
      .post(`${R}/check-runs`)
      .reply(201, run(72, 'completed', CHECK_RUN_EXTERNAL_ID));
    await expect(upsertCheckRun(testClient(), REPO, HEAD, 'oncall-gate', state, { existing: null })).resolves.toMatchObject({
      id: 72,
      created: true,
    });
  });
});

describe('checkRunRequest: the one request upsertCheckRun makes, for the write plan', () => {
  const state = { status: 'in_progress', title: 'Waiting', summary: 'Pending' } as const;

  test('none of ours: POST with the head SHA; ours: PATCH of it; a completed run is never moved back', () => {
    expect(checkRunRequest(REPO, HEAD, 'oncall-gate', state, null)).toEqual({
      method: 'POST',
      path: `${R}/check-runs`,
      body: {
        head_sha: HEAD,
        name: 'oncall-gate',
        status: 'in_progress',
        external_id: CHECK_RUN_EXTERNAL_ID,
        output: { title: 'Waiting', summary: 'Pending' },
      },
    });
    expect(checkRunRequest(REPO, HEAD, 'oncall-gate', state, { id: 70, status: 'in_progress' })).toMatchObject({
      method: 'PATCH',
      path: `${R}/check-runs/70`,
    });
    expect(checkRunRequest(REPO, HEAD, 'oncall-gate', state, { id: 70, status: 'completed' })).toMatchObject({
      method: 'POST',
      path: `${R}/check-runs`,
    });
    const done = { status: 'completed', conclusion: 'success', title: 'Approved', summary: 's' } as const;
    expect(checkRunRequest(REPO, HEAD, 'oncall-gate', done, { id: 70, status: 'completed' })).toMatchObject({
      method: 'PATCH',
      path: `${R}/check-runs/70`,
    });
  });

  test('a state GitHub would refuse is refused when the write is planned', () => {
    expect(() => checkRunRequest(REPO, HEAD, 'oncall-gate', { status: 'completed', title: 't', summary: 's' }, null)).toThrow(
      /needs a conclusion/,
    );
  });
});
