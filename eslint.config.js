// Lint: typescript-eslint's strict rules, no import cycles, and the layer rules of
// docs/architecture.md, so a wrong-way dependency fails `npm test` instead of growing quietly.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

/** Imports a folder of src/ may not make: `from` (a glob of files) must not import `group`. */
function layer(files, group, why, ignores = []) {
  const patterns = [{ group, message: why }];
  if (group !== NO_TEST_DOUBLES) patterns.push({ group: NO_TEST_DOUBLES, message: TEST_DOUBLES_WHY });
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const NO_TEST_DOUBLES = ['@oncall-gate/*', '**/packages/*'];
const TEST_DOUBLES_WHY = 'The product never imports a test double; src/cli.ts alone starts the emulator (docs/architecture.md).';

const ADAPTERS = ['**/incidentio/*', '**/github/*', '**/git/*', '!**/github/text.js'];
const ENTRY = ['**/main.js', '**/cli.js', '**/compose.js', '**/index.js', '**/cli-main.js', '**/local-action.js'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.generated.ts', 'packages/*/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  importX.flatConfigs.typescript,
  {
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // One cycle, even of types only, means two modules that cannot be understood apart.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortSignal: 'readonly',
      },
    },
  },
  {
    files: ['test/**/*.ts', 'packages/*/test/**/*.ts', 'packages/*/testing/**/*.ts'],
    rules: {
      // Tests build odd payloads on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  // Later entries override earlier ones for a rule, so each folder's entry repeats the rule for
  // all of src/ (no test doubles) next to its own.
  layer(['src/**'], NO_TEST_DOUBLES, TEST_DOUBLES_WHY, ['src/cli.ts']),
  layer(
    ['src/decide/**'],
    [...ADAPTERS, '**/report/*', '**/commands/*', '**/escalation/*', ...ENTRY],
    'src/decide is pure: it imports no adapter, renderer, command or entry (docs/architecture.md).',
  ),
  layer(
    ['src/report/**'],
    [...ADAPTERS, '**/commands/*', '**/escalation/*', ...ENTRY],
    'src/report renders data: it imports no adapter, command or entry (docs/architecture.md).',
  ),
  layer(
    ['src/incidentio/**', 'src/github/**', 'src/git/**'],
    [...ENTRY, '**/commands/*', '**/escalation/*'],
    'Adapters never import the entry layer, commands or escalation (docs/architecture.md).',
  ),
  layer(
    ['src/escalation/**'],
    ['**/commands/*', ...ENTRY],
    'src/escalation never imports commands or the entry layer (docs/architecture.md).',
  ),
  prettier,
);
