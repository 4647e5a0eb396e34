// Reading a decision record back for `explain`: a record the builder wrote reads back as it was;
// anything else is refused with the file, the field and the fix, and a record from a newer schema
// version is refused by its version before anything else.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/decide/engine.js';
import { isError } from '../../src/errors.js';
import { buildDecisionRecord } from '../../src/record/build-record.js';
import { fieldName, parseDecisionRecord } from '../../src/record/read-record.js';
import { NOW, auto, facts, identities, policy, shift, HOUR } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const onCall = facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR));
const record = buildDecisionRecord({
  command: 'gate',
  version: '0.1.0',
  decision: evaluate({
    requester: { login: 'alice', emails: ['alice@example.com'] },
    policies: [policy('p', [auto([PRIMARY])])],
    onCall,
    at: NOW,
    reason: '',
    identities: identities(),
    subject: { kind: 'run' },
  }),
  dryRun: false,
  repository: { owner: 'acme', repo: 'api' },
  run: { id: '1', attempt: '1', eventName: 'push', actor: 'alice', triggeringActor: 'alice', serverUrl: 'https://github.com' },
  subject: { kind: 'run', sha: 'a'.repeat(40), ref: 'refs/heads/main', environment: 'production', policy: '' },
  onCall,
});
const text = JSON.stringify(record);

function refusal(input: string): { message: string; fix: string } {
  try {
    parseDecisionRecord(input, 'record.json');
  } catch (error) {
    expect(isError(error, 'input')).toBe(true);
    return { message: (error as Error).message, fix: (error as { fix: string }).fix };
  }
  throw new Error('expected a refusal');
}

describe('parseDecisionRecord', () => {
  it('reads back what the builder wrote', () => {
    expect(parseDecisionRecord(text, 'record.json')).toEqual(record);
  });

  it('a record from a newer schema version is refused by its version, naming the writer and the fix', () => {
    const newer = { ...record, schemaVersion: 2, product: { name: 'oncall-gate', version: '2.0.0' }, somethingNew: true };
    const r = refusal(JSON.stringify(newer));
    expect(r.message).toBe(
      'record.json: the field `schemaVersion` is 2: the record was written by oncall-gate 2.0.0, and this oncall-gate reads schema version 1 only',
    );
    expect(r.fix).toBe('Explain it with the oncall-gate that wrote it, or a newer one (oncall-gate 2.0.0 or later).');
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', /record\.json: the file is not JSON/],
    ['an array', '[]', /holds no JSON object/],
    [
      'no version',
      JSON.stringify({ verdict: 'approved' }),
      /the field `schemaVersion` is missing, so this is not an oncall-gate decision record/,
    ],
    [
      'a version that is not a whole number',
      JSON.stringify({ ...record, schemaVersion: '1' }),
      /`schemaVersion` must be a whole number from 1, got "1"/,
    ],
    [
      'a verdict it does not know',
      JSON.stringify({ ...record, verdict: 'maybe' }),
      /the field `verdict` must be one of "approved", "denied"/,
    ],
    ['a missing field', JSON.stringify({ ...record, policies: undefined }), /the field `policies` is missing/],
    ['an unknown field', JSON.stringify({ ...record, extra: 1 }), /the field `extra` is not part of schema version 1/],
    [
      'a bad nested field',
      JSON.stringify({ ...record, evidence: { ...record.evidence, schedules: [{ ...record.evidence.schedules[0], sha256: 'xyz' }] } }),
      /the field `evidence\.schedules\[0\]\.sha256` must match pattern/,
    ],
  ])('%s is refused naming the field and the fix', (_name, input, message) => {
    const r = refusal(input);
    expect(r.message).toMatch(message);
    expect(r.fix).toBeTruthy();
  });

  it('field names read like paths', () => {
    expect(fieldName('/policies/0/rules/1/status')).toBe('policies[0].rules[1].status');
    expect(fieldName('')).toBe('(the record itself)');
  });
});
