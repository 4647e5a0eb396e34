// The App manifest (app.yml) asks for exactly App mode's permissions and events, and every
// installation token App mode asks for stays within them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TOKEN_PERMISSIONS } from '../../src/github/app-auth.js';

const manifest = parse(readFileSync(join(import.meta.dirname, '..', '..', 'app.yml'), 'utf8')) as {
  default_permissions: Record<string, string>;
  default_events: string[];
  public: boolean;
  hook_attributes: { url: string; active: boolean };
};

const LEVEL: Record<string, number> = { read: 1, write: 2 };

describe('app.yml', () => {
  it('asks for Actions read, Deployments read & write, Pull requests, Checks write and Contents read, nothing else', () => {
    expect(manifest.default_permissions).toEqual({
      actions: 'read',
      deployments: 'write',
      pull_requests: 'write',
      checks: 'write',
      contents: 'read',
    });
  });

  it('subscribes to the deployment protection rule and to reviews (approval later), nothing else', () => {
    expect([...manifest.default_events].sort()).toEqual(['deployment_protection_rule', 'pull_request_review']);
  });

  it('is private to the organisation that creates it, with an active webhook', () => {
    expect(manifest.public).toBe(false);
    expect(manifest.hook_attributes.active).toBe(true);
    expect(manifest.hook_attributes.url).toMatch(/^https:\/\/.+\/api\/github\/webhooks$/);
  });

  it('an installation token never asks for more than the App has (metadata: read every App has)', () => {
    for (const [name, level] of Object.entries(TOKEN_PERMISSIONS)) {
      if (name === 'metadata') continue;
      const granted = manifest.default_permissions[name];
      expect(granted, name).toBeDefined();
      expect(LEVEL[granted!]!, name).toBeGreaterThanOrEqual(LEVEL[level]!);
    }
  });
});
