// The README opens with a Mermaid diagram of the three flows. It must stay a diagram GitHub can
// draw (one flowchart, subgraphs closed, every node an edge names declared), name every command,
// and say of each event what `command: auto` really runs for it (src/commands/dispatch.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCommands, type RunnableCommand } from '../../src/commands/dispatch.js';
import type { GitHubEvent } from '../../src/event/event.js';
import { COMMANDS } from '../../src/inputs.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const firstBlock = /^```(\w*)\n([\s\S]*?)\n```$/m.exec(readme);
const diagram = firstBlock?.[2] ?? '';
const lines = diagram.split('\n').map((l) => l.trim());

/** Each flow's subgraph: its title and its lines. */
function subgraphs(): { id: string; title: string; body: string }[] {
  const out: { id: string; title: string; body: string }[] = [];
  let current: { id: string; title: string; body: string } | undefined;
  for (const line of lines) {
    const open = /^subgraph (\w+)\["([^"]+)"\]$/.exec(line);
    if (open) current = { id: open[1]!, title: open[2]!, body: '' };
    else if (line === 'end' && current) {
      out.push(current);
      current = undefined;
    } else if (current) current.body += `${line}\n`;
  }
  return out;
}

const event = (kind: GitHubEvent['kind'], over: Record<string, unknown> = {}): GitHubEvent =>
  ({ kind, name: kind, defaultBranch: 'main', ...over }) as unknown as GitHubEvent;

describe('the README diagram', () => {
  it('is the first block of the README, a Mermaid flowchart', () => {
    expect(firstBlock?.[1]).toBe('mermaid');
    expect(lines[0]).toBe('flowchart LR');
  });

  it('has three flows, each closed, and declares every node an edge names', () => {
    expect(subgraphs().map((s) => s.id)).toEqual(['deploy', 'review', 'change']);
    expect(lines.filter((l) => l.startsWith('subgraph ')).length).toBe(lines.filter((l) => l === 'end').length);
    const declared = new Set([...diagram.matchAll(/\b([A-Z]\d+)[[{]"/g)].map((m) => m[1]));
    const used = [...diagram.matchAll(/\b([A-Z]\d+)\b/g)].map((m) => m[1]);
    expect(used.filter((id) => !declared.has(id))).toEqual([]);
    // A label that Mermaid would read as syntax: every node label is quoted.
    expect(diagram).not.toMatch(/\b[A-Z]\d+[[{][^"]/);
  });

  it('names every command, each in the title of its flow', () => {
    const titles = subgraphs()
      .map((s) => s.title)
      .join(' ');
    for (const c of COMMANDS.filter((x) => x !== 'auto' && x !== 'validate')) expect(titles).toContain(c);
    expect(diagram).toContain('validate');
  });

  it('says of each event what command: auto runs for it', async () => {
    const flows = Object.fromEntries(subgraphs().map((s) => [s.id, s.body]));
    const cases: { flow: string; says: string; event: GitHubEvent; policyChange?: boolean; runs: RunnableCommand }[] = [
      { flow: 'deploy', says: 'push', event: event('push', { ref: 'refs/heads/main' }), runs: 'gate' },
      { flow: 'deploy', says: 'workflow_dispatch', event: event('other', { name: 'workflow_dispatch' }), runs: 'gate' },
      { flow: 'deploy', says: 'deployment', event: event('deployment', { environment: 'production' }), runs: 'gate' },
      { flow: 'review', says: 'pull_request into', event: event('pull_request'), runs: 'request' },
      { flow: 'review', says: 'pull_request_review', event: event('pull_request_review'), runs: 'review' },
      { flow: 'change', says: 'pull_request changing policies/', event: event('pull_request'), policyChange: true, runs: 'plan' },
      { flow: 'change', says: 'apply on push', event: event('push', { ref: 'refs/heads/main' }), policyChange: true, runs: 'apply' },
      { flow: 'change', says: 'audit on schedule', event: event('schedule'), runs: 'audit' },
    ];
    for (const c of cases) {
      expect(flows[c.flow], c.says).toContain(c.says);
      const commands = await resolveCommands('auto', c.event, async () => c.policyChange ?? false);
      expect(commands, c.says).toContain(c.runs);
    }
  });
});
