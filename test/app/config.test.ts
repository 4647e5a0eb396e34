// App mode's settings: secrets from a variable or a file, never from the command line, never in
// an error; the .env file under the real environment; every other value checked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphqlUrlOf, readAppConfig, withEnvFile, type Env } from '../../src/app/config.js';
import { OncallGateError } from '../../src/errors.js';
import { appKeys } from '../support/app-world.js';

const SECRET = 'whsec-config-test-9f8e7d6c5b4a3210';
const KEY = 'inc-config-test-key-0123456789abcdef';

function base(): Env {
  return { GITHUB_APP_ID: '123', GITHUB_APP_PRIVATE_KEY: appKeys().privateKey, GITHUB_APP_WEBHOOK_SECRET: SECRET, INCIDENTIO_API_KEY: KEY };
}

function failure(env: Env, read?: (p: string) => string): OncallGateError {
  try {
    readAppConfig(env, read);
  } catch (error) {
    if (error instanceof OncallGateError) return error;
    throw error;
  }
  throw new Error('expected readAppConfig to fail');
}

describe('readAppConfig', () => {
  it('defaults: github.com, incident.io, policies/, 127.0.0.1:3000, a sweep every 10 minutes', () => {
    const c = readAppConfig(base());
    expect(c).toMatchObject({
      appId: '123',
      webhookSecret: SECRET,
      incidentio: { apiKey: KEY, apiUrl: 'https://api.incident.io' },
      github: { apiUrl: 'https://api.github.com', graphqlUrl: 'https://api.github.com/graphql', serverUrl: 'https://github.com' },
      policyPath: 'policies',
      host: '127.0.0.1',
      port: 3000,
      webhookPath: '/api/github/webhooks',
      sweepIntervalMs: 600_000,
      apiTimeoutSeconds: 60,
    });
  });

  it('reads secrets from files (mounted secrets), and a private key pasted on one line with \\n', () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-config-'));
    writeFileSync(join(dir, 'key.pem'), appKeys().privateKey);
    writeFileSync(join(dir, 'secret'), `${SECRET}\n`);
    const env = {
      ...base(),
      GITHUB_APP_PRIVATE_KEY: undefined,
      GITHUB_APP_WEBHOOK_SECRET: undefined,
      GITHUB_APP_PRIVATE_KEY_FILE: join(dir, 'key.pem'),
      GITHUB_APP_WEBHOOK_SECRET_FILE: join(dir, 'secret'),
    };
    const c = readAppConfig(env);
    expect(c.privateKey).toBe(appKeys().privateKey.trim());
    expect(c.webhookSecret).toBe(SECRET);
    const oneLine = readAppConfig({ ...base(), GITHUB_APP_PRIVATE_KEY: appKeys().privateKey.trim().replace(/\n/g, '\\n') });
    expect(oneLine.privateKey).toBe(appKeys().privateKey.trim());
  });

  it.each<[string, Env, string, string]>([
    ['no App ID', { GITHUB_APP_ID: undefined }, 'GITHUB_APP_ID', 'GITHUB_APP_ID is not set'],
    ['an App ID that is no number', { GITHUB_APP_ID: 'my-app' }, 'GITHUB_APP_ID', 'numeric ID'],
    ['no private key', { GITHUB_APP_PRIVATE_KEY: undefined }, 'GITHUB_APP_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY is not set'],
    ['a private key that is no PEM', { GITHUB_APP_PRIVATE_KEY: 'ssh-rsa AAAA' }, 'GITHUB_APP_PRIVATE_KEY', 'not a PEM private key'],
    ['both a key and a key file', { GITHUB_APP_PRIVATE_KEY_FILE: '/x.pem' }, 'GITHUB_APP_PRIVATE_KEY', 'Both'],
    ['a short webhook secret', { GITHUB_APP_WEBHOOK_SECRET: 'hunter2' }, 'GITHUB_APP_WEBHOOK_SECRET', 'shorter than 16'],
    ['no incident.io key', { INCIDENTIO_API_KEY: undefined }, 'INCIDENTIO_API_KEY', 'INCIDENTIO_API_KEY is not set'],
    ['a GitHub API over plain http elsewhere', { GITHUB_API_URL: 'http://github.example' }, 'GITHUB_API_URL', 'https://'],
    ['a GitHub API URL with credentials', { GITHUB_API_URL: 'https://u:p@api.github.com' }, 'GITHUB_API_URL', 'credentials'],
    ['an incident.io URL over plain http elsewhere', { INCIDENTIO_API_URL: 'http://incident.example' }, 'INCIDENTIO_API_URL', 'https://'],
    ['a policy path outside the repository', { ONCALL_GATE_POLICY_PATH: '../etc' }, 'ONCALL_GATE_POLICY_PATH', 'inside the repository'],
    ['a port that is no number', { PORT: 'eighty' }, 'PORT', 'whole number'],
    ['a sweep interval of a week', { ONCALL_GATE_SWEEP_MINUTES: '10080' }, 'ONCALL_GATE_SWEEP_MINUTES', 'from 0 to 1440'],
    ['a webhook path without a slash', { ONCALL_GATE_WEBHOOK_PATH: 'hooks' }, 'ONCALL_GATE_WEBHOOK_PATH', 'start with'],
  ])('%s: an input error naming the variable, never a secret', (_name, over, variable, message) => {
    const env = { ...base(), ...over };
    const error = failure(env);
    expect(error.kind).toBe('input');
    expect(error.setting).toBe(variable);
    expect(error.message).toContain(message);
    expect(error.fix).not.toBe('');
    const said = `${error.message} ${error.fix}`;
    for (const s of [SECRET, KEY, 'hunter2', 'ssh-rsa AAAA', appKeys().privateKey.split('\n')[1]!]) expect(said).not.toContain(s);
  });

  it('a secret file that cannot be read names the variable and the path, not the content', () => {
    const error = failure({ ...base(), INCIDENTIO_API_KEY: undefined, INCIDENTIO_API_KEY_FILE: '/nonexistent/key' });
    expect(error.setting).toBe('INCIDENTIO_API_KEY_FILE');
    expect(error.message).toContain('/nonexistent/key');
  });

  it('GitHub Enterprise Server: GraphQL lives at /api/graphql', () => {
    expect(graphqlUrlOf('https://ghe.example/api/v3')).toBe('https://ghe.example/api/graphql');
    expect(readAppConfig({ ...base(), GITHUB_API_URL: 'https://ghe.example/api/v3/' }).github).toMatchObject({
      apiUrl: 'https://ghe.example/api/v3',
      graphqlUrl: 'https://ghe.example/api/graphql',
    });
  });
});

describe('withEnvFile', () => {
  it('adds the file under the environment: a variable already set wins', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'app-env-')), '.env');
    writeFileSync(file, 'PORT=4000\nHOST=0.0.0.0\n# a comment\nGITHUB_APP_ID="99"\n');
    expect(withEnvFile({ PORT: '5000' }, file)).toEqual({ PORT: '5000', HOST: '0.0.0.0', GITHUB_APP_ID: '99' });
  });

  it('the default .env may be missing; a file that was named must exist', () => {
    expect(withEnvFile({ A: '1' }, '/nonexistent/.env')).toEqual({ A: '1' });
    expect(() => withEnvFile({}, '/nonexistent/.env', undefined, true)).toThrow(/Cannot read the environment file/);
  });
});
