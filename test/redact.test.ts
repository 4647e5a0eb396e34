// The one redactor: whole secrets, and pieces of them cut by truncation or changed by escaping.
import { describe, expect, it } from 'vitest';
import { createRedactor, MIN_FRAGMENT, REDACTED } from '../src/redact.js';
import { escapeMarkdown } from '../src/report/markdown.js';

const KEY = 'inc_live_9fK2mQ7xZ4pL8vR3tW6yB1nC5';
const TOKEN = 'ghs_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const r = createRedactor([KEY, TOKEN, '', 'ab']);

describe('createRedactor', () => {
  it('replaces every whole secret with ***, wherever it is', () => {
    expect(r.redact(`key=${KEY} token ${TOKEN}; again ${KEY}`)).toBe(`key=${REDACTED} token ${REDACTED}; again ${REDACTED}`);
  });

  it('a key cut in half by truncation does not leak its first half', () => {
    const long = `incident.io answered 400: invalid value ${KEY} for field summary`;
    const truncated = long.slice(0, long.indexOf(KEY) + Math.floor(KEY.length / 2));
    const out = r.redact(truncated);
    expect(out).toBe(`incident.io answered 400: invalid value ${REDACTED}`);
    expect(out).not.toContain(KEY.slice(0, MIN_FRAGMENT));
  });

  it('nor its second half, nor a piece from the middle', () => {
    expect(r.redact(`…${KEY.slice(10)}`)).toBe(`…${REDACTED}`);
    expect(r.redact(`[${TOKEN.slice(5, 25)}]`)).toBe(`[${REDACTED}]`);
  });

  it('finds the markdown-escaped, JSON-escaped and URL-encoded forms', () => {
    expect(r.redact(escapeMarkdown(`a ${KEY} b`))).not.toMatch(/9fK2mQ7xZ4pL/);
    expect(r.redact(JSON.stringify({ k: KEY }))).toBe(`{"k":"${REDACTED}"}`);
    const odd = createRedactor(['s3cret/with spaces&more+stuff']);
    expect(odd.redact(`?key=${encodeURIComponent('s3cret/with spaces&more+stuff')}`)).toBe(`?key=${REDACTED}`);
  });

  it('leaves ordinary text alone: short pieces of a secret are too little to matter', () => {
    const text = `the key starts with ${KEY.slice(0, MIN_FRAGMENT - 1)}, incident.io says hello`;
    expect(r.redact(text)).toBe(text);
    const demo = createRedactor(['demo-incidentio-key-0000000000']);
    expect(demo.redact('incident.io at http://127.0.0.1:8787; the key has the incident_creator role')).toBe(
      'incident.io at http://127.0.0.1:8787; the key has the incident_creator role',
    );
  });

  it('ignores empty and very short values (not secrets), and does nothing without secrets', () => {
    expect(r.redact('ab cd')).toBe('ab cd');
    expect(createRedactor([]).redact(`x ${KEY}`)).toBe(`x ${KEY}`);
  });

  it('redactDeep redacts every string of a request body and keeps the rest', () => {
    const body = { incident: { summary: `see ${KEY}`, n: 3, flags: [true, `t=${TOKEN}`], none: null } };
    expect(r.redactDeep(body)).toEqual({ incident: { summary: `see ${REDACTED}`, n: 3, flags: [true, `t=${REDACTED}`], none: null } });
  });
});
