// The action's interface as people read it: every input and output of action.yml is in the
// README's Inputs and Outputs tables under the same name (inputs with the same default), the
// tables name nothing action.yml lacks, and .env.example (for @github/local-action) sets every input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const action = parse(read('action.yml')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
};
const readme = read('README.md');

/** The rows of the first table under `## <title>`: each row's cells, without the header. */
function tableRows(title: string): string[][] {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start === -1) throw new Error(`README.md has no "## ${title}" section`);
  const section = readme.slice(start + 1).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

/** The code spans of a cell: `a`, `b` -> [a, b]. */
const names = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('README inputs and outputs', () => {
  it('the Inputs table lists every input of action.yml, by its name, with its default', () => {
    const rows = tableRows('Inputs');
    const documented = Object.fromEntries(rows.map((cells) => [names(cells[0]!)[0], names(cells[1] ?? '')[0] ?? '']));
    expect(Object.keys(documented).sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) expect(documented[name], name).toBe(input.default ?? '');
  });

  it('the Outputs table lists every output of action.yml, by its name', () => {
    const documented = tableRows('Outputs').flatMap((cells) => names(cells[0]!));
    expect([...documented].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('.env.example', () => {
  it('sets every input of action.yml, and nothing the action does not have', () => {
    const set = [...read('.env.example').matchAll(/^INPUT_([A-Z0-9-]+)=/gm)].map((m) => m[1]!.toLowerCase());
    expect([...set].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});
