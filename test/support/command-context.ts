// Shared set-up for the plan / apply / audit integration tests: a Context built the way main.ts
// builds it (inputs from INPUT_*, the run context from GITHUB_*, the parsed event, the clients of
// src/compose.ts), a workspace folder, and a logger that keeps what was logged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createContext } from '../../src/compose.js';
import type { Context } from '../../src/context.js';
import { parseEvent } from '../../src/event/event.js';
import { readRunContext } from '../../src/event/run-context.js';
import { envInputReader, readInputs } from '../../src/inputs.js';
import type { Logger } from '../../src/log.js';
import { createRedactor } from '../../src/redact.js';
import { tempDir } from './temp-dir.js';

export const NOW = new Date('2026-11-20T10:00:00Z');
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);
export const REPO = 'acme/api';

/** A temporary workspace holding `files` (removed when the test file ends). */
export function workspace(files: Record<string, string | undefined>): string {
  const dir = tempDir('oncall-gate-plan-ws-');
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export interface CapturedLog extends Logger {
  lines: string[];
  text(): string;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return {
    lines,
    text: () => lines.join('\n'),
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    debug: (m) => void lines.push(`debug: ${m}`),
    group: (_name, fn) => fn(),
  };
}

export function pullRequestPayload(number = 7): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: 'Change the policies',
      body: '',
      html_url: `https://github.com/${REPO}/pull/${number}`,
      user: { login: 'octocat', type: 'User' },
      base: { ref: 'main', sha: BASE_SHA, repo: { full_name: REPO } },
      head: { ref: 'policy-change', sha: HEAD_SHA, repo: { full_name: REPO } },
      labels: [],
      merged: false,
    },
    repository: { full_name: REPO, default_branch: 'main' },
  };
}

export interface ContextOptions {
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  workspace: string;
  githubUrl?: string;
  now?: Date;
  log?: CapturedLog;
}

export function commandContext(o: ContextOptions): Context & { log: CapturedLog } {
  const env: NodeJS.ProcessEnv = {
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_API_URL: o.githubUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${o.githubUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
  };
  for (const [name, value] of Object.entries({ 'github-token': 'ghs_integrationToken0000000', ...o.inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const log = o.log ?? captureLog();
  const now = o.now ?? NOW;
  const inputs = readInputs(envInputReader(env));
  const ctx = createContext({
    inputs,
    run: readRunContext(env, o.workspace),
    event: parseEvent(env.GITHUB_EVENT_NAME!, o.payload ?? pullRequestPayload()),
    log,
    clock: () => now,
    redactor: createRedactor([inputs.incidentioApiKey, inputs.githubToken]),
  });
  return { ...ctx, log };
}
