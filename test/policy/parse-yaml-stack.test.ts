// The YAML parser recurses once per nesting level, so a file of thousands of unclosed `[` can
// exhaust the stack inside the parser itself, before the depth check sees a document (a fuzz
// finding: how deep it gets depends on the stack left at the call). Whatever the depth, the file
// gets the nesting diagnostic, never the engine's RangeError.
import { describe, expect, it, vi } from 'vitest';

vi.mock('yaml', async (importOriginal) => ({
  ...(await importOriginal<typeof import('yaml')>()),
  parseAllDocuments: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const { parseYamlFully } = await import('../../src/policy/parse-yaml.js');

describe('parseYamlFully when the parser runs out of stack', () => {
  it('reports the nesting, with its fix, and no value', () => {
    const parsed = parseYamlFully({ path: 'policies/deep.yaml', text: `${'['.repeat(2000)}\n` });
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => [d.file, d.code, d.line, d.message, d.fix])).toEqual([
      [
        'policies/deep.yaml',
        'yaml-syntax',
        1,
        'The document is nested more than 64 levels deep',
        'Policy files are at most a few levels deep; remove the nesting.',
      ],
    ]);
  });
});
