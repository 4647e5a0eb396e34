// The Markdown that step summaries and sticky comments are made of: messages keep their code
// spans (no backslash-escaped backticks), table cells keep their pipes escaped, and nothing a
// policy file, an API answer or a pull request puts into a cell can end the cell, the row or the
// table, or bring in markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/policy/diagnostic.js';
import { code, escapeCellPipes, escapeMarkdown, messageMarkdown, table } from '../../src/report/markdown.js';
import { renderDiagnosticsTable } from '../../src/report/render-diagnostics.js';

/**
 * The cells of a table row as GFM splits it, before any inline is read. Renderers differ on one
 * point: whether a backslash before a backslash pairs with it (`\\|`: an escaped backslash and a
 * bare pipe) or a pipe is escaped by the backslash right before it whatever stands before that.
 * Output must split the same way under both.
 */
function splitRow(row: string, pairs: boolean): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    const next = row[i + 1];
    if (c === '\\' && (next === '|' || (pairs && next === '\\'))) {
      current += c + next;
      i += 1;
    } else if (c === '|') {
      cells.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  cells.push(current);
  // `| a | b |`: the outer pipes open and close the row.
  return cells.slice(1, -1).map((s) => s.trim());
}

const diagnostic = (message: string, fix: string): Diagnostic => ({
  severity: 'error',
  code: 'duplicate-name',
  file: 'policies/prod.yaml',
  line: 3,
  column: 7,
  message,
  fix,
});

describe('messageMarkdown: our messages, with their code spans', () => {
  it('keeps code spans as code spans instead of escaping their backticks', () => {
    const out = messageMarkdown('Policy name `production` is also used in policies/b.yaml:4');
    expect(out).toBe('Policy name `production` is also used in policies/b.yaml:4');
    expect(out).not.toContain('\\`');
  });

  it('escapes the prose around the code spans', () => {
    expect(messageMarkdown('Set `policy-path` to a folder; see [docs](http://x) <b>@team</b>')).toBe(
      'Set `policy-path` to a folder; see \\[docs\\]\\(http://x\\) \\<b\\>@\u200bteam\\</b\\>',
    );
  });

  it('leaves the content of a code span literal: markup in it stays text', () => {
    expect(messageMarkdown('Unknown key `<img src=x>` and `[a](b)` and `@octocat`')).toBe(
      'Unknown key `<img src=x>` and `[a](b)` and `@octocat`',
    );
  });

  it('treats a backtick that closes nothing as prose', () => {
    expect(messageMarkdown('a ` b')).toBe('a \\` b');
    expect(messageMarkdown('``a` b')).toBe('\\`\\`a\\` b');
  });

  it('closes a span only at a run of as many backticks (CommonMark), and re-fences what it holds', () => {
    expect(messageMarkdown('x ``a`b`` y')).toBe('x ``a`b`` y');
    expect(messageMarkdown('x `` `a` `` y')).toBe('x `` `a` `` y');
  });

  it('cannot be made to open HTML or a link by a quoted name with backticks in it', () => {
    // `Policy name \`${name}\`` with a name from a pull request's policy file.
    const name = 'x`<img src=x onerror=alert(1)>[click](http://evil)`y';
    const out = messageMarkdown(`Policy name \`${name}\` is also used in a.yaml:1`);
    expect(out).toBe('Policy name `x`\\<img src=x onerror=alert\\(1\\)\\>\\[click\\]\\(http://evil\\)`y` is also used in a.yaml:1');
  });

  it('flattens newlines, so a message cannot start a block', () => {
    expect(messageMarkdown('one\n# two\n`three\nfour`')).toBe('one \\# two `three four`');
  });
});

describe('table cells', () => {
  it('escape a bare pipe, in prose and inside code spans', () => {
    expect(escapeCellPipes('a|b')).toBe('a\\|b');
    expect(escapeCellPipes('`a|b`')).toBe('`a\\|b`');
  });

  it('leave an escaped pipe escaped once, and escape a pipe after an escaped backslash', () => {
    expect(escapeCellPipes(escapeMarkdown('a|b'))).toBe('a\\|b');
    expect(escapeCellPipes(escapeMarkdown('a\\|b'))).toBe('a\\\\\\|b');
    expect(escapeCellPipes('`a\\\\|b`')).toBe('`a\\\\\\|b`');
  });

  it('render the diagnostics table with code spans intact and pipes escaped', () => {
    const out = renderDiagnosticsTable([
      diagnostic('Policy name `prod|eu` is also used in policies/b.yaml:4', 'Rename one: `name: prod-eu` | `name: prod-us`'),
    ]);
    const row = out.split('\n')[2]!;
    expect(row).toBe(
      '| ❌ error | `policies/prod.yaml:3:7` | Policy name `prod\\|eu` is also used in policies/b.yaml:4 | Rename one: `name: prod-eu` \\| `name: prod-us` |',
    );
    expect(out).not.toContain('\\`');
    for (const pairs of [false, true]) expect(splitRow(row, pairs)).toHaveLength(4);
  });

  it('keep every row at its column count, whatever a cell holds (property)', () => {
    const nasty = fc.string({ unit: fc.constantFrom('|', '\\', '`', '\n', '\r', ' ', 'a', '<', '>', '[', ']', '(', ')', '@', '#', '-') });
    const renderers = [escapeMarkdown, code, messageMarkdown, (s: string) => `${code(s)} and ${escapeMarkdown(s)}`];
    fc.assert(
      fc.property(fc.array(fc.tuple(nasty, fc.nat(renderers.length - 1)), { minLength: 1, maxLength: 4 }), (cells) => {
        const rendered = cells.map(([text, r]) => renderers[r]!(text));
        const lines = table(
          cells.map((_, i) => `c${i}`),
          [rendered],
        ).split('\n');
        // One header, one delimiter, one row: no cell adds a line.
        expect(lines).toHaveLength(3);
        for (const pairs of [false, true]) expect(splitRow(lines[2]!, pairs)).toHaveLength(cells.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('turn a newline in a cell into <br>, never a new row', () => {
    expect(table(['a'], [['one\ntwo']]).split('\n')).toEqual(['| a |', '| --- |', '| one<br>two |']);
  });

  it('a lone carriage return (a line end to CommonMark) in user text ends no cell, row or paragraph', () => {
    // A review body or commit message with CR line ends: `- item` would be a list, `===` a heading.
    const nasty = 'title\r- item\r===\r\n| x |';
    for (const render of [escapeMarkdown, code, messageMarkdown]) expect(render(nasty)).not.toMatch(/[\r\n]/);
    expect(table(['a'], [[escapeMarkdown(nasty)], ['one\rtwo']]).split(/\r\n|\r|\n/)).toEqual([
      '| a |',
      '| --- |',
      '| title - item === \\| x \\| |',
      '| one<br>two |',
    ]);
  });
});
