// Live checks of the identities file against GitHub, for `oncall-gate validate` with a GitHub
// token: every login under `users:` must be a GitHub account of a person. A login that is no
// account maps its email to nobody, so that person can never be recognised as on call; a near miss
// of one of the repository's people (its assignees, when the repository is known) gets a "did you
// mean", compared without regard to case, as GitHub compares logins.
//
// Requests: GET /users/{login} once per login (a few at a time), and GET /repos/{o}/{r}/assignees
// (all pages) only when a login is not an account.
import type { GitHubPort } from '../github/port.js';
import type { Diagnostic } from './diagnostic.js';
import { parseYamlFile } from './parse-yaml.js';
import { typoDistance } from './suggest.js';
import type { PolicyFile, PolicySet, Position } from './types.js';

/** What the check asks GitHub; without `listAssignees` (no repository known) there are no suggestions. */
export type GitHubLoginClient = Pick<GitHubPort, 'getUser'> & Partial<Pick<GitHubPort, 'listAssignees'>>;

/** How many logins are looked up at once. */
const CONCURRENCY = 4;

interface WrittenLogin {
  login: string;
  email: string;
  at: Position;
}

/** The logins of the identities file as written, with their email and position, in file order. */
function writtenLogins(files: readonly PolicyFile[], set: PolicySet): WrittenLogin[] {
  const at = set.identities.at;
  const file = at ? files.find((f) => f.path === at.file) : undefined;
  if (!file) return [];
  const parsed = parseYamlFile(file);
  const doc = parsed.value as { users?: unknown } | null;
  const users = doc && typeof doc.users === 'object' && doc.users !== null && !Array.isArray(doc.users) ? doc.users : {};
  const seen = new Set<string>();
  const out: WrittenLogin[] = [];
  for (const [login, email] of Object.entries(users as Record<string, unknown>)) {
    // A case-only duplicate is already an error of its own; the first spelling is the one used.
    if (typeof email !== 'string' || seen.has(login.toLowerCase())) continue;
    seen.add(login.toLowerCase());
    const p = parsed.locate(`/users/${login.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    out.push({ login, email, at: { file: file.path, line: p.line, column: p.column } });
  }
  return out;
}

/** Runs `f` over `items`, at most `limit` at a time, keeping the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await f(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The repository's login nearest to `login` (case-insensitive; a swapped pair of letters is one
 * edit) when it is a likely slip: one edit, or two in a login of five characters or more.
 */
export function nearestLogin(login: string, people: readonly string[]): string | undefined {
  const allowed = login.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const person of people) {
    if (person.toLowerCase() === login.toLowerCase()) continue;
    const d = typoDistance(login, person);
    if (d < bestDistance) {
      best = person;
      bestDistance = d;
    }
  }
  return best;
}

const LOGIN_FIX = 'Write the login as it appears in the person’s GitHub profile address (https://github.com/<login>).';

/**
 * The problems with the identities file's logins, as diagnostics on their lines. Throws a `github`
 * error when GitHub cannot be asked at all (a refused token, GitHub down): the caller reports that
 * the logins were not checked.
 */
export async function checkGitHubLogins(set: PolicySet, files: readonly PolicyFile[], github: GitHubLoginClient): Promise<Diagnostic[]> {
  const written = writtenLogins(files, set);
  const accounts = await mapLimited(written, CONCURRENCY, (w) => github.getUser(w.login));
  const missing = written.filter((_, i) => accounts[i] === null);

  // The repository's people, read once and only for a miss; they only improve the message.
  let people: string[] = [];
  if (missing.length > 0 && github.listAssignees) people = await github.listAssignees().catch(() => []);

  const diagnostics: Diagnostic[] = [];
  written.forEach((w, i) => {
    const account = accounts[i];
    const where = { file: w.at.file, line: w.at.line, column: w.at.column };
    if (account === null || account === undefined) {
      const near = nearestLogin(w.login, people);
      diagnostics.push({
        severity: 'error',
        code: 'unknown-github-login',
        ...where,
        message: `\`${w.login}\` is not a GitHub account (GitHub has no user with that login), so the email ${w.email} is never matched to anyone`,
        fix: (near ? `Did you mean \`${near}\`? ` : '') + LOGIN_FIX,
      });
    } else if (account.type === 'Organization') {
      diagnostics.push({
        severity: 'error',
        code: 'github-login-not-a-user',
        ...where,
        message: `\`${w.login}\` is a GitHub organization, not a person's account, so nobody is ever matched to ${w.email}`,
        fix: `Map each person's own GitHub login to their incident.io email instead.`,
      });
    }
  });
  return diagnostics;
}
