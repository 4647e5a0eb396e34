// Text from the event and the inputs (here a deployment's environment) reaches the log.
// The runner reads workflow commands from the log: `::command::` at a line's start and the legacy
// `##[command]` anywhere in a line. Such text must never command the runner (docs/security.md,
// "Workflow commands in the log"); runner-command-parser.ts models how the runner reads them.
import { afterEach, describe, expect, it } from 'vitest';
import { webhookExample } from '../fixtures/webhooks.js';
import { gitCheckout } from '../support/git-repo.js';
import { runnerCommands } from '../support/runner-command-parser.js';
import { GITHUB_TOKEN, HOUR, KEY, PRIMARY, REPO, policyFiles, startWorld, type World } from '../support/escalation-world.js';
import { runAction } from './harness.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const INJECTED = [
  'production ##[error title=pwned]Deploy approved by the on-call team',
  '##[set-output name=pwned;]true ##[add-mask]Decision',
  '\u0085::warning title=pwned::spoofed',
  '\u200b::error title=pwned::spoofed',
  '#\u200b#[stop-commands]pwned0123456789',
].join('\n');

describe('workflow commands in the log', () => {
  it('a deployment environment carrying `##[command]` or `::command::` lines (whoever can create a deployment names it) commands nothing', async () => {
    const w = (world = await startWorld([{ scheduleId: PRIMARY, email: 'alice@example.com', start: Date.now() - HOUR, hours: 8 }]));
    const { dir, sha } = gitCheckout({ files: policyFiles() });
    w.gh.setBranchTip('main', sha);
    const payload = webhookExample('deployment', 'created');
    payload.repository.default_branch = 'main';
    payload.deployment.environment = INJECTED;
    const r = await runAction({
      eventName: 'deployment',
      payload,
      workspace: dir,
      inputs: {
        command: 'gate',
        'incidentio-api-key': KEY,
        'incidentio-api-url': w.emu.url,
        'github-token': GITHUB_TOKEN,
      },
      env: {
        GITHUB_API_URL: w.gh.url,
        GITHUB_GRAPHQL_URL: w.gh.graphqlUrl,
        GITHUB_REPOSITORY: REPO,
        GITHUB_ACTOR: 'alice',
        GITHUB_TRIGGERING_ACTOR: 'alice',
        GITHUB_REF: 'refs/heads/main',
      },
    });
    // The text is in the log, as text: the only commands the runner reads are the action's own.
    expect(r.stdout).toContain('Deploy approved by the on-call team');
    const { commands, stoppedAtEnd } = runnerCommands(r.stdout);
    expect(commands.filter((c) => c.command === 'set-output' || (c.command === 'add-mask' && c.data.includes('Decision')))).toEqual([]);
    expect(commands.filter((c) => c.properties.title === 'pwned' || c.properties.name === 'pwned')).toEqual([]);
    expect(commands.filter((c) => c.command === 'stop-commands').map((c) => c.data)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{32}$/)]),
    );
    expect(commands.filter((c) => c.command === 'stop-commands' && !/^[0-9a-f]{32}$/.test(c.data))).toEqual([]);
    expect(stoppedAtEnd).toBe(false);
    // The action's own annotation (the environment matches no policy) is still read.
    expect(commands.some((c) => c.command === 'error' && c.data.includes('No policy'))).toBe(true);
    expect(r.outputs.result).toBe('error');
  });
});
