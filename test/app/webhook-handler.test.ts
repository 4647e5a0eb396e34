// The Fetch API webhook handler on its own: routing, the signature before anything reads the
// body, what is logged (the delivery ID, nothing of the payload), size limits, duplicates, the
// 202 GitHub gets when work takes longer than it waits, and the Node host in front of it.
import { describe, expect, it } from 'vitest';
import { signDelivery } from '@oncall-gate/github-fake';
import { createWebhookHandler, deliveryLabel, type WebhookHandlerOptions } from '../../src/app/webhook-handler.js';
import { startNodeHost } from '../../src/app/node-host.js';

const SECRET = 'whsec-handler-test-0123456789abcd';
const PATH = '/api/github/webhooks';

function setup(over: Partial<WebhookHandlerOptions> = {}) {
  const lines: string[] = [];
  const calls: { event: string; payload: unknown }[] = [];
  const handler = createWebhookHandler({
    secret: SECRET,
    path: PATH,
    log: { info: (l) => lines.push(l), warning: (l) => lines.push(`warning: ${l}`), debug: () => undefined },
    onProtectionRule: async (payload) => (calls.push({ event: 'rule', payload }), 'answered'),
    onReview: async (payload) => (calls.push({ event: 'review', payload }), 'checked'),
    ...over,
  });
  return { handler, lines, calls };
}

function delivery(
  body: string,
  o: { id?: string; event?: string; signature?: string | null; path?: string; method?: string } = {},
): Request {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': o.event ?? 'deployment_protection_rule',
    'x-github-delivery': o.id ?? 'abc-123',
  };
  const signature = o.signature === undefined ? signDelivery(SECRET, body) : o.signature;
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  return new Request(`http://127.0.0.1${o.path ?? PATH}`, { method: o.method ?? 'POST', headers, ...(o.method === 'GET' ? {} : { body }) });
}

const RULE = JSON.stringify({ action: 'requested', environment: 'production', sender: { login: 'octocat' } });

describe('the webhook handler', () => {
  it('dispatches a signed delivery by event and action, and logs one line for it', async () => {
    const { handler, lines, calls } = setup();
    const res = await handler(delivery(RULE));
    expect(res.status).toBe(200);
    expect(calls).toEqual([{ event: 'rule', payload: JSON.parse(RULE) }]);
    expect(lines).toEqual(['delivery abc-123 deployment_protection_rule.requested: answered']);
    const review = JSON.stringify({ action: 'submitted', review: {} });
    expect((await handler(delivery(review, { event: 'pull_request_review', id: 'rev-1' }))).status).toBe(200);
    expect(calls.at(-1)?.event).toBe('review');
  });

  it.each<[string, string | null, string]>([
    ['no signature', null, 'no X-Hub-Signature-256'],
    ['a signature with another secret', signDelivery('another-secret-0000000000', RULE), 'does not match'],
    ['a signature of another body', signDelivery(SECRET, `${RULE} `), 'does not match'],
    ['a malformed signature', 'sha256=zz', 'does not match'],
    ['the old SHA-1 signature scheme', 'sha1=0123456789abcdef0123456789abcdef01234567', 'does not match'],
  ])('%s: 401, nothing parsed or handled, only the delivery ID logged', async (_name, signature, why) => {
    const { handler, lines, calls } = setup();
    const body = JSON.stringify({ action: 'requested', sender: { login: 'mallory-SECRET-LOGIN' } });
    const res = await handler(delivery(body, { signature: signature === null ? null : signature.replace(/^(sha256=)?/, (m) => m) }));
    expect(res.status).toBe(401);
    expect(calls).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `warning: delivery abc-123: refused (401): ${why === 'no X-Hub-Signature-256' ? 'no X-Hub-Signature-256' : 'the signature does not match'}`,
    );
    expect(lines.join()).not.toContain('mallory');
  });

  it('a delivery ID that is not an ID is not logged as such', async () => {
    const { handler, lines } = setup();
    await handler(delivery(RULE, { id: 'x forged: log line', signature: null }));
    expect(lines).toEqual(['warning: delivery (no valid delivery ID): refused (401): no X-Hub-Signature-256']);
    expect(deliveryLabel('72d3162e-cc78-11e3-81ab-4c9367dc0958')).toBe('72d3162e-cc78-11e3-81ab-4c9367dc0958');
  });

  it('signed but not a JSON object, or without the event header: 400 and nothing handled', async () => {
    const { handler, calls } = setup();
    expect((await handler(delivery('{"a":'))).status).toBe(400);
    expect((await handler(delivery('"text"'))).status).toBe(400);
    const noEvent = new Request(`http://127.0.0.1${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signDelivery(SECRET, RULE) },
      body: RULE,
    });
    expect((await handler(noEvent)).status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('other paths 404, other methods 405, /healthz 200; a body over the limit 413 before it is read to the end', async () => {
    const { handler } = setup({ maxBodyBytes: 1000 });
    expect((await handler(delivery(RULE, { path: '/other' }))).status).toBe(404);
    expect((await handler(new Request(`http://127.0.0.1${PATH}`, { method: 'GET' }))).status).toBe(405);
    expect((await handler(new Request('http://127.0.0.1/healthz'))).status).toBe(200);
    expect((await handler(delivery(JSON.stringify({ pad: 'x'.repeat(2000) })))).status).toBe(413);
  });

  it('a duplicate delivery ID changes nothing; a delivery that failed may be delivered again', async () => {
    let fail = true;
    const { handler, lines, calls } = setup({
      onProtectionRule: async (payload) => {
        calls.push({ event: 'rule', payload });
        if (fail) throw new Error('GitHub is down: token ghs_secret');
        return 'answered';
      },
    });
    const failed = await handler(delivery(RULE, { id: 'd-1' }));
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain('ghs_secret');
    fail = false;
    expect((await handler(delivery(RULE, { id: 'd-1' }))).status).toBe(200);
    expect((await handler(delivery(RULE, { id: 'd-1' }))).status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(lines.at(-1)).toBe('delivery d-1 deployment_protection_rule.requested: duplicate of a delivery already handled; nothing done');
  });

  it('answers 202 when the work takes longer than GitHub waits, and the work still finishes', async () => {
    let finish!: () => void;
    const done = new Promise<void>((r) => (finish = r));
    const { handler, lines } = setup({ responseTimeoutMs: 50, onProtectionRule: async () => (await done, 'answered late') });
    const res = await handler(delivery(RULE, { id: 'slow-1' }));
    expect(res.status).toBe(202);
    finish();
    await new Promise((r) => setTimeout(r, 20));
    expect(lines).toEqual(['delivery slow-1 deployment_protection_rule.requested: answered late']);
  });

  it('behind the Node host: the exact bytes reach the signature check, and oversized bodies are cut off', async () => {
    const { handler, calls } = setup();
    const host = await startNodeHost(handler, { host: '127.0.0.1', port: 0, maxBodyBytes: 10_000 });
    try {
      const body = JSON.stringify({ action: 'requested', note: 'ünïcødé ✓ \u2028' });
      const ok = await fetch(`${host.url}${PATH}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'deployment_protection_rule',
          'x-github-delivery': 'n-1',
          'x-hub-signature-256': signDelivery(SECRET, body),
        },
        body,
      });
      expect(ok.status).toBe(200);
      expect(calls).toHaveLength(1);
      const big = await fetch(`${host.url}${PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(20_000),
      });
      expect(big.status).toBe(413);
      expect((await fetch(`${host.url}/healthz`)).status).toBe(200);
    } finally {
      await host.close();
    }
  });
});
