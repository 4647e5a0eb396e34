// The one redactor: every sink (the runner's log, annotations, outputs and step summary, PR
// comments, check runs, incident text, error messages, the CLI's output) passes text through it,
// and every secret (the incident.io key, the GitHub token) is replaced by `***`.
//
// A plain "replace the whole secret" misses a secret that was cut: an error message truncated to
// fit a comment can end with the first half of a key, and a renderer that escapes markdown turns
// `inc_abc` into `inc\_abc`. So the redactor also replaces any run of MIN_FRAGMENT or more
// characters taken from a secret, in the secret's plain, markdown-escaped, JSON-escaped and
// URL-encoded forms. Fragments shorter than that carry too little of a key to matter, and keep
// ordinary words from being mistaken for one.

export const REDACTED = '***';
/** Secrets shorter than this are not redacted at all (an empty or one-letter input is no secret). */
const MIN_SECRET = 4;
/** The shortest piece of a secret that is redacted on its own. */
export const MIN_FRAGMENT = 12;

export interface Redactor {
  redact(text: string): string;
  /** Every string inside a JSON-like value (request bodies), redacted; other values kept. */
  redactDeep<T>(value: T): T;
}

/** The characters report/markdown.ts escapes with a backslash (kept in step with its SPECIALS). */
const MARKDOWN_SPECIAL = /[\\`*_[\]()#|<>~&]/g;

function formsOf(secret: string): string[] {
  const forms = new Set([
    secret,
    secret.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`),
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
  ]);
  return [...forms];
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const kept = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET))];
  // Longest first, so a secret that contains another is replaced whole.
  const forms = kept.flatMap(formsOf).sort((a, b) => b.length - a.length);
  const fragmentForms = forms.filter((f) => f.length >= MIN_FRAGMENT);
  const grams = new Set<string>();
  for (const f of fragmentForms) for (let i = 0; i + MIN_FRAGMENT <= f.length; i++) grams.add(f.slice(i, i + MIN_FRAGMENT));
  const occursInAForm = (piece: string): boolean => fragmentForms.some((f) => f.includes(piece));

  const redact = (text: string): string => {
    if (kept.length === 0 || typeof text !== 'string' || text === '') return text;
    let out = text;
    for (const f of forms) if (out.includes(f)) out = out.split(f).join(REDACTED);
    if (grams.size === 0 || out.length < MIN_FRAGMENT) return out;
    // Fragments: grow every run that starts with a secret's MIN_FRAGMENT-gram as far as it stays
    // a piece of some form of a secret.
    let result = '';
    let i = 0;
    while (i < out.length) {
      if (i + MIN_FRAGMENT <= out.length && grams.has(out.slice(i, i + MIN_FRAGMENT))) {
        let end = i + MIN_FRAGMENT;
        while (end < out.length && occursInAForm(out.slice(i, end + 1))) end++;
        result += REDACTED;
        i = end;
      } else {
        result += out[i];
        i++;
      }
    }
    return result;
  };

  const redactDeep = <T>(value: T): T => {
    if (typeof value === 'string') return redact(value) as T;
    if (Array.isArray(value)) return value.map(redactDeep) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactDeep(v)])) as T;
    }
    return value;
  };

  return { redact, redactDeep };
}
