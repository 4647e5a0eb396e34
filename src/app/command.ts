// `oncall-gate app`: runs App mode on this machine (docs/app-mode.md). Without options it serves
// webhooks until stopped (SIGINT, SIGTERM) and sweeps waiting deployments on a timer; `--sweep`
// sweeps once and exits. Settings come from the environment and a `.env` file (config.ts).
import type { Clock } from '../clock.js';
import type { CliOutput } from '../context.js';
import { isError } from '../errors.js';
import { describeCliError } from '../report/describe-error.js';
import { readAppConfig, withEnvFile, type Env } from './config.js';
import { createAppRuntime } from './runtime.js';
import { runSweep, startAppServer } from './server.js';

export const APP_USAGE = `Usage: oncall-gate app [--sweep] [--env-file FILE] [--host H] [--port N]

Runs oncall-gate as a GitHub App: a custom deployment protection rule (docs/app-mode.md).
  (no option)      serve webhooks on http://HOST:PORT/api/github/webhooks until stopped,
                   and check waiting deployments again every ONCALL_GATE_SWEEP_MINUTES (10)
  --sweep          check every waiting deployment once and exit
  --env-file FILE  read settings from FILE (default: .env when it exists); the environment wins

Settings (environment or .env): GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY or GITHUB_APP_PRIVATE_KEY_FILE,
GITHUB_APP_WEBHOOK_SECRET or GITHUB_APP_WEBHOOK_SECRET_FILE, INCIDENTIO_API_KEY or INCIDENTIO_API_KEY_FILE,
and optionally INCIDENTIO_API_URL, GITHUB_API_URL, GITHUB_SERVER_URL, ONCALL_GATE_POLICY_PATH (policies),
HOST (127.0.0.1), PORT (3000), ONCALL_GATE_WEBHOOK_PATH, ONCALL_GATE_SWEEP_MINUTES (10; 0: off),
ONCALL_GATE_API_TIMEOUT (60 s per delivery), ONCALL_GATE_DEBUG=1 (the gate's own log lines).
Exit codes: 0 stopped or swept cleanly, 1 a sweep with errors or a failure, 2 usage or settings error.`;

interface AppArgs {
  sweep: boolean;
  envFile?: string;
  host?: string;
  port?: string;
  help: boolean;
}

function parseArgs(args: string[]): AppArgs | string {
  const out: AppArgs = { sweep: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = (): string | undefined => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      return args[++i];
    };
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (name === '--sweep') out.sweep = true;
    else if (name === '--help' || name === '-h') out.help = true;
    else if (name === '--env-file' || name === '--host' || name === '--port') {
      const v = value();
      if (!v) return `${name} needs a value`;
      if (name === '--env-file') out.envFile = v;
      else if (name === '--host') out.host = v;
      else out.port = v;
    } else return `unknown option "${a}"`;
  }
  return out;
}

export interface AppCommandOptions {
  out: CliOutput;
  clock: Clock;
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  stopped?: Promise<unknown>;
  /** Called with the server's webhook URL once it listens. */
  onListening?: (webhookUrl: string) => void;
}

function signals(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runAppCommand(args: string[], env: Env, o: AppCommandOptions): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    o.out.error(`oncall-gate app: ${parsed}\n\n${APP_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    o.out.log(APP_USAGE);
    return 0;
  }
  let config;
  try {
    const merged = withEnvFile(env, parsed.envFile ?? '.env', undefined, parsed.envFile !== undefined);
    config = readAppConfig({ ...merged, ...(parsed.host ? { HOST: parsed.host } : {}), ...(parsed.port ? { PORT: parsed.port } : {}) });
  } catch (error) {
    // Settings errors name the variable, never its value.
    o.out.error(`oncall-gate app: ${describeCliError(error)}`);
    return isError(error, 'input') ? 2 : 1;
  }
  const rt = createAppRuntime({
    config,
    clock: o.clock,
    write: (line) => o.out.log(line),
    debug: /^(1|true)$/i.test(env.ONCALL_GATE_DEBUG ?? ''),
  });
  if (parsed.sweep) {
    try {
      const report = await runSweep(rt);
      return report.failures.length > 0 || report.outcomes.some((x) => x.outcome === 'error') ? 1 : 0;
    } catch (error) {
      o.out.error(`oncall-gate app --sweep: ${describeCliError(error, rt.redactor.redact)}`);
      return 1;
    }
  }
  let server;
  try {
    server = await startAppServer(rt);
  } catch (error) {
    o.out.error(
      `oncall-gate app: cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  rt.log.info(
    `oncall-gate App ${config.appId} listening: ${server.webhookUrl}` +
      (config.sweepIntervalMs > 0 ? `; sweeping waiting deployments every ${config.sweepIntervalMs / 60_000} min` : '; sweep off'),
  );
  o.onListening?.(server.webhookUrl);
  const why = await (o.stopped ?? signals());
  rt.log.info(`stopping (${String(why)})`);
  await server.close();
  return 0;
}
