// The files generated from sources, and how they are built. Today: the two files derived from
// src/policy/schema.ts, the published policies/schema.json (for editors) and
// src/policy/schema-validator.generated.ts (ajv's standalone validator, so the gate neither
// loads nor compiles ajv at start-up: https://ajv.js.org/standalone.html); the same pair for the
// decision record (src/record/schema.ts) and for the policy tests folder (src/policy-test/schema.ts);
// and the version module.
// `npm run generate` (scripts/generate.mjs) writes them; test/scripts/generate.test.ts fails when
// a committed one differs from what this builds.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { policyFileSchema } from '../src/policy/schema.js';
import { decisionRecordSchema } from '../src/record/schema.js';
import { policyTestsFileSchema } from '../src/policy-test/schema.js';

export const SCHEMA_JSON_PATH = 'policies/schema.json';
export const VALIDATOR_PATH = 'src/policy/schema-validator.generated.ts';
export const REGENERATE = 'npm run generate';
export const VERSION_PATH = 'src/version.generated.ts';
export const RECORD_SCHEMA_JSON_PATH = 'docs/decision-record.schema.json';
export const RECORD_VALIDATOR_PATH = 'src/record/record-validator.generated.ts';
export const TESTS_SCHEMA_JSON_PATH = 'policy-tests/schema.json';
export const TESTS_VALIDATOR_PATH = 'src/policy-test/tests-validator.generated.ts';

/** The ajv options the validator is generated with; the tests compile with the same ones. */
export const AJV_OPTIONS = {
  strict: true,
  allErrors: true,
  discriminator: true,
  // Count string length in UTF-16 units: the default (code points) makes the generated code
  // `require` an ajv runtime helper, which an ESM module cannot do. Only maxLength limits differ.
  unicode: false,
  logger: false,
} as const;

export function schemaJsonText(schema: object = policyFileSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function compileWithAjv(schema: object = policyFileSchema) {
  return new Ajv(AJV_OPTIONS).compile(schema);
}

export function validatorModuleText(schema: object = policyFileSchema, source = 'src/policy/schema.ts'): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const validate = ajv.compile(schema);
  // A CommonJS module whose function is both `module.exports` and `.default`.
  const generate = (standaloneModule as unknown as { default: (ajv: Ajv, v: AnyValidateFunction) => string }).default;
  const code = generate(ajv, validate);
  if (/\brequire\(/.test(code)) throw new Error('the standalone validator needs a runtime require(); adjust AJV_OPTIONS');
  return [
    '// @ts-nocheck',
    `// GENERATED from ${source} by scripts/generated-files.ts; do not edit.`,
    `// Regenerate: ${REGENERATE}`,
    code.replace(/^"use strict";\s*/, ''),
    '',
  ].join('\n');
}

export interface GeneratedFile {
  /** From the repository root, with `/`. */
  path: string;
  /** Exactly what the committed file must hold. */
  text: string;
}

/** The package version for `oncall-gate --version`, from package.json (so the bundle carries it). */
export function versionModuleText(): string {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return `// GENERATED from package.json by scripts/generated-files.ts; do not edit.\n// Regenerate: ${REGENERATE}\nexport const VERSION = ${JSON.stringify(version)};\n`;
}

/** Every generated file with the text it must hold. */
export function generatedFiles(): GeneratedFile[] {
  return [
    { path: SCHEMA_JSON_PATH, text: schemaJsonText() },
    { path: VALIDATOR_PATH, text: validatorModuleText() },
    { path: VERSION_PATH, text: versionModuleText() },
    { path: RECORD_SCHEMA_JSON_PATH, text: schemaJsonText(decisionRecordSchema) },
    { path: RECORD_VALIDATOR_PATH, text: validatorModuleText(decisionRecordSchema, 'src/record/schema.ts') },
    { path: TESTS_SCHEMA_JSON_PATH, text: schemaJsonText(policyTestsFileSchema) },
    { path: TESTS_VALIDATOR_PATH, text: validatorModuleText(policyTestsFileSchema, 'src/policy-test/schema.ts') },
  ];
}
