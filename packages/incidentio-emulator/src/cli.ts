// `oncall-gate emulator [--fixture file.yaml] [--port n] [--now <RFC 3339>]`: runs the local
// incident.io emulator on 127.0.0.1 until SIGINT/SIGTERM, printing its URL, the API key to use, and
// one line per request.
import { readFile } from 'node:fs/promises';
import { clockStartingAt, parseRfc3339, systemClock, type Clock } from './clock.js';
import { DEMO_FIXTURE_YAML } from './demo-fixture.js';
import { FixtureError, parseFixtureYaml, type EmulatorFixture } from './fixture.js';
import { startEmulator, type RecordedRequest } from './server.js';
import { parseFlags, UsageError } from './args.js';

export interface EmulatorCliIo {
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  /** Where SIGINT/SIGTERM come from (default: process). */
  signals?: Pick<NodeJS.EventEmitter, 'once' | 'off'>;
  readFile?: (path: string) => Promise<string>;
  /** The emulator's "now" when --now is not given (default: the system clock). */
  clock?: Clock;
  /** Called once the server listens (tests use the URL). */
  onListening?: (info: { url: string; port: number; close: () => Promise<void> }) => void;
}

const DEFAULT_PORT = 8787;

const USAGE = `Usage: oncall-gate emulator [--fixture <file.yaml>] [--port <n>] [--now <RFC 3339>]

Runs a local incident.io API on http://127.0.0.1:<port> (default ${DEFAULT_PORT}, or $PORT).
Without --fixture it serves the demo organisation the example policies use.
--now starts the emulator's world at that moment (e.g. 2026-01-06T10:00:00Z) and lets it run on
from there: incident timestamps and a schedule's current and next shifts follow it. Schedule
entries are answered for the window a client asks for, so ask with the same moment
(oncall-gate check ... --at <same time>, oncall-gate who ... --at <same time>).
Stop it with Ctrl-C.`;

interface ParsedArgs {
  fixture?: string;
  port?: string;
  now?: Date;
  help: boolean;
}

function parseArgs(args: string[]): ParsedArgs | string {
  let parsed;
  try {
    parsed = parseFlags(args, ['fixture', 'port', 'now']);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  if (parsed.positionals.length > 0) return `Unexpected argument "${parsed.positionals[0]}".`;
  const fixture = parsed.flags.get('fixture');
  const port = parsed.flags.get('port');
  const nowText = parsed.flags.get('now');
  const now = nowText === undefined ? undefined : parseRfc3339(nowText);
  if (nowText !== undefined && !now) {
    return `--now must be an RFC 3339 date and time with an offset, like 2026-01-06T10:00:00Z (got "${nowText}").`;
  }
  return { help: parsed.help, ...(fixture ? { fixture } : {}), ...(port ? { port } : {}), ...(now ? { now } : {}) };
}

function formatRequest(r: RecordedRequest): string {
  const query = Object.entries(r.query)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}=${x}`))
    .join('&');
  const fault = r.fault ? ` [fault: ${r.fault}]` : '';
  return `${r.method} ${r.path}${query ? `?${query}` : ''} -> ${r.status} (${r.durationMs} ms)${fault}`;
}

/** Runs until SIGINT/SIGTERM closes the server; resolves with the exit code. */
export async function runEmulatorCommand(args: string[], env: Record<string, string | undefined>, io: EmulatorCliIo = {}): Promise<number> {
  const out = io.stdout ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.stderr ?? ((line: string) => process.stderr.write(`${line}\n`));
  const signals = io.signals ?? process;
  const read = io.readFile ?? ((path: string) => readFile(path, 'utf8'));

  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err(`oncall-gate emulator: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    out(USAGE);
    return 0;
  }
  const portText = parsed.port ?? env.PORT ?? String(DEFAULT_PORT);
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
    err(`oncall-gate emulator: the port must be a number from 0 to 65535 (got "${portText}" from ${parsed.port ? '--port' : 'PORT'})`);
    return 2;
  }

  let fixture: EmulatorFixture;
  try {
    if (parsed.fixture) {
      let text: string;
      try {
        text = await read(parsed.fixture);
      } catch (e) {
        err(`oncall-gate emulator: cannot read the fixture ${parsed.fixture}: ${(e as Error).message}`);
        return 1;
      }
      fixture = parseFixtureYaml(text, parsed.fixture);
    } else {
      fixture = parseFixtureYaml(DEMO_FIXTURE_YAML, 'demo fixture');
    }
  } catch (e) {
    err(`oncall-gate emulator: ${e instanceof FixtureError ? e.message : String(e)}`);
    return 1;
  }

  let emulator;
  try {
    const clock = parsed.now ? clockStartingAt(parsed.now) : (io.clock ?? systemClock);
    emulator = await startEmulator({ fixture, port: Number(portText), now: clock, onRequest: (r) => out(formatRequest(r)) });
  } catch (e) {
    err(`oncall-gate emulator: ${(e as Error).message}`);
    return 1;
  }

  const [firstKey] = fixture.keys;
  out(`incident.io emulator listening on ${emulator.url} (${parsed.fixture ? `fixture ${parsed.fixture}` : 'demo organisation'})`);
  out(`Base URL: ${emulator.url} (give it as incidentio-api-url)`);
  if (parsed.now) out(`World time: starts at ${parsed.now.toISOString()} and runs on from there (--now)`);
  // Emulator keys are fake by construction, so printing one is safe; the line ends with the key
  // so scripts can take the last field.
  if (firstKey) {
    out(`Key name: ${firstKey.name} (roles: ${firstKey.roles.join(', ') || 'none'})`);
    out(`API key: ${firstKey.key}`);
  }
  out('Press Ctrl-C to stop.');

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      signals.off('SIGINT', onInt);
      signals.off('SIGTERM', onTerm);
      out(`Received ${signal}, stopping the emulator.`);
      emulator.close().then(resolve, resolve);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    signals.once('SIGINT', onInt);
    signals.once('SIGTERM', onTerm);
    io.onListening?.({
      url: emulator.url,
      port: emulator.port,
      close: () => {
        signals.off('SIGINT', onInt);
        signals.off('SIGTERM', onTerm);
        return emulator.close().then(resolve);
      },
    });
  });
  return 0;
}
