// Every relative link in the repository's Markdown (README.md, docs/, policies/README.md, the
// packages' READMEs, ...) leads to a file that exists and, when it names a `#heading`, to a heading
// of that file as GitHub anchors it. Links to the web are not followed (tests are offline).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : markdownFiles(join(dir, e.name));
    return e.name.endsWith('.md') ? [join(dir, e.name)] : [];
  });
}

/** The text without fenced code blocks: a `](x)` or `# x` inside a code sample is no link or heading. */
function withoutFences(text: string): string {
  return text.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\S\n]*$/gm, '');
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown text: one per heading (repeats get -1, -2, ...), and explicit `<a id>`s. */
function anchors(text: string): Set<string> {
  const body = withoutFences(text);
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of body.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of body.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]!);
  return out;
}

/** The link targets of a Markdown text: inline links and images, and reference definitions. */
function linkTargets(text: string): string[] {
  const body = withoutFences(text).replace(/(`+)[\s\S]*?\1/g, '');
  const inline = [...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...body.matchAll(/^ {0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

/** What is wrong with each relative link of `file` (whose text is `text`): a missing file or heading. */
function brokenLinks(file: string, text: string, read: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, ...
    const hash = target.indexOf('#');
    const path = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const resolved = path === '' ? file : join(dirname(file), decodeURIComponent(path));
    const content = path === '' ? text : read(resolved);
    if (content === undefined) {
      problems.push(`${target}: no such file or folder`);
      continue;
    }
    if (anchor && resolved.endsWith('.md') && !anchors(content).has(anchor)) problems.push(`${target}: no heading with that anchor`);
  }
  return problems;
}

/** A file's text, '' for a folder, undefined when nothing is there. */
function readRepoPath(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return statSync(path).isDirectory() ? '' : readFileSync(path, 'utf8');
}

describe('links in the Markdown files', () => {
  const files = markdownFiles(root);

  it('finds the documents a newcomer reads', () => {
    const names = files.map((f) => relative(root, f));
    for (const doc of ['README.md', 'docs/cli.md', 'docs/app-mode.md', 'docs/troubleshooting.md', 'policies/README.md']) {
      expect(names).toContain(doc);
    }
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s: every relative link leads to a file and heading', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(brokenLinks(file, text, readRepoPath)).toEqual([]);
  });
});

describe('the link checker', () => {
  const docs: Record<string, string> = {
    '/r/docs/a.md': '# Title\n\n## `validate` against the services\n\n## Setup\n\n## Setup\n\n<a id="custom"></a>\n',
    '/r/README.md': '',
  };
  const read = (path: string): string | undefined => docs[path];

  it('anchors headings as GitHub does, repeats numbered', () => {
    expect([...anchors(docs['/r/docs/a.md']!)]).toEqual(['title', 'validate-against-the-services', 'setup', 'setup-1', 'custom']);
    expect(slug('Action or App?')).toBe('action-or-app');
    expect(slug('5. Escalation: on-call approval through pull-request review')).toBe(
      '5-escalation-on-call-approval-through-pull-request-review',
    );
    expect(slug('Outage mode: `whenUnavailable`')).toBe('outage-mode-whenunavailable');
  });

  it('accepts links that resolve, and skips web links', () => {
    const text = '[a](a.md) [b](a.md#setup-1) [c](#local) [d](../README.md) [e](https://example.com/x#y)\n\n## Local\n';
    expect(brokenLinks('/r/docs/here.md', text, read)).toEqual([]);
  });

  it('reports a missing file, a missing heading and a missing local heading', () => {
    const text = '[a](gone.md) [b](a.md#nowhere) [c](#nothing-here) [d][ref]\n\n[ref]: ../missing/\n';
    expect(brokenLinks('/r/docs/here.md', text, read)).toEqual([
      'gone.md: no such file or folder',
      'a.md#nowhere: no heading with that anchor',
      '#nothing-here: no heading with that anchor',
      '../missing/: no such file or folder',
    ]);
  });

  it('ignores links and headings inside code', () => {
    const text = '```md\n[x](gone.md)\n# Fake\n```\n\n`[y](gone.md)` [z](#fake)\n';
    expect(brokenLinks('/r/docs/here.md', text, read)).toEqual(['#fake: no heading with that anchor']);
  });
});
