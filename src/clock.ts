// The one answer to "what time is it". Entry points (the action's `run`, the CLI's `runCli`, the
// emulator) take a Clock and hand it down; nothing below them reads the wall clock. The action and
// the CLI use `systemClock`; `--at` / `--now` on the command line and tests pin another one.
// Durations (retry budgets, timeouts) are not "what time is it" and are measured separately.

/** The current instant. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Always the same instant: "what would the gate say at 18:00 on Friday". */
export function fixedClock(at: Date): Clock {
  const ms = at.getTime();
  return () => new Date(ms);
}

/**
 * Milliseconds on the monotonic clock, for durations. process.hrtime rather than
 * `performance.now()`: the first use of the global `performance` loads perf_hooks (2-4 ms of the
 * gate's start-up; docs/architecture.md, "Start-up cost").
 */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * A clock that reads `start` now and then moves forward with real elapsed time, measured on the
 * monotonic clock (so it does not depend on the wall clock, nor jump when it is set): a world that
 * starts at a fixed moment and keeps going, as the emulator's `--now`.
 */
export function clockStartingAt(start: Date, elapsedMs: () => number = monotonicMs): Clock {
  const startMs = start.getTime();
  const origin = elapsedMs();
  return () => new Date(startMs + (elapsedMs() - origin));
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * An RFC 3339 timestamp with a date, a time and an offset (`2026-12-04T18:00:00Z`), or undefined.
 * `Date.parse` alone rolls 2026-02-30 over into March; a day the month does not have is refused.
 */
export function parseRfc3339(value: string): Date | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  const ms = Date.parse(value.toUpperCase());
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
