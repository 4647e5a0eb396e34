// `npm run generate`: rewrites the files generated from sources (scripts/generated-files.ts lists
// them; today policies/schema.json and src/policy/schema-validator.generated.ts, both from
// src/policy/schema.ts). Run it after changing a source and commit the result;
// test/scripts/generate.test.ts fails while a committed file is stale.
//
//   node scripts/generate.mjs            write the files that differ, name each one
//   node scripts/generate.mjs --check    write nothing; name the stale files and exit 1 if any
//   --root <dir>                         read and write the files under <dir> (default: this repository)
import module from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Node 24 runs the TypeScript sources by stripping their types, but resolves `./x.js` literally;
// the sources import each other as `./x.js` (what tsc and the bundler expect), so a relative
// `.js` that does not exist is looked up as `.ts`.
if (typeof module.registerHooks !== 'function') {
  console.error(
    `npm run generate needs Node 24 (this is Node ${process.versions.node}); run it through npm, which puts the Node 24 that \`npm ci\` installs first on PATH.`,
  );
  process.exit(1);
}
module.registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.\.?\/.*\.js$/.test(specifier)) throw error;
      return next(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});

const { values } = parseArgs({ options: { check: { type: 'boolean' }, root: { type: 'string' } } });
const root = values.root ? resolve(values.root) : join(dirname(fileURLToPath(import.meta.url)), '..');
const { generatedFiles } = await import('./generated-files.ts');

const stale = [];
for (const { path, text } of generatedFiles()) {
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(path);
  if (!values.check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

if (values.check) {
  if (stale.length > 0) {
    console.error(`Stale generated files (run \`npm run generate\` and commit them):\n${stale.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Generated files are up to date.');
  }
} else {
  console.log(stale.length > 0 ? `Wrote ${stale.join(', ')}.` : 'Generated files were already up to date.');
}
