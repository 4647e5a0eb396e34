import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OncallGateError } from '../../src/errors.js';
import { parseEvent, readEventPayload } from '../../src/event/event.js';
import { readRunContext } from '../../src/event/run-context.js';
import { webhookExample } from '../fixtures/webhooks.js';

describe('parseEvent', () => {
  it('reads a real pull_request payload', () => {
    const payload = webhookExample('pull_request', 'opened');
    const event = parseEvent('pull_request', payload);
    expect(event.kind).toBe('pull_request');
    if (event.kind !== 'pull_request') return;
    expect(event.pullRequest.number).toBe(payload.pull_request.number);
    expect(event.pullRequest.baseSha).toBe(payload.pull_request.base.sha);
    expect(event.pullRequest.headSha).toBe(payload.pull_request.head.sha);
    expect(event.pullRequest.authorLogin).toBe(payload.pull_request.user.login);
    expect(event.pullRequest.isFork).toBe(false);
    expect(event.defaultBranch).toBe(payload.repository.default_branch);
  });

  it('marks a PR whose head lives in another repository as a fork', () => {
    const payload = webhookExample('pull_request', 'opened');
    payload.pull_request.head.repo.full_name = 'mallory/Hello-World';
    const event = parseEvent('pull_request', payload);
    expect(event.kind === 'pull_request' && event.pullRequest.isFork).toBe(true);
  });

  it('treats a deleted head repository as a fork (never trusted with writes)', () => {
    const payload = webhookExample('pull_request', 'opened');
    payload.pull_request.head.repo = null;
    const event = parseEvent('pull_request', payload);
    expect(event.kind === 'pull_request' && event.pullRequest.isFork).toBe(true);
  });

  it('reads a real pull_request_review payload with the review lower-cased', () => {
    const payload = webhookExample('pull_request_review', 'submitted');
    payload.review.state = 'APPROVED';
    const event = parseEvent('pull_request_review', payload);
    expect(event.kind).toBe('pull_request_review');
    if (event.kind !== 'pull_request_review') return;
    expect(event.review.state).toBe('approved');
    expect(event.review.userLogin).toBe(payload.review.user.login);
    expect(event.review.commitId).toBe(payload.review.commit_id);
  });

  it.each(['deployment', 'deployment_status'])('reads the deployment environment of a real %s payload', (name) => {
    const payload = webhookExample(name, 'created');
    expect(parseEvent(name, payload)).toEqual({
      kind: 'deployment',
      name,
      environment: payload.deployment.environment,
      defaultBranch: payload.repository.default_branch,
    });
    delete payload.deployment.environment;
    expect(parseEvent(name, payload)).toMatchObject({ kind: 'deployment', environment: '' });
  });

  it('names the missing field when a pull_request payload is malformed', () => {
    const payload = webhookExample('pull_request', 'opened');
    delete payload.pull_request.base.sha;
    expect(() => parseEvent('pull_request', payload)).toThrow(OncallGateError);
    expect(() => parseEvent('pull_request', payload)).toThrow(/`base\.sha`/);
    expect(() => parseEvent('pull_request', { pull_request: 'nope' })).toThrow(/`pull_request`/);
  });

  it('reads push, schedule and other events', () => {
    const push = webhookExample('push');
    expect(parseEvent('push', push)).toMatchObject({ kind: 'push', ref: push.ref, after: push.after });
    expect(parseEvent('schedule', {})).toMatchObject({ kind: 'schedule' });
    expect(parseEvent('workflow_dispatch', webhookExample('workflow_dispatch'))).toMatchObject({
      kind: 'other',
      name: 'workflow_dispatch',
    });
  });
});

describe('readEventPayload', () => {
  it('returns an empty payload without GITHUB_EVENT_PATH', async () => {
    expect(await readEventPayload('')).toEqual({});
  });
  it('reports invalid JSON and missing files clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ev-'));
    writeFileSync(join(dir, 'bad.json'), '{nope');
    await expect(readEventPayload(join(dir, 'bad.json'))).rejects.toThrow(/is not valid JSON/);
    await expect(readEventPayload(join(dir, 'missing.json'))).rejects.toThrow(/Cannot read the event payload/);
  });
});

describe('readRunContext', () => {
  it('prefers the triggering actor and falls back to the actor', () => {
    const base = { GITHUB_REPOSITORY: 'acme/api', GITHUB_ACTOR: 'first' };
    expect(readRunContext({ ...base, GITHUB_TRIGGERING_ACTOR: 'rerunner' }, '/w').triggeringActor).toBe('rerunner');
    expect(readRunContext(base, '/w').triggeringActor).toBe('first');
    expect(readRunContext(base, '/w').workspace).toBe('/w');
  });
  it('rejects a malformed GITHUB_REPOSITORY', () => {
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'nope' }, '/w')).toThrow(OncallGateError);
  });
});
