// The one error model. Every failure a user can act on is an OncallGateError carrying data: its
// kind, what failed, the fix, and (when a service answered) the HTTP status and the request. The
// adapters produce it from what GitHub and incident.io answer; commands produce it for inputs,
// policies and the runner's environment. report/describe-error.ts turns it into the line the
// action or the command line shows; anything else that is thrown is a bug, reported as such.
//
// The same failure is worded for two audiences. A step is configured through action inputs and
// fixed by re-running the job; the command line through environment variables and flags, and
// fixed by trying again. So a message or fix that names a setting, or says to re-run, names it
// as a term (a `Text` part) rather than in prose, and each audience spells the term its own way.
import type { Diagnostic } from './policy/diagnostic.js';

export type ErrorKind =
  /** An action input, a command-line flag or an environment variable is missing or malformed. */
  | 'input'
  /** The policy files or their folder: invalid, missing, matching nothing, over a limit. */
  | 'policy'
  /** What the runner or the machine provides: GITHUB_* variables, the event payload, the checkout's git objects, runner files. */
  | 'environment'
  /** A credential was rejected (401). */
  | 'auth'
  /** A credential lacks a permission or role (403). */
  | 'permission'
  /** What was named does not exist, or cannot be seen with the credential (404). */
  | 'not-found'
  /** The service refused a value it was sent (400, 409, 422). */
  | 'rejected'
  /** The service holds data that contradicts itself (one email, several active users). */
  | 'conflict'
  /** A rate limit, still there after the bounded retries. */
  | 'rate-limit'
  /** No answer, a timeout, or a 5xx after the bounded retries. */
  | 'unavailable'
  /** An answer that is not what the API documents: a proxy, a redirect elsewhere, a malformed body. */
  | 'bad-response'
  /** More than oncall-gate reads: a response, a list or a tree over its cap. */
  | 'too-large'
  /** The run's API deadline (`api-timeout`) passed. */
  | 'deadline'
  /** A write refused by a read-only (dry-run) client. */
  | 'read-only';

/**
 * The settings a message or fix may name as a term: action inputs that the command line takes from
 * its environment or flags instead.
 */
export type Setting = 'incidentio-api-key' | 'incidentio-api-url' | 'github-token';

/** A term each audience spells its own way. */
export type Term =
  /** A setting by name; with `value`, the value it has. */
  | { setting: Setting; value?: string }
  /** "the `incidentio-api-key` secret" in a workflow, the variable on the command line. */
  | { secret: 'incidentio-api-key' }
  /** Put a new key where the old one was. */
  | { say: 'store-new-key' }
  /** Try the same thing again: re-run the job, or run the command again. `capital`: at the start of a sentence. */
  | { say: 'retry'; capital?: boolean }
  /** Where the request was sent from: the runner, or this machine. */
  | { say: 'reach' }
  /** What a dead API would otherwise hang: the job, or the command. */
  | { say: 'hang' };

export type Text = string | readonly (string | Term)[];

export type Audience = 'action' | 'cli';

interface Spelling {
  setting(name: Setting, value: string | undefined): string;
  secret(name: 'incidentio-api-key'): string;
  say: Record<'store-new-key' | 'retry' | 'reach' | 'hang', string>;
}

const CLI_SETTINGS: Record<Setting, { name: string; where: string }> = {
  'incidentio-api-key': { name: 'INCIDENTIO_API_KEY', where: '' },
  'incidentio-api-url': { name: 'the API URL', where: '--api-url or INCIDENTIO_API_URL' },
  'github-token': { name: 'GITHUB_TOKEN', where: 'or GH_TOKEN' },
};

/** How each audience spells the terms: the action names its inputs, the command line its variables and flags. */
const SPELLING: Record<Audience, Spelling> = {
  action: {
    setting: (name, value) => `\`${name}\`${value !== undefined ? ` (${value})` : ''}`,
    secret: (name) => `the \`${name}\` secret`,
    say: {
      'store-new-key': 'update the secret',
      retry: 're-run the job',
      reach: 'the runner can reach it (DNS, proxy, firewall, egress rules of self-hosted runners)',
      hang: 'hanging the job',
    },
  },
  cli: {
    setting: (name, value) => {
      const s = CLI_SETTINGS[name];
      const named = value !== undefined ? `${s.name} ${value}` : s.name;
      return s.where ? `${named} (${s.where})` : named;
    },
    secret: (name) => CLI_SETTINGS[name].name,
    say: {
      'store-new-key': `set ${CLI_SETTINGS['incidentio-api-key'].name} to it`,
      retry: 'try again',
      reach: 'this machine can reach it (DNS, proxy, firewall)',
      hang: 'hanging',
    },
  },
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `text` as `audience` reads it. */
export function spell(text: Text, audience: Audience): string {
  if (typeof text === 'string') return text;
  const s = SPELLING[audience];
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('setting' in part) return s.setting(part.setting, part.value);
      if ('secret' in part) return s.secret(part.secret);
      const said = s.say[part.say];
      return part.say === 'retry' && part.capital ? capitalise(said) : said;
    })
    .join('');
}

/**
 * Builds a Text from a template: `text\`Check ${setting('incidentio-api-url', url)}, then ${RETRY}.\``.
 * Strings interpolated stay strings; terms stay terms.
 */
export function text(strings: TemplateStringsArray, ...values: readonly (string | number | Term)[]): Text {
  const parts: (string | Term)[] = [];
  strings.forEach((s, i) => {
    parts.push(s);
    const v = values[i];
    if (v !== undefined) parts.push(typeof v === 'number' ? String(v) : v);
  });
  return joinText([parts], '');
}

export const setting = (name: Setting, value?: string): Term => (value === undefined ? { setting: name } : { setting: name, value });
export const RETRY: Term = { say: 'retry' };
export const RETRY_CAPITAL: Term = { say: 'retry', capital: true };

/** Joins texts with `separator` between the non-empty ones. */
export function joinText(texts: readonly Text[], separator = ' '): Text {
  const out: (string | Term)[] = [];
  const push = (p: string | Term): void => {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  };
  for (const t of texts) {
    if (t === '' || t.length === 0) continue;
    if (out.length > 0) push(separator);
    if (typeof t === 'string') push(t);
    else t.forEach(push);
  }
  return out.length === 0 ? '' : out.length === 1 && typeof out[0] === 'string' ? out[0] : out;
}

/** Applies `f` to the strings of a text, the values of its terms included (a redactor). */
export function mapText(t: Text, f: (s: string) => string): Text {
  if (typeof t === 'string') return f(t);
  return t.map((p) => (typeof p === 'string' ? f(p) : 'setting' in p && p.value !== undefined ? { ...p, value: f(p.value) } : p));
}

/** The strings of a text and the values of its terms: what a redactor has to look through. */
export function plainText(t: Text): string {
  return typeof t === 'string'
    ? t
    : t.map((p) => (typeof p === 'string' ? p : 'setting' in p && p.value !== undefined ? p.value : '')).join('\n');
}

export interface ErrorData {
  kind: ErrorKind;
  /** What failed, and where. */
  message: Text;
  /** What to do about it ('' when the message says it). */
  fix: Text;
  /** The HTTP status, when a service answered. */
  status?: number;
  /** The service that failed, when one did. */
  service?: 'github' | 'incidentio';
  /** The request that failed, "METHOD /path" (no host, no query), when known. */
  call?: string;
  /** The service's own ID of the request, to quote to its support. */
  requestId?: string;
  /** The action input the error is about, when it is about one (`incidentio-api-key`, `policy-path`, ...). */
  setting?: string;
  /** The repository file or folder the error is about (repo-relative), when it is about one. */
  file?: string;
  /** A `policy` error about invalid files: the problems, for annotations at their lines. */
  diagnostics?: readonly Diagnostic[];
  cause?: unknown;
}

export class OncallGateError extends Error {
  override name = 'OncallGateError';
  readonly kind: ErrorKind;
  /** The fix as the action words it. */
  readonly fix: string;
  readonly status?: number;
  readonly service?: 'github' | 'incidentio';
  readonly call?: string;
  readonly requestId?: string;
  readonly setting?: string;
  readonly file?: string;
  readonly diagnostics?: readonly Diagnostic[];
  /** The message and the fix as data, for the other audience (see spell). */
  readonly text: { message: Text; fix: Text };

  constructor(data: ErrorData) {
    super(spell(data.message, 'action'), data.cause !== undefined ? { cause: data.cause } : undefined);
    this.kind = data.kind;
    this.fix = spell(data.fix, 'action');
    this.text = { message: data.message, fix: data.fix };
    if (data.status !== undefined) this.status = data.status;
    if (data.service !== undefined) this.service = data.service;
    if (data.call !== undefined) this.call = data.call;
    if (data.requestId !== undefined) this.requestId = data.requestId;
    if (data.setting !== undefined) this.setting = data.setting;
    if (data.file !== undefined) this.file = data.file;
    if (data.diagnostics !== undefined) this.diagnostics = data.diagnostics;
  }

  /** The same error with every plain string of its texts passed through `f` (a redactor). */
  mapText(f: (s: string) => string): OncallGateError {
    return new OncallGateError({ ...this.data(), message: mapText(this.text.message, f), fix: mapText(this.text.fix, f) });
  }

  /** The error's data, to build a related error from. */
  data(): ErrorData {
    return {
      kind: this.kind,
      message: this.text.message,
      fix: this.text.fix,
      ...(this.status !== undefined ? { status: this.status } : {}),
      ...(this.service !== undefined ? { service: this.service } : {}),
      ...(this.call !== undefined ? { call: this.call } : {}),
      ...(this.requestId !== undefined ? { requestId: this.requestId } : {}),
      ...(this.setting !== undefined ? { setting: this.setting } : {}),
      ...(this.file !== undefined ? { file: this.file } : {}),
      ...(this.diagnostics !== undefined ? { diagnostics: this.diagnostics } : {}),
      ...(this.cause !== undefined ? { cause: this.cause } : {}),
    };
  }
}

/** Whether `error` is ours and of one of `kinds` (any kind when none is given). */
export function isError(error: unknown, ...kinds: ErrorKind[]): error is OncallGateError {
  return error instanceof OncallGateError && (kinds.length === 0 || kinds.includes(error.kind));
}

/** Whether `error` is a failure of `service` (of one of `kinds`, when given). */
export function isServiceError(error: unknown, service: 'github' | 'incidentio', ...kinds: ErrorKind[]): error is OncallGateError {
  return isError(error, ...kinds) && error.service === service;
}
