// The orchestrator's failure paths: every error becomes result=error, a clear message, a failed
// step, and no secret in anything printed or written.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import type { AnnotationProperties, RunnerCommands } from '../src/report/runner-commands.js';

interface Recorded {
  lines: string[];
  annotations: { level: string; message: string; props: AnnotationProperties }[];
  masked: string[];
  outputs: Record<string, string>;
  summary: string;
}

function fakeRunner(): { runner: RunnerCommands; rec: Recorded } {
  const rec: Recorded = { lines: [], annotations: [], masked: [], outputs: {}, summary: '' };
  const runner: RunnerCommands = {
    info: (m) => rec.lines.push(m),
    debug: (m) => rec.lines.push(`debug: ${m}`),
    annotate: (level, message, props = {}) => rec.annotations.push({ level, message, props }),
    setSecret: (v) => {
      if (v) rec.masked.push(v);
    },
    startGroup: (n) => rec.lines.push(`group: ${n}`),
    endGroup: () => rec.lines.push('endgroup'),
    setOutput: (n, v) => (rec.outputs[n] = v),
    appendSummary: (m) => (rec.summary += m),
    fail: (message) => rec.annotations.push({ level: 'error', message, props: {} }),
  };
  return { runner, rec };
}

const KEY = 'inc_live_key_0123456789abcdef';
const baseEnv = {
  GITHUB_REPOSITORY: 'acme/api',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  'INPUT_INCIDENTIO-API-KEY': KEY,
  'INPUT_GITHUB-TOKEN': 'ghs_token_abcdefghijklmnop',
};

describe('run', () => {
  it('masks the API key and the token before printing anything', async () => {
    const { runner, rec } = fakeRunner();
    await run({ env: { ...baseEnv, INPUT_COMMAND: 'nope' }, runner });
    expect(rec.masked).toEqual([KEY, 'ghs_token_abcdefghijklmnop']);
  });

  it('turns a bad input into result=error, a failed step and a message naming the input', async () => {
    const { runner, rec } = fakeRunner();
    const code = await run({ env: { ...baseEnv, INPUT_COMMAND: 'deploy' }, runner });
    expect(code).toBe(1);
    expect(rec.outputs.result).toBe('error');
    expect(rec.outputs.approved).toBe('');
    expect(rec.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/Input `command` is "deploy"; use one of/),
    ]);
    expect(rec.summary).toMatch(/oncall-gate: error/);
  });

  it('an input error in a gate step still sets approved=false (every gate outcome sets it), with no stack trace', async () => {
    const { runner, rec } = fakeRunner();
    const code = await run({ env: { ...baseEnv, INPUT_COMMAND: 'gate', 'INPUT_DRY-RUN': 'yes' }, runner });
    expect(code).toBe(1);
    expect(rec.outputs).toMatchObject({ result: 'error', approved: 'false' });
    expect(rec.annotations[0]?.message).toMatch(/Input `dry-run` must be `true` or `false`, got "yes"/);
    // A known error says what and where; its stack trace would only be noise, even in the debug log.
    expect(rec.lines.join('\n')).not.toMatch(/\n\s+at |InputError:/);
  });

  it('reports an unreadable event payload without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'main-'));
    writeFileSync(join(dir, 'event.json'), '{');
    const { runner, rec } = fakeRunner();
    const code = await run({ env: { ...baseEnv, GITHUB_EVENT_PATH: join(dir, 'event.json') }, runner });
    expect(code).toBe(1);
    expect(rec.outputs.result).toBe('error');
    const errors = rec.annotations.filter((a) => a.level === 'error');
    expect(errors[0]?.message).toMatch(/is not valid JSON/);
    expect(errors[0]?.message).not.toMatch(/\n\s+at /);
  });

  it('never lets a secret through, even when an error message contains it', async () => {
    const { runner, rec } = fakeRunner();
    await run({ env: { ...baseEnv, GITHUB_REPOSITORY: `x/${KEY}/y` }, runner });
    const everything = JSON.stringify(rec.lines) + JSON.stringify(rec.annotations) + JSON.stringify(rec.outputs) + rec.summary;
    expect(rec.outputs.result).toBe('error');
    expect(everything).toContain('***');
    expect(everything).not.toContain(KEY);
  });
});

describe('run: the decision record', () => {
  const eventFile = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'main-event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ repository: { default_branch: 'main' } }));
    return join(dir, 'event.json');
  };

  it('a gate that could not decide writes an error record under RUNNER_TEMP and names it in decision-record', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'main-runner-temp-'));
    const { runner, rec } = fakeRunner();
    const code = await run({
      env: {
        ...baseEnv,
        INPUT_COMMAND: 'gate',
        INPUT_ENVIRONMENT: 'production',
        INPUT_REASON: `deploying with ${KEY}`,
        GITHUB_EVENT_PATH: eventFile(),
        GITHUB_RUN_ID: '99',
        RUNNER_TEMP: temp,
      },
      runner,
      clock: () => new Date('2026-11-20T10:00:00Z'),
    });
    expect(code).toBe(1);
    expect(rec.outputs['decision-record']).toBe(join(temp, 'oncall-gate-gate-99-1.json'));
    const text = readFileSync(rec.outputs['decision-record']!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      schemaVersion: 1,
      command: 'gate',
      verdict: 'error',
      approved: false,
      decidedAt: '2026-11-20T10:00:00Z',
      subject: { kind: 'run', environment: 'production' },
      error: { message: expect.stringMatching(/there is nobody to check/) },
    });
    expect(text).not.toContain(KEY);
    expect(rec.lines).toContain(`Decision record: ${join(temp, 'oncall-gate-gate-99-1.json')}`);
  });

  it('a record that cannot be written is a warning; the decision stands', async () => {
    const { runner, rec } = fakeRunner();
    await run({
      env: {
        ...baseEnv,
        INPUT_COMMAND: 'gate',
        GITHUB_EVENT_PATH: eventFile(),
        RUNNER_TEMP: join(tmpdir(), 'no-such-runner-temp-oncall-gate'),
      },
      runner,
    });
    expect(rec.outputs['decision-record']).toBe('');
    expect(rec.outputs.result).toBe('error');
    expect(rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^oncall-gate gate: The decision record could not be written to .*no-such-runner-temp-oncall-gate.*; the decision itself stands\./,
      ),
    ]);
  });

  it('commands that decide nothing write no record', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'main-runner-temp-'));
    const { runner, rec } = fakeRunner();
    await run({ env: { ...baseEnv, INPUT_COMMAND: 'validate', RUNNER_TEMP: temp, GITHUB_WORKSPACE: temp }, runner });
    expect(rec.outputs['decision-record']).toBe('');
    expect(readdirSync(temp)).toEqual([]);
  });
});
