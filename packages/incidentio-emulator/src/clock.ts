// The emulator's own notion of time: the clock it is given (tests pin one, `--now` starts one at
// a fixed moment) and the RFC 3339 parser behind fixture times, `--now` and query parameters.
// Its own copy rather than the product's src/clock.ts: the emulator stands in for incident.io, so
// it must not share the client's parsing (a bug in one would hide in the other) and the product
// never depends on it.

/** The current instant. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A clock that reads `start` now and then moves forward with real elapsed time, measured on the
 * monotonic clock (so it does not depend on the wall clock, nor jump when it is set).
 */
export function clockStartingAt(start: Date, elapsedMs: () => number = () => performance.now()): Clock {
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
