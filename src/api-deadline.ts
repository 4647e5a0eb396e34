// One deadline for all of a run's API work, incident.io and GitHub together (the `api-timeout`
// input, 60 s by default). Each client also bounds its own calls and retries; this bounds their
// sum, so a deploy job never waits minutes on a slow API: when the deadline passes, the run ends
// with `error`, naming the requests that were still waiting, and the requests in flight are
// aborted. Time here is elapsed time on the monotonic clock, never the wall clock.
import { OncallGateError, RETRY, text } from './errors.js';

export interface ApiDeadline {
  /** The whole budget, ms. */
  readonly totalMs: number;
  /** Aborted (with a `deadline` error as its reason) when the deadline passes. */
  readonly signal: AbortSignal;
  /** Resolves when the deadline passes (never rejects). */
  readonly expired: Promise<void>;
  /** Milliseconds left (0 once passed). */
  remainingMs(): number;
  /**
   * Records one request in flight ("incident.io GET /v2/schedule_entries"); call the returned
   * function when it ends. Throws a `deadline` error when the deadline has already passed.
   */
  begin(what: string): () => void;
  /** The requests in flight, oldest first. */
  pending(): string[];
  /** Stops the timer (the run is over). */
  dispose(): void;
}

/** The run's deadline passed; `waiting`: the requests that were still waiting. */
export function deadlineExceeded(totalMs: number, waiting: readonly string[]): OncallGateError {
  return new OncallGateError({
    kind: 'deadline',
    message:
      `The API work of this run did not finish within ${formatSeconds(totalMs)} (the \`api-timeout\` input)` +
      (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
    fix: text`Check that the runner reaches incident.io and GitHub (https://status.incident.io, https://www.githubstatus.com, proxies and firewalls of self-hosted runners) and ${RETRY}; raise \`api-timeout\` only if the APIs are slow but working.`,
  });
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export function createApiDeadline(totalMs: number, elapsed: () => number = () => performance.now()): ApiDeadline {
  const start = elapsed();
  const inFlight = new Map<number, string>();
  let next = 0;
  const controller = new AbortController();
  let resolveExpired!: () => void;
  const expired = new Promise<void>((resolve) => (resolveExpired = resolve));
  const expire = (): void => {
    if (controller.signal.aborted) return;
    controller.abort(deadlineExceeded(totalMs, [...inFlight.values()]));
    resolveExpired();
  };
  // unref: the timer alone never keeps the process alive once the run is done.
  const timer = setTimeout(expire, totalMs);
  timer.unref?.();
  const remainingMs = (): number => Math.max(0, totalMs - (elapsed() - start));
  return {
    totalMs,
    signal: controller.signal,
    expired,
    remainingMs,
    begin(what) {
      if (controller.signal.aborted || remainingMs() <= 0) {
        expire();
        throw deadlineExceeded(totalMs, [...inFlight.values(), what]);
      }
      const id = next++;
      inFlight.set(id, what);
      return () => inFlight.delete(id);
    },
    pending: () => [...inFlight.values()],
    dispose: () => clearTimeout(timer),
  };
}
