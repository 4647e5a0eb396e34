// Runs the committed dist/index.js as a child process exactly as the GitHub runner does
// (docs/github.md, "The runner's contract"): a clean environment, INPUT_* for every input with
// action.yml defaults applied and hyphens kept, GITHUB_EVENT_PATH, and GITHUB_OUTPUT /
// GITHUB_STEP_SUMMARY files that exist. Node is the test's own (Node 24 under `npm test`).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { tempDir } from '../support/temp-dir.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distEntry = join(repoRoot, 'dist', 'index.js');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}
const actionYml = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;

export interface RunActionOptions {
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  env?: Record<string, string>;
  /** Folder used as GITHUB_WORKSPACE and cwd; defaults to a fresh temp folder. */
  workspace?: string;
  timeoutMs?: number;
}

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

export interface RunActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  workspace: string;
}

const unescapeData = (s: string): string => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
const unescapeProp = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unescapeProp(pair.slice(eq + 1));
    }
    found.push({ level: m[1]!, props, message: unescapeData(m[3] ?? '') });
  }
  return found;
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\r?\n([\s\S]*?)\r?\n\2\r?$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/** A temporary workspace holding `files` (removed when the test file ends). */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = tempDir('oncall-gate-ws-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A workspace holding a copy of the repository's example policies/. */
export function workspaceWithExamplePolicies(): string {
  const dir = makeWorkspace();
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  return dir;
}

/**
 * What a child process inherits from the test run although its environment is otherwise built
 * from scratch: NODE_OPTIONS (a preload such as test/support/shift-clock.mjs must reach every
 * process, or the child would run at a different time than the test), the preload's setting, and
 * the temporary folder (TMPDIR, TMP, TEMP: the run's own, test/setup/temp-root.ts, so what the
 * child leaves there goes with the run).
 */
export function inheritedNodeEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['NODE_OPTIONS', 'CLOCK_SHIFT_MS', 'TMPDIR', 'TMP', 'TEMP']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return env;
}

export async function runAction(options: RunActionOptions = {}): Promise<RunActionResult> {
  const workspace = options.workspace ?? makeWorkspace();
  const temp = tempDir('oncall-gate-runner-');
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_PATH: join(temp, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...inheritedNodeEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    ...files,
  };
  // The runner merges action.yml defaults into the step's inputs and exports every one.
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = options.inputs?.[name] ?? (name === 'github-token' ? 'ghs_e2eTestToken000000000000' : (spec.default ?? ''));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in actionYml.inputs)) env[`INPUT_${name.toUpperCase()}`] = options.inputs![name]!;
  }
  Object.assign(env, options.env);

  const child = spawn(process.execPath, [distEntry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolveCode, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/index.js did not finish within ${options.timeoutMs ?? 60_000} ms:\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolveCode(c);
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: parseAnnotations(stdout),
    workspace,
  };
}
