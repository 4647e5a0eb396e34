// How long a GitHub request can take at worst with the production settings (no test tuning),
// proved on fake timers: plugin-retry, plugin-throttling (Bottleneck) and the client's per-attempt
// timeout all run on setTimeout/Date, which vitest fakes.
//
// Defaults (GitHubClientTuning): 10 s per attempt (GitHub itself ends REST requests that take
// longer than 10 s), 3 retries waiting 1, 4 and 9 s, and at most 90 s per request whatever
// happens (rate-limit waits included). A dead API (every attempt times out) is therefore reported
// after 4 x 10 + 1 + 4 + 9 = 54 s; nothing can hold one request longer than 90 s.
import { OncallGateError } from '../../src/errors.js';
import Bottleneck from 'bottleneck';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createGitHubClient, type GitHub } from '../../src/github/client.js';
import { upsertCheckRun } from '../../src/github/checks.js';
import { getPullRequest } from '../../src/github/pulls.js';
import { API, REPO, TOKEN, recordingLogger } from '../support/github-client.js';

// plugin-throttling keeps its Bottleneck groups per process, so fake time only moves forward
// from one test to the next (a clock set back would leave them waiting for the "future").
let fakeNow = Date.parse('2026-08-20T10:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(fakeNow);
});
afterEach(() => {
  fakeNow = Date.now() + 600_000;
  vi.useRealTimers();
});

/**
 * Runs fake time forward until `work` settles; returns its outcome and the fake time from
 * `started` (the first request: loading Octokit on the first call takes a few real steps).
 */
async function timed<T>(work: Promise<T>, started: () => number): Promise<{ outcome: T | unknown; elapsedMs: number }> {
  let settled = false;
  let outcome: T | unknown;
  work.then(
    (v) => {
      outcome = v;
      settled = true;
    },
    (e: unknown) => {
      outcome = e;
      settled = true;
    },
  );
  for (let i = 0; i < 20_000 && !settled; i++) await vi.advanceTimersByTimeAsync(50);
  if (!settled) throw new Error('still running after 1000 s of fake time');
  return { outcome, elapsedMs: Date.now() - started() };
}

function client(fetch: typeof globalThis.fetch): GitHub {
  // Production tuning: nothing passed but the fetch.
  return createGitHubClient({ token: TOKEN, apiUrl: API, fetch, log: recordingLogger() });
}

describe('worst cases with the production settings', () => {
  test('a dead API (every attempt hangs) is reported after 54 s: 4 attempts of 10 s and waits of 1, 4 and 9 s', async () => {
    const sent: number[] = [];
    const dead: typeof globalThis.fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        sent.push(Date.now());
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      });
    const { outcome, elapsedMs } = await timed(getPullRequest(client(dead), REPO, 5), () => sent[0]!);
    expect(outcome).toBeInstanceOf(OncallGateError);
    expect(outcome).toMatchObject({ kind: 'unavailable' });
    expect((outcome as OncallGateError).message).toContain('did not answer in time');
    expect(sent.map((t) => t - sent[0]!)).toEqual([0, 11_000, 25_000, 44_000]);
    expect(elapsedMs).toBeGreaterThanOrEqual(54_000);
    expect(elapsedMs).toBeLessThan(55_000);
  });

  test('rate-limit waits stop at the 90 s a request may take, with a message that says so', async () => {
    // Secondary rate limits asking for 50 s each time: two waits (the retry limit) would be 100 s.
    const sent: number[] = [];
    const limited: typeof globalThis.fetch = async () => {
      sent.push(Date.now());
      return new Response(JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }), {
        status: 403,
        headers: { 'content-type': 'application/json', 'retry-after': '50' },
      });
    };
    const log = recordingLogger();
    const gh = createGitHubClient({ token: TOKEN, apiUrl: API, fetch: limited, log });
    const { outcome, elapsedMs } = await timed(getPullRequest(gh, REPO, 5), () => sent[0]!);
    expect(outcome).toMatchObject({ kind: 'rate-limit' });
    // One wait of 50 s (Bottleneck adds a few ms); the second would end past 90 s, so it is not taken.
    expect(sent).toHaveLength(2);
    expect(sent[1]! - sent[0]!).toBeGreaterThanOrEqual(50_000);
    expect(sent[1]! - sent[0]!).toBeLessThan(50_100);
    expect(elapsedMs).toBeLessThan(90_000);
    expect(log.warnings.at(-1)).toMatch(/asks to wait 50 s, more than the \d+ s left of the 90 s this action allows for one request/);
  });

  test('a slow answer still gets its whole 10 s, and the next attempt answers', async () => {
    let calls = 0;
    let first = 0;
    const slowThenOk: typeof globalThis.fetch = (_url, init) => {
      calls++;
      if (calls === 1) first = Date.now();
      if (calls > 1) return Promise.resolve(Response.json({ number: 5, base: { ref: 'main', sha: 'b' }, head: { sha: 'h' } }));
      return new Promise((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      });
    };
    const { outcome, elapsedMs } = await timed(getPullRequest(client(slowThenOk), REPO, 5), () => first);
    expect(outcome).toMatchObject({ number: 5, headSha: 'h' });
    expect(elapsedMs).toBeGreaterThanOrEqual(11_000);
    expect(elapsedMs).toBeLessThan(11_100);
  });

  test('a shorter maxRequestMs cuts the last attempt to the time left and skips a retry wait that cannot fit', async () => {
    const sent: number[] = [];
    const dead: typeof globalThis.fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        sent.push(Date.now());
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error), { once: true });
      });
    const gh = createGitHubClient({ token: TOKEN, apiUrl: API, fetch: dead, log: recordingLogger(), tuning: { maxRequestMs: 30_000 } });
    const { outcome, elapsedMs } = await timed(getPullRequest(gh, REPO, 5), () => sent[0]!);
    // 0-10 s, wait 1, 11-21 s, wait 4, 25-30 s (5 s left); the 9 s wait after it would pass 30 s.
    expect(sent.map((t) => t - sent[0]!)).toEqual([0, 11_000, 25_000]);
    expect(elapsedMs).toBeGreaterThanOrEqual(30_000);
    expect(elapsedMs).toBeLessThan(30_100);
    expect(outcome).toMatchObject({ kind: 'unavailable' });
    expect((outcome as OncallGateError).message).toContain('did not answer in time');
  });

  test('a request queued behind spaced writes past its deadline is not sent, and the message says why', async () => {
    const sent: string[] = [];
    const ok: typeof globalThis.fetch = async (url, init) => {
      sent.push(`${init?.method} ${String(url)}`);
      const res =
        init?.method === 'POST'
          ? Response.json({ id: 1, html_url: 'https://github.com/o/r/runs/1' }, { status: 201 })
          : Response.json({ total_count: 0, check_runs: [] });
      // A real fetch response knows its URL (Octokit's paginate reads it).
      return Object.defineProperty(res, 'url', { value: String(url) });
    };
    const gh = createGitHubClient({
      token: TOKEN,
      apiUrl: API,
      fetch: ok,
      log: recordingLogger(),
      // Writes 20 s apart, but a request may take only 5 s.
      tuning: { maxRequestMs: 5_000, writeLimiter: new Bottleneck.Group({ maxConcurrent: 1, minTime: 20_000 }) },
    });
    const state = { status: 'completed' as const, conclusion: 'success' as const, title: 't', summary: 's' };
    const both = Promise.allSettled([
      upsertCheckRun(gh, REPO, 'a'.repeat(40), 'gate-a', state),
      upsertCheckRun(gh, REPO, 'b'.repeat(40), 'gate-b', state),
    ]);
    const { outcome } = await timed(both, () => 0);
    const [first, second] = outcome as PromiseSettledResult<unknown>[];
    expect(first?.status).toBe('fulfilled');
    expect(second?.status).toBe('rejected');
    const error = (second as PromiseRejectedResult).reason as OncallGateError;
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain('could not be sent to GitHub');
    expect(error.message).toContain('the 5 s allowed for one GitHub request ran out');
    expect(sent.filter((r) => r.startsWith('POST'))).toHaveLength(1);
  });
});
