// Fault injection for tests and demos: leading 429s (Retry-After as seconds or an HTTP date, the
// two forms clients meet: documented as seconds, parsed as a date by incident.io's own clients),
// 5xx errors (N or persistent), added latency, and truncated JSON bodies, each optionally limited
// to a method and path pattern.
//
//   emulator.faults.set({ path: '/v2/schedule_entries', leading429: 2, retryAfter: '1' });
//   emulator.faults.add({ method: 'POST', path: '/v2/incidents/*', serverErrors: 'always' });
//   emulator.faults.clear();

export interface FaultSpec {
  /** e.g. 'GET'; any method when absent. */
  method?: string;
  /**
   * Which paths (query excluded): an exact path, a pattern where `*` matches anything and `{id}` or
   * `:id` one path segment (`/v2/incidents/{id}/actions/edit`), or a RegExp. Any path when absent.
   */
  path?: string | RegExp;
  /** The first N matching requests get 429 too_many_requests. */
  leading429?: number;
  /**
   * Retry-After on injected 429s: seconds (number or string) or a Date sent as an HTTP date.
   * Default 1. Injected server errors carry it only when it is given (a 503 may say when to come
   * back; tests of outages use `retryAfter: 0` to skip the client's backoff).
   */
  retryAfter?: number | string | Date;
  /** N matching requests (after any leading 429s) get a server error; 'always' for a persistent outage. */
  serverErrors?: number | 'always';
  /** Status of injected server errors (500-599; default 500). */
  serverErrorStatus?: number;
  /** Added to every matching request before it is answered. */
  latencyMs?: number;
  /** N matching responses (or 'always') carry truncated JSON. */
  malformedBody?: number | 'always';
}

export interface FaultRule {
  readonly spec: Readonly<FaultSpec>;
  /** Matching requests seen so far. */
  readonly matched: number;
  /** 429s, 5xx and malformed bodies injected so far. */
  readonly injected: number;
}

export interface FaultControl {
  /** Replaces every rule with this one. */
  set(spec: FaultSpec): FaultRule;
  /** Adds a rule next to the existing ones (the first matching rule with a fault left wins). */
  add(spec: FaultSpec): FaultRule;
  clear(): void;
  readonly rules: readonly FaultRule[];
}

export type FaultAction =
  { kind: 'none' } | { kind: 'too-many-requests'; retryAfter: string } | { kind: 'server-error'; status: number; retryAfter?: string };

export interface FaultDecision {
  latencyMs: number;
  action: FaultAction;
  malformedBody: boolean;
}

class Rule implements FaultRule {
  matched = 0;
  injected = 0;
  private remaining429: number;
  private remaining5xx: number;
  private remainingMalformed: number;
  private readonly pathRe: RegExp | undefined;

  constructor(readonly spec: Readonly<FaultSpec>) {
    this.remaining429 = spec.leading429 ?? 0;
    this.remaining5xx = spec.serverErrors === 'always' ? Infinity : (spec.serverErrors ?? 0);
    this.remainingMalformed = spec.malformedBody === 'always' ? Infinity : (spec.malformedBody ?? 0);
    this.pathRe = spec.path === undefined ? undefined : toPathRegExp(spec.path);
  }

  matches(method: string, path: string): boolean {
    if (this.spec.method && this.spec.method.toUpperCase() !== method.toUpperCase()) return false;
    return this.pathRe ? this.pathRe.test(path) : true;
  }

  take429(): boolean {
    if (this.remaining429 <= 0) return false;
    this.remaining429--;
    this.injected++;
    return true;
  }

  take5xx(): boolean {
    if (this.remaining5xx <= 0) return false;
    this.remaining5xx--;
    this.injected++;
    return true;
  }

  takeMalformed(): boolean {
    if (this.remainingMalformed <= 0) return false;
    this.remainingMalformed--;
    this.injected++;
    return true;
  }
}

function toPathRegExp(pattern: string | RegExp): RegExp {
  if (pattern instanceof RegExp) return pattern;
  const source = pattern
    .split(/(\*|\{[^}/]+\}|:[A-Za-z_]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (/^\{[^}/]+\}$/.test(part) || /^:[A-Za-z_]\w*$/.test(part)) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

function checkSpec(spec: FaultSpec): void {
  const count = (name: keyof FaultSpec, v: unknown, allowAlways: boolean) => {
    if (v === undefined || (allowAlways && v === 'always')) return;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new TypeError(`faults: ${name} must be a whole number >= 0${allowAlways ? " or 'always'" : ''} (got ${String(v)})`);
    }
  };
  count('leading429', spec.leading429, false);
  count('serverErrors', spec.serverErrors, true);
  count('malformedBody', spec.malformedBody, true);
  count('latencyMs', spec.latencyMs, false);
  if (spec.serverErrorStatus !== undefined && !(spec.serverErrorStatus >= 500 && spec.serverErrorStatus <= 599)) {
    throw new TypeError(`faults: serverErrorStatus must be 500-599 (got ${spec.serverErrorStatus})`);
  }
  if (!spec.leading429 && !spec.serverErrors && !spec.latencyMs && !spec.malformedBody) {
    throw new TypeError('faults: give at least one of leading429, serverErrors, latencyMs, malformedBody');
  }
}

function retryAfterValue(v: FaultSpec['retryAfter']): string {
  if (v === undefined) return '1';
  if (v instanceof Date) return v.toUTCString(); // the HTTP-date form (RFC 9110 section 10.2.3)
  return String(v);
}

export class FaultRegistry implements FaultControl {
  private list: Rule[] = [];

  get rules(): readonly FaultRule[] {
    return this.list;
  }

  set(spec: FaultSpec): FaultRule {
    checkSpec(spec);
    const rule = new Rule({ ...spec });
    this.list = [rule];
    return rule;
  }

  add(spec: FaultSpec): FaultRule {
    checkSpec(spec);
    const rule = new Rule({ ...spec });
    this.list.push(rule);
    return rule;
  }

  clear(): void {
    this.list = [];
  }

  /** What to do to this request; counts it against every matching rule. */
  decide(method: string, path: string): FaultDecision {
    const matching = this.list.filter((r) => r.matches(method, path));
    for (const r of matching) r.matched++;
    const latencyMs = matching.reduce((max, r) => Math.max(max, r.spec.latencyMs ?? 0), 0);
    let action: FaultAction = { kind: 'none' };
    for (const r of matching) {
      if (r.take429()) {
        action = { kind: 'too-many-requests', retryAfter: retryAfterValue(r.spec.retryAfter) };
        break;
      }
      if (r.take5xx()) {
        action = {
          kind: 'server-error',
          status: r.spec.serverErrorStatus ?? 500,
          ...(r.spec.retryAfter !== undefined ? { retryAfter: retryAfterValue(r.spec.retryAfter) } : {}),
        };
        break;
      }
    }
    const malformedBody = action.kind === 'none' && matching.some((r) => r.takeMalformed());
    return { latencyMs, action, malformedBody };
  }
}
