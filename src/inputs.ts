// Every action input, read once into one typed object; nothing downstream reads inputs again.
// Names and defaults are the public contract in action.yml (and the README's "Inputs").
import { checkApiUrl } from './api-url.js';
import { OncallGateError } from './errors.js';

export const COMMANDS = ['auto', 'validate', 'plan', 'apply', 'gate', 'request', 'review', 'audit'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface Inputs {
  command: CommandName;
  incidentioApiKey: string;
  incidentioApiUrl: string;
  githubToken: string;
  /** `github-teams-token`: a token that can read organisation teams (an outage fallback's `approverTeams`); '' when not given. */
  githubTeamsToken?: string;
  policyPath: string;
  environment: string;
  policy: string;
  reason: string;
  dryRun: boolean;
  failOnDeny: boolean;
  /** The whole run's budget for API work, seconds (`api-timeout`). */
  apiTimeoutSeconds: number;
  /**
   * The policy tests folder (`tests-path`) that validate and plan run when it exists; '' when the
   * default would be inside the policy folder (or hold it), where tests cannot live.
   */
  testsPath?: string;
}

/** An input that cannot be used: an `input` error naming it (the message says what to give instead). */
export function inputError(input: string, message: string): OncallGateError {
  return new OncallGateError({ kind: 'input', setting: input, message, fix: '' });
}

/** Reads the runner's INPUT_* variables (upper-cased, spaces to `_`, hyphens kept). */
export type InputReader = (name: string) => string;

export const envInputReader =
  (env: NodeJS.ProcessEnv): InputReader =>
  (name) =>
    (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

const DEFAULTS = {
  command: 'auto',
  'incidentio-api-url': 'https://api.incident.io',
  'policy-path': 'policies',
  'dry-run': 'false',
  'fail-on-deny': 'true',
  'api-timeout': '60',
  'tests-path': 'policy-tests',
} as const;

/** `api-timeout` bounds: long enough for slow APIs, short of a runner's 6-hour job limit. */
const MAX_API_TIMEOUT_SECONDS = 3600;

function parseTimeout(raw: string): number {
  const seconds = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || seconds < 1 || seconds > MAX_API_TIMEOUT_SECONDS) {
    throw inputError(
      'api-timeout',
      `Input \`api-timeout\` must be a number of seconds from 1 to ${MAX_API_TIMEOUT_SECONDS}, got "${raw}" (the default is 60).`,
    );
  }
  return seconds;
}

function parseBoolean(name: string, raw: string): boolean {
  if (/^true$/i.test(raw)) return true;
  if (/^false$/i.test(raw)) return false;
  throw inputError(name, `Input \`${name}\` must be \`true\` or \`false\`, got "${raw}".`);
}

/**
 * Reads and checks every input. The runner applies action.yml defaults; they are applied here
 * too so the CLI, local runs and tests that leave an input unset behave the same.
 */
export function readInputs(read: InputReader): Inputs {
  const get = (name: string): string => {
    const value = read(name);
    return value !== '' ? value : ((DEFAULTS as Record<string, string>)[name] ?? '');
  };

  const command = get('command').toLowerCase();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw inputError('command', `Input \`command\` is "${command}"; use one of: ${COMMANDS.join(', ')} (auto picks from the event).`);
  }

  const checked = checkApiUrl(get('incidentio-api-url'), 'Input `incidentio-api-url`');
  if ('message' in checked) throw inputError('incidentio-api-url', checked.message);
  const apiUrl = checked.url;

  const policyPath = get('policy-path').replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  // The repository root itself is refused too: every YAML file in it (workflows included) would be
  // read as a policy.
  if (policyPath === '' || policyPath === '.' || policyPath.startsWith('/') || policyPath.split('/').includes('..')) {
    throw inputError(
      'policy-path',
      `Input \`policy-path\` must be a folder inside the repository (like "policies"), not its root; got "${read('policy-path')}".`,
    );
  }

  const testsPath = readTestsPath(read, get('tests-path'), policyPath);

  return {
    command: command as CommandName,
    incidentioApiKey: read('incidentio-api-key'),
    incidentioApiUrl: apiUrl,
    githubToken: read('github-token'),
    githubTeamsToken: read('github-teams-token'),
    policyPath,
    environment: read('environment'),
    policy: read('policy'),
    reason: read('reason'),
    dryRun: parseBoolean('dry-run', get('dry-run')),
    failOnDeny: parseBoolean('fail-on-deny', get('fail-on-deny')),
    apiTimeoutSeconds: parseTimeout(get('api-timeout')),
    testsPath,
  };
}

/** `a` is `b` or a folder inside it. */
const within = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`);

/**
 * `tests-path`: a folder inside the repository, and never the policy folder, inside it or around
 * it: every YAML file under `policy-path` is read as a policy. A default that collides (a policy
 * folder named like it) turns the tests off instead of failing every step.
 */
function readTestsPath(read: InputReader, raw: string, policyPath: string): string {
  const given = read('tests-path') !== '';
  const testsPath = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (testsPath === '' || testsPath === '.' || testsPath.startsWith('/') || testsPath.split('/').includes('..')) {
    throw inputError(
      'tests-path',
      `Input \`tests-path\` must be a folder inside the repository (like "policy-tests"), not its root; got "${raw}".`,
    );
  }
  if (within(testsPath, policyPath) || within(policyPath, testsPath)) {
    if (!given) return '';
    throw inputError(
      'tests-path',
      within(testsPath, policyPath)
        ? `Input \`tests-path\` ("${testsPath}") is inside \`policy-path\` ("${policyPath}"), where every YAML file is read as a policy; keep the tests in their own folder, like "policy-tests".`
        : `Input \`tests-path\` ("${testsPath}") holds \`policy-path\` ("${policyPath}"), so the policy files would be read as tests; keep the tests in their own folder beside it, like "policy-tests".`,
    );
  }
  return testsPath;
}
