// docs/troubleshooting.md maps every error the product can print to its cause and fix. It has a
// section for every kind of error in src/errors.ts (and none for a kind that is gone), every
// message it quotes is still printed by the code, and its links lead somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const docPath = join(root, 'docs', 'troubleshooting.md');
const doc = readFileSync(docPath, 'utf8');

/** The members of `ErrorKind` in src/errors.ts, read with the TypeScript parser. */
function errorKinds(): string[] {
  const file = ts.createSourceFile('errors.ts', readFileSync(join(root, 'src', 'errors.ts'), 'utf8'), ts.ScriptTarget.Latest, true);
  const alias = file.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'ErrorKind');
  if (!alias || !ts.isUnionTypeNode(alias.type)) throw new Error('src/errors.ts has no `type ErrorKind = ... | ...`');
  return alias.type.types.map((t) => {
    if (!ts.isLiteralTypeNode(t) || !ts.isStringLiteral(t.literal)) throw new Error(`ErrorKind member ${t.getText(file)} is not a string`);
    return t.literal.text;
  });
}

/** `## \`kind\`: title` headings, by kind, with the section's text. */
function kindSections(): Map<string, string> {
  const out = new Map<string, string>();
  const parts = doc.split(/^## /m).slice(1);
  for (const part of parts) {
    const m = /^`([a-z-]+)`: /.exec(part);
    if (m) out.set(m[1]!, part);
  }
  return out;
}

/** The code spans in the first cell of each table row: the messages as printed. */
function quotedMessages(section: string): string[] {
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !/^\|\s*(message|---)/.test(l));
  return rows.flatMap((row) => {
    const first = /^\| (.*?) \| /.exec(row)?.[1] ?? '';
    return [...first.matchAll(/(`+)(.+?)\1(?!`)/g)].map((m) => m[2]!);
  });
}

function sourceText(): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  // In template literals a backtick is written \`; the printed message has the backtick.
  return walk(join(root, 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(f, 'utf8').replace(/\\`/g, '`'))
    .join('\n');
}

/** GitHub's anchor for a heading. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe('docs/troubleshooting.md', () => {
  it('has a section for every error kind in src/errors.ts, and only for those', () => {
    const kinds = errorKinds();
    expect(kinds.length).toBeGreaterThan(10);
    expect([...kindSections().keys()].sort()).toEqual([...kinds].sort());
  });

  it('quotes at least one message in every section, each still printed by the code', () => {
    const src = sourceText();
    for (const [kind, text] of kindSections()) expect(quotedMessages(text).length, kind).toBeGreaterThan(0);
    const missing: string[] = [];
    // Every section's rows: the kinds' and the others (denials, other messages).
    for (const text of doc.split(/^## /m).slice(1)) {
      for (const quoted of quotedMessages(text)) {
        // `…` stands for what varies; every fixed piece must be in the sources as printed.
        for (const piece of quoted.split('…').filter((p) => p.trim().length >= 3)) if (!src.includes(piece)) missing.push(piece);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is linked from the README, and its links lead to a heading or a file', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](docs/troubleshooting.md)');
    const anchors = new Set([...doc.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!)));
    for (const [, target] of doc.matchAll(/\]\(([^)]+)\)/g)) {
      if (/^https?:/.test(target!)) continue;
      const [file, anchor] = target!.split('#');
      if (!file) expect(anchors, target).toContain(anchor);
      else {
        const path = join(dirname(docPath), file);
        expect(existsSync(path), target).toBe(true);
        if (anchor)
          expect(
            [...readFileSync(path, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!)),
            target,
          ).toContain(anchor);
      }
    }
  });
});
