// `oncall-gate test [--policy-path DIR] [--tests-path DIR]`: runs the policy tests (docs/policy-tests.md)
// offline, with the same rule engine as the gate, and prints a per-case table. No API is called:
// the cases' rota snapshots stand in for incident.io. Exit 0 every case passed, 1 a case failed or
// a file has problems (or the policies are invalid), 2 usage.
import { resolve, sep } from 'node:path';
import { isUsageError, parseFlags, usageError } from '../cli-args.js';
import type { CliContext } from '../context.js';
import { describeCliError } from '../report/describe-error.js';
import { localPolicyFolder } from './check.js';
import { runPolicyTestsFolder } from './policy-tests.js';

export const TEST_USAGE =
  'Usage: oncall-gate test [--policy-path DIR] [--tests-path DIR]\n' +
  '  Runs the policy tests under the tests folder (default: policy-tests) against the policies\n' +
  '  (default: policies), offline: every case is decided by the rule engine the gate uses, on its\n' +
  '  rota snapshot, and compared with its `expect`. Prints one line per case, then what failed.\n' +
  '  The tests folder must not be inside the policy folder (every file there is a policy).\n' +
  '  Exit codes: 0 every case passed, 1 a case failed or a file has a problem, 2 usage error.';

const clean = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
const within = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`);

export async function runTestCommand(args: string[], cli: CliContext): Promise<number> {
  const { out } = cli;
  let policyArg: string;
  let testsArg: string;
  try {
    const parsed = parseFlags(args, ['policy-path', 'tests-path']);
    if (parsed.help) {
      out.log(TEST_USAGE);
      return 0;
    }
    if (parsed.positionals.length > 0)
      throw usageError(`oncall-gate test takes no arguments besides its options (got ${parsed.positionals.join(' ')}).`);
    policyArg = clean(parsed.flags.get('policy-path') ?? 'policies');
    testsArg = clean(parsed.flags.get('tests-path') ?? 'policy-tests');
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${TEST_USAGE}`);
    return 2;
  }
  try {
    const policyDir = resolve(policyArg).split(sep).join('/');
    const testsDir = resolve(testsArg).split(sep).join('/');
    if (within(testsDir, policyDir) || within(policyDir, testsDir)) {
      throw usageError(
        `The tests folder ${testsArg} and the policy folder ${policyArg} overlap: every YAML file under the policy folder is a policy. Keep the tests in their own folder beside it, like policy-tests.`,
      );
    }
    const policies = await localPolicyFolder(policyArg);
    const tests = await localPolicyFolder(testsArg, process.cwd(), 'pass the folder that holds the policy tests with --tests-path');
    const [{ readPolicyDir }, { loadPolicySet }, { formatDiagnosticLine }, { renderTestsText }] = await Promise.all([
      import('../policy/read-policy-dir.js'),
      import('../policy/load-policy.js'),
      import('../report/render-diagnostics.js'),
      import('../report/render-policy-tests.js'),
    ]);
    const set = loadPolicySet(await readPolicyDir(policies.root, policies.folder));
    if (!set.valid) {
      for (const d of set.diagnostics.filter((x) => x.severity === 'error')) out.error(formatDiagnosticLine(d));
      out.error(
        `The policies in ${policies.folder}/ are invalid, so no test can run; fix them first (oncall-gate validate ${policies.folder}).`,
      );
      return 1;
    }
    const outcome = await runPolicyTestsFolder(tests.root, tests.folder, set, policies.folder);
    if (outcome.suite.files.length === 0) {
      out.error(`There are no test files (*.yaml) in ${tests.folder}/; see docs/policy-tests.md.`);
      return 1;
    }
    for (const line of renderTestsText(outcome.run, outcome.problems)) out.log(line);
    return outcome.ok ? 0 : 1;
  } catch (error) {
    if (isUsageError(error)) {
      out.error(error.message);
      return 2;
    }
    out.error(`Result: ERROR: ${describeCliError(error, cli.redactor.redact)}`);
    return 1;
  }
}
