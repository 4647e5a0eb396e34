// When incident.io counts as unavailable, so that a policy's outage fallback (`whenUnavailable`,
// policies/README.md "Outage mode") may decide instead of its rules. Pure. Only failures nobody
// can cause on purpose count:
// - incident.io could not be reached (a network error or a timeout) after the bounded retries;
// - it answered 5xx after the bounded retries;
// - it did not answer within its part of the run's API time (`api-timeout`).
// Never a 429: anyone holding the key can exhaust its rate limit, and that must not unlock the
// fallback. Never a rejected key (401), a missing role (403), an unknown schedule (404), a 408 or
// a malformed answer either: those are configuration or proxy problems, and stay errors.
import { isServiceError } from '../errors.js';
import type { OutageCause } from './types.js';

/** The outage `error` is, or undefined when it is any other failure (which stays an error). */
export function asOutage(error: unknown, redact: (text: string) => string = (t) => t): OutageCause | undefined {
  if (!isServiceError(error, 'incidentio', 'unavailable', 'deadline')) return undefined;
  const common = {
    message: redact(error.message),
    ...(error.fix ? { fix: redact(error.fix) } : {}),
    ...(error.call ? { call: error.call } : {}),
  };
  if (error.kind === 'deadline') return { kind: 'deadline', ...common };
  // No status: nothing answered (network error, timeout, no free connection slot).
  if (error.status === undefined) return { kind: 'unreachable', ...common };
  if (error.status >= 500 && error.status <= 599) return { kind: 'server-error', status: error.status, ...common };
  return undefined;
}
