// No import cycle in src/, type-only imports included (ESLint's import-x/no-cycle skips those):
// a cycle, even of types, means two modules that cannot be read or changed apart. Lazy
// `import()` calls are left out: they load on demand and are how the gate stays fast to start.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** Static imports and re-exports of a module (value and type), as absolute .ts paths inside src/. */
export function staticImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*'(\.{1,2}\/[^']+)'/gm)) {
    out.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  }
  return out;
}

export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('imports', () => {
  it('src/ has no import cycle, counting type-only imports', () => {
    const graph = new Map(files(src).map((f) => [f, staticImports(f, readFileSync(f, 'utf8'))]));
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(src, f)).join(' -> '));
    expect(cycles).toEqual([]);
  });

  it('the check finds a cycle, a type-only one included', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    expect(staticImports(a, "import type { B } from './b.js';\nexport { c } from './c.js';")).toEqual([b, '/x/c.ts']);
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b, a]]);
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });
});
