// The local-action entry (src/local-action.ts) against the action's own path: the same scenarios
// run in process through the hand-written runner protocol (src/report/runner-commands.ts) and
// through the adapter over @actions/core, and must print the same log and annotations, write the
// same outputs and step summary, and end with the same exit code. Then the adapter under what
// GitHub's local-action tool puts in @actions/core's place: stubs whose setFailed sets no exit
// code, and a getInput that hands out action.yml's defaults as written.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { fixedClock } from '../src/clock.js';
import { run as runAction } from '../src/main.js';
import { coreInputReader, coreRunner, run as runLocal, type CoreToolkit } from '../src/local-action.js';
import { createRunnerCommands } from '../src/report/runner-commands.js';
import { gitCheckout } from './support/git-repo.js';

const repoRoot = join(import.meta.dirname, '..');
const NOW = new Date('2026-11-20T10:00:00Z');
const HOUR = 3_600_000;
const KEY = 'local-action-key-4Rt8Qz2Lw9Xv';
const TOKEN = 'ghs_localActionToken00000000';
const PRIMARY = '01HLOCALPRIMARY00000000000';

const actionYml = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

const POLICY = [
  'version: 1',
  'kind: policy',
  'name: production-deploy',
  'match:',
  '  environments: [production]',
  'approval:',
  '  - type: auto',
  '    integration: incidentio',
  `    schedules: [${PRIMARY}]`,
  '    duration: 1h',
  '',
].join('\n');
const IDENTITIES = [
  'version: 1',
  'kind: identities',
  'lookup: [map]',
  'users:',
  '  alice: alice@example.com',
  '  bob: bob@example.com',
  '',
].join('\n');

let emulator: Emulator;
let github: FakeGitHub;

beforeAll(async () => {
  emulator = await startEmulator({
    now: fixedClock(NOW),
    port: 0,
    fixture: {
      keys: [{ key: KEY, name: 'local-action test', roles: ['viewer', 'schedules_reader'] }],
      users: [
        { id: '01HLOCALUSERALICE000000000', name: 'Alice Archer', email: 'alice@example.com' },
        { id: '01HLOCALUSERBOB00000000000', name: 'Bob Baker', email: 'bob@example.com' },
      ],
      schedules: [
        {
          id: PRIMARY,
          name: 'Primary',
          timezone: 'UTC',
          rotations: [
            {
              id: '01HLOCALPRIMARYROT0000000',
              name: 'Rota',
              users: ['alice@example.com', 'bob@example.com'],
              handover_start_at: new Date(NOW.getTime() - HOUR).toISOString(),
              handovers: [{ interval: 4, interval_type: 'hourly' }],
            },
          ],
        },
      ],
    },
  });
  github = await startFakeGitHub({ default_repo: 'acme/api' });
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
});

interface Scenario {
  name: string;
  /** The step's inputs (a function: the emulator's URL is known once it runs). */
  inputs: () => Record<string, string>;
  /** The workspace: files of a git checkout that is the tip of main, or a plain folder. */
  workspace: () => string;
  actor?: string;
  result: string;
  code: number;
}

function gateCheckout(): string {
  const { dir, sha } = gitCheckout({ files: { 'policies/production.yaml': POLICY, 'policies/identities.yaml': IDENTITIES } });
  github.setBranchTip('main', sha);
  return dir;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-ws-'));
  mkdirSync(join(dir, 'policies'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

function examplePolicies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-ws-'));
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  return dir;
}

const gateInputs = (over: Record<string, string> = {}): Record<string, string> => ({
  command: 'gate',
  environment: 'production',
  'incidentio-api-key': KEY,
  'incidentio-api-url': emulator.url,
  ...over,
});

const SCENARIOS: Scenario[] = [
  { name: 'validate: valid', inputs: () => ({ command: 'validate' }), workspace: examplePolicies, result: 'valid', code: 0 },
  {
    name: 'validate: invalid',
    inputs: () => ({ command: 'validate' }),
    workspace: () => folder({ 'policies/a.yaml': `${POLICY}`, 'policies/b.yaml': POLICY.replace('  - type: auto', '  - type: nope') }),
    result: 'invalid',
    code: 1,
  },
  { name: 'a bad input', inputs: () => ({ command: 'deploy' }), workspace: examplePolicies, result: 'error', code: 1 },
  { name: 'gate: on call, approved', inputs: () => gateInputs(), workspace: gateCheckout, actor: 'alice', result: 'approved', code: 0 },
  { name: 'gate: not on call, denied', inputs: () => gateInputs(), workspace: gateCheckout, actor: 'bob', result: 'denied', code: 1 },
  {
    name: 'gate: not on call, fail-on-deny false',
    inputs: () => gateInputs({ 'fail-on-deny': 'false' }),
    workspace: gateCheckout,
    actor: 'bob',
    result: 'denied',
    code: 0,
  },
  {
    name: 'gate: a refused API key',
    inputs: () => gateInputs({ 'incidentio-api-key': 'not-the-key-0000000000' }),
    workspace: gateCheckout,
    actor: 'alice',
    result: 'error',
    code: 1,
  },
];

interface Observed {
  code: number;
  stdout: string;
  outputs: string;
  summary: string;
}

/** The runner's environment for one run: INPUT_* with action.yml's defaults, as the runner sets them. */
function runnerEnv(s: Scenario, workspace: string): Record<string, string> {
  const temp = mkdtempSync(join(tmpdir(), 'local-action-runner-'));
  const files = { GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STEP_SUMMARY: join(temp, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const eventPath = join(temp, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      ref: 'refs/heads/main',
      inputs: {},
      repository: { full_name: 'acme/api', name: 'api', owner: { login: 'acme' }, default_branch: 'main' },
      sender: { login: s.actor ?? 'alice' },
    }),
  );
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: s.actor ?? 'alice',
    GITHUB_TRIGGERING_ACTOR: s.actor ?? 'alice',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    ...files,
  };
  const inputs = s.inputs();
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? (name === 'github-token' ? TOKEN : (spec.default ?? ''));
  }
  return env;
}

/** Runs `fn` with `env` as the process's environment and stdout captured; restores both. */
async function inProcess(env: Record<string, string>, fn: () => Promise<number>): Promise<Observed> {
  const saved = process.env;
  process.env = { ...Object.fromEntries(Object.entries(saved).filter(([k]) => !/^(INPUT_|GITHUB_)/.test(k))), ...env };
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const exitCodeBefore = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await fn();
    // What differs between two runs by design: output delimiters, the emulator's request IDs.
    const same = (text: string): string =>
      text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER').replace(/request_id [0-9a-f-]+/g, 'request_id R');
    return {
      code,
      stdout: same(stdout),
      outputs: same(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
      summary: same(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')),
    };
  } finally {
    spy.mockRestore();
    process.env = saved;
    process.exitCode = exitCodeBefore;
  }
}

const clock = fixedClock(NOW);

describe('the local-action entry and the action give the same result', () => {
  afterEach(() => {
    github.requests.length = 0;
  });

  for (const s of SCENARIOS) {
    it(s.name, async () => {
      const workspace = s.workspace();
      const envA = runnerEnv(s, workspace);
      const ours = await inProcess(envA, () => runAction({ clock, runner: createRunnerCommands(process.env) }));
      const envB = runnerEnv(s, workspace);
      // @actions/core keeps the summary file's path for the life of the process (on a runner, one
      // step); each run here has a file of its own.
      (core.summary as unknown as { _filePath?: string })._filePath = undefined;
      const viaCore = await inProcess(envB, async () => {
        await runLocal({ clock });
        return Number(process.exitCode ?? 0);
      });

      expect(ours.code).toBe(s.code);
      expect(ours.outputs).toMatch(new RegExp(`^result<<DELIMITER\\n${s.result}\\nDELIMITER$`, 'm'));
      expect(viaCore).toEqual(ours);
      // Every run logs, annotates and writes a summary; none of it holds a secret but the masks.
      expect(ours.summary).not.toBe('');
      for (const secret of [KEY, TOKEN]) {
        expect(ours.stdout.replace(/^::add-mask::.*$/gm, '') + ours.summary + ours.outputs).not.toContain(secret);
      }
    });
  }
});

/** What GitHub's local-action tool puts in place of @actions/core: records, prints, exits 0. */
function localActionStub(inputs: Record<string, string>) {
  const seen = { outputs: {} as Record<string, string>, failed: [] as string[], summary: '', lines: [] as string[] };
  const toolkit: CoreToolkit = {
    // Like the tool's getInput: the env var, else action.yml's default as written, untrimmed.
    getInput: (name) => inputs[name] ?? actionYml.inputs[name]?.default ?? '',
    info: (m) => seen.lines.push(m),
    debug: (m) => seen.lines.push(`debug ${m}`),
    error: (m) => seen.lines.push(`error ${String(m)}`),
    warning: (m) => seen.lines.push(`warning ${String(m)}`),
    notice: (m) => seen.lines.push(`notice ${String(m)}`),
    setSecret: () => undefined,
    startGroup: (n) => seen.lines.push(`group ${n}`),
    endGroup: () => seen.lines.push('endgroup'),
    setOutput: (name, value: unknown) => (seen.outputs[name] = String(value)),
    // The stub records the failure and prints it; it does not touch the exit code.
    setFailed: (m) => seen.failed.push(String(m)),
    summary: {
      addRaw(text: string) {
        seen.summary += text;
        return this as never;
      },
      write: () => Promise.resolve(undefined as never),
    },
  };
  return { toolkit, seen };
}

describe('under the local-action tool', () => {
  it('a failed step sets the exit code, which the stubbed setFailed does not', () => {
    const { toolkit, seen } = localActionStub({});
    const before = process.exitCode;
    process.exitCode = undefined;
    try {
      coreRunner(toolkit, {}).fail('oncall-gate denied: not on call');
      expect(seen.failed).toEqual(['oncall-gate denied: not on call']);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
    }
  });

  it('an unexpanded workflow expression is no value: the github-token default reads as empty', () => {
    const { toolkit } = localActionStub({ command: ' gate ' });
    const read = coreInputReader(toolkit);
    expect(actionYml.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(read('github-token')).toBe('');
    expect(read('command')).toBe('gate');
    expect(read('policy-path')).toBe('policies');
  });

  it('the summary is written once, at flush, and only where a summary file is set', async () => {
    const { toolkit, seen } = localActionStub({});
    const none = coreRunner(toolkit, {});
    none.appendSummary('# one');
    await none.flush();
    expect(seen.summary).toBe('');
    const runner = coreRunner(toolkit, { GITHUB_STEP_SUMMARY: 'summary.md' });
    runner.appendSummary('# one');
    expect(seen.summary).toBe('');
    await runner.flush();
    expect(seen.summary).toBe('# one\n');
  });

  it('maps annotation positions to core properties, and log lines cannot command the runner', () => {
    const calls: unknown[][] = [];
    const { toolkit } = localActionStub({});
    const runner = coreRunner({ ...toolkit, error: (...a) => calls.push(a), info: (...a) => calls.push(a) }, {});
    runner.annotate('error', 'bad', { title: 'policy schema', file: 'policies/a.yaml', line: 3, col: 5 });
    runner.info('PR title\n::error::pwned ##[set-output name=x;]y');
    expect(calls).toEqual([
      ['bad', { title: 'policy schema', file: 'policies/a.yaml', startLine: 3, startColumn: 5 }],
      [expect.stringMatching(/^::stop-commands::[0-9a-f]{32}$/)],
      ['PR title\n\u200b::error::pwned ##[set-output name=x;]y'],
      [expect.stringMatching(/^::[0-9a-f]{32}::$/)],
    ]);
    expect((calls[1]![0] as string).slice('::stop-commands::'.length)).toBe((calls[3]![0] as string).slice(2, -2));
  });
});

describe("the action's own path", () => {
  it('never loads @actions/core: only src/local-action.ts imports it, and nothing imports that entry', () => {
    const src = join(repoRoot, 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const importers = files.filter((f) =>
      /from '@actions\/core'|import\('@actions\/core'\)|local-action\.js'/.test(readFileSync(join(src, f), 'utf8')),
    );
    expect(importers).toEqual(['local-action.ts']);
  });
});
