// App mode on AWS Lambda (docs/app-mode.md, "Serverless: AWS Lambda"): the same Fetch API webhook
// handler as the embedded server, behind a Lambda function URL, and the sweep on a schedule
// (EventBridge Scheduler invoking the function with {"oncallGate":"sweep"}). The function URL's
// event (payload format 2.0) becomes a Request and the Response becomes its result; the body's
// bytes are kept exactly, because the signature is over them. Settings come from the function's
// environment (secrets from its variables or files), read once per instance.
import { systemClock, type Clock } from '../clock.js';
import { describeCliError } from '../report/describe-error.js';
import { readAppConfig, type Env } from './config.js';
import { createAppRuntime, type AppRuntime } from './runtime.js';
import { createAppHandler, runSweep } from './server.js';
import type { FetchHandler } from './webhook-handler.js';

/** A Lambda function URL (or API Gateway HTTP API) event, payload format 2.0: the fields used. */
export interface FunctionUrlEvent {
  version?: string;
  rawPath?: string;
  rawQueryString?: string;
  headers?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
  requestContext?: { domainName?: string; http?: { method?: string; path?: string } };
}

export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

export type LambdaEvent = FunctionUrlEvent | { oncallGate?: unknown; source?: unknown; 'detail-type'?: unknown };

const isScheduled = (e: LambdaEvent): boolean =>
  ('oncallGate' in e && e.oncallGate === 'sweep') || ('detail-type' in e && e['detail-type'] === 'Scheduled Event');

export function toRequest(e: FunctionUrlEvent): Request {
  const method = e.requestContext?.http?.method ?? 'GET';
  const host = e.requestContext?.domainName ?? e.headers?.host ?? 'lambda.invalid';
  const url = `https://${host}${e.rawPath ?? e.requestContext?.http?.path ?? '/'}${e.rawQueryString ? `?${e.rawQueryString}` : ''}`;
  const headers = new Headers();
  for (const [k, v] of Object.entries(e.headers ?? {})) if (v !== undefined) headers.set(k, v);
  const body = e.body === undefined ? undefined : e.isBase64Encoded ? Buffer.from(e.body, 'base64') : Buffer.from(e.body, 'utf8');
  return new Request(url, { method, headers, ...(body && method !== 'GET' && method !== 'HEAD' ? { body } : {}) });
}

export interface LambdaOptions {
  env: Env;
  clock?: Clock;
  write?: (line: string) => void;
}

/** The function's handler; the runtime (clients, caches) is built on the first invocation and kept. */
export function createLambdaHandler(
  o: LambdaOptions,
): (event: LambdaEvent) => Promise<FunctionUrlResult | { swept: number; approved: number; errors: number }> {
  const write = o.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  let built: { rt: AppRuntime; fetch: FetchHandler } | undefined;
  const runtime = (): { rt: AppRuntime; fetch: FetchHandler } => {
    if (!built) {
      const config = readAppConfig(o.env);
      const rt = createAppRuntime({
        config,
        clock: o.clock ?? systemClock,
        write,
        debug: /^(1|true)$/i.test(o.env.ONCALL_GATE_DEBUG ?? ''),
      });
      // A function is frozen once it has answered: answer when the work is done (GitHub may record
      // a slow delivery as timed out; its answer still arrives through the callback).
      built = { rt, fetch: createAppHandler(rt, { responseTimeoutMs: (config.apiTimeoutSeconds + 5) * 1000 }) };
    }
    return built;
  };
  return async (event) => {
    let parts;
    try {
      parts = runtime();
    } catch (error) {
      // Settings errors name the variable, never its value.
      write(`oncall-gate App settings: ${describeCliError(error)}`);
      if (isScheduled(event)) throw new Error('oncall-gate App settings are invalid; see the log', { cause: error });
      return { statusCode: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'misconfigured\n', isBase64Encoded: false };
    }
    if (isScheduled(event)) {
      const report = await runSweep(parts.rt);
      return {
        swept: report.outcomes.length,
        approved: report.outcomes.filter((x) => x.outcome === 'approved').length,
        errors: report.failures.length + report.outcomes.filter((x) => x.outcome === 'error').length,
      };
    }
    const response = await parts.fetch(toRequest(event as FunctionUrlEvent));
    const headers: Record<string, string> = {};
    response.headers.forEach((v, k) => (headers[k] = v));
    return { statusCode: response.status, headers, body: await response.text(), isBase64Encoded: false };
  };
}
