// The write plan's builders: each planned write names the request as the adapter will send it
// (method, path, body) and what it does; a write with nothing to change is not planned at all.
import { describe, expect, it } from 'vitest';
import { CHECK_RUN_EXTERNAL_ID } from '../../src/github/checks.js';
import {
  checkRunWrite,
  commentWrite,
  createCustomFieldWrite,
  createIncidentWrite,
  editIncidentWrite,
  reviewRequestWrite,
} from '../../src/write-plan/write-plan.js';

const REPO = { owner: 'acme', repo: 'api' };
const HEAD = '1234567890abcdef1234567890abcdef12345678';
const MARKER = '<!-- oncall-gate:request -->';

describe('commentWrite', () => {
  const base = { repo: REPO, number: 7, marker: MARKER, description: 'write the sticky comment on pull request #7' };

  it('no comment of ours: a POST of a new one, its text as it will read (the marker first)', () => {
    const w = commentWrite({ ...base, body: '### pending', existing: null })!;
    expect(w).toMatchObject({
      service: 'github',
      method: 'POST',
      target: '/repos/acme/api/issues/7/comments',
      description: 'write the sticky comment on pull request #7',
      body: { body: `${MARKER}\n### pending` },
      markdown: `${MARKER}\n### pending`,
      action: { kind: 'comment', number: 7, marker: MARKER, body: '### pending', existing: null },
    });
    expect(w.optional).toBeUndefined();
  });

  it('ours: a PATCH of it; ours saying exactly this: no write', () => {
    const existing = { id: 55, url: 'https://github.com/acme/api/pull/7#issuecomment-55', body: `${MARKER}\nold` };
    expect(commentWrite({ ...base, body: `${MARKER}\nnew`, existing })).toMatchObject({
      method: 'PATCH',
      target: '/repos/acme/api/issues/comments/55',
      body: { body: `${MARKER}\nnew` },
    });
    expect(commentWrite({ ...base, body: `${MARKER}\nold`, existing })).toBeUndefined();
  });
});

describe('checkRunWrite', () => {
  const pending = { status: 'in_progress', title: 'Waiting for approval by the on-call team', summary: 's' } as const;

  it('none of ours on the head: a POST on the head commit', () => {
    expect(checkRunWrite({ repo: REPO, headSha: HEAD, name: 'oncall-gate', state: pending, existing: null })).toMatchObject({
      service: 'github',
      method: 'POST',
      target: '/repos/acme/api/check-runs',
      description: 'set the oncall-gate check on 1234567890ab to in_progress ("Waiting for approval by the on-call team")',
      body: {
        head_sha: HEAD,
        name: 'oncall-gate',
        status: 'in_progress',
        external_id: CHECK_RUN_EXTERNAL_ID,
        output: { title: pending.title, summary: 's' },
      },
      action: { kind: 'check-run', headSha: HEAD, name: 'oncall-gate', existing: null },
    });
  });

  it('ours: a PATCH of it, with the conclusion; a completed run going back to pending: a new run', () => {
    const done = { status: 'completed', conclusion: 'success', title: 'Approved by carol', summary: 's' } as const;
    const w = checkRunWrite({ repo: REPO, headSha: HEAD, name: 'oncall-gate', state: done, existing: { id: 123, status: 'in_progress' } });
    expect(w).toMatchObject({
      method: 'PATCH',
      target: '/repos/acme/api/check-runs/123',
      description: 'set the oncall-gate check on 1234567890ab to success ("Approved by carol")',
    });
    expect(w.body).not.toHaveProperty('head_sha');
    expect(
      checkRunWrite({ repo: REPO, headSha: HEAD, name: 'oncall-gate', state: pending, existing: { id: 123, status: 'completed' } }),
    ).toMatchObject({
      method: 'POST',
      target: '/repos/acme/api/check-runs',
    });
  });
});

describe('reviewRequestWrite', () => {
  it('asks each login once, never the author or a bot; a courtesy whose refusal does not stop the run', () => {
    expect(
      reviewRequestWrite({ repo: REPO, number: 7, logins: ['carol', 'ALICE', 'renovate[bot]', 'Carol', 'dave'], author: 'alice' }),
    ).toMatchObject({
      service: 'github',
      method: 'POST',
      target: '/repos/acme/api/pulls/7/requested_reviewers',
      description: 'request reviews from carol, dave on pull request #7',
      body: { reviewers: ['carol', 'dave'] },
      optional: true,
    });
  });

  it('nobody left to ask: no write', () => {
    expect(reviewRequestWrite({ repo: REPO, number: 7, logins: ['alice', 'ci[bot]'], author: 'Alice' })).toBeUndefined();
    expect(reviewRequestWrite({ repo: REPO, number: 7, logins: [], author: 'alice' })).toBeUndefined();
  });
});

describe('incident.io writes', () => {
  it('an incident create carries its request key (its answer is checked against it)', () => {
    const payload = { idempotency_key: 'k/attempt/1-1', visibility: 'public' as const, name: 'n', summary: 's' };
    expect(createIncidentWrite(payload, 'oncall-gate/acme/api/run/1/p')).toEqual({
      service: 'incidentio',
      method: 'POST',
      target: '/v2/incidents',
      description: 'create the incident oncall-gate/acme/api/run/1/p',
      body: payload,
      action: { kind: 'create-incident', payload, requestKey: 'oncall-gate/acme/api/run/1/p' },
    });
  });

  it('an edit goes to the incident it names', () => {
    const edit = { incident: { summary: 'APPROVED' }, notify_incident_channel: true };
    expect(editIncidentWrite({ id: '01HINC' }, edit, 'mark the incident INC-1 (01HINC) approved')).toMatchObject({
      method: 'POST',
      target: '/v2/incidents/01HINC/actions/edit',
      description: 'mark the incident INC-1 (01HINC) approved',
      body: edit,
    });
  });

  it('a custom field create names the field on one line, and carries what to say when the key may not create it', () => {
    const w = createCustomFieldWrite({ name: 'Gate\n::error::x', description: 'd', field_type: 'text' }, { message: 'm', fix: 'f' });
    expect(w).toMatchObject({ method: 'POST', target: '/v2/custom_fields', whenRefused: { message: 'm', fix: 'f' } });
    expect(w.description).toBe('create the incident.io text custom field "Gate\\n::error::x"');
  });
});
