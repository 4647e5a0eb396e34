// Policy tests (docs/policy-tests.md) from a working tree: read the tests folder like a policy
// folder (no links, capped), load the cases and snapshots, run them against a policy set. Used by
// `oncall-gate test` and by the action's `validate` and `plan` when the folder exists.
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { PolicySet } from '../policy/types.js';
import type { TestSuite } from '../policy-test/load-tests.js';
import type { TestRun } from '../policy-test/run-tests.js';
import type { Annotation } from '../report/command-result.js';

export interface PolicyTestsOutcome {
  suite: TestSuite;
  run: TestRun;
  /** The test files' own problems (cases that could not run are in `run`). */
  problems: Diagnostic[];
  /** Nothing failed and nothing is wrong. */
  ok: boolean;
}

/** Whether `root/folder` exists (as anything: a link is read, and refused, by readPolicyDir). */
export async function testsFolderExists(root: string, folder: string): Promise<boolean> {
  return lstat(join(root, folder)).then(
    () => true,
    () => false,
  );
}

/** The cases and snapshots under `testsPath` (relative to `root`), every problem a Diagnostic. */
export async function loadPolicyTestsFolder(root: string, testsPath: string): Promise<TestSuite> {
  const [{ readPolicyDir }, { loadPolicyTests }] = await Promise.all([
    import('../policy/read-policy-dir.js'),
    import('../policy-test/load-tests.js'),
  ]);
  return loadPolicyTests(await readPolicyDir(root, testsPath), testsPath);
}

/** Runs the tests under `testsPath` (relative to `root`) against `set`, which must be valid; `loaded` when already read. */
export async function runPolicyTestsFolder(
  root: string,
  testsPath: string,
  set: PolicySet,
  policyPath: string,
  loaded?: TestSuite,
): Promise<PolicyTestsOutcome> {
  const [{ runPolicyTests }, { globMatcher }] = await Promise.all([import('../policy-test/run-tests.js'), import('../policy/glob.js')]);
  const suite = loaded ?? (await loadPolicyTestsFolder(root, testsPath));
  const run = runPolicyTests(set, suite, { policyPath, matcher: globMatcher });
  const problems = suite.diagnostics;
  const ok = problems.every((d) => d.severity !== 'error') && run.results.every((r) => r.status === 'pass');
  return { suite, run, problems, ok };
}

/** What validate and plan add to their result for the tests. */
export interface TestsSection {
  summary: string;
  annotations: Annotation[];
  /** Errors: failed cases, cases that could not run, problems in the test files. */
  errors: number;
  log: string;
}

/**
 * The tests of the action's workspace, for `validate` and `plan`: nothing when there is no tests
 * folder (or `tests-path` is off); a note when the policies are invalid (tests need valid ones).
 * `loaded`: the folder, when the caller has already read it (plan, for its rota snapshots).
 */
export async function workspaceTestsSection(
  workspace: string,
  testsPath: string | undefined,
  set: PolicySet,
  policyPath: string,
  loaded?: TestSuite,
): Promise<TestsSection | undefined> {
  if (!testsPath || !(await testsFolderExists(workspace, testsPath))) return undefined;
  const { renderTestsMarkdown, testAnnotations, testCounts, totalsText } = await import('../report/render-policy-tests.js');
  if (!set.valid) {
    const note = `Policy tests in \`${testsPath}/\` were not run: the policies are invalid.`;
    return { summary: `### Policy tests\n\n${note}\n`, annotations: [], errors: 0, log: note };
  }
  const outcome = await runPolicyTestsFolder(workspace, testsPath, set, policyPath, loaded);
  const counts = testCounts(outcome.run, outcome.problems);
  return {
    summary: renderTestsMarkdown(outcome.run, outcome.problems, testsPath),
    annotations: testAnnotations(outcome.run, outcome.problems),
    errors: counts.failed + counts.errors,
    log: `Policy tests in ${testsPath}/: ${totalsText(outcome.run, outcome.problems)}`,
  };
}
