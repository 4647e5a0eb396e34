// GitHub login -> incident.io email, by the `lookup` order of the identities settings
// (DESIGN.md section 2, `kind: identities`). Email is the join key between the two systems
// (DESIGN.md section 8), so a login that resolves to no email is never on call.
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

export interface LookupAttempt {
  lookup: IdentityLookup;
  outcome: 'found' | 'none' | 'unavailable';
  /** One sentence for the step summary. */
  note: string;
}

export interface ResolvedIdentity {
  login: string;
  /** Lower-cased; several only for verified-domain emails. Empty: not resolvable. */
  emails: string[];
  source?: IdentityLookup;
  tried: LookupAttempt[];
  /** Set when `emails` is empty: what is wrong and how to fix it. */
  problem?: { message: string; fix: string };
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

/** A login as GitHub compares it: case-insensitively (NOTES.md section 4.6). */
export const normalizeLogin = (login: string): string => login.trim().replace(/^@/, '').toLowerCase();

/** The identities file path a message should name. */
export function identitiesFilePath(settings: IdentitySettings, policyPath: string): string {
  return settings.at?.file ?? `${policyPath.replace(/\/+$/, '')}/identities.yaml`;
}

/** Tries each configured lookup in order; the first that yields an email wins. */
export async function resolveIdentity(
  login: string,
  settings: IdentitySettings,
  options: ResolveOptions,
): Promise<ResolvedIdentity> {
  const tried: LookupAttempt[] = [];
  const key = normalizeLogin(login);
  const file = identitiesFilePath(settings, options.policyPath);
  const fileExists = settings.at !== undefined;

  for (const lookup of settings.lookup) {
    if (lookup === 'map') {
      const email = settings.users.get(key);
      if (email) {
        tried.push({ lookup, outcome: 'found', note: `found in ${file}` });
        return { login, emails: [normalizeEmail(email)], source: lookup, tried };
      }
      tried.push({
        lookup,
        outcome: 'none',
        note: fileExists
          ? `no entry for \`${key}\` under \`users:\` in ${file}`
          : `there is no identities file (${file})`,
      });
      continue;
    }

    if (!options.github) {
      tried.push({ lookup, outcome: 'unavailable', note: 'skipped: no GitHub token (input `github-token`)' });
      continue;
    }

    if (lookup === 'github-public-email') {
      const email = await options.github.publicEmail(login);
      if (email && email.includes('@')) {
        tried.push({ lookup, outcome: 'found', note: 'public email on the GitHub profile' });
        return { login, emails: [normalizeEmail(email)], source: lookup, tried };
      }
      tried.push({ lookup, outcome: 'none', note: 'the GitHub profile shows no public email' });
      continue;
    }

    // github-verified-domain-email: only an org owner's token or an org-installed App can read
    // these (NOTES.md section 3.5); the workflow GITHUB_TOKEN has no organization permissions.
    const answer = await options.github.verifiedDomainEmails(login, options.org);
    if (!Array.isArray(answer)) {
      tried.push({
        lookup,
        outcome: 'unavailable',
        note:
          `the token cannot read verified-domain emails of the \`${options.org}\` organization: ` +
          `pass \`github-token\` a token that can (a GitHub App token with Organization "Members: read" ` +
          `installed on \`${options.org}\`, or an organization owner's token with \`read:org\`); ` +
          'the default GITHUB_TOKEN has no organization permissions',
      });
      continue;
    }
    const emails = [...new Set(answer.filter((e) => e.includes('@')).map(normalizeEmail))];
    if (emails.length > 0) {
      tried.push({ lookup, outcome: 'found', note: `verified-domain email of the \`${options.org}\` organization` });
      return { login, emails, source: lookup, tried };
    }
    tried.push({
      lookup,
      outcome: 'none',
      note: `no email on a verified domain of the \`${options.org}\` organization`,
    });
  }

  return { login, emails: [], tried, problem: unresolvedProblem(key, settings, file, fileExists, tried) };
}

function unresolvedProblem(
  key: string,
  settings: IdentitySettings,
  file: string,
  fileExists: boolean,
  tried: LookupAttempt[],
): { message: string; fix: string } {
  const how = tried.length > 0 ? tried.map((t) => `${t.lookup}: ${t.note}`).join('; ') : 'no lookups are configured';
  const message = `GitHub user \`${key}\` has no known incident.io email, so they are never on call (${how})`;
  const entry = `\`${key}: <their incident.io email>\``;
  let fix: string;
  if (!fileExists) {
    fix =
      `Create ${file} on the default branch with \`version: 1\`, \`kind: identities\` ` +
      `and \`users:\` containing ${entry}.`;
  } else if (!settings.lookup.includes('map')) {
    fix = `Add \`map\` to \`lookup:\` in ${file} and add ${entry} under \`users:\`.`;
  } else {
    fix = `Add ${entry} under \`users:\` in ${file} (on the default branch).`;
  }
  return { message, fix };
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
