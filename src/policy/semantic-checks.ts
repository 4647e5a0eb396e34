// Checks the JSON Schema cannot express: across files (unique names, at most one integration and
// one identities file, auto rules with no schedules anywhere) and of meaning within a file
// (matches that can never match, duration bounds, logins that collide case-insensitively, two
// logins with one email).
// They read the raw data defensively, so they also run on files that fail the schema and every
// problem is reported at once (validation never stops at the first problem).
import type { Diagnostic, Severity } from './diagnostic.js';
import { formatDuration, MAX_DURATION_MS, MIN_DURATION_MS, parseDuration } from './duration.js';
import { globProblem } from './glob.js';
import type { ParsedYaml } from './parse-yaml.js';
import { DURATION_PATTERN, MATCH_KEYS, SCHEDULE_ID_PATTERN } from './schema.js';

const DURATION = new RegExp(DURATION_PATTERN);

export function semanticDiagnostics(files: readonly ParsedYaml[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (severity: Severity, file: ParsedYaml, pointer: string, code: string, message: string, fix: string): void => {
    const { line, column } = file.locate(pointer);
    out.push({ severity, code, file: file.file, line, column, message, fix });
  };

  const policies: { file: ParsedYaml; doc: Record<string, unknown> }[] = [];
  const integrations: { file: ParsedYaml; doc: Record<string, unknown> }[] = [];
  const identities: { file: ParsedYaml; doc: Record<string, unknown> }[] = [];
  for (const file of files) {
    const doc = file.value;
    if (!isRecord(doc)) continue;
    if (doc.kind === 'policy') policies.push({ file, doc });
    if (doc.kind === 'integration') integrations.push({ file, doc });
    if (doc.kind === 'identities') identities.push({ file, doc });
  }

  for (const { file, doc } of policies) checkPolicy(file, doc, report);
  const defaultSchedules = integrations.flatMap(({ doc }) =>
    isRecord(doc.autoApproval) && Array.isArray(doc.autoApproval.schedules) ? doc.autoApproval.schedules.filter(isString) : [],
  );
  for (const { file, doc } of policies) checkScopes(file, doc, defaultSchedules, report);
  for (const { file, doc } of identities) checkIdentities(file, doc, report);

  // Names are how `gate`'s `policy` input, the plan and the escalation request key
  // (`oncall-gate/<owner>/<repo>/pull/<n>/<policy>`) refer to a policy, so a name used twice is an
  // error in every place it appears.
  const byName = new Map<string, { file: ParsedYaml; line: number }[]>();
  for (const { file, doc } of policies) {
    if (typeof doc.name !== 'string') continue;
    const list = byName.get(doc.name) ?? [];
    list.push({ file, line: file.locate('/name').line });
    byName.set(doc.name, list);
  }
  for (const [name, uses] of byName) {
    if (uses.length < 2) continue;
    for (const use of uses) {
      const others = uses.filter((u) => u !== use).map((u) => `${u.file.file}:${u.line}`);
      report(
        'error',
        use.file,
        '/name',
        'duplicate-name',
        `Policy name \`${name}\` is also used in ${others.join(', ')}`,
        'Rename one of the policies: names must be unique across all policy files.',
      );
    }
  }

  for (const [kind, list] of [
    ['integration', integrations],
    ['identities', identities],
  ] as const) {
    if (list.length < 2) continue;
    for (const { file } of list) {
      const others = list.filter((e) => e.file !== file).map((e) => e.file.file);
      report(
        'error',
        file,
        '/kind',
        kind === 'integration' ? 'duplicate-integration' : 'duplicate-identities',
        `More than one \`kind: ${kind}\` file: this one and ${others.join(', ')}`,
        `Keep a single ${kind} file and merge the other's settings into it.`,
      );
    }
  }

  // An auto rule without `schedules` falls back to the integration's autoApproval.schedules;
  // with neither, it denies everyone, as incident.io's own approval integration does with no
  // schedule selected - valid, but almost certainly not what was meant.
  const integrationSchedules = integrations.some(({ doc }) => {
    const auto = doc.autoApproval;
    return isRecord(auto) && Array.isArray(auto.schedules) && auto.schedules.length > 0;
  });
  if (!integrationSchedules) {
    const where = integrations[0]
      ? `in ${integrations[0].file.file}`
      : 'in an integration file (`kind: integration`, `integration: incidentio`)';
    for (const { file, doc } of policies) {
      if (!Array.isArray(doc.approval)) continue;
      doc.approval.forEach((rule, i) => {
        if (!isRecord(rule) || rule.type !== 'auto' || rule.schedules !== undefined) return;
        report(
          'warning',
          file,
          `/approval/${i}`,
          'auto-no-schedules',
          'This `auto` rule has no `schedules` and the integration sets no `autoApproval.schedules`, so it never approves anyone',
          `Add \`schedules: [<schedule ID>]\` to the rule, or set \`autoApproval: { schedules: [<schedule ID>] }\` ${where}.`,
        );
      });
    }
  }

  return out;
}

type Report = (severity: Severity, file: ParsedYaml, pointer: string, code: string, message: string, fix: string) => void;

function checkPolicy(file: ParsedYaml, doc: Record<string, unknown>, report: Report): void {
  const match = doc.match;
  if (isRecord(match)) {
    // `gate` selects by environments and request/review by branches (policies/README.md, "Which
    // policies apply"); paths and labels only narrow a branch match, so without either list
    // nothing selects it.
    // An unknown key in `match` (reported by the schema, e.g. `environment`) is most likely the
    // intended list, so "never matches" would only repeat that problem.
    const unknownKey = Object.keys(match).some((k) => !(MATCH_KEYS as readonly string[]).includes(k));
    if (match.environments === undefined && match.branches === undefined && !unknownKey) {
      report(
        'error',
        file,
        '/match',
        'match-never-matches',
        '`match` has neither `environments` nor `branches`, so this policy never matches a job or a pull request',
        'Add `environments: [production]` (jobs using `gate`) and/or `branches: [main]` (pull requests).',
      );
    }
    for (const key of ['branches', 'paths'] as const) {
      const list = match[key];
      if (!Array.isArray(list)) continue;
      list.forEach((pattern, i) => {
        if (typeof pattern !== 'string' || pattern === '') return;
        const problem = globProblem(pattern);
        if (problem) {
          report(
            'error',
            file,
            `/match/${key}/${i}`,
            'invalid-glob',
            `\`match.${key}[${i}]\` \`${pattern.slice(0, 80)}\` ${problem}, so it never matches`,
            'Fix the pattern: `*` matches within one path segment, `**` across segments, `{a,b}` either (https://github.com/micromatch/picomatch#globbing-features).',
          );
        } else if (key === 'branches' && pattern.startsWith('refs/')) {
          report(
            'error',
            file,
            `/match/${key}/${i}`,
            'match-never-matches',
            `Branch pattern \`${pattern.slice(0, 80)}\` starts with \`refs/\`, but it is compared with the pull request's base branch name, so it never matches`,
            `Write the branch name only: \`${pattern.replace(/^refs\/(heads\/)?/, '')}\`.`,
          );
        }
      });
    }
  }

  if (Array.isArray(doc.approval)) {
    if (doc.approval.length === 0) {
      report(
        'warning',
        file,
        '/approval',
        'empty-approval',
        '`approval` is an empty list, so every request this policy matches is denied',
        'Add an `auto` or `escalation` rule, or write `- type: deny` with a `reason` if denying is the intent.',
      );
    }
    doc.approval.forEach((rule, i) => {
      if (!isRecord(rule)) return;
      checkDuration(file, rule.duration, `/approval/${i}/duration`, rule.type === 'escalation' ? '24h' : '1h', report);
    });
  }
}

/**
 * An `auto` rule's `scope` narrows schedules the rule consults, so each of its keys must be one of
 * them (its own `schedules`, else the integration's `autoApproval.schedules`); and an outage
 * fallback must name someone.
 */
function checkScopes(file: ParsedYaml, doc: Record<string, unknown>, defaults: readonly string[], report: Report): void {
  if (Array.isArray(doc.approval)) {
    doc.approval.forEach((rule, i) => {
      if (!isRecord(rule) || rule.type !== 'auto' || !isRecord(rule.scope)) return;
      const own = Array.isArray(rule.schedules) ? rule.schedules.filter(isString) : undefined;
      const consulted = own ?? defaults;
      const from = own ? '`schedules`' : "the integration's `autoApproval.schedules` (the rule has no `schedules`)";
      for (const id of Object.keys(rule.scope)) {
        // A key that is not shaped like an ID is a schema error already.
        if (consulted.includes(id) || !SCHEDULE_ID.test(id)) continue;
        report(
          'error',
          file,
          `/approval/${i}/scope/${escapePointer(id)}`,
          'scope-unknown-schedule',
          `\`scope\` names schedule ${id.slice(0, 60)}, which this rule does not consult (${from}: ${consulted.length > 0 ? consulted.join(', ') : 'none'}), so it would narrow nothing`,
          own
            ? `Add ${id.slice(0, 60)} to the rule's \`schedules\`, or key the scope by one of them.`
            : `Key the scope by one of ${from}, or give the rule its own \`schedules:\` that include ${id.slice(0, 60)}.`,
        );
      }
    });
  }
  const fallback = doc.whenUnavailable;
  if (isRecord(fallback)) checkDuration(file, fallback.duration, '/whenUnavailable/duration', '24h', report);
  if (isRecord(fallback) && fallback.approvers === undefined && fallback.approverTeams === undefined) {
    report(
      'error',
      file,
      '/whenUnavailable',
      'fallback-no-approvers',
      '`whenUnavailable` names no `approvers` and no `approverTeams`, so nobody could approve while incident.io is unavailable',
      'Add `approvers: [<GitHub login>]` and/or `approverTeams: [<team slug>]`, or write `whenUnavailable: deny`.',
    );
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const SCHEDULE_ID = new RegExp(SCHEDULE_ID_PATTERN);

/** A duration of the right shape (the schema checks that) outside 1m-30d. */
function checkDuration(file: ParsedYaml, duration: unknown, pointer: string, example: string, report: Report): void {
  if (typeof duration !== 'string' || !DURATION.test(duration)) return;
  let ms: number;
  try {
    ms = parseDuration(duration);
  } catch {
    ms = Infinity;
  }
  if (ms >= MIN_DURATION_MS && ms <= MAX_DURATION_MS) return;
  report(
    'error',
    file,
    pointer,
    'duration-out-of-range',
    `\`duration: ${duration.slice(0, 40)}\` is ${ms < MIN_DURATION_MS ? 'shorter' : 'longer'} than allowed (${formatDuration(MIN_DURATION_MS)} to ${formatDuration(MAX_DURATION_MS)})`,
    `Use a duration between 1m and 30d, e.g. \`duration: ${example}\`.`,
  );
}

function checkIdentities(file: ParsedYaml, doc: Record<string, unknown>, report: Report): void {
  const users = doc.users;
  if (!isRecord(users)) return;
  // GitHub logins are case-insensitive (no two accounts differ only by case), so `Alice` and
  // `alice` are the same person mapped twice, possibly to different emails.
  const first = new Map<string, string>();
  for (const login of Object.keys(users)) {
    const folded = login.toLowerCase();
    const earlier = first.get(folded);
    if (earlier === undefined) {
      first.set(folded, login);
      continue;
    }
    report(
      'error',
      file,
      `/users/${escapePointer(login)}`,
      'duplicate-login',
      `Login \`${login}\` is already mapped as \`${earlier}\` (line ${file.locate(`/users/${escapePointer(earlier)}`).line}); logins are case-insensitive`,
      'Keep one entry for this person and remove the other.',
    );
  }
  // Email is the join key with incident.io: two logins with one email would make "who is this
  // login" and "which login is this on-call person" ambiguous (whom to ask for a review, whose
  // approval is whose). One person has one entry.
  const byEmail = new Map<string, string>();
  for (const [login, email] of Object.entries(users)) {
    if (typeof email !== 'string' || email.trim() === '') continue;
    const folded = email.trim().toLowerCase();
    const earlier = byEmail.get(folded);
    if (earlier === undefined) {
      byEmail.set(folded, login);
      continue;
    }
    report(
      'error',
      file,
      `/users/${escapePointer(login)}`,
      'duplicate-email',
      `Login \`${login}\` maps to \`${email.trim()}\`, which \`${earlier}\` (line ${file.locate(`/users/${escapePointer(earlier)}`).line}) maps to already; emails are case-insensitive and each belongs to one person`,
      'Keep one login per incident.io email: remove this entry, or correct its email.',
    );
  }
  const lookup = doc.lookup;
  if (Object.keys(users).length > 0 && Array.isArray(lookup) && !lookup.includes('map')) {
    report(
      'warning',
      file,
      '/users',
      'users-unused',
      '`users` is never read: `lookup` does not include `map`',
      'Add `map` to `lookup` (e.g. `lookup: [map, github-public-email]`), or remove `users`.',
    );
  }
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
