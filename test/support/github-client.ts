// Shared by the GitHub adapter tests: a client with tiny retry delays and no write spacing (the
// production defaults space writes 1-3 s apart, see GitHubClientTuning), and a recording logger.
import { OncallGateError } from '../../src/errors.js';
import Bottleneck from 'bottleneck';
import { createGitHubClient, type GitHub, type GitHubClientOptions } from '../../src/github/client.js';
import type { Logger } from '../../src/log.js';

export const TOKEN = 'ghs_testtoken1234567890';
export const API = 'https://api.github.com';
export const REPO = { owner: 'octo-org', repo: 'octo-repo' };

export interface RecordingLogger extends Logger {
  warnings: string[];
  debugs: string[];
}

export function recordingLogger(): RecordingLogger {
  const warnings: string[] = [];
  const debugs: string[] = [];
  return {
    warnings,
    debugs,
    info: (m) => debugs.push(m),
    warning: (m) => warnings.push(m),
    debug: (m) => debugs.push(m),
    group: (_n, fn) => fn(),
  };
}

export function fastTuning(): NonNullable<GitHubClientOptions['tuning']> {
  return {
    retryBaseMs: 1,
    rateLimitBaseMs: 1,
    writeLimiter: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notificationLimiter: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

export function testClient(overrides: Partial<GitHubClientOptions> = {}): GitHub {
  return createGitHubClient({
    token: TOKEN,
    apiUrl: API,
    ...overrides,
    tuning: { ...fastTuning(), ...overrides.tuning },
  });
}

/** The OncallGateError a call fails with (fails the test when it succeeds or throws something else). */
export async function rejection(p: Promise<unknown>): Promise<OncallGateError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof OncallGateError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a OncallGateError');
}
