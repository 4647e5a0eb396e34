// App mode's settings, read once from the environment (and a `.env` file, whose values never
// override the real environment). Secrets come from a variable or from a file the variable
// `<NAME>_FILE` names (a mounted secret), never from the command line, and no error ever quotes
// one: it names the variable and says what is wrong with its value.
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { isLoopbackHost } from '../api-url.js';
import { OncallGateError } from '../errors.js';
import { readInputs, type Inputs } from '../inputs.js';

export interface AppConfig {
  /** The App's ID. */
  appId: string;
  /** PEM; a secret. */
  privateKey: string;
  /** The webhook secret GitHub signs deliveries with; a secret. */
  webhookSecret: string;
  /** incident.io key (a secret) and base URL. */
  incidentio: { apiKey: string; apiUrl: string };
  github: { apiUrl: string; graphqlUrl: string; serverUrl: string };
  policyPath: string;
  host: string;
  port: number;
  /** The path GitHub posts deliveries to. */
  webhookPath: string;
  /** How often the server re-checks waiting deployments; 0: never. */
  sweepIntervalMs: number;
  /** All API work of one delivery or one repository's sweep, seconds. */
  apiTimeoutSeconds: number;
}

export type Env = Record<string, string | undefined>;
export type ReadText = (path: string) => string;

const configError = (variable: string, message: string, fix: string): OncallGateError =>
  new OncallGateError({ kind: 'input', setting: variable, message, fix });

/**
 * The environment with a `.env` file's values added under it: a variable already set wins. A file
 * that is named but missing is an error; the default `.env` may be absent.
 */
export function withEnvFile(env: Env, file: string | undefined, read: ReadText = (p) => readFileSync(p, 'utf8'), required = false): Env {
  if (!file) return env;
  let text: string;
  try {
    text = read(file);
  } catch {
    if (!required) return env;
    throw configError(
      '--env-file',
      `Cannot read the environment file ${file}.`,
      'Pass the path of a readable .env file, or leave --env-file out.',
    );
  }
  const fromFile = parseEnv(text) as Env;
  return { ...fromFile, ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) };
}

/** A secret from NAME or from the file NAME_FILE names; both set is an error (which one wins would be a guess). */
function secret(env: Env, name: string, read: ReadText, what: string): string {
  const direct = env[name];
  const file = env[`${name}_FILE`];
  if (direct && file) {
    throw configError(
      name,
      `Both ${name} and ${name}_FILE are set.`,
      `Set one of them: ${name} holds ${what}, ${name}_FILE the path of a file that does.`,
    );
  }
  if (file) {
    try {
      return read(file).trim();
    } catch {
      throw configError(`${name}_FILE`, `Cannot read ${name}_FILE (${file}).`, `Point ${name}_FILE at a readable file that holds ${what}.`);
    }
  }
  if (!direct)
    throw configError(name, `${name} is not set.`, `Set ${name} to ${what}, or ${name}_FILE to the path of a file that holds it.`);
  return direct.trim();
}

/** A GitHub or incident.io base URL: https, or http on this machine (the local fakes). */
function baseUrl(env: Env, name: string, fallback: string): string {
  const raw = (env[name] || fallback).trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw configError(name, `${name} is not a URL ("${raw.slice(0, 100)}").`, `Set ${name} to an https:// URL (default ${fallback}).`);
  }
  if (url.username || url.password)
    throw configError(name, `${name} must not carry credentials.`, 'Remove the user and password from the URL.');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw configError(
      name,
      `${name} must use https:// (got "${url.protocol}//${url.host}").`,
      'Use https://; plain http:// is only for a server on this machine.',
    );
  }
  return raw;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = (env[name] ?? '').trim();
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw configError(
      name,
      `${name} must be a whole number from ${min} to ${max}, got "${raw.slice(0, 40)}".`,
      `Set ${name} to a number in that range (default ${fallback}).`,
    );
  }
  return Number(raw);
}

/** GitHub's GraphQL endpoint for an API URL: https://api.github.com/graphql, or https://HOST/api/graphql on GitHub Enterprise Server. */
export function graphqlUrlOf(apiUrl: string): string {
  return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}

const MIN_WEBHOOK_SECRET = 16;

export function readAppConfig(env: Env, read: ReadText = (p) => readFileSync(p, 'utf8')): AppConfig {
  const appId = (env.GITHUB_APP_ID ?? '').trim();
  if (!/^\d{1,12}$/.test(appId)) {
    throw configError(
      'GITHUB_APP_ID',
      appId ? `GITHUB_APP_ID must be the App's numeric ID, got "${appId.slice(0, 40)}".` : 'GITHUB_APP_ID is not set.',
      "Set GITHUB_APP_ID to the App ID shown on the App's settings page (General > About).",
    );
  }
  // A key pasted into a .env file on one line keeps its line breaks as \n.
  const privateKey = secret(env, 'GITHUB_APP_PRIVATE_KEY', read, "the App's private key (PEM)").replace(/\\n/g, '\n');
  if (!/^-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----$/.test(privateKey)) {
    throw configError(
      'GITHUB_APP_PRIVATE_KEY',
      'GITHUB_APP_PRIVATE_KEY is not a PEM private key (it must start with -----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----).',
      "Generate a private key on the App's settings page and pass the whole .pem file (GITHUB_APP_PRIVATE_KEY_FILE=path/to/key.pem).",
    );
  }
  const webhookSecret = secret(env, 'GITHUB_APP_WEBHOOK_SECRET', read, "the App's webhook secret");
  if ([...webhookSecret].length < MIN_WEBHOOK_SECRET) {
    throw configError(
      'GITHUB_APP_WEBHOOK_SECRET',
      `GITHUB_APP_WEBHOOK_SECRET is shorter than ${MIN_WEBHOOK_SECRET} characters: anyone who guesses it can send the App forged deliveries.`,
      "Generate a long random secret (openssl rand -hex 32) and set it both here and in the App's webhook settings.",
    );
  }
  const apiKey = secret(env, 'INCIDENTIO_API_KEY', read, 'an incident.io API key');
  const githubApi = baseUrl(env, 'GITHUB_API_URL', 'https://api.github.com');
  const config: AppConfig = {
    appId,
    privateKey,
    webhookSecret,
    incidentio: { apiKey, apiUrl: baseUrl(env, 'INCIDENTIO_API_URL', 'https://api.incident.io') },
    github: {
      apiUrl: githubApi,
      graphqlUrl: env.GITHUB_GRAPHQL_URL ? baseUrl(env, 'GITHUB_GRAPHQL_URL', '') : graphqlUrlOf(githubApi),
      serverUrl: baseUrl(env, 'GITHUB_SERVER_URL', 'https://github.com'),
    },
    policyPath: (env.ONCALL_GATE_POLICY_PATH ?? '').trim() || 'policies',
    host: (env.HOST ?? '').trim() || '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    webhookPath: (env.ONCALL_GATE_WEBHOOK_PATH ?? '').trim() || '/api/github/webhooks',
    sweepIntervalMs: integer(env, 'ONCALL_GATE_SWEEP_MINUTES', 10, 0, 24 * 60) * 60_000,
    apiTimeoutSeconds: integer(env, 'ONCALL_GATE_API_TIMEOUT', 60, 1, 3600),
  };
  if (!config.webhookPath.startsWith('/')) {
    throw configError(
      'ONCALL_GATE_WEBHOOK_PATH',
      `ONCALL_GATE_WEBHOOK_PATH must start with "/", got "${config.webhookPath.slice(0, 80)}".`,
      'Use a path such as /api/github/webhooks.',
    );
  }
  // The same checks as the action's inputs (policy-path inside the repository, the incident.io URL).
  deploymentInputs(config, { environment: 'production', githubToken: 'unused' });
  return config;
}

/** The gate's inputs for one deployment: the action's, filled from the App's settings and the request. */
export function deploymentInputs(config: AppConfig, d: { environment: string; githubToken: string }): Inputs {
  const values: Record<string, string> = {
    command: 'gate',
    'incidentio-api-key': config.incidentio.apiKey,
    'incidentio-api-url': config.incidentio.apiUrl,
    'github-token': d.githubToken,
    'policy-path': config.policyPath,
    environment: d.environment,
    'api-timeout': String(config.apiTimeoutSeconds),
  };
  try {
    return readInputs((name) => (values[name] ?? '').trim());
  } catch (error) {
    if (error instanceof OncallGateError && error.setting === 'policy-path') {
      throw configError(
        'ONCALL_GATE_POLICY_PATH',
        error.message.replace('Input `policy-path`', 'ONCALL_GATE_POLICY_PATH'),
        'Set it to a folder inside the repository, such as policies.',
      );
    }
    if (error instanceof OncallGateError && error.setting === 'incidentio-api-url') {
      throw configError(
        'INCIDENTIO_API_URL',
        error.message.replace('Input `incidentio-api-url`', 'INCIDENTIO_API_URL'),
        'Set it to https://api.incident.io or your proxy.',
      );
    }
    throw error;
  }
}

/** Every secret of the settings, for the redactor. */
export const configSecrets = (c: AppConfig): string[] => [c.privateKey, c.webhookSecret, c.incidentio.apiKey];
