// Sticky comments: only our bot's comment with the marker is edited (github-actions[bot] unless
// botLogin names another); a human's or another app's is never touched; otherwise a comment is created;
// long bodies are truncated below GitHub's limit.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { findStickyComment, isBotAuthor, stickyCommentBody, stickyCommentRequest, upsertStickyComment } from '../../src/github/comments.js';
import { COMMENT_BODY_MAX } from '../../src/github/text.js';
import { API, REPO, testClient } from '../support/github-client.js';

const R = '/repos/octo-org/octo-repo';
const MARKER = '<!-- oncall-gate:plan -->';
const bot = { login: 'github-actions[bot]', type: 'Bot' };
const human = { login: 'alice', type: 'User' };
const comment = (id: number, user: object, body: string) => ({
  id,
  user,
  body,
  html_url: `https://github.com/octo-org/octo-repo/pull/7#issuecomment-${id}`,
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('upsertStickyComment', () => {
  test('edits the bot comment carrying the marker, never the human one that quotes it', async () => {
    const path = `${R}/issues/7/comments`;
    const scope = nock(API)
      .get(path)
      .query({ per_page: '100' })
      .reply(200, [comment(1, human, `I saw ${MARKER} here`), comment(2, bot, 'other bot comment')], {
        link: `<${API}${path}?per_page=100&page=2>; rel="next"`,
      })
      .get(path)
      .query({ per_page: '100', page: '2' })
      .reply(200, [comment(3, bot, `${MARKER}\nold plan`)])
      .patch(`${R}/issues/comments/3`, { body: `${MARKER}\nnew plan` })
      .reply(200, comment(3, bot, `${MARKER}\nnew plan`));
    const result = await upsertStickyComment(testClient(), REPO, 7, MARKER, `${MARKER}\nnew plan`);
    expect(result).toEqual({
      id: 3,
      url: 'https://github.com/octo-org/octo-repo/pull/7#issuecomment-3',
      created: false,
      updated: true,
    });
    scope.done();
  });

  test('creates a new comment when only a human comment has the marker', async () => {
    let posted: unknown;
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(1, human, `${MARKER} copied by hand`)])
      .post(`${R}/issues/7/comments`, (b: unknown) => {
        posted = b;
        return true;
      })
      .reply(201, comment(9, bot, 'x'));
    const result = await upsertStickyComment(testClient(), REPO, 7, MARKER, 'plan body');
    expect(result).toMatchObject({ id: 9, created: true, updated: false });
    // the marker is added in front when the body lacks it
    expect(posted).toEqual({ body: `${MARKER}\nplan body` });
  });

  test('does not write when the bot comment already has the same body', async () => {
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(4, bot, `${MARKER}\nsame`)]);
    expect(await upsertStickyComment(testClient(), REPO, 7, MARKER, `${MARKER}\nsame`)).toMatchObject({
      id: 4,
      created: false,
      updated: false,
    });
  });

  test("by default only github-actions[bot]'s comment is edited: another app's marked comment is left alone", async () => {
    let posted: unknown;
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(5, { login: 'chatops[bot]', type: 'Bot' }, `${MARKER}\nplanted`)])
      // Another bot's marked comment: ask who this token writes as (the default token's bot).
      .post('/graphql', (b: { query: string }) => /viewer\s*\{\s*login/.test(b.query))
      .reply(200, { data: { viewer: { login: 'github-actions[bot]' } } })
      .post(`${R}/issues/7/comments`, (b: unknown) => {
        posted = b;
        return true;
      })
      .reply(201, comment(6, bot, MARKER));
    const result = await upsertStickyComment(testClient(), REPO, 7, MARKER, 'x');
    expect(result).toMatchObject({ id: 6, created: true });
    expect(posted).toEqual({ body: `${MARKER}\nx` });
  });

  test('botLogin names the bot of another token (a GitHub App), whose comment is then the one edited', async () => {
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [
        comment(5, bot, `${MARKER}\nby the workflow token`),
        comment(7, { login: 'oncall-gate-app[bot]', type: 'Bot' }, `${MARKER}\nold`),
      ])
      .patch(`${R}/issues/comments/7`, { body: `${MARKER}\nnew` })
      .reply(200, comment(7, { login: 'oncall-gate-app[bot]', type: 'Bot' }, `${MARKER}\nnew`));
    const result = await upsertStickyComment(testClient(), REPO, 7, MARKER, 'new', { botLogin: 'Oncall-Gate-App[bot]' });
    expect(result).toMatchObject({ id: 7, updated: true });
  });

  test("with a GitHub App token, the App's own marked comment is found through GraphQL viewer and edited", async () => {
    const app = { login: 'oncall-gate-app[bot]', type: 'Bot' };
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(5, { login: 'chatops[bot]', type: 'Bot' }, `${MARKER}\nplanted`), comment(7, app, `${MARKER}\nold`)])
      .post('/graphql')
      .reply(200, { data: { viewer: { login: 'oncall-gate-app[bot]' } } })
      .patch(`${R}/issues/comments/7`, { body: `${MARKER}\nnew` })
      .reply(200, comment(7, app, `${MARKER}\nnew`));
    expect(await upsertStickyComment(testClient(), REPO, 7, MARKER, 'new')).toMatchObject({ id: 7, updated: true });
  });

  test("when GitHub will not say who the token is, another bot's comment is left alone and a new one posted", async () => {
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(7, { login: 'oncall-gate-app[bot]', type: 'Bot' }, `${MARKER}\nold`)])
      .post('/graphql')
      .reply(403, { message: 'Resource not accessible by integration' })
      .post(`${R}/issues/7/comments`)
      .reply(201, comment(8, bot, MARKER));
    expect(await upsertStickyComment(testClient(), REPO, 7, MARKER, 'new')).toMatchObject({ id: 8, created: true });
  });

  test('truncates an oversized body below 65,536 characters with a note pointing to the summary', async () => {
    let posted = '';
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [])
      .post(`${R}/issues/7/comments`, (b: { body: string }) => {
        posted = b.body;
        return true;
      })
      .reply(201, comment(8, bot, 'x'));
    const big = `${MARKER}\n${'line of plan output\n'.repeat(5000)}`;
    await upsertStickyComment(testClient(), REPO, 7, MARKER, big, { summaryUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(posted.length).toBeLessThan(COMMENT_BODY_MAX);
    expect(posted.startsWith(MARKER)).toBe(true);
    expect(posted).toContain('[the step summary of this run](https://github.com/o/r/actions/runs/1)');
  });

  test('an empty marker is refused', async () => {
    await expect(upsertStickyComment(testClient(), REPO, 7, ' ', 'x')).rejects.toMatchObject({ kind: 'rejected' });
  });
});

describe('helpers', () => {
  test('isBotAuthor needs type Bot and a [bot] login', () => {
    expect(isBotAuthor({ login: 'github-actions[bot]', type: 'Bot' })).toBe(true);
    expect(isBotAuthor({ login: 'my-app[bot]', type: 'Bot' })).toBe(true);
    expect(isBotAuthor({ login: 'github-actions', type: 'User' })).toBe(false);
    expect(isBotAuthor({ login: 'sneaky[bot]', type: 'User' })).toBe(false);
    expect(isBotAuthor({ login: 'ci', type: 'Bot' })).toBe(false);
    expect(isBotAuthor(null)).toBe(false);
    expect(isBotAuthor({ login: 'my-app[bot]', type: 'Bot' }, 'github-actions[bot]')).toBe(false);
  });

  test('the marker survives truncation even when the caller put it last', () => {
    const body = `${'x'.repeat(70_000)}\n${MARKER}`;
    const out = stickyCommentBody(MARKER, body);
    expect(out.length).toBeLessThan(COMMENT_BODY_MAX);
    expect(out.startsWith(MARKER)).toBe(true);
    expect(out).toContain("the workflow run's step summary");
  });

  test('an open code fence is closed before the truncation note', () => {
    const body = `${MARKER}\n\`\`\`diff\n${'+ line\n'.repeat(20_000)}\`\`\``;
    const out = stickyCommentBody(MARKER, body);
    const fences = out.match(/^```/gm) ?? [];
    expect(fences.length % 2).toBe(0);
    expect(out.endsWith('step summary.')).toBe(true);
  });

  test('short bodies pass unchanged', () => {
    expect(stickyCommentBody(MARKER, `${MARKER}\nhi`)).toBe(`${MARKER}\nhi`);
  });
});

describe('findStickyComment', () => {
  test("returns our bot's marked comment with its body, never a human's or another app's", async () => {
    const other = { login: 'chatops[bot]', type: 'Bot' };
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query({ per_page: '100' })
      .reply(200, [
        comment(1, human, `${MARKER}\nplanted`),
        comment(2, other, `${MARKER}\nplanted too`),
        comment(3, bot, `${MARKER}\nours`),
      ]);
    await expect(findStickyComment(testClient(), REPO, 7, MARKER)).resolves.toEqual({
      id: 3,
      url: 'https://github.com/octo-org/octo-repo/pull/7#issuecomment-3',
      body: `${MARKER}\nours`,
    });
  });

  test('undefined when only others carry the marker (and the token is not their app)', async () => {
    nock(API)
      .get(`${R}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(1, human, MARKER), comment(2, { login: 'chatops[bot]', type: 'Bot' }, MARKER)])
      .post('/graphql')
      .reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    await expect(findStickyComment(testClient(), REPO, 7, MARKER)).resolves.toBeUndefined();
  });

  test('upsertStickyComment with the comment already found does not read the comments again', async () => {
    nock(API)
      .patch(`${R}/issues/comments/3`, { body: `${MARKER}\nnew` })
      .reply(200, comment(3, bot, `${MARKER}\nnew`));
    const existing = { id: 3, url: 'u', body: `${MARKER}\nold` };
    await expect(upsertStickyComment(testClient(), REPO, 7, MARKER, `${MARKER}\nnew`, { existing })).resolves.toMatchObject({
      id: 3,
      updated: true,
    });
    nock(API)
      .post(`${R}/issues/7/comments`, { body: `${MARKER}\nfirst` })
      .reply(201, comment(4, bot, `${MARKER}\nfirst`));
    await expect(upsertStickyComment(testClient(), REPO, 7, MARKER, `${MARKER}\nfirst`, { existing: null })).resolves.toMatchObject({
      id: 4,
      created: true,
    });
  });
});

describe('stickyCommentRequest: the one request upsertStickyComment makes, for the write plan', () => {
  test('none of ours: POST on the pull request; ours: PATCH of it; ours saying exactly this: nothing', () => {
    expect(stickyCommentRequest(REPO, 7, MARKER, 'plan body', null)).toEqual({
      method: 'POST',
      path: `${R}/issues/7/comments`,
      body: { body: `${MARKER}\nplan body` },
    });
    const existing = { id: 3, url: 'u', body: `${MARKER}\nold` };
    expect(stickyCommentRequest(REPO, 7, MARKER, `${MARKER}\nnew`, existing)).toEqual({
      method: 'PATCH',
      path: `${R}/issues/comments/3`,
      body: { body: `${MARKER}\nnew` },
    });
    expect(stickyCommentRequest(REPO, 7, MARKER, 'old', existing)).toBeUndefined();
  });

  test('the body is capped as it will be posted, and keeps the marker', () => {
    const request = stickyCommentRequest(REPO, 7, MARKER, 'x'.repeat(70_000), null, 'https://github.com/o/r/actions/runs/1');
    expect(request!.body.body.length).toBeLessThan(65_536);
    expect(request!.body.body.startsWith(MARKER)).toBe(true);
  });
});
