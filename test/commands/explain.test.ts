// `oncall-gate explain <record.json>` through runCli: prints a record; refuses a newer or damaged
// record with the file, the field and the fix (exit 1); usage errors exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from '../../src/cli.js';
import { errorDecision } from '../../src/decide/engine.js';
import { buildDecisionRecord } from '../../src/record/build-record.js';
import { NOW } from '../support/policy-builders.js';

function capture(): CliOutput & { logs: string[]; errors: string[] } {
  const logs: string[] = [];
  const errors: string[] = [];
  return { logs, errors, log: (l) => logs.push(l), error: (l) => errors.push(l) };
}

const record = buildDecisionRecord({
  command: 'gate',
  version: '0.1.0',
  decision: errorDecision({ requester: { login: 'alice', emails: [] }, at: NOW, message: 'incident.io is down' }),
  dryRun: false,
  repository: { owner: 'acme', repo: 'api' },
  run: { id: '1', attempt: '1', eventName: 'push', actor: 'alice', triggeringActor: 'alice', serverUrl: 'https://github.com' },
  subject: { kind: 'run', sha: 'a'.repeat(40), ref: 'refs/heads/main', environment: 'production', policy: '' },
});

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'oncall-gate-explain-')), 'record.json');
  writeFileSync(path, content);
  return path;
}

describe('oncall-gate explain', () => {
  it('prints a record', async () => {
    const out = capture();
    expect(await runCli(['explain', file(JSON.stringify(record))], {}, out)).toBe(0);
    expect(out.logs[0]).toBe('Decision: ERROR');
    expect(out.logs).toContain('Error: incident.io is down');
    expect(out.errors).toEqual([]);
  });

  it('a record from a newer schema version: exit 1, the field and the fix', async () => {
    const out = capture();
    const path = file(JSON.stringify({ ...record, schemaVersion: 3 }));
    expect(await runCli(['explain', path], {}, out)).toBe(1);
    expect(out.errors).toEqual([
      `${path}: the field \`schemaVersion\` is 3: the record was written by oncall-gate 0.1.0, and this oncall-gate reads schema version 1 only Explain it with the oncall-gate that wrote it, or a newer one (oncall-gate 0.1.0 or later).`,
    ]);
  });

  it('a malformed record: exit 1 naming the field; never a stack trace', async () => {
    const out = capture();
    expect(await runCli(['explain', file(JSON.stringify({ ...record, approved: 'yes' }))], {}, out)).toBe(1);
    expect(out.errors.join('\n')).toMatch(/the field `approved` must be boolean/);
    expect(out.errors.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('usage errors exit 2', async () => {
    for (const args of [
      ['explain'],
      ['explain', 'a', 'b'],
      ['explain', '--nope', 'x'],
      ['explain', join(tmpdir(), 'no-such-record.json')],
    ]) {
      const out = capture();
      expect(await runCli(args, {}, out), args.join(' ')).toBe(2);
    }
    const out = capture();
    expect(await runCli(['explain', '--help'], {}, out)).toBe(0);
    expect(out.logs[0]).toMatch(/^Usage: oncall-gate explain <record\.json>/);
  });
});
