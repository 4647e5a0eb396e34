// How people are named where GitHub shows them: a name, or the incident.io user ID, never an email.
import { describe, expect, it } from 'vitest';
import { markdownName, publicName } from '../../src/report/public-name.js';

describe('publicName', () => {
  it.each([
    ['Carol Chen', 'Carol Chen'],
    ['Zoë O’Brien-Łukasz', 'Zoë O’Brien-Łukasz'],
    ['', undefined],
    ['   ', undefined],
    ['carol@example.com', undefined],
    ['Carol <carol@example.com>', undefined],
    ['carol.chen@corp.example.co.uk', undefined],
    // An `@` alone is not an address: handles stay.
    ['@carol', '@carol'],
    ['Carol @ Platform', 'Carol @ Platform'],
  ])('%j -> %j', (name, shown) => {
    expect(publicName(name)).toBe(shown);
  });
});

describe('markdownName', () => {
  it('escapes a name, and shows the user ID as code when the name is empty or an email', () => {
    expect(markdownName('Carol *Chen*', 'U1')).toBe('Carol \\*Chen\\*');
    expect(markdownName('', 'U1')).toBe('`U1`');
    expect(markdownName('carol@example.com', 'U1')).toBe('`U1`');
  });
});
