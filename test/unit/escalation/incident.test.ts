import { describe, expect, it } from 'vitest';
import { ensureIncident } from '../../../src/escalation/act.js';
import { EscalationError, findByIdOrName, resolveIncidentSettings, type EscalationIncidentApi } from '../../../src/escalation/incident-settings.js';
import {
  escalationIdempotencyKey,
  escalationIncidentName,
  escalationIncidentPayload,
  escalationSummary,
  type EscalationSubject,
} from '../../../src/escalation/incident-text.js';
import { IncidentIoError } from '../../../src/incidentio/errors.js';
import type { CustomField, Incident, IncidentsCreatePayload, IncidentsEditPayload } from '../../../src/incidentio/types.js';
import type { IntegrationSettings } from '../../../src/policy/types.js';

const HEAD = '1234567890abcdef1234567890abcdef12345678';
const subject = (over: Partial<EscalationSubject> = {}): EscalationSubject => ({
  owner: 'acme',
  repo: 'api',
  requester: 'octocat',
  policy: 'production-deploy',
  environment: 'production',
  services: ['01HSCHEDA', '01HSCHEDB'],
  durationMs: 24 * 3_600_000,
  reason: 'roll out the *cache* fix @here',
  target: { kind: 'pull', number: 42, title: 'Fix `cache` [bug](http://evil) <b>', url: 'https://github.com/acme/api/pull/42', headSha: HEAD, baseRef: 'main' },
  ...over,
});

const settings: IntegrationSettings['escalation'] = {
  customField: 'On-call gate schedules',
  visibility: 'private',
  mode: 'test',
  severity: 'Minor',
  incidentType: 'Default',
  notifyIncidentChannel: true,
};

describe('incident identity and text', () => {
  it('uses the deterministic idempotency keys of DESIGN section 3', () => {
    expect(escalationIdempotencyKey(subject())).toBe('oncall-gate/acme/api/pull/42/production-deploy');
    const run = subject({ target: { kind: 'run', runId: '4242', runUrl: 'https://github.com/acme/api/actions/runs/4242', sha: HEAD, ref: 'refs/heads/main', pulls: [] } });
    expect(escalationIdempotencyKey(run)).toBe('oncall-gate/acme/api/run/4242/production-deploy');
  });

  it('names the incident "Approval requested: <login> -> <policy> (<owner>/<repo>#<n>)"', () => {
    expect(escalationIncidentName(subject())).toBe('Approval requested: octocat -> production-deploy (acme/api#42)');
  });

  it('the pending summary has requester, policy, environment, repo, escaped title, head SHA, reason, link and how to approve', () => {
    const s = escalationSummary(subject());
    expect(s.split('\n')[0]).toBe('PENDING: waiting for an approval from the on-call team.');
    expect(s).toContain('Requester: octocat (GitHub)');
    expect(s).toContain('Requested: policy production-deploy, environment production');
    expect(s).toContain('Repository: acme/api');
    expect(s).toContain('Pull request: #42 "Fix \\`cache\\` \\[bug\\]\\(http://evil\\) \\<b\\>" into main');
    expect(s).toContain(`Head commit: ${HEAD}`);
    expect(s).toContain('Approval conversation: https://github.com/acme/api/pull/42');
    expect(s).toContain('Reason: roll out the \\*cache\\* fix @\u200bhere');
    expect(s).toContain('Schedules that may approve: 01HSCHEDA, 01HSCHEDB');
    expect(s).toMatch(/How to approve: a person on call for one of the schedules 01HSCHEDA, 01HSCHEDB opens https:\/\/github.com\/acme\/api\/pull\/42, reviews the latest commit \(1234567890ab\)/);
    expect(s).toMatch(/An approval counts for 1d; a new push needs a new approval/);
    expect(s).toMatch(/never resolves or closes/);
  });

  it('an approved or denied summary says by whom, when and on which schedule', () => {
    const at = new Date('2026-11-20T10:05:00Z');
    const approved = escalationSummary(subject(), { kind: 'approved', login: 'carol', name: 'Carol Chen', scheduleId: '01HSCHEDA', at, via: 'review', sha: HEAD });
    expect(approved.split('\n')[0]).toBe('APPROVED by carol (Carol Chen, on call for schedule 01HSCHEDA) at 2026-11-20T10:05:00Z on commit 1234567890ab.');
    const denied = escalationSummary(subject(), { kind: 'denied', login: 'dave', name: 'Dave', scheduleId: '01HSCHEDB', at, via: 'review', sha: HEAD });
    expect(denied.split('\n')[0]).toBe('DENIED: dave (Dave, on call for schedule 01HSCHEDB) requested changes at 2026-11-20T10:05:00Z on commit 1234567890ab.');
  });

  it('a run summary links the run and the PRs to approve, or says a direct push cannot be approved', () => {
    const withPull = escalationSummary(
      subject({ target: { kind: 'run', runId: '9', runUrl: 'https://github.com/acme/api/actions/runs/9', sha: HEAD, ref: 'refs/heads/main', pulls: [{ number: 7, url: 'https://github.com/acme/api/pull/7' }] } }),
    );
    expect(withPull).toContain('Workflow run: https://github.com/acme/api/actions/runs/9');
    expect(withPull).toMatch(/submits an "Approve" review on #7 \(https:\/\/github.com\/acme\/api\/pull\/7\)/);
    const direct = escalationSummary(subject({ target: { kind: 'run', runId: '9', runUrl: 'u', sha: HEAD, ref: 'refs/heads/main', pulls: [] } }));
    expect(direct).toMatch(/did not come from a merged pull request, so it cannot be approved by review/);
  });

  it('builds the create payload with the schedule IDs joined by commas in the custom field', () => {
    const summary = escalationSummary(subject());
    const p = escalationIncidentPayload(subject(), settings, { customFieldId: 'CF1', severityId: 'SEV1', incidentTypeId: 'T1' }, summary);
    expect(p).toEqual({
      idempotency_key: 'oncall-gate/acme/api/pull/42/production-deploy',
      visibility: 'private',
      mode: 'test',
      name: 'Approval requested: octocat -> production-deploy (acme/api#42)',
      summary,
      severity_id: 'SEV1',
      incident_type_id: 'T1',
      custom_field_entries: [{ custom_field_id: 'CF1', values: [{ value_text: '01HSCHEDA,01HSCHEDB' }] }],
    });
  });
});

function fakeApi(over: Partial<EscalationIncidentApi> & { fields?: CustomField[] } = {}): EscalationIncidentApi & { created: unknown[] } {
  const created: unknown[] = [];
  return {
    created,
    readOnly: false,
    listCustomFields: async () => over.fields ?? [],
    createCustomField: async (p) => {
      created.push(p);
      return { id: 'CFNEW', name: p.name, field_type: p.field_type };
    },
    listSeverities: async () => [{ id: 'SEV1', name: 'Minor' }, { id: 'SEV2', name: 'Major' }],
    listIncidentTypes: async () => [{ id: 'T1', name: 'Default' }],
    createIncident: async () => {
      throw new Error('unused');
    },
    editIncident: async () => {
      throw new Error('unused');
    },
    ...over,
  };
}

describe('resolveIncidentSettings', () => {
  const where = { file: 'policies/incidentio.yaml' };

  it('finds the text custom field by exact name and the severity and type by name or ID', async () => {
    const api = fakeApi({ fields: [{ id: 'CF0', name: 'on-call gate schedules', field_type: 'text' }, { id: 'CF1', name: 'On-call gate schedules', field_type: 'text' }] });
    await expect(resolveIncidentSettings(api, { ...settings, severity: 'SEV2', incidentType: 'default' }, where)).resolves.toEqual({
      customFieldId: 'CF1',
      severityId: 'SEV2',
      incidentTypeId: 'T1',
    });
    expect(api.created).toEqual([]);
  });

  it('creates a missing custom field (type text) when the key may', async () => {
    const api = fakeApi();
    const out = await resolveIncidentSettings(api, settings, where);
    expect(out).toMatchObject({ customFieldId: 'CFNEW', customFieldCreated: 'created' });
    expect(api.created).toEqual([{ name: 'On-call gate schedules', description: expect.any(String), field_type: 'text' }]);
  });

  it('a key that may not create it gets an error that points to apply', async () => {
    const api = fakeApi({
      createCustomField: async () => {
        throw new IncidentIoError({ kind: 'forbidden', message: '403', fix: 'roles', status: 403 });
      },
    });
    const error = await resolveIncidentSettings(api, settings, where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EscalationError);
    expect((error as EscalationError).message).toMatch(/custom field "On-call gate schedules" \(`escalation.customField` in policies\/incidentio.yaml\) does not exist/);
    expect((error as EscalationError).fix).toMatch(/oncall-gate apply/);
  });

  it('a dry run never creates the field', async () => {
    const api = { ...fakeApi(), readOnly: true };
    await expect(resolveIncidentSettings(api, settings, where)).resolves.toMatchObject({ customFieldId: '', customFieldCreated: 'would-create' });
    expect(api.created).toEqual([]);
  });

  it('a field of another type is an error', async () => {
    const api = fakeApi({ fields: [{ id: 'CF1', name: 'On-call gate schedules', field_type: 'single_select' }] });
    await expect(resolveIncidentSettings(api, settings, where)).rejects.toThrow(/has type single_select/);
  });

  it('an unknown severity names the known ones and the file', async () => {
    await expect(resolveIncidentSettings(fakeApi(), { ...settings, severity: 'Sev 9' }, where)).rejects.toThrow(
      /severity "Sev 9" \(`escalation.severity` in policies\/incidentio.yaml\) does not exist \(known: "Minor", "Major"\)/,
    );
  });

  it('findByIdOrName prefers an exact ID', () => {
    expect(findByIdOrName([{ id: 'Minor', name: 'x' }, { id: 'S2', name: 'Minor' }], 'Minor')?.id).toBe('Minor');
  });
});

describe('ensureIncident', () => {
  const payload: IncidentsCreatePayload = { idempotency_key: 'k', visibility: 'public', name: 'n', summary: 'new summary' };
  const incident = (summary: string): Incident => ({ id: 'I1', reference: 'INC-1', name: 'n', summary, permalink: 'https://app/inc/1', custom_field_entries: [] });

  it('creates (or finds) and leaves a matching summary alone', async () => {
    const edits: unknown[] = [];
    const out = await ensureIncident(
      { createIncident: async () => incident('new summary'), editIncident: async (id, p) => (edits.push([id, p]), incident('x')) },
      payload,
      { dryRun: false, notify: false },
    );
    expect(out).toMatchObject({ kind: 'written', edited: false, incident: { id: 'I1', reference: 'INC-1', url: 'https://app/inc/1' } });
    expect(edits).toEqual([]);
  });

  it('rewrites a differing summary with notify_incident_channel from the settings', async () => {
    const edits: [string, IncidentsEditPayload][] = [];
    const out = await ensureIncident(
      { createIncident: async () => incident('old summary'), editIncident: async (id, p) => (edits.push([id, p]), incident('new summary')) },
      payload,
      { dryRun: false, notify: true },
    );
    expect(out).toMatchObject({ kind: 'written', edited: true });
    expect(edits).toEqual([['I1', { incident: { summary: 'new summary' }, notify_incident_channel: true }]]);
  });

  it('a dry run calls nothing and returns what would be written', async () => {
    const boom = async (): Promise<never> => {
      throw new Error('must not be called');
    };
    const out = await ensureIncident({ createIncident: boom, editIncident: boom }, payload, { dryRun: true, notify: false });
    expect(out).toEqual({ kind: 'dry-run', payload, edit: { incident: { summary: 'new summary' }, notify_incident_channel: false } });
  });
});
