import { OncallGateError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import {
  creatingRun,
  findIncident,
  summaryWrite,
  writeIncidents,
  type IncidentApi,
  type IncidentLookup,
  type IncidentRequest,
} from '../../src/escalation/act.js';
import { findByIdOrName, resolveIncidentSettings, type EscalationIncidentApi } from '../../src/escalation/incident-settings.js';
import {
  REQUEST_KEY_LABEL,
  carriesRequestKey,
  createIdempotencyKey,
  escalationRequestKey,
  escalationIncidentName,
  escalationIncidentPayload,
  escalationSummary,
  type EscalationSubject,
  type PullTarget,
} from '../../src/escalation/incident-text.js';
import { incidentIoError } from '../../src/incidentio/errors.js';
import { CUSTOM_FIELD_DESCRIPTION } from '../../src/reconcile/remote-changes.js';
import type { CustomField, Incident, IncidentsCreatePayload, IncidentsEditPayload } from '../../src/incidentio/types.js';
import type { IntegrationSettings } from '../../src/policy/types.js';
import { createWriteApplier, type WriteApplier, type WriteTargets } from '../../src/write-plan/apply-writes.js';
import { silentLogger } from '../../src/log.js';

/** The run's applier over an incident.io stand-in (GitHub is never written here). */
const applier = (incidentio: Partial<Awaited<ReturnType<WriteTargets['incidentio']>>>, dryRun = false): WriteApplier =>
  createWriteApplier({
    dryRun,
    targets: {
      github: () => Promise.reject(new Error('GitHub is not written here')),
      incidentio: async () => incidentio as Awaited<ReturnType<WriteTargets['incidentio']>>,
    },
    log: silentLogger,
  });

const HEAD = '1234567890abcdef1234567890abcdef12345678';
const subject = (over: Partial<EscalationSubject> = {}): EscalationSubject => ({
  owner: 'acme',
  repo: 'api',
  run: { id: '77', attempt: '2' },
  requester: 'octocat',
  policy: 'production-deploy',
  environment: 'production',
  services: ['01HSCHEDA', '01HSCHEDB'],
  durationMs: 24 * 3_600_000,
  reason: 'roll out the *cache* fix @here',
  target: {
    kind: 'pull',
    number: 42,
    title: 'Fix `cache` [bug](http://evil) <b>',
    url: 'https://github.com/acme/api/pull/42',
    headSha: HEAD,
    baseRef: 'main',
  },
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
  it('request keys name the PR or run and the policy; the idempotency key adds the creating run attempt', () => {
    expect(escalationRequestKey(subject())).toBe('oncall-gate/acme/api/pull/42/production-deploy');
    expect(createIdempotencyKey(subject())).toBe('oncall-gate/acme/api/pull/42/production-deploy/attempt/77-2');
    const run = subject({
      target: {
        kind: 'run',
        runId: '4242',
        runUrl: 'https://github.com/acme/api/actions/runs/4242',
        sha: HEAD,
        ref: 'refs/heads/main',
        pulls: [],
      },
    });
    expect(escalationRequestKey(run)).toBe('oncall-gate/acme/api/run/4242/production-deploy');
  });

  it('creatingRun needs the numeric run ID and attempt the runner sets', () => {
    expect(creatingRun({ runId: '4242', runAttempt: '3' })).toEqual({ id: '4242', attempt: '3' });
    expect(() => creatingRun({ runId: '', runAttempt: '1' })).toThrow(
      /GITHUB_RUN_ID \(""\) and GITHUB_RUN_ATTEMPT \("1"\) must be numbers/,
    );
    expect(() => creatingRun({ runId: '1', runAttempt: '1/../x' })).toThrow(OncallGateError);
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
    expect(s).toMatch(
      /How to approve: a person on call for one of the schedules 01HSCHEDA, 01HSCHEDB opens https:\/\/github.com\/acme\/api\/pull\/42, reviews the latest commit \(1234567890ab\)/,
    );
    expect(s).toMatch(/An approval counts for 1d; a new push needs a new approval/);
    expect(s).toMatch(/never resolves or closes/);
    expect(s.split('\n').slice(-2)).toEqual(['', 'oncall-gate request key: oncall-gate/acme/api/pull/42/production-deploy']);
    expect(carriesRequestKey(s, 'oncall-gate/acme/api/pull/42/production-deploy')).toBe(true);
  });

  it('an approved or denied summary says by whom, when and on which schedule', () => {
    const at = new Date('2026-11-20T10:05:00Z');
    const approved = escalationSummary(subject(), {
      kind: 'approved',
      login: 'carol',
      name: 'Carol Chen',
      scheduleId: '01HSCHEDA',
      at,
      via: 'review',
      sha: HEAD,
    });
    expect(approved.split('\n')[0]).toBe(
      'APPROVED by carol (Carol Chen, on call for schedule 01HSCHEDA) at 2026-11-20T10:05:00Z on commit 1234567890ab.',
    );
    const denied = escalationSummary(subject(), {
      kind: 'denied',
      login: 'dave',
      name: 'Dave',
      scheduleId: '01HSCHEDB',
      at,
      via: 'review',
      sha: HEAD,
    });
    expect(denied.split('\n')[0]).toBe(
      'DENIED: dave (Dave, on call for schedule 01HSCHEDB) requested changes at 2026-11-20T10:05:00Z on commit 1234567890ab.',
    );
  });

  it('a run summary links the run and the PRs to approve, or says a direct push cannot be approved', () => {
    const withPull = escalationSummary(
      subject({
        target: {
          kind: 'run',
          runId: '9',
          runUrl: 'https://github.com/acme/api/actions/runs/9',
          sha: HEAD,
          ref: 'refs/heads/main',
          pulls: [{ number: 7, url: 'https://github.com/acme/api/pull/7' }],
        },
      }),
    );
    expect(withPull).toContain('Workflow run: https://github.com/acme/api/actions/runs/9');
    expect(withPull).toMatch(/submits an "Approve" review on #7 \(https:\/\/github.com\/acme\/api\/pull\/7\)/);
    const direct = escalationSummary(
      subject({ target: { kind: 'run', runId: '9', runUrl: 'u', sha: HEAD, ref: 'refs/heads/main', pulls: [] } }),
    );
    expect(direct).toMatch(/did not come from a merged pull request, so it cannot be approved by review/);
  });

  it("a gate re-run approval says approved, when, which attempt, and each PR's approver", () => {
    const run = subject({
      target: {
        kind: 'run',
        runId: '9',
        runUrl: 'https://github.com/acme/api/actions/runs/9',
        sha: HEAD,
        ref: 'refs/heads/main',
        pulls: [],
      },
    });
    const s = escalationSummary(run, {
      kind: 'run-approved',
      at: new Date('2026-11-20T10:05:00.123Z'),
      attempt: '2',
      approvals: [
        {
          pull: 7,
          login: 'carol',
          name: 'Carol Chen',
          scheduleId: '01HSCHEDA',
          reviewedAt: new Date('2026-11-20T09:00:00Z'),
          via: 'review',
        },
        { pull: 8, login: 'alice', name: 'Alice', scheduleId: '01HSCHEDB', reviewedAt: new Date('2026-11-19T09:00:00Z'), via: 'one-party' },
      ],
    });
    expect(s.split('\n')[0]).toBe(
      'APPROVED at 2026-11-20T10:05:00Z: attempt 2 of this run passed the gate on the approval of ' +
        '#7 by carol (Carol Chen, on call for schedule 01HSCHEDA, review at 2026-11-20T09:00:00Z); ' +
        '#8 by its author alice (Alice, on call for schedule 01HSCHEDB at the merge, allowOneParty).',
    );
    expect(carriesRequestKey(s, 'oncall-gate/acme/api/run/9/production-deploy')).toBe(true);
  });

  it('builds the create payload with the schedule IDs joined by commas in the custom field', () => {
    const summary = escalationSummary(subject());
    const p = escalationIncidentPayload(subject(), settings, { customFieldId: 'CF1', severityId: 'SEV1', incidentTypeId: 'T1' }, summary);
    expect(p).toEqual({
      idempotency_key: 'oncall-gate/acme/api/pull/42/production-deploy/attempt/77-2',
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

describe('carriesRequestKey: only the last line oncall-gate writes counts', () => {
  const KEY = 'oncall-gate/acme/api/pull/42/production-deploy';
  const OTHER = 'oncall-gate/acme/api/pull/1/production-deploy';

  it('matches the exact last non-empty line, tolerating markdown escapes of punctuation and trailing blank lines', () => {
    expect(carriesRequestKey(`x\n\n${REQUEST_KEY_LABEL}${KEY}\n\n`, KEY)).toBe(true);
    expect(carriesRequestKey(`x\r\n\r\n  ${REQUEST_KEY_LABEL}${KEY.replace(/\//g, '\\/').replace(/-/g, '\\-')}  `, KEY)).toBe(true);
    expect(carriesRequestKey(`x\n\n${REQUEST_KEY_LABEL}${KEY}-staging`, KEY)).toBe(false);
    expect(carriesRequestKey(`x\n\n${REQUEST_KEY_LABEL}${OTHER}`, KEY)).toBe(false);
    expect(carriesRequestKey(undefined, KEY)).toBe(false);
    expect(carriesRequestKey('', KEY)).toBe(false);
  });

  it('a key anywhere but the last line does not count (a note appended below it, a quote above it)', () => {
    expect(carriesRequestKey(`${REQUEST_KEY_LABEL}${KEY}\n\nHuman note`, KEY)).toBe(false);
    expect(carriesRequestKey(`Summary mentions ${REQUEST_KEY_LABEL}${KEY}`, KEY)).toBe(false);
  });

  it('a PR title, reason or branch that spells out another request key, with any kind of line break, cannot forge the line', () => {
    for (const br of ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\f']) {
      const forged = `x${br}${br}${REQUEST_KEY_LABEL}${OTHER}${br}`;
      const s = escalationSummary(
        subject({ target: { ...(subject().target as PullTarget), title: forged, baseRef: forged }, reason: forged, environment: forged }),
      );
      expect(carriesRequestKey(s, OTHER), JSON.stringify(br)).toBe(false);
      expect(carriesRequestKey(s, KEY)).toBe(true);
      // Every line but the last starts with oncall-gate's own text.
      expect(s.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).filter((l) => l.startsWith(REQUEST_KEY_LABEL))).toEqual([
        `${REQUEST_KEY_LABEL}${KEY}`,
      ]);
    }
  });

  it('caps long user text, so the summary stays small', () => {
    const s = escalationSummary(
      subject({ reason: 'r'.repeat(5000), target: { ...(subject().target as PullTarget), title: 't'.repeat(5000) } }),
    );
    expect(s.length).toBeLessThan(2500);
    expect(s).toContain(`Reason: ${'r'.repeat(499)}…`);
  });
});

function fakeApi(over: Partial<EscalationIncidentApi> & { fields?: CustomField[] } = {}): EscalationIncidentApi & { created: unknown[] } {
  const created: unknown[] = [];
  return {
    created,
    listCustomFields: async () => over.fields ?? [],
    createCustomField: async (p) => {
      created.push(p);
      return { id: 'CFNEW', name: p.name, field_type: p.field_type };
    },
    listSeverities: async () => [
      { id: 'SEV1', name: 'Minor' },
      { id: 'SEV2', name: 'Major' },
    ],
    listIncidentTypes: async () => [{ id: 'T1', name: 'Default' }],
    createIncident: async () => {
      throw new Error('unused');
    },
    editIncident: async () => {
      throw new Error('unused');
    },
    getIncident: async () => {
      throw new Error('unused');
    },
    findRecentIncident: async () => {
      throw new Error('unused');
    },
    ...over,
  };
}

describe('resolveIncidentSettings', () => {
  const where = { file: 'policies/incidentio.yaml' };

  it('finds the text custom field by exact name and the severity and type by name or ID', async () => {
    const api = fakeApi({
      fields: [
        { id: 'CF0', name: 'on-call gate schedules', field_type: 'text' },
        { id: 'CF1', name: 'On-call gate schedules', field_type: 'text' },
      ],
    });
    await expect(
      resolveIncidentSettings(api, applier(api), { ...settings, severity: 'SEV2', incidentType: 'default' }, where),
    ).resolves.toEqual({
      customFieldId: 'CF1',
      severityId: 'SEV2',
      incidentTypeId: 'T1',
    });
    expect(api.created).toEqual([]);
  });

  it('creates a missing custom field (type text) when the key may, with the description apply gives it', async () => {
    const api = fakeApi();
    const writes = applier(api);
    const out = await resolveIncidentSettings(api, writes, settings, where);
    expect(out).toMatchObject({ customFieldId: 'CFNEW', customFieldCreated: 'created' });
    expect(writes.planned.map((w) => `${w.method} ${w.target}`)).toEqual(['POST /v2/custom_fields']);
    // One field, one description: whichever of apply and the gate creates it.
    expect(api.created).toEqual([{ name: 'On-call gate schedules', description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' }]);
  });

  it('a key that may not create it gets an error that points to apply', async () => {
    const api = fakeApi({
      createCustomField: async () => {
        throw incidentIoError({ kind: 'permission', message: '403', fix: 'roles', status: 403 });
      },
    });
    const error = await resolveIncidentSettings(api, applier(api), settings, where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OncallGateError);
    expect((error as OncallGateError).message).toMatch(
      /custom field "On-call gate schedules" \(`escalation.customField` in policies\/incidentio.yaml\) does not exist/,
    );
    expect((error as OncallGateError).fix).toMatch(/oncall-gate apply/);
  });

  it('a dry run never creates the field', async () => {
    const api = fakeApi();
    const writes = applier(api, true);
    await expect(resolveIncidentSettings(api, writes, settings, where)).resolves.toMatchObject({
      customFieldId: '',
      customFieldCreated: 'would-create',
    });
    expect(api.created).toEqual([]);
    expect(writes.planned).toEqual([
      expect.objectContaining({
        method: 'POST',
        target: '/v2/custom_fields',
        body: { name: 'On-call gate schedules', description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' },
      }),
    ]);
  });

  it('a field of another type is an error', async () => {
    const api = fakeApi({ fields: [{ id: 'CF1', name: 'On-call gate schedules', field_type: 'single_select' }] });
    await expect(resolveIncidentSettings(api, applier(api), settings, where)).rejects.toThrow(/has type single_select/);
  });

  it('an unknown severity names the known ones and the file', async () => {
    await expect(resolveIncidentSettings(fakeApi(), applier({}), { ...settings, severity: 'Sev 9' }, where)).rejects.toThrow(
      /severity "Sev 9" \(`escalation.severity` in policies\/incidentio.yaml\) does not exist \(known: "Minor", "Major"\)/,
    );
  });

  it('findByIdOrName prefers an exact ID', () => {
    expect(
      findByIdOrName(
        [
          { id: 'Minor', name: 'x' },
          { id: 'S2', name: 'Minor' },
        ],
        'Minor',
      )?.id,
    ).toBe('Minor');
  });
});

describe('finding and writing the incident of a request', () => {
  const KEY = 'oncall-gate/acme/api/pull/42/production-deploy';
  const line = `\n\n${REQUEST_KEY_LABEL}${KEY}`;
  const payload: IncidentsCreatePayload = {
    idempotency_key: `${KEY}/attempt/77-2`,
    visibility: 'public',
    name: 'n',
    summary: `new summary${line}`,
  };
  const incident = (summary: string, id = 'I1'): Incident => ({
    id,
    reference: `INC-${id}`,
    name: 'n',
    summary,
    permalink: `https://app/inc/${id}`,
    custom_field_entries: [],
  });

  type Api = IncidentApi & Pick<EscalationIncidentApi, 'createIncident' | 'editIncident'>;
  /** An incident.io stand-in that records every call. */
  function api(over: Partial<Api> = {}): Api & { calls: string[] } {
    const calls: string[] = [];
    const fail = (what: string) => async (): Promise<never> => {
      calls.push(what);
      throw new Error(`${what} must not be called`);
    };
    return {
      calls,
      createIncident: fail('create'),
      editIncident: fail('edit'),
      getIncident: fail('get'),
      findRecentIncident: fail('list'),
      ...Object.fromEntries(
        Object.entries(over).map(([k, f]) => [
          k,
          async (...args: unknown[]) => (calls.push(`${k}:${JSON.stringify(args[0])}`), (f as (...a: unknown[]) => unknown)(...args)),
        ]),
      ),
    } as Api & { calls: string[] };
  }
  const notFound = () => incidentIoError({ kind: 'not-found', message: 'gone', fix: 'x', status: 404 });

  /** Gather (the lookup), then plan and apply the writes through an applier, as the flows do. */
  async function ensure(a: Api, lookup: IncidentLookup, options: { dryRun?: boolean; notify?: boolean } = {}) {
    const request: IncidentRequest = {
      requestKey: KEY,
      payload,
      found: await findIncident(a, KEY, lookup),
      notify: options.notify ?? false,
    };
    const writes = applier(a, options.dryRun);
    const [written] = await writeIncidents(writes, [request]);
    return { result: written!.result, planned: writes.planned.map((w) => `${w.method} ${w.target}`) };
  }

  it('a recorded ID whose incident carries the request key is used: no create, summary edited when it differs', async () => {
    const edits: [string, IncidentsEditPayload][] = [];
    const a = api({
      getIncident: async () => incident(`old summary${line}`, 'REC'),
      editIncident: async (id, p) => (edits.push([id, p]), incident(p.incident.summary ?? '', 'REC')),
    });
    const { result, planned } = await ensure(a, { kind: 'recorded', id: 'REC' }, { notify: true });
    expect(result).toMatchObject({ kind: 'written', created: false, edited: true, incident: { id: 'REC', reference: 'INC-REC' } });
    expect(result).not.toHaveProperty('rejected');
    expect(planned).toEqual(['POST /v2/incidents/REC/actions/edit']);
    expect(edits).toEqual([['REC', { incident: { summary: payload.summary }, notify_incident_channel: true }]]);
    expect(a.calls.some((c) => c.startsWith('create'))).toBe(false);
  });

  it('a matching summary is left alone', async () => {
    const a = api({ getIncident: async () => incident(payload.summary!, 'REC') });
    const { result, planned } = await ensure(a, { kind: 'recorded', id: 'REC' });
    expect(result).toMatchObject({ created: false, edited: false });
    expect(planned).toEqual([]);
  });

  it('a recorded ID of an incident that carries another key (a planted marker) is never edited: a new incident is created', async () => {
    const a = api({
      getIncident: async () =>
        incident('The big outage\n\noncall-gate request key: oncall-gate/acme/api/pull/1/production-deploy', 'OUTAGE'),
      createIncident: async (p) => incident(p.summary ?? '', 'NEW'),
    });
    const { result, planned } = await ensure(a, { kind: 'recorded', id: 'OUTAGE' });
    expect(result).toMatchObject({
      kind: 'written',
      created: true,
      edited: false,
      incident: { id: 'NEW' },
      rejected: { id: 'OUTAGE', why: 'foreign' },
    });
    expect(planned).toEqual(['POST /v2/incidents']);
    expect(a.calls.filter((c) => c.startsWith('edit'))).toEqual([]);
  });

  it('a recorded ID that no longer exists leads to a new incident', async () => {
    const a = api({ getIncident: async () => Promise.reject(notFound()), createIncident: async (p) => incident(p.summary ?? '', 'NEW') });
    const { result } = await ensure(a, { kind: 'recorded', id: 'GONE' });
    expect(result).toMatchObject({ created: true, incident: { id: 'NEW' }, rejected: { id: 'GONE', why: 'missing' } });
  });

  it('any other failure reading the recorded incident stops the run: no second incident on an outage', async () => {
    const down = incidentIoError({ kind: 'unavailable', message: '503', fix: 'later', status: 503 });
    const a = api({ getIncident: async () => Promise.reject(down) });
    await expect(ensure(a, { kind: 'recorded', id: 'REC' })).rejects.toBe(down);
    expect(a.calls.some((c) => c.startsWith('create'))).toBe(false);
  });

  it('nothing recorded: created with the payload (its attempt-scoped idempotency key)', async () => {
    const created: IncidentsCreatePayload[] = [];
    const a = api({ createIncident: async (p) => (created.push(p), incident(p.summary ?? '', 'NEW')) });
    await expect(ensure(a, { kind: 'recorded', id: undefined })).resolves.toMatchObject({ result: { created: true, edited: false } });
    expect(created).toEqual([payload]);
  });

  it('a create answered with another summary that still carries the key is edited back to the one sent', async () => {
    const a = api({
      createIncident: async () => incident(`normalised${line}`, 'NEW'),
      editIncident: async (id, p) => incident(p.incident.summary ?? '', id),
    });
    const { result, planned } = await ensure(a, { kind: 'recorded', id: undefined });
    expect(planned).toEqual(['POST /v2/incidents', 'POST /v2/incidents/NEW/actions/edit']);
    expect(result).toMatchObject({ created: true, edited: true, incident: { id: 'NEW' } });
  });

  it('a create answered with an incident that does not carry the key is refused, never edited or recorded', async () => {
    const a = api({ createIncident: async () => incident("somebody else's incident", 'ELSE') });
    const error = await ensure(a, { kind: 'recorded', id: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OncallGateError);
    expect((error as Error).message).toMatch(
      /answered the create of the incident for oncall-gate\/acme\/api\/pull\/42\/production-deploy .* with incident INC-ELSE \(ELSE\), whose summary does not carry that request key/,
    );
    expect(a.calls.filter((c) => c.startsWith('edit'))).toEqual([]);
  });

  it('a gate run finds its incident among the recent ones by the request key on the last line', async () => {
    const since = new Date('2026-03-01T00:00:00Z');
    let predicate: ((i: Incident) => boolean) | undefined;
    const a = api({
      findRecentIncident: async (_q, match) => {
        predicate = match;
        return incident(payload.summary!, 'RUN');
      },
    });
    const { result } = await ensure(a, { kind: 'recent', query: { since, mode: 'test' } });
    expect(result).toMatchObject({ created: false, edited: false, incident: { id: 'RUN' } });
    expect(a.calls[0]).toBe(`findRecentIncident:${JSON.stringify({ since, mode: 'test' })}`);
    expect(predicate!(incident(`x${line}`))).toBe(true);
    expect(predicate!(incident(`${REQUEST_KEY_LABEL}${KEY}\nnote`))).toBe(false);
  });

  it('a dry run reads (to say what it would do), plans the edit and writes nothing', async () => {
    const a = api({ getIncident: async () => incident(`old${line}`, 'REC') });
    const { result, planned } = await ensure(a, { kind: 'recorded', id: 'REC' }, { dryRun: true });
    expect(result).toEqual({ kind: 'dry-run', existing: { id: 'REC', reference: 'INC-REC', url: 'https://app/inc/REC' } });
    expect(planned).toEqual(['POST /v2/incidents/REC/actions/edit']);
    expect(a.calls.filter((c) => c.startsWith('create') || c.startsWith('edit'))).toEqual([]);
  });

  it('findIncident without a recorded ID asks nothing', async () => {
    const a = api();
    await expect(findIncident(a, KEY, { kind: 'recorded', id: undefined })).resolves.toEqual({});
    expect(a.calls).toEqual([]);
  });
});

describe('summaryWrite (a gate re-run marks its incident approved)', () => {
  const KEY = 'oncall-gate/acme/api/run/9/production-deploy';
  const found: Incident = {
    id: 'RUN',
    reference: 'INC-9',
    name: 'n',
    summary: `PENDING\n\n${REQUEST_KEY_LABEL}${KEY}`,
    custom_field_entries: [],
  };

  it("edits the found incident's summary (never creates)", () => {
    const w = summaryWrite(found, `APPROVED\n\n${REQUEST_KEY_LABEL}${KEY}`, true, 'mark the incident INC-9 (RUN) approved');
    expect(w).toMatchObject({
      service: 'incidentio',
      method: 'POST',
      target: '/v2/incidents/RUN/actions/edit',
      description: 'mark the incident INC-9 (RUN) approved',
      body: { incident: { summary: `APPROVED\n\n${REQUEST_KEY_LABEL}${KEY}` }, notify_incident_channel: true },
      action: { kind: 'edit-incident', id: 'RUN' },
    });
  });

  it('nothing to write when the summary already says it', () => {
    expect(summaryWrite(found, found.summary!, false, 'x')).toBeUndefined();
  });
});
