// Loads the fake GitHub (packages/github-fake, TypeScript sources that vitest runs as they are) into
// a plain Node script: each source file is transpiled with the TypeScript compiler (no type check)
// into node_modules/.cache/oncall-gate/github-fake/, where its own imports and the repository's
// node_modules resolve, and imported from there. Used by `npm run demo:app` and `npm run bench`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The fake's module (startFakeGitHub, deliver, protectionRuleRequestedPayload, ...). */
export async function loadGitHubFake() {
  const { default: ts } = await import('typescript');
  const src = join(root, 'packages', 'github-fake', 'src');
  const out = join(root, 'node_modules', '.cache', 'oncall-gate', 'github-fake');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  for (const name of readdirSync(src).filter((n) => n.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(join(src, name), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: false },
      fileName: name,
    });
    writeFileSync(join(out, name.replace(/\.ts$/, '.js')), outputText);
  }
  return import(pathToFileURL(join(out, 'github-server.js')).href);
}
