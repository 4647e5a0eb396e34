// The one webhook handler of App mode, as a Fetch API function (Request -> Response), so the same
// code answers on the embedded Node server (node-host.ts) and on a serverless platform (lambda.ts).
// Order matters: the route, then the signature over the exact body bytes, and only then parsing.
// A missing or wrong signature is 401 and the log says nothing but the delivery ID (a header, so
// itself checked). A signed delivery is handed to @octokit/webhooks' createWebMiddleware, which
// verifies it again, dispatches it by event, and answers 202 "still processing" when the work takes
// longer than GitHub waits (10 s): the answer then still arrives, through the callback. A delivery
// ID seen before (GitHub's redelivery repeats it) changes nothing.
import { createWebMiddleware, Webhooks } from '@octokit/webhooks';
import type { AppLog } from './runtime.js';

/** The largest body read: App deliveries of these events are a few tens of kilobytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** GitHub stops waiting for an answer after 10 seconds. */
const RESPONSE_TIMEOUT_MS = 9_000;
/** Delivery IDs remembered for duplicates. */
const REMEMBERED = 10_000;

export interface WebhookHandlerOptions {
  secret: string;
  /** The path deliveries are posted to. */
  path: string;
  log: AppLog;
  /** Each returns the log line of what was done; throws when the delivery should be retried. */
  onProtectionRule(payload: unknown): Promise<string>;
  onReview(payload: unknown): Promise<string>;
  /** Answer GitHub after at most this long; the work goes on (default 9 s). */
  responseTimeoutMs?: number;
  maxBodyBytes?: number;
}

export type FetchHandler = (request: Request) => Promise<Response>;

/** The delivery ID as logged: a UUID-like header value, or a placeholder for anything else. */
export function deliveryLabel(id: string | null): string {
  return id && /^[0-9A-Za-z-]{1,64}$/.test(id) ? id : '(no valid delivery ID)';
}

const text = (status: number, body: string): Response =>
  new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** Reads at most `max` bytes of the body; undefined when it is longer. */
async function readBody(request: Request, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > max) return undefined;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function createWebhookHandler(o: WebhookHandlerOptions): FetchHandler {
  const max = o.maxBodyBytes ?? MAX_BODY_BYTES;
  // Nothing of a delivery's content is ever logged by the library: its log is silent, ours says what happened.
  const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  const webhooks = new Webhooks({ secret: o.secret, log: silent });
  const seen = new Map<string, Promise<void>>();

  /** Runs a delivery's work once per delivery ID; a failed one may be delivered again. */
  const once = (id: string, event: string, work: () => Promise<string>): Promise<void> => {
    const label = deliveryLabel(id);
    const known = seen.get(id);
    if (known) {
      o.log.info(`delivery ${label} ${event}: duplicate of a delivery already handled; nothing done`);
      return known;
    }
    const run = work().then(
      (line) => o.log.info(`delivery ${label} ${event}: ${line}`),
      (error: unknown) => {
        seen.delete(id);
        o.log.warning(`delivery ${label} ${event}: failed, no answer was sent: ${error instanceof Error ? error.message : String(error)}`);
        // The library answers 500 with this message: nothing of the failure leaves the server.
        throw new Error('oncall-gate could not handle this delivery; see the App server log');
      },
    );
    seen.set(id, run);
    run.catch(() => undefined);
    if (seen.size > REMEMBERED) seen.delete(seen.keys().next().value ?? '');
    return run;
  };
  webhooks.on('deployment_protection_rule.requested', ({ id, payload }) =>
    once(id, 'deployment_protection_rule.requested', () => o.onProtectionRule(payload)),
  );
  webhooks.on('pull_request_review', ({ id, payload }) =>
    once(id, `pull_request_review.${String((payload as { action?: unknown }).action)}`, () => o.onReview(payload)),
  );
  const middleware = createWebMiddleware(webhooks, { path: o.path, log: silent, timeout: o.responseTimeoutMs ?? RESPONSE_TIMEOUT_MS });

  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) return text(200, 'ok');
    if (url.pathname !== o.path) return text(404, 'not found');
    if (request.method !== 'POST') return text(405, 'POST webhook deliveries here');
    const label = deliveryLabel(request.headers.get('x-github-delivery'));
    const signature = request.headers.get('x-hub-signature-256');
    if (!signature) {
      o.log.warning(`delivery ${label}: refused (401): no X-Hub-Signature-256`);
      return text(401, 'signature required');
    }
    const body = await readBody(request, max);
    if (!body) {
      o.log.warning(`delivery ${label}: refused (413): body over ${max} bytes`);
      return text(413, 'payload too large');
    }
    const raw = new TextDecoder('utf-8').decode(body);
    // Before anything reads the body: the signature of its exact bytes.
    const valid = await webhooks.verify(raw, signature).catch(() => false);
    if (!valid) {
      o.log.warning(`delivery ${label}: refused (401): the signature does not match`);
      return text(401, 'signature does not match');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      Array.isArray(parsed) ||
      !request.headers.get('x-github-event') ||
      label !== request.headers.get('x-github-delivery')
    ) {
      o.log.warning(`delivery ${label}: refused (400): signed, but not a JSON object with GitHub's event headers`);
      return text(400, 'not a webhook delivery');
    }
    const headers = new Headers(request.headers);
    headers.delete('content-length');
    return middleware(new Request(url, { method: 'POST', headers, body: raw }));
  };
}
