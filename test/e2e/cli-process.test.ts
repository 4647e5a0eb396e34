// The built CLI as a process: what a shell user sees (`--version`, a closed pipe).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inheritedNodeEnv, repoRoot } from './harness.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.js');
const env = { PATH: process.env.PATH ?? '', ...inheritedNodeEnv() };

describe('oncall-gate (built CLI)', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V', 'version']) {
      const r = spawnSync(process.execPath, [cli, flag], { encoding: 'utf8', env });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`oncall-gate ${version}\n`);
    }
  });

  it('output piped into a reader that stops early (| head -1) ends quietly: no EPIPE stack trace', async () => {
    // Many files with a warning each (an auto rule with no schedules anywhere): many lines on
    // stdout, most written after the reader has gone.
    const dir = mkdtempSync(join(tmpdir(), 'cli-pipe-'));
    mkdirSync(join(dir, 'policies'));
    for (let i = 0; i < 400; i++) {
      const policy = `version: 1\nkind: policy\nname: p-${i}\nmatch: { environments: [e${i}] }\napproval:\n  - type: auto\n    integration: incidentio\n`;
      writeFileSync(join(dir, 'policies', `p${i}.yaml`), policy);
    }
    const child = spawn(process.execPath, [cli, 'validate', 'policies'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error:|at .*\.js:\d+/);
    expect(code).not.toBeNull();
  });
});
