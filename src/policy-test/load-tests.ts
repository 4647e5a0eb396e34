// Reads the policy tests folder (docs/policy-tests.md) into cases and rota snapshots, pure: the
// files go in (read like policy files: no links, capped), the cases and every problem come out,
// each problem a Diagnostic on its file and line with the fix. YAML is read with the policy files'
// hardened parser (parse-yaml.ts: no aliases, tags or duplicate keys), which keeps positions, so
// a failed case can be annotated on the line of its expectation.
import { posix } from 'node:path';
import type { FromSchema } from 'json-schema-to-ts';
import type { Diagnostic } from '../policy/diagnostic.js';
import { parseYamlFile, type ParsedYaml } from '../policy/parse-yaml.js';
import type { PolicyFile, Position } from '../policy/types.js';
import type { OnCallShift } from '../oncall/shifts.js';
import { RULE_TYPES, type RESULTS, type snapshotFileSchema, type testFileSchema } from './schema.js';
import { testSchemaDiagnostics, testSchemaErrors } from './schema-problems.js';

type TestFileDoc = FromSchema<typeof testFileSchema>;
type SnapshotDoc = FromSchema<typeof snapshotFileSchema>;
type CaseDoc = TestFileDoc['cases'][number];

const DOCS = 'docs/policy-tests.md';

export interface RotaSnapshot {
  file: string;
  window: { from: Date; to: Date };
  /** `recordedAt`, when the file says. */
  recordedAt?: Date;
  /** `final` shifts per schedule ID, sorted by start. */
  schedules: Map<string, OnCallShift[]>;
}

export interface CaseReview {
  by: string;
  state: string;
  at: Date;
  stale: boolean;
}

export interface CaseParties {
  commitAuthors: string[];
  /** undefined: the author. */
  pushedBy?: string[];
}

export interface TestCase {
  file: string;
  /** The case's own position (its first key). */
  at: Position;
  name: string;
  time: Date;
  actor: string;
  environment: string;
  policy: string;
  reason: string;
  pull?: { base: string; files: string[]; labels: string[]; draft: boolean } & CaseParties;
  merged?: { author: string; at: Date } & CaseParties;
  reviews: CaseReview[];
  /** Repo-relative paths of the snapshots the case is judged on. */
  snapshots: string[];
  expect: {
    result: (typeof RESULTS)[number];
    policy?: string;
    rule?: number | (typeof RULE_TYPES)[number];
    expiresAt?: Date;
    approvedBy?: string;
  };
  /** Where each key was written, for problems and failures: `expect`, `expect.result`, `policy`, ... */
  positions: Record<string, Position>;
}

export interface TestSuite {
  /** Every file read (repo-relative). */
  files: string[];
  /** The cases of every test file without errors. */
  cases: TestCase[];
  /** Snapshots without errors, by repo-relative path. */
  snapshots: Map<string, RotaSnapshot>;
  /** Files with errors that are, or may be, rota snapshots (any file with problems but a test file's). */
  brokenSnapshots: string[];
  diagnostics: Diagnostic[];
}

/** Test files are YAML documents with a `kind`; the same hardened parser as policy files. */
function parse(file: PolicyFile): ParsedYaml {
  const parsed = parseYamlFile(file);
  // The parser's advice for an empty file names policy kinds.
  for (const d of parsed.diagnostics) {
    if (d.code === 'empty-file')
      d.fix = 'Delete the file, or start it with `version: 1` and `kind: policy-test` (or `kind: rota-snapshot`).';
  }
  return parsed;
}

const ms = (t: string): number => Date.parse(t);

function problem(parsed: ParsedYaml, pointer: string, code: string, message: string, fix: string): Diagnostic {
  const { line, column } = parsed.locate(pointer);
  return { severity: 'error', code, file: parsed.file, line, column, message, fix };
}

function loadSnapshot(parsed: ParsedYaml, doc: SnapshotDoc, out: Diagnostic[]): RotaSnapshot | undefined {
  const before = out.length;
  const from = ms(doc.window.from);
  const to = ms(doc.window.to);
  if (!(from < to)) {
    out.push(
      problem(parsed, '/window/to', 'snapshot-window', '`window.to` is not after `window.from`', 'Make the window end after it starts.'),
    );
  }
  const users = new Map<string, { name: string; email: string }>();
  doc.users.forEach((u, i) => {
    if (users.has(u.id)) {
      out.push(problem(parsed, `/users/${i}/id`, 'duplicate-user', `The user \`${u.id}\` is listed twice`, 'Keep one entry per user ID.'));
    }
    users.set(u.id, { name: u.name, email: u.email.trim().toLowerCase() });
  });
  const schedules = new Map<string, OnCallShift[]>();
  doc.schedules.forEach((s, i) => {
    if (schedules.has(s.id)) {
      out.push(
        problem(
          parsed,
          `/schedules/${i}/id`,
          'duplicate-schedule',
          `The schedule \`${s.id}\` is listed twice`,
          'Merge its entries into one item.',
        ),
      );
    }
    const shifts: OnCallShift[] = [];
    s.entries.forEach((e, j) => {
      const at = `/schedules/${i}/entries/${j}`;
      const user = users.get(e.user);
      if (!user) {
        const known = [...users.keys()].slice(0, 5).join(', ');
        out.push(
          problem(
            parsed,
            `${at}/user`,
            'unknown-user',
            `The entry names the user \`${e.user}\`, who is not in \`users\``,
            `Add the user (id, name and email) to \`users\`, or use one of their IDs${known ? ` (${known})` : ''}.`,
          ),
        );
        return;
      }
      if (!(ms(e.start) < ms(e.end))) {
        out.push(problem(parsed, `${at}/end`, 'snapshot-entry', 'The entry ends before it starts', 'Make `end` later than `start`.'));
        return;
      }
      shifts.push({
        scheduleId: s.id,
        email: user.email,
        name: user.name,
        userId: e.user,
        startAt: new Date(ms(e.start)),
        endAt: new Date(ms(e.end)),
        // A scoped auto rule counts an entry only by these (and never one without them).
        ...(e.rotation ? { rotationId: e.rotation } : {}),
        ...(e.layer ? { layerId: e.layer } : {}),
      });
    });
    schedules.set(
      s.id,
      shifts.sort((a, b) => a.startAt.getTime() - b.startAt.getTime()),
    );
  });
  if (out.length > before) return undefined;
  return {
    file: parsed.file,
    window: { from: new Date(from), to: new Date(to) },
    ...(doc.recordedAt ? { recordedAt: new Date(ms(doc.recordedAt)) } : {}),
    schedules,
  };
}

/** A snapshot reference relative to `file`, as a repo-relative path; undefined when it leaves `folder`. */
export function resolveSnapshotPath(file: string, ref: string, folder: string): string | undefined {
  if (posix.isAbsolute(ref) || ref.includes('\\')) return undefined;
  const path = posix.normalize(posix.join(posix.dirname(file), ref));
  return path.startsWith(`${folder}/`) ? path : undefined;
}

const parties = (d: { commitAuthors?: string[]; pushedBy?: string[] }): CaseParties => ({
  commitAuthors: [...(d.commitAuthors ?? [])],
  ...(d.pushedBy ? { pushedBy: [...d.pushedBy] } : {}),
});

function caseOf(parsed: ParsedYaml, c: CaseDoc, i: number, snapshots: string[]): TestCase {
  const base = `/cases/${i}`;
  const positions: Record<string, Position> = {};
  const place = (key: string, pointer: string): Position => {
    const { line, column } = parsed.locate(`${base}${pointer}`);
    return (positions[key] = { file: parsed.file, line, column });
  };
  const at = place('case', '');
  for (const key of ['name', 'at', 'actor', 'environment', 'policy', 'reason', 'pull', 'merged', 'reviews', 'snapshots', 'expect']) {
    if (key in c) place(key, `/${key}`);
  }
  for (const key of ['result', 'policy', 'rule', 'expiresAt', 'approvedBy'] as const) {
    if (key in c.expect) place(`expect.${key}`, `/expect/${key}`);
  }
  c.reviews?.forEach((_r, j) => place(`reviews.${j}`, `/reviews/${j}`));
  return {
    file: parsed.file,
    at,
    name: c.name,
    time: new Date(ms(c.at)),
    actor: c.actor.trim(),
    environment: c.environment ?? '',
    policy: c.policy ?? '',
    reason: c.reason ?? '',
    ...(c.pull
      ? {
          pull: {
            base: c.pull.base,
            files: [...(c.pull.files ?? [])],
            labels: [...(c.pull.labels ?? [])],
            draft: c.pull.draft ?? false,
            ...parties(c.pull),
          },
        }
      : {}),
    ...(c.merged ? { merged: { author: c.merged.author, at: new Date(ms(c.merged.at)), ...parties(c.merged) } } : {}),
    reviews: (c.reviews ?? []).map((r) => ({ by: r.by, state: r.state, at: new Date(ms(r.at)), stale: r.stale ?? false })),
    snapshots,
    expect: {
      result: c.expect.result,
      ...(c.expect.policy ? { policy: c.expect.policy } : {}),
      ...(c.expect.rule !== undefined ? { rule: c.expect.rule } : {}),
      ...(c.expect.expiresAt ? { expiresAt: new Date(ms(c.expect.expiresAt)) } : {}),
      ...(c.expect.approvedBy ? { approvedBy: c.expect.approvedBy } : {}),
    },
    positions,
  };
}

/** Checks of one case that need no policy: what makes sense together, and its snapshots. */
function caseProblems(parsed: ParsedYaml, c: CaseDoc, i: number): Diagnostic[] {
  const base = `/cases/${i}`;
  const out: Diagnostic[] = [];
  if (c.pull && (c.environment !== undefined || c.policy !== undefined)) {
    out.push(
      problem(
        parsed,
        `${base}/pull`,
        'case-subject',
        'The case has `pull` and also `environment` or `policy`: it is either a pull request or a workflow run',
        'Keep `pull` for a pull request (request/review), or `environment`/`policy` for a workflow run (gate).',
      ),
    );
  }
  if (c.pull && c.merged) {
    out.push(
      problem(
        parsed,
        `${base}/merged`,
        'case-subject',
        '`merged` describes the evidence of a workflow run, but the case is a pull request (`pull`)',
        'Remove `merged`; a pull request case takes its own `reviews`.',
      ),
    );
  }
  if (c.reviews && c.reviews.length > 0 && !c.pull && !c.merged) {
    out.push(
      problem(
        parsed,
        `${base}/reviews`,
        'case-subject',
        "`reviews` needs a pull request: the case's own (`pull`), or, for a workflow run, the merged one that carries the deployed commit (`merged`)",
        'Add `pull: { base: main }` for a pull request case, or `merged: { author: <login>, at: <time> }` for a deploy of a merged pull request.',
      ),
    );
  }
  return out;
}

/**
 * The cases and snapshots of the tests folder `folder` (repo-relative). Every problem is a
 * Diagnostic; a test file with errors contributes no case, a snapshot with errors no data, and a
 * case whose snapshot is missing or broken is reported on the line naming it.
 */
export function loadPolicyTests(files: readonly PolicyFile[], folder: string): TestSuite {
  const diagnostics: Diagnostic[] = [];
  const tests: { parsed: ParsedYaml; doc: TestFileDoc }[] = [];
  const snapshots = new Map<string, RotaSnapshot>();
  const kinds = new Map<string, string>();
  const brokenSnapshots: string[] = [];
  for (const file of files) {
    kinds.set(file.path, 'broken');
    const parsed = parse(file);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0 || parsed.value === undefined) {
      brokenSnapshots.push(file.path);
      continue;
    }
    const errors = testSchemaErrors(parsed.value);
    if (errors.length > 0) {
      diagnostics.push(...testSchemaDiagnostics(parsed, errors));
      if ((parsed.value as { kind?: unknown } | null)?.kind !== 'policy-test') brokenSnapshots.push(file.path);
      continue;
    }
    const doc = parsed.value as TestFileDoc | SnapshotDoc;
    kinds.set(file.path, doc.kind);
    if (doc.kind === 'rota-snapshot') {
      const snapshot = loadSnapshot(parsed, doc, diagnostics);
      if (snapshot) snapshots.set(file.path, snapshot);
      else brokenSnapshots.push(file.path);
    } else {
      tests.push({ parsed, doc });
    }
  }

  const cases: TestCase[] = [];
  for (const { parsed, doc } of tests) {
    const before = diagnostics.length;
    const fileRefs = resolveRefs(parsed, '/snapshots', doc.snapshots ?? [], folder, kinds, snapshots, diagnostics);
    const built: TestCase[] = [];
    doc.cases.forEach((c, i) => {
      const problems = caseProblems(parsed, c, i);
      const refs = c.snapshots ? resolveRefs(parsed, `/cases/${i}/snapshots`, c.snapshots, folder, kinds, snapshots, problems) : fileRefs;
      diagnostics.push(...problems);
      if (problems.length === 0) built.push(caseOf(parsed, c, i, refs ?? []));
    });
    // A file with a problem runs no case: its results could not be trusted.
    if (diagnostics.length === before) cases.push(...built);
  }
  return { files: files.map((f) => f.path), cases, snapshots, brokenSnapshots, diagnostics };
}

/** Resolves snapshot references; undefined (with problems added) when one cannot be used. */
function resolveRefs(
  parsed: ParsedYaml,
  pointer: string,
  refs: readonly string[],
  folder: string,
  kinds: ReadonlyMap<string, string>,
  snapshots: ReadonlyMap<string, RotaSnapshot>,
  out: Diagnostic[],
): string[] | undefined {
  const paths: string[] = [];
  let ok = true;
  refs.forEach((ref, i) => {
    const at = `${pointer}/${i}`;
    const path = resolveSnapshotPath(parsed.file, ref, folder);
    const fail = (code: string, message: string, fix: string): void => {
      ok = false;
      out.push(problem(parsed, at, code, message, fix));
    };
    if (!path) {
      fail(
        'snapshot-outside-folder',
        `The snapshot \`${ref}\` is outside the tests folder \`${folder}/\``,
        `Keep snapshots inside \`${folder}/\` and name them relative to this file (e.g. \`snapshots/rota.yaml\`).`,
      );
    } else if (!kinds.has(path)) {
      const known = [...snapshots.keys()].map((p) => posix.relative(posix.dirname(parsed.file), p));
      fail(
        'unknown-snapshot',
        `There is no rota snapshot \`${ref}\` (looked for ${path})`,
        `Record one with \`oncall-gate record --schedule <id> --from <time> --to <time> > ${path}\`, or name an existing one${known.length > 0 ? ` (${known.slice(0, 5).join(', ')})` : ''}; see ${DOCS}.`,
      );
    } else if (kinds.get(path) === 'policy-test') {
      fail(
        'not-a-snapshot',
        `\`${ref}\` is a \`${kinds.get(path) ?? ''}\` file, not a rota snapshot`,
        'Name a file with `kind: rota-snapshot`.',
      );
    } else if (!snapshots.has(path)) {
      fail(
        'broken-snapshot',
        `The snapshot \`${ref}\` has errors (listed on its own lines), so no case can use it`,
        'Fix the snapshot first.',
      );
    } else {
      paths.push(path);
    }
  });
  return ok ? paths : undefined;
}
