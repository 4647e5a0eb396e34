import { describe, expect, it } from 'vitest';
import { MAX_POLICY_FILE_BYTES, parseYamlFile, pointerSegments } from '../../src/policy/parse-yaml.js';

const parse = (text: string) => parseYamlFile({ path: 'policies/x.yaml', text });

const POLICY = `# leading comment
version: 1
kind: policy
name: deploy
match:
  environments: [production, staging]
  "a/b": 1
  "t~x": 2
approval:
  - type: auto
    integration: incidentio
  - type: escalation
    services:
      - 01HXYZSCHEDULEPRIMARY00000
`;

describe('parseYamlFile: positions', () => {
  const parsed = parse(POLICY);

  it('parses a clean document with no diagnostics', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toMatchObject({ version: 1, kind: 'policy', name: 'deploy' });
  });

  it.each([
    ['', 2, 1], // the root mapping starts at its first key, after the comment
    ['/name', 4, 1],
    ['/match', 5, 1],
    ['/match/environments', 6, 3],
    ['/match/environments/1', 6, 30],
    ['/match/a~1b', 7, 3],
    ['/match/t~0x', 8, 3],
    ['/approval/0', 10, 5],
    ['/approval/1/services/0', 14, 9],
  ])('locates %s at %i:%i', (pointer, line, column) => {
    expect(parsed.locate(pointer)).toEqual({ line, column });
  });

  it('resolves a missing key to the mapping that lacks it', () => {
    expect(parsed.locate('/approval/0/schedules')).toEqual({ line: 10, column: 5 });
    expect(parsed.locate('/description')).toEqual({ line: 2, column: 1 });
    expect(parsed.locate('/approval/7/type')).toEqual({ line: 9, column: 1 });
  });

  it('decodes RFC 6901 pointer escapes', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
  });
});

describe('parseYamlFile: hardening', () => {
  it('turns mappings into null-prototype objects, so prototype keys are plain data', () => {
    const parsed = parse('__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a file over the size limit without parsing it', () => {
    const big = parse(`a: "${'x'.repeat(MAX_POLICY_FILE_BYTES)}"\n`);
    expect(big.value).toBeUndefined();
    expect(big.diagnostics.map((d) => [d.code, d.line])).toEqual([['file-too-large', 1]]);
    expect(big.diagnostics[0]?.message).toContain('256 KiB');
  });

  it.each([
    ['a NUL byte in a comment (git and GitHub then show the file as binary: its diff is hidden from reviewers)', '# note\u0000\n', 1, 7],
    ['a control character in a value', 'kind: policy\nname: de\u0007ploy\n', 2, 9],
    ['bytes that are not UTF-8 (read as U+FFFD)', 'kind: policy\nname: caf\ufffd\n', 2, 10],
    ['DEL', 'kind: policy\u007f\n', 1, 13],
  ])('rejects %s at its line and column, naming the fix', (_name, text, line, column) => {
    const parsed = parse(`version: 1\n${text}`);
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['not-text', line + 1, column]]);
    expect(parsed.diagnostics[0]?.message).toMatch(/not plain UTF-8 text/);
    expect(parsed.diagnostics[0]?.fix).toMatch(/Save the file as UTF-8/);
  });

  it('accepts tabs in comments, CRLF line ends, a byte order mark and any printable Unicode', () => {
    const parsed = parse('\ufeffversion: 1\r\nkind: policy # caf\u00e9\t\u2603\r\nname: deploy\r\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ version: 1, kind: 'policy', name: 'deploy' });
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const justOver = 'é'.repeat(MAX_POLICY_FILE_BYTES / 2) + ' ';
    expect(justOver.length).toBeLessThan(MAX_POLICY_FILE_BYTES);
    expect(parse(justOver).diagnostics[0]?.code).toBe('file-too-large');
    const atLimit = `a: ${'x'.repeat(MAX_POLICY_FILE_BYTES - 4)}\n`;
    expect(parse(atLimit).diagnostics).toEqual([]);
  });

  it('reports blank and comment-only files as empty', () => {
    for (const text of ['', '\n\n', '# nothing\n', '---\n', '~\n']) {
      expect(
        parse(text).diagnostics.map((d) => d.code),
        JSON.stringify(text),
      ).toEqual(['empty-file']);
    }
  });

  it('rejects a second document', () => {
    const parsed = parse('a: 1\n---\nb: 2\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['yaml-multiple-documents', 2]]);
  });

  it('rejects every alias and tag, including the standard `!!str`', () => {
    const parsed = parse('a: &x 1\nb: *x\nc: !!str 2\nd: !!js/function "f"\ne: !<tag:example.com,2000:x> y\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['yaml-alias', 2, 4],
      ['yaml-tag', 3, 4],
      ['yaml-tag', 4, 4],
      ['yaml-tag', 5, 4],
    ]);
  });

  it('reads YAML 1.2 core even under a %YAML 1.1 directive (no yes/no booleans, no merge keys)', () => {
    const parsed = parse('%YAML 1.1\n---\na: yes\nb: on\n<<: { c: 1 }\n');
    expect(parsed.diagnostics).toEqual([]);
    expect({ ...(parsed.value as object) }).toEqual({ a: 'yes', b: 'on', '<<': { c: 1 } });
  });

  it('keeps going after a duplicate key, keeping the first value', () => {
    const parsed = parse('a: 1\nb: 2\na: 3\n');
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['duplicate-key', 3, 1]]);
    expect(parsed.diagnostics[0]?.message).toBe('Duplicate key `a`: it is already set on line 1 of the same mapping');
    expect((parsed.value as Record<string, unknown>).a).toBe(1);
  });

  it('finds duplicate keys in flow mappings, quoted or not, each on its own column', () => {
    const parsed = parse('users: { a: x@y.zz, "a": y@y.zz, b: 1, \'a\': 2 }\n');
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['duplicate-key', 1, 21],
      ['duplicate-key', 1, 40],
    ]);
  });

  // Its speed (yaml's own duplicate-key check was quadratic: seconds here) is measured by
  // `npm run bench`, not asserted on a clock.
  it('reads a file of thousands of keys at the size limit and finds the one duplicate', () => {
    // yaml's own duplicate-key check compares each key with every earlier one: seconds here.
    let text = '';
    for (let i = 0; text.length < MAX_POLICY_FILE_BYTES - 100; i++) text += `key-number-${i}: value\n`;
    text += 'key-number-7: again\n';
    const parsed = parse(text);
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['duplicate-key', text.split('\n').length - 1]]);
  });

  it('reports one syntax error per line, not the parser`s cascade', () => {
    const parsed = parse('- a\nb: 1\n');
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['yaml-syntax', 2]]);
    expect(parsed.diagnostics[0]?.message).not.toContain('\n');
  });

  it('survives pathological nesting without throwing', () => {
    const deepFlow = parse(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(deepFlow.value).toBeUndefined();
    // The parser runs out of stack; the message says why and the fix is about nesting, not syntax.
    expect(deepFlow.diagnostics.map((d) => [d.code, d.message, d.fix])).toEqual([
      ['yaml-syntax', 'The document is nested more than 64 levels deep', expect.stringContaining('remove the nesting')],
    ]);

    let deepBlock = '';
    for (let i = 0; i < 80; i++) deepBlock += `${' '.repeat(i)}k${i}:\n`;
    const parsed = parse(deepBlock);
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(parsed.diagnostics[0]?.message).toContain('nested more than 64 levels');
  });

  it('treats non-string keys as text', () => {
    expect({ ...(parse('1: a\ntrue: b\nnull: c\n').value as object) }).toEqual({ 1: 'a', true: 'b', null: 'c' });
    expect(parse('? [a]\n: 1\n').diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
  });
});

describe('parseYamlFile: syntax errors win over "empty"', () => {
  it('reports a broken document as a syntax error, not as an empty file', () => {
    for (const text of [']\n', '"unclosed\n', '{\n']) {
      const codes = parseYamlFile({ path: 'x.yaml', text }).diagnostics.map((d) => d.code);
      expect(codes, JSON.stringify(text)).toContain('yaml-syntax');
      expect(codes).not.toContain('empty-file');
    }
  });
});
