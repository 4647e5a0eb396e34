// One deadline for all of a run's API work, incident.io and GitHub together (the `api-timeout`
// input, 60 s by default). Each client also bounds its own calls and retries; this bounds their
// sum, so a deploy job never waits minutes on a slow API: when the deadline passes, the run ends
// with `error`, naming the requests that were still waiting, and the requests in flight are
// aborted. Time here is elapsed time on the monotonic clock, never the wall clock.
import { OncallGateError, RETRY, text } from './errors.js';
import { monotonicMs } from './clock.js';

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

export function createApiDeadline(totalMs: number, elapsed: () => number = monotonicMs): ApiDeadline {
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

/**
 * The time kept back from incident.io for an outage fallback's GitHub reads (policies/README.md,
 * "Outage mode"): half the run's budget, at most 20 s.
 */
export function fallbackReserveMs(deadline: Pick<ApiDeadline, 'totalMs'>): number {
  return Math.min(20_000, deadline.totalMs / 2);
}

/**
 * Runs incident.io work that an outage fallback could replace, within the run's deadline less
 * `reserveMs`: when that passes first, it rejects with a `deadline` error of incident.io (an
 * outage), so the fallback still has `reserveMs` for its own reads. The work itself is not
 * stopped; the run's deadline ends it. Without a deadline, the work as it is.
 */
export function withinIncidentIoShare<T>(deadline: ApiDeadline | undefined, reserveMs: number, work: Promise<T>): Promise<T> {
  if (!deadline) return work;
  const shareMs = Math.max(0, deadline.remainingMs() - reserveMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const waiting = deadline.pending().filter((w) => w.startsWith('incident.io '));
      reject(
        new OncallGateError({
          kind: 'deadline',
          service: 'incidentio',
          ...(waiting[0] ? { call: waiting[0].replace(/^incident\.io /, '') } : {}),
          message:
            `incident.io did not answer within ${formatSeconds(shareMs)}, the part of the run's ${formatSeconds(deadline.totalMs)} ` +
            `(\`api-timeout\`) left after keeping ${formatSeconds(reserveMs)} for the outage fallback` +
            (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
          fix: text`Check https://status.incident.io and that the runner reaches incident.io, then ${RETRY}; raise \`api-timeout\` only if incident.io is slow but working.`,
        }),
      );
    }, shareMs);
    timer.unref?.();
  });
  expired.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
