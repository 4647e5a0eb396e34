// The decision record's write: a new file under RUNNER_TEMP (never over an existing file or a
// planted link), numbered when a name is taken, every string through the run's redactor.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorDecision } from '../../src/decide/engine.js';
import { isError } from '../../src/errors.js';
import { createRedactor } from '../../src/redact.js';
import { buildDecisionRecord } from '../../src/record/build-record.js';
import { createRecordWriter } from '../../src/record/write-record.js';
import { NOW } from '../support/policy-builders.js';

const KEY = 'inc_live_SecretKey_0123456789abcdef';
const record = buildDecisionRecord({
  command: 'gate',
  version: '0.1.0',
  decision: errorDecision({
    requester: { login: 'alice', emails: [] },
    at: NOW,
    message: `incident.io answered 401 for ${KEY.slice(0, 20)}`,
  }),
  dryRun: false,
  repository: { owner: 'acme', repo: 'api' },
  run: { id: '77', attempt: '3', eventName: 'push', actor: 'alice', triggeringActor: 'alice', serverUrl: 'https://github.com' },
  subject: { kind: 'run', sha: 'a'.repeat(40), ref: 'refs/heads/main', environment: 'production', policy: '' },
});
const redactor = createRedactor([KEY]);

describe('createRecordWriter', () => {
  it('writes oncall-gate-<command>-<run>-<attempt>.json, then numbered names; redacted, valid JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-record-'));
    const writer = createRecordWriter({ dir, redactor });
    const first = await writer.write(record);
    const second = await writer.write(record);
    expect(first).toBe(join(dir, 'oncall-gate-gate-77-3.json'));
    expect(second).toBe(join(dir, 'oncall-gate-gate-77-3-2.json'));
    const written = readFileSync(first!, 'utf8');
    expect(written).not.toContain(KEY.slice(0, 20));
    expect(JSON.parse(written)).toMatchObject({ verdict: 'error', error: { message: 'incident.io answered 401 for ***' } });
  });

  it('never writes through a link planted at its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-record-'));
    const target = join(mkdtempSync(join(tmpdir(), 'oncall-gate-elsewhere-')), 'victim');
    writeFileSync(target, 'keep me');
    symlinkSync(target, join(dir, 'oncall-gate-gate-77-3.json'));
    const path = await createRecordWriter({ dir, redactor }).write(record);
    expect(path).toBe(join(dir, 'oncall-gate-gate-77-3-2.json'));
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('outside a runner (no RUNNER_TEMP) writes nothing', async () => {
    expect(await createRecordWriter({ dir: '', redactor }).write(record)).toBeUndefined();
  });

  it('a folder it cannot write to is an environment error naming the path', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'oncall-gate-record-')), 'missing');
    const error = await createRecordWriter({ dir, redactor })
      .write(record)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isError(error, 'environment')).toBe(true);
    expect((error as Error).message).toContain(join(dir, 'oncall-gate-gate-77-3.json'));
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});
