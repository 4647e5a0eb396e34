// plain-yaml.ts reads plain policy YAML without the full parser. Whenever it gives an answer, the
// answer must be the full parser's: the same data (null-prototype mappings included), no
// problems, and the same position for every pointer. Checked on generated documents that mix the
// subset with everything just outside it, on random edits of real policy files, and on files it
// must read itself (or the speed-up is gone).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlFile, parseYamlFully, type ParsedYaml } from '../../src/policy/parse-yaml.js';
import { parsePlainYaml } from '../../src/policy/plain-yaml.js';

const file = (text: string) => ({ path: 'policies/p.yaml', text });

/** Equal data, with mappings of null prototype on both sides. */
function sameData(a: unknown, b: unknown, path = ''): void {
  if (Array.isArray(a)) {
    expect(Array.isArray(b), path).toBe(true);
    const list = b as unknown[];
    expect(list.length, path).toBe(a.length);
    a.forEach((x, i) => sameData(x, list[i], `${path}/${i}`));
  } else if (a !== null && typeof a === 'object') {
    expect(Object.getPrototypeOf(a), path).toBeNull();
    expect(b !== null && typeof b === 'object' && Object.getPrototypeOf(b) === null, path).toBe(true);
    const record = b as Record<string, unknown>;
    expect(Object.keys(record), path).toEqual(Object.keys(a));
    for (const [k, v] of Object.entries(a)) sameData(v, record[k], `${path}/${k}`);
  } else {
    expect(Object.is(a, b), `${path}: ${String(a)} vs ${String(b)}`).toBe(true);
  }
}

/** Every pointer into the value, plus some that run past it or do not exist. */
function pointers(value: unknown, prefix = ''): string[] {
  const out = [prefix, `${prefix}/nope`, `${prefix}/0`, `${prefix}/01`, `${prefix}/-1`];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, `${prefix}/${i}`)));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pointers(v, `${prefix}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return out;
}

/** When the fast reader answers, it answers as the full parser does. Returns whether it answered. */
function agrees(text: string): boolean {
  const plain = parsePlainYaml(text);
  if (!plain) return false;
  const full: ParsedYaml = parseYamlFully(file(text));
  const fast = parseYamlFile(file(text));
  expect(full.diagnostics, text).toEqual([]);
  expect(fast.diagnostics).toEqual([]);
  sameData(full.value, fast.value);
  sameData(full.value, plain.value);
  for (const p of pointers(full.value)) expect(fast.locate(p), `${p} in\n${text}`).toEqual(full.locate(p));
  return true;
}

const KEYS = ['a', 'b', 'kind', 'name', 'match', 'users', '01HXYZSCHEDULE', 'null', 'true', '1', 'x.y', 'a-b', '_k', 'K9', 'a/b', 'k'];
const WORDS = [
  'v',
  'hello world',
  'two  spaces',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'False',
  'yes',
  'on',
  'off',
  '0',
  '1',
  '42',
  '123456789',
  '1234567890',
  '12345678901234567890',
  '007',
  '00',
  '1h',
  '24h',
  '30d',
  '1e3',
  '1E3',
  '1e',
  '.5',
  '5.',
  '1.5',
  '1_000',
  '0x1F',
  '0X1F',
  '0o7',
  '0o8',
  '0b1',
  '-1',
  '+1',
  '+x',
  '.inf',
  '-.inf',
  '+.Inf',
  '.nan',
  '.NaN',
  '.x',
  '2027-01-04',
  '2027-01-04T10:00:00Z',
  '01HXYZSCHEDULEPRIMARY00000',
  'release/*',
  'services/**',
  'a#b',
  'a #b',
  'a: b',
  'a:b',
  'a:',
  "it's",
  'say "hi"',
  'x,y',
  'foo, bar',
  '[a]',
  'a[0]',
  '{a}',
  '@x',
  'a@b.c',
  '`x',
  '!x',
  'a!b',
  '&x',
  'a&b',
  '*x',
  'a*b',
  '%x',
  'a%b',
  '|',
  '>',
  'a|b',
  '-x',
  '- x',
  '? x',
  '?x',
  ':x',
  'a ',
  'a  # c',
  'a\\b',
];
const QUOTED = [
  '"x"',
  '"a b"',
  '""',
  '"release/*"',
  '"1"',
  '"null"',
  '"a\\nb"',
  '"it\'s"',
  "'x'",
  "''",
  '\'a "b"\'',
  "'it''s'",
  '"a # b"',
  '"a: b"',
  '"unclosed',
  "'unclosed",
];
const FLOW_ITEMS = [
  'a',
  'b c',
  '1',
  'null',
  'true',
  '1e3',
  '01HXYZ',
  'release/*',
  'a@b',
  'a+b',
  'a:b',
  'a: b',
  '"q"',
  "'s'",
  '[x]',
  '{x: y}',
  '',
  '#',
  '*a',
  '&a',
  '!t x',
];

// Mostly words the reader takes, so that many documents are in the subset; the rest test its edges.
const PLAIN_WORDS = [
  'v',
  'hello world',
  'null',
  'true',
  'False',
  '0',
  '42',
  '1h',
  '01HXYZSCHEDULEPRIMARY00000',
  'release/*',
  'a@b.c',
  "it's",
  'foo, bar',
  'a*b',
];
const mostly = <T>(usual: readonly T[], all: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 12 }, { arbitrary: fc.constantFrom(...all), weight: 1 });
const word = mostly(PLAIN_WORDS, WORDS);
const scalar = fc.oneof({ arbitrary: word, weight: 6 }, { arbitrary: mostly(['"x"', '"release/*"', "'x'"], QUOTED), weight: 1 });
const separator = fc.constantFrom(', ', ',', ' , ', ',  ', ' ,');
const flowList = fc
  .tuple(
    fc.array(mostly(['a', '1', 'release/*', '01HXYZ', '"q"'], FLOW_ITEMS), { maxLength: 4 }),
    separator,
    fc.constantFrom('', ' '),
    fc.boolean(),
  )
  .map(([items, sep, pad, trailing]) => `[${pad}${items.join(sep)}${trailing && items.length > 0 && sep === ',' ? ',' : ''}${pad}]`);
const flowMap = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...FLOW_ITEMS)), { maxLength: 3 }),
    separator,
    fc.constantFrom('', ' '),
  )
  .map(([entries, sep, pad]) => `{${pad}${entries.map(([k, v]) => `${k}: ${v}`).join(sep)}${pad}}`);
const inlineValue = fc.oneof({ arbitrary: scalar, weight: 5 }, { arbitrary: flowList, weight: 2 }, { arbitrary: flowMap, weight: 1 });
const comment = mostly(['', ' # note'], ['', ' # note', '  #note', '#x', ' #']);

type Tree = { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] } | { kind: 'value'; text: string };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: inlineValue.map((text): Tree => ({ kind: 'value', text })), weight: 3 },
    {
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 })
        .map((entries): Tree => ({ kind: 'map', entries })),
      weight: 2,
    },
    { arbitrary: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((items): Tree => ({ kind: 'seq', items })), weight: 1 },
  ),
}));

/** Renders a tree as block YAML, with a chosen indentation step, compact or indented sequences, and noise. */
function render(t: Tree, style: { step: number; compact: boolean; comments: string[]; noise: number }): string {
  const lines: string[] = [];
  let n = 0;
  const note = (): string => style.comments[n++ % style.comments.length] ?? '';
  const emit = (node: Tree, indent: number, lead: string): void => {
    const pad = ' '.repeat(indent);
    if (node.kind === 'value') {
      lines.push(`${pad}${lead}${node.text}${note()}`);
      return;
    }
    if (node.kind === 'map') {
      node.entries.forEach(([k, v], i) => {
        const prefix = i === 0 ? `${pad}${lead}` : ' '.repeat(indent + lead.length);
        if (v.kind === 'value') lines.push(`${prefix}${k}: ${v.text}${note()}`);
        else {
          lines.push(`${prefix}${k}:${note()}`);
          if (n % 7 === style.noise) lines.push(`${' '.repeat(n % 5)}# a comment line`);
          if (n % 11 === style.noise) lines.push('');
          const inner = indent + lead.length;
          emit(v, v.kind === 'seq' && style.compact ? inner : inner + style.step, '');
        }
      });
      return;
    }
    node.items.forEach((item, i) => {
      const prefix = i === 0 ? lead : ' '.repeat(lead.length);
      if (item.kind === 'seq') {
        lines.push(`${pad}${prefix}-${note()}`);
        emit(item, indent + lead.length + style.step, '');
      } else emit(item, indent, `${prefix}- `);
    });
  };
  emit(t, 0, '');
  return `${lines.join('\n')}\n`;
}

const documents = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tree), { minLength: 1, maxLength: 5 }),
    fc.record({
      step: fc.integer({ min: 1, max: 4 }),
      compact: fc.boolean(),
      comments: fc.array(comment, { minLength: 1, maxLength: 5 }),
      noise: fc.integer({ min: 0, max: 6 }),
    }),
  )
  .map(([entries, style]) => render({ kind: 'map', entries }, style));

describe('plain-yaml: the same answer as the full parser, or none', () => {
  it('on generated documents in and around the subset', () => {
    let answered = 0;
    let total = 0;
    fc.assert(
      fc.property(documents, (text) => {
        total++;
        if (agrees(text)) answered++;
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the subset often, or this test proves nothing.
    expect(answered).toBeGreaterThan(total / 10);
  });

  const examples = readdirSync('policies')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(join('policies', f), 'utf8'));
  const bench = `version: 1
kind: policy
name: service-7-deploy
description: Deploys of service 7 need its on-call.
match:
  environments: [prod-7, staging-7]
  branches: [main, "release/*"]
  paths: ["services/svc-7/**"]
approval:
  - type: auto
    integration: incidentio
    schedules: [01HXYZBENCHSCHEDULE0000007]
    duration: 1h
  - type: escalation
    integration: incidentio
    services: [01HXYZBENCHSCHEDULE0000007, 01HXYZBENCHSCHEDULE0000014]
    duration: 24h
    options: { allowOneParty: false, requireReason: true }
`;

  it("reads this repository's example policies and a typical generated policy itself", () => {
    for (const text of [...examples, bench]) expect(agrees(text), text).toBe(true);
  });

  it('on random edits of real policy files', () => {
    const edit = fc.tuple(
      fc.constantFrom(...examples, bench),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom('insert', 'delete', 'replace'),
          fc.constantFrom(...' -:#[]{},\'"\n*&!|>%@`~.0aZ\t\\?'.split(''), '  ', ': ', '- ', '\n  '),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    );
    fc.assert(
      fc.property(edit, ([text, edits]) => {
        let t = text;
        for (const [at, op, s] of edits) {
          const i = at % (t.length + 1);
          t =
            op === 'insert'
              ? t.slice(0, i) + s + t.slice(i)
              : op === 'delete'
                ? t.slice(0, i) + t.slice(i + 1)
                : t.slice(0, i) + s + t.slice(i + 1);
        }
        agrees(t);
      }),
      { numRuns: 3000 },
    );
  });

  it('on random one-line values, keys and flow collections', () => {
    const chars = fc.constantFrom(...'aZ09_-.:/#,[]{}\'"*&!|>%@`~?+ '.split(''));
    const text = fc.string({ unit: chars, maxLength: 12 });
    const line = fc.oneof(
      text.map((t) => `a: ${t}\n`),
      text.map((t) => `${t}: v\n`),
      text.map((t) => `a: [${t}]\n`),
      text.map((t) => `a: {b: ${t}}\n`),
      text.map((t) => `a:\n  - ${t}\n`),
      fc.tuple(text, text).map(([k, v]) => `a:\n  - ${k}: ${v}\n    c: d\n`),
    );
    let answered = 0;
    fc.assert(
      fc.property(line, (t) => {
        if (agrees(t)) answered++;
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(100);
  });

  it('leaves to the full parser what it does not read', () => {
    for (const text of [
      '',
      '# only a comment\n',
      'a: 1\na: 2\n', // duplicate key
      'a:\n', // empty value
      'a: b\n  c\n', // continued value
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a:\n- b\n', // sequence not indented under its key
      'a: "x\\ny"\n',
      "a: 'it''s'\n",
      'a: |\n  text\n',
      'a: 1e3\n',
      'a: 0x1F\n',
      'a: [b, c,]\n',
      'a:\tb\n',
      'a: b\r\n',
      'a: caf\u00e9\n',
      ' a: 1\n',
      '? a\n: b\n',
      `${'k'.repeat(300)}: v\n`,
    ]) {
      expect(parsePlainYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
