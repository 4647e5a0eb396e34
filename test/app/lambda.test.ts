// App mode on AWS Lambda: a function URL event (payload format 2.0) goes through the same webhook
// handler as the embedded server, byte for byte; a scheduled event sweeps.
import { afterEach, describe, expect, it } from 'vitest';
import { protectionRuleRequestedPayload, signDelivery } from '@oncall-gate/github-fake';
import { fixedClock } from '../../src/clock.js';
import { createLambdaHandler, type FunctionUrlEvent, type FunctionUrlResult } from '../../src/app/lambda.js';
import { HOUR, KEY, PINNED_NOW, PRIMARY, REPO } from '../support/escalation-world.js';
import { APP_ID, INSTALLATION, startAppWorld, WEBHOOK_SECRET, type AppWorld } from '../support/app-world.js';

const DEPLOYED = '5e1f0c2d4b3a69788796a5b4c3d2e1f0a9b8c7d6';
const aliceOnCall = { scheduleId: PRIMARY, email: 'alice@example.com', start: PINNED_NOW - HOUR, hours: 3 };

let world: AppWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function urlEvent(body: string, base64: boolean, signature = signDelivery(WEBHOOK_SECRET, body)): FunctionUrlEvent {
  return {
    version: '2.0',
    rawPath: '/api/github/webhooks',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'deployment_protection_rule',
      'x-github-delivery': `lambda-${base64 ? 'b64' : 'text'}`,
      'x-hub-signature-256': signature,
    },
    requestContext: { domainName: 'abc.lambda-url.eu-west-1.on.aws', http: { method: 'POST', path: '/api/github/webhooks' } },
    body: base64 ? Buffer.from(body, 'utf8').toString('base64') : body,
    isBase64Encoded: base64,
  };
}

describe('App mode on Lambda', () => {
  it('a function URL delivery (plain or base64 body) is decided and answered; the sweep runs on a scheduled event', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    const lines: string[] = [];
    const handler = createLambdaHandler({
      env: {
        GITHUB_APP_ID: String(APP_ID),
        GITHUB_APP_PRIVATE_KEY: w.config.privateKey,
        GITHUB_APP_WEBHOOK_SECRET: WEBHOOK_SECRET,
        INCIDENTIO_API_KEY: KEY,
        INCIDENTIO_API_URL: w.emu.url,
        GITHUB_API_URL: w.gh.url,
      },
      clock: fixedClock(new Date(PINNED_NOW)),
      write: (l) => lines.push(l),
    });
    for (const base64 of [false, true]) {
      const run = w.waitingRun(DEPLOYED, 'alice');
      const body = JSON.stringify(
        protectionRuleRequestedPayload({
          apiUrl: w.gh.url,
          repository: REPO,
          installationId: INSTALLATION,
          runId: run.id,
          environment: 'production',
          sha: DEPLOYED,
          sender: 'alice',
        }),
      );
      const result = (await handler(urlEvent(body, base64))) as FunctionUrlResult;
      expect(result.statusCode, result.body).toBe(200);
      expect(w.gh.gateReviews(REPO).filter((r) => r.run_id === run.id)).toMatchObject([{ state: 'approved', status: 204 }]);
    }
    const forged = (await handler(urlEvent('{"action":"requested"}', false, 'sha256=00'))) as FunctionUrlResult;
    expect(forged.statusCode).toBe(401);

    w.waitingRun(DEPLOYED, 'erin');
    expect(await handler({ oncallGate: 'sweep' })).toEqual({ swept: 1, approved: 0, errors: 0 });
    expect(lines.join('\n')).not.toContain(WEBHOOK_SECRET);
  });

  it('settings that are wrong: 500 for deliveries, the variable named in the log, never its value', async () => {
    const lines: string[] = [];
    const handler = createLambdaHandler({
      env: { GITHUB_APP_ID: '1', INCIDENTIO_API_KEY: 'inc-lambda-key-000000000000' },
      write: (l) => lines.push(l),
    });
    const result = (await handler(urlEvent('{}', false))) as FunctionUrlResult;
    expect(result).toMatchObject({ statusCode: 500, body: 'misconfigured\n' });
    expect(lines).toEqual([expect.stringMatching(/GITHUB_APP_PRIVATE_KEY is not set/)]);
    expect(lines.join()).not.toContain('inc-lambda-key');
    await expect(handler({ 'detail-type': 'Scheduled Event' })).rejects.toThrow(/settings are invalid/);
  });
});
