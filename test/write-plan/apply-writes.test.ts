// The one applier of write plans: it makes the writes in order through the adapters, stops at the
// first failure (fail closed), carries on past a refused courtesy, and in a dry run makes nothing
// while keeping the plan to be shown.
import { describe, expect, it } from 'vitest';
import { OncallGateError } from '../../src/errors.js';
import { gitHubError } from '../../src/github/errors.js';
import { incidentIoError } from '../../src/incidentio/errors.js';
import type { Incident } from '../../src/incidentio/types.js';
import { answerOf, createWriteApplier, type WriteTargets } from '../../src/write-plan/apply-writes.js';
import {
  checkRunWrite,
  commentWrite,
  createCustomFieldWrite,
  createIncidentWrite,
  editIncidentWrite,
  reviewRequestWrite,
  type PlannedWrite,
} from '../../src/write-plan/write-plan.js';

const REPO = { owner: 'acme', repo: 'api' };
const HEAD = 'a'.repeat(40);
const KEY = 'oncall-gate/acme/api/pull/7/production-deploy';
const incident = (id: string, summary: string): Incident => ({ id, reference: `INC-${id}`, name: 'n', summary, custom_field_entries: [] });

/** Targets that record each call, answer like the services, and fail where told to. */
function targets(fail: Record<string, unknown> = {}) {
  const calls: string[] = [];
  const call = async <T>(name: string, answer: T): Promise<T> => {
    calls.push(name);
    if (name in fail) throw fail[name];
    return answer;
  };
  const t: WriteTargets = {
    github: async () => ({
      upsertStickyComment: (n, _m, _b, o) =>
        call('comment', { id: 5, url: `https://github.com/acme/api/pull/${n}#c5`, created: !o?.existing, updated: !!o?.existing }),
      upsertCheckRun: (_sha, name) => call('check', { id: 9, url: `check ${name}`, created: true }),
      requestReviewers: (_n, logins) => call('reviews', { requested: logins, skipped: [] }),
    }),
    incidentio: async () => ({
      createIncident: (p) => call('create', incident('NEW', (fail.createSummary as string | undefined) ?? p.summary ?? '')),
      editIncident: (id, p) => call('edit', incident(id, p.incident.summary ?? '')),
      createCustomField: (p) => call('field', { id: 'CF', name: p.name, field_type: p.field_type }),
    }),
  };
  return { calls, targets: t };
}

const log = () => {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`) } };
};

const comment = commentWrite({
  repo: REPO,
  number: 7,
  marker: '<!-- m -->',
  body: 'hello',
  existing: null,
  description: 'write the sticky comment on pull request #7',
})!;
const reviews = reviewRequestWrite({ repo: REPO, number: 7, logins: ['carol'], author: 'alice' })!;
const check = checkRunWrite({
  repo: REPO,
  headSha: HEAD,
  name: 'oncall-gate',
  state: { status: 'in_progress', title: 'Waiting', summary: 's' },
  existing: null,
});
const create = createIncidentWrite(
  { idempotency_key: `${KEY}/attempt/1-1`, visibility: 'public', name: 'n', summary: `PENDING\n\noncall-gate request key: ${KEY}` },
  KEY,
);

describe('createWriteApplier', () => {
  it('makes the writes one by one, in the order given, and hands back each answer', async () => {
    const t = targets();
    const l = log();
    const writes = createWriteApplier({ dryRun: false, targets: t.targets, log: l.log });
    const outcomes = await writes.apply([create, comment, undefined, reviews, check]);
    expect(t.calls).toEqual(['create', 'comment', 'reviews', 'check']);
    expect(outcomes.map((o) => o.status)).toEqual(['made', 'made', 'made', 'made']);
    expect(answerOf(outcomes[0], 'create-incident')).toMatchObject({ id: 'NEW' });
    expect(answerOf(outcomes[1], 'comment')).toMatchObject({ id: 5, created: true });
    expect(answerOf(outcomes[1], 'check-run')).toBeUndefined();
    expect(writes.planned).toEqual([create, comment, reviews, check]);
    // Each request is logged as it is made.
    expect(l.lines).toEqual([
      `incident.io POST /v2/incidents: create the incident ${KEY}.`,
      'GitHub POST /repos/acme/api/issues/7/comments: write the sticky comment on pull request #7.',
      'GitHub POST /repos/acme/api/pulls/7/requested_reviewers: request reviews from carol on pull request #7.',
      `GitHub POST /repos/acme/api/check-runs: set the oncall-gate check on ${HEAD.slice(0, 12)} to in_progress ("Waiting").`,
    ]);
  });

  it('a failure stops the writes after it, and goes up as it is', async () => {
    const down = gitHubError('unavailable', 'GitHub is down.', 'Re-run the job.', 503);
    const t = targets({ comment: down });
    const writes = createWriteApplier({ dryRun: false, targets: t.targets, log: log().log });
    await expect(writes.apply([create, comment, reviews, check])).rejects.toBe(down);
    expect(t.calls).toEqual(['create', 'comment']);
  });

  it('a dry run makes nothing and keeps the plan, in order, across stages', async () => {
    const t = targets();
    const l = log();
    const writes = createWriteApplier({ dryRun: true, targets: t.targets, log: l.log });
    const first = await writes.apply([create]);
    const second = await writes.apply([comment, reviews, check]);
    expect(t.calls).toEqual([]);
    expect(l.lines).toEqual([]);
    expect([...first, ...second].map((o) => o.status)).toEqual(['dry-run', 'dry-run', 'dry-run', 'dry-run']);
    expect(writes.planned.map((w) => `${w.method} ${w.target}`)).toEqual([
      'POST /v2/incidents',
      'POST /repos/acme/api/issues/7/comments',
      'POST /repos/acme/api/pulls/7/requested_reviewers',
      'POST /repos/acme/api/check-runs',
    ]);
    expect(writes.dryRun).toBe(true);
  });

  it('a courtesy its service refuses (a review request) is a warning, and the writes after it are made', async () => {
    const refused = gitHubError('rejected', 'Reviews may only be requested from collaborators.', 'Fix it.', 422);
    const t = targets({ reviews: refused });
    const l = log();
    const writes = createWriteApplier({ dryRun: false, targets: t.targets, log: l.log });
    const outcomes = await writes.apply([comment, reviews, check]);
    expect(t.calls).toEqual(['comment', 'reviews', 'check']);
    expect(outcomes.map((o) => o.status)).toEqual(['made', 'failed', 'made']);
    expect(l.lines).toContain(
      'warning: Could not request reviews from carol on pull request #7: Reviews may only be requested from collaborators. Fix it.',
    );
  });

  it('a courtesy that fails for another reason than its service (a bug) still stops the run', async () => {
    const t = targets({ reviews: new TypeError('boom') });
    const writes = createWriteApplier({ dryRun: false, targets: t.targets, log: log().log });
    await expect(writes.apply([reviews, check])).rejects.toThrow(TypeError);
    expect(t.calls).toEqual(['reviews']);
  });

  it('a write refused for want of a role says what its plan says to do', async () => {
    const t = targets({ field: incidentIoError({ kind: 'permission', message: '403', fix: 'roles', status: 403 }) });
    const writes = createWriteApplier({ dryRun: false, targets: t.targets, log: log().log });
    const field = createCustomFieldWrite(
      { name: 'On-call gate schedules', description: 'd', field_type: 'text' },
      { message: 'The field does not exist', fix: 'Run apply.' },
    );
    const error = await writes.apply([field, create]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OncallGateError);
    expect(error).toMatchObject({
      kind: 'permission',
      service: 'incidentio',
      status: 403,
      message: 'The field does not exist',
      fix: 'Run apply.',
    });
    expect(t.calls).toEqual(['field']);
  });

  it('a create answered with an incident that does not carry the request key stops the run before anything else is written', async () => {
    const t = targets({ createSummary: "somebody else's incident" });
    const writes = createWriteApplier({ dryRun: false, targets: t.targets, log: log().log });
    const error = await writes.apply([create, comment]).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'bad-response', service: 'incidentio' });
    expect((error as Error).message).toMatch(/whose summary does not carry that request key/);
    expect(t.calls).toEqual(['create']);
  });

  it('edits go to the incident they name', async () => {
    const t = targets();
    const writes = createWriteApplier({ dryRun: false, targets: t.targets, log: log().log });
    const edit: PlannedWrite = editIncidentWrite(
      { id: 'I 1' },
      { incident: { summary: 'x' }, notify_incident_channel: false },
      'set the summary',
    );
    expect(edit.target).toBe('/v2/incidents/I%201/actions/edit');
    const [outcome] = await writes.apply([edit]);
    expect(answerOf(outcome, 'edit-incident')).toMatchObject({ id: 'I 1', summary: 'x' });
  });
});
