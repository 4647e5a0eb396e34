// GitHub login -> incident.io email, by the `lookup` order of the identities settings
// (`kind: identities`). Email is the join key between the two systems (incident.io's schedules
// name people by email), so a login that resolves to no email is never on call. What was tried
// is kept as data; src/report/explain.ts words it for the summary, the comment and the CLI.
// Commit author emails are never consulted: anyone can write any email into a commit.
import type { IdentityLookup, IdentitySettings } from '../policy/types.js';

/** The GitHub reads the lookups need; the GitHub adapter provides them (tests pass fakes). */
export interface GitHubIdentitySource {
  /** `GET /users/{login}` `email`: the public profile email, or null when the user shows none. */
  publicEmail(login: string): Promise<string | null>;
  /**
   * GraphQL `User.organizationVerifiedDomainEmails(login: org)`. Resolves to
   * `{ forbidden: true }` when the token may not read them (GitHub answers FORBIDDEN).
   */
  verifiedDomainEmails(login: string, org: string): Promise<string[] | { forbidden: true }>;
}

/** What one lookup found, or why it found nothing. */
export type LookupNote =
  | { kind: 'map-found'; file: string }
  | { kind: 'map-no-entry'; login: string; file: string }
  | { kind: 'map-no-file'; file: string }
  /** A GitHub lookup skipped: no GitHub token was given. */
  | { kind: 'no-token' }
  | { kind: 'public-found' }
  | { kind: 'public-none' }
  /** The token may not read the organization's verified-domain emails. */
  | { kind: 'domain-forbidden'; org: string }
  | { kind: 'domain-found'; org: string }
  | { kind: 'domain-none'; org: string };

export interface LookupAttempt {
  lookup: IdentityLookup;
  outcome: 'found' | 'none' | 'unavailable';
  note: LookupNote;
}

/** A login no lookup resolved: which login, what was tried, and where its entry belongs. */
export interface UnresolvedIdentity {
  /** The login as the identities file keys it (lower case, no `@`). */
  login: string;
  tried: LookupAttempt[];
  /** The identities file to add the login to (or to create). */
  file: string;
  fileExists: boolean;
  /** `map` is one of the configured lookups. */
  mapLookup: boolean;
}

export interface ResolvedIdentity {
  login: string;
  /** Lower-cased; several only for verified-domain emails. Empty: not resolvable. */
  emails: string[];
  source?: IdentityLookup;
  tried: LookupAttempt[];
  /** Set when `emails` is empty. */
  problem?: UnresolvedIdentity;
}

export interface ResolveOptions {
  /** The organization whose verified domains count: the repository owner. */
  org: string;
  /** Absent when no GitHub token is available (the GitHub lookups are then skipped with a note). */
  github?: GitHubIdentitySource;
  /** The `policy-path` input: where to create an identities file when there is none. */
  policyPath: string;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** A login as GitHub compares it: case-insensitively. */
export const normalizeLogin = (login: string): string => login.trim().replace(/^@/, '').toLowerCase();

/** The identities file path a message should name. */
export function identitiesFilePath(settings: IdentitySettings, policyPath: string): string {
  return settings.at?.file ?? `${policyPath.replace(/\/+$/, '')}/identities.yaml`;
}

/** Tries each configured lookup in order; the first that yields an email wins. */
export async function resolveIdentity(login: string, settings: IdentitySettings, options: ResolveOptions): Promise<ResolvedIdentity> {
  const tried: LookupAttempt[] = [];
  const key = normalizeLogin(login);
  const file = identitiesFilePath(settings, options.policyPath);
  const fileExists = settings.at !== undefined;

  for (const lookup of settings.lookup) {
    if (lookup === 'map') {
      const email = settings.users.get(key);
      if (email) {
        tried.push({ lookup, outcome: 'found', note: { kind: 'map-found', file } });
        return { login, emails: [normalizeEmail(email)], source: lookup, tried };
      }
      tried.push({
        lookup,
        outcome: 'none',
        note: fileExists ? { kind: 'map-no-entry', login: key, file } : { kind: 'map-no-file', file },
      });
      continue;
    }

    if (!options.github) {
      tried.push({ lookup, outcome: 'unavailable', note: { kind: 'no-token' } });
      continue;
    }

    if (lookup === 'github-public-email') {
      const email = await options.github.publicEmail(login);
      if (email && email.includes('@')) {
        tried.push({ lookup, outcome: 'found', note: { kind: 'public-found' } });
        return { login, emails: [normalizeEmail(email)], source: lookup, tried };
      }
      tried.push({ lookup, outcome: 'none', note: { kind: 'public-none' } });
      continue;
    }

    // github-verified-domain-email: only an org owner's token or an org-installed App can read
    // these; the workflow GITHUB_TOKEN has no organization permissions.
    const answer = await options.github.verifiedDomainEmails(login, options.org);
    if (!Array.isArray(answer)) {
      tried.push({ lookup, outcome: 'unavailable', note: { kind: 'domain-forbidden', org: options.org } });
      continue;
    }
    const emails = [...new Set(answer.filter((e) => e.includes('@')).map(normalizeEmail))];
    if (emails.length > 0) {
      tried.push({ lookup, outcome: 'found', note: { kind: 'domain-found', org: options.org } });
      return { login, emails, source: lookup, tried };
    }
    tried.push({ lookup, outcome: 'none', note: { kind: 'domain-none', org: options.org } });
  }

  return { login, emails: [], tried, problem: { login: key, tried, file, fileExists, mapLookup: settings.lookup.includes('map') } };
}

/** email (lower-case) -> GitHub login, from the identities map: for showing who is on call. */
export function loginsByEmail(settings: IdentitySettings): Map<string, string> {
  const out = new Map<string, string>();
  for (const [login, email] of settings.users) {
    const key = normalizeEmail(email);
    if (!out.has(key)) out.set(key, login);
  }
  return out;
}
