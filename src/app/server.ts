// App mode assembled: the webhook handler wired to the two handlers, and the embedded server with
// its sweep timer. The Fetch API handler is also what lambda.ts serves.
import { handleProtectionRule } from './protection-rule.js';
import { handleReview, sweep, type SweepReport } from './recheck.js';
import { startNodeHost } from './node-host.js';
import type { AppRuntime } from './runtime.js';
import { createWebhookHandler, type FetchHandler } from './webhook-handler.js';

export function createAppHandler(rt: AppRuntime, options: { responseTimeoutMs?: number } = {}): FetchHandler {
  return createWebhookHandler({
    secret: rt.config.webhookSecret,
    path: rt.config.webhookPath,
    log: rt.log,
    onProtectionRule: (payload) => handleProtectionRule(rt, payload),
    onReview: (payload) => handleReview(rt, payload),
    ...(options.responseTimeoutMs ? { responseTimeoutMs: options.responseTimeoutMs } : {}),
  });
}

/** One sweep, logged: a line per approval and error, then the totals. */
export async function runSweep(rt: AppRuntime): Promise<SweepReport> {
  const report = await sweep(rt);
  for (const o of report.outcomes) if (o.outcome !== 'waiting') rt.log.info(`sweep: ${o.line}`);
  for (const f of report.failures) rt.log.warning(`sweep: ${f}`);
  const count = (k: string): number => report.outcomes.filter((o) => o.outcome === k).length;
  rt.log.info(
    `sweep: ${report.repositories} repositories, ${report.outcomes.length} waiting deployments gated by this App: ` +
      `${count('approved')} approved, ${count('already-answered')} already answered, ${count('waiting')} still waiting, ${count('refused')} refused, ${count('error') + report.failures.length} errors`,
  );
  return report;
}

export interface AppServer {
  /** http://host:port */
  url: string;
  /** Where GitHub posts deliveries. */
  webhookUrl: string;
  close(): Promise<void>;
}

export async function startAppServer(rt: AppRuntime): Promise<AppServer> {
  const host = await startNodeHost(createAppHandler(rt), { host: rt.config.host, port: rt.config.port });
  let sweeping: Promise<unknown> | undefined;
  const tick = (): void => {
    if (sweeping) return;
    sweeping = runSweep(rt)
      .catch((error: unknown) => rt.log.warning(`sweep failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (sweeping = undefined));
  };
  const timer = rt.config.sweepIntervalMs > 0 ? setInterval(tick, rt.config.sweepIntervalMs) : undefined;
  return {
    url: host.url,
    webhookUrl: `${host.url}${rt.config.webhookPath}`,
    close: async () => {
      if (timer) clearInterval(timer);
      await host.close();
      await sweeping;
    },
  };
}
