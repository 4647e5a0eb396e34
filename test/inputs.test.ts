import { describe, expect, it } from 'vitest';
import { OncallGateError } from '../src/errors.js';
import { envInputReader, readInputs } from '../src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('applies action.yml defaults when inputs are empty', () => {
    expect(readInputs(reader({}))).toEqual({
      command: 'auto',
      incidentioApiKey: '',
      incidentioApiUrl: 'https://api.incident.io',
      githubToken: '',
      githubTeamsToken: '',
      policyPath: 'policies',
      environment: '',
      policy: '',
      reason: '',
      dryRun: false,
      failOnDeny: true,
      apiTimeoutSeconds: 60,
      testsPath: 'policy-tests',
    });
  });

  it('tests-path: its own folder, never inside the policy folder nor around it', () => {
    expect(readInputs(reader({ 'tests-path': './checks/policy-tests/' })).testsPath).toBe('checks/policy-tests');
    for (const [values, message] of [
      [
        { 'tests-path': 'policies/tests' },
        /Input `tests-path` \("policies\/tests"\) is inside `policy-path` \("policies"\), where every YAML file is read as a policy/,
      ],
      [{ 'tests-path': 'policies' }, /is inside `policy-path`/],
      [
        { 'tests-path': 'config', 'policy-path': 'config/policies' },
        /holds `policy-path` \("config\/policies"\), so the policy files would be read as tests/,
      ],
      [{ 'tests-path': '../tests' }, /must be a folder inside the repository/],
      [{ 'tests-path': '.' }, /not its root/],
    ] as const) {
      try {
        readInputs(reader(values));
        expect.unreachable(JSON.stringify(values));
      } catch (error) {
        expect(error).toBeInstanceOf(OncallGateError);
        expect((error as OncallGateError).setting).toBe('tests-path');
        expect((error as Error).message).toMatch(message);
      }
    }
    // The default colliding with a policy folder of that name turns the tests off, and fails nothing.
    expect(readInputs(reader({ 'policy-path': 'policy-tests' })).testsPath).toBe('');
  });

  it('reads INPUT_ variables with hyphens kept, as the runner exports them', () => {
    const read = envInputReader({ 'INPUT_POLICY-PATH': ' config/policies/ ', 'INPUT_DRY-RUN': 'TRUE', INPUT_COMMAND: 'Gate' });
    const inputs = readInputs(read);
    expect(inputs.policyPath).toBe('config/policies');
    expect(inputs.dryRun).toBe(true);
    expect(inputs.command).toBe('gate');
  });

  it.each([
    [{ command: 'deploy' }, 'command', /use one of: auto, validate, plan, apply, gate, request, review, audit/],
    [{ 'dry-run': 'yes' }, 'dry-run', /must be `true` or `false`, got "yes"/],
    [{ 'fail-on-deny': '0' }, 'fail-on-deny', /must be `true` or `false`/],
    [{ 'incidentio-api-url': 'not a url' }, 'incidentio-api-url', /is not a URL/],
    [
      { 'incidentio-api-url': 'ftp://x' },
      'incidentio-api-url',
      /must be an https:\/\/ URL like https:\/\/api\.incident\.io; got "ftp:\/\/x"/,
    ],
    // The key travels in every request: plain http only to this machine.
    [
      { 'incidentio-api-url': 'http://proxy.internal:8080' },
      'incidentio-api-url',
      /must use https:\/\/ \(got "http:\/\/proxy\.internal:8080"\): the API key travels in every request/,
    ],
    [{ 'incidentio-api-url': 'http://api.incident.io' }, 'incidentio-api-url', /must use https:\/\//],
    [{ 'incidentio-api-url': 'http://127.0.0.1.nip.io:8787' }, 'incidentio-api-url', /must use https:\/\//],
    [{ 'incidentio-api-url': 'http://10.0.0.5' }, 'incidentio-api-url', /must use https:\/\//],
    [
      { 'incidentio-api-url': 'https://api.incident.io/v2' },
      'incidentio-api-url',
      /ends with the API version \(\/v2\); give the base URL without it, e\.g\. https:\/\/api\.incident\.io:/,
    ],
    [
      { 'incidentio-api-url': 'https://proxy.example.com/incident/v1/' },
      'incidentio-api-url',
      /\(\/v1\).*https:\/\/proxy\.example\.com\/incident:/,
    ],
    [{ 'incidentio-api-url': 'https://user:pw@api.incident.io' }, 'incidentio-api-url', /must not embed credentials/],
    [{ 'api-timeout': '0' }, 'api-timeout', /must be a number of seconds from 1 to 3600, got "0" \(the default is 60\)/],
    [{ 'api-timeout': '1m' }, 'api-timeout', /must be a number of seconds/],
    [{ 'api-timeout': '86400' }, 'api-timeout', /from 1 to 3600/],
    [{ 'policy-path': '../elsewhere' }, 'policy-path', /must be a folder inside the repository/],
    [{ 'policy-path': '/etc' }, 'policy-path', /must be a folder inside the repository/],
    [{ 'policy-path': '.' }, 'policy-path', /not its root/],
    [{ 'policy-path': './' }, 'policy-path', /not its root/],
  ])('rejects %j with a message naming the input', (values, input, message) => {
    let caught: unknown;
    try {
      readInputs(reader(values as Record<string, string>));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OncallGateError);
    expect(caught).toMatchObject({ kind: 'input', setting: input });
    expect((caught as OncallGateError).message).toMatch(message);
  });

  it('strips a trailing slash from the API URL', () => {
    expect(readInputs(reader({ 'incidentio-api-url': 'http://127.0.0.1:8787/' })).incidentioApiUrl).toBe('http://127.0.0.1:8787');
  });

  it.each([
    'http://127.0.0.1:8787',
    'http://127.8.9.10:1',
    'http://localhost:8787',
    'http://[::1]:8787',
    'https://proxy.example.com/incident',
  ])('accepts %s (https, or plain http to a loopback address: the local emulator)', (url) => {
    expect(readInputs(reader({ 'incidentio-api-url': url })).incidentioApiUrl).toBe(url);
  });
});
