// Reads a decision record back (for `oncall-gate explain`): JSON, then the version, then the
// schema (src/record/schema.ts, through the generated standalone validator). The version is
// checked first, so a record from a newer oncall-gate is refused as such, not as a list of
// unknown fields. Every refusal is an `input` error naming the file, the field and the fix.
import { OncallGateError } from '../errors.js';
import type { DecisionRecord } from './build-record.js';
import { validate } from './record-validator.generated.js';
import { DECISION_RECORD_SCHEMA_VERSION } from './schema.js';

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}
type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const DAMAGED_FIX =
  'Use the file the oncall-gate step wrote (the path in its `decision-record` output, or the uploaded artifact) unchanged; a record is not meant to be edited.';

function refuse(file: string, message: string, fix: string): OncallGateError {
  return new OncallGateError({ kind: 'input', file, message: `${file}: ${message}`, fix });
}

/** `/policies/0/rules/1/status` -> `policies[0].rules[1].status`. */
export function fieldName(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : out ? `${out}.${p}` : p), '') || '(the record itself)';
}

function describeSchemaError(e: AjvError): string {
  const here = fieldName(e.instancePath);
  switch (e.keyword) {
    case 'required':
      return `the field \`${fieldName(`${e.instancePath}/${String(e.params.missingProperty)}`)}\` is missing`;
    case 'additionalProperties':
      return `the field \`${fieldName(`${e.instancePath}/${String(e.params.additionalProperty)}`)}\` is not part of schema version ${DECISION_RECORD_SCHEMA_VERSION}`;
    case 'enum':
      return `the field \`${here}\` must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `the field \`${here}\` must be ${JSON.stringify(e.params.allowedValue)}`;
    default:
      return `the field \`${here}\` ${e.message ?? 'is not valid'}`;
  }
}

/** The record in `text` (the contents of `file`), checked; throws an `input` error naming the field and the fix. */
export function parseDecisionRecord(text: string, file: string): DecisionRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refuse(file, `the file is not JSON (${(error as Error).message})`, DAMAGED_FIX);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw refuse(file, 'the file is not a decision record: it holds no JSON object', 'Pass a decision record written by oncall-gate.');
  }
  const record = value as Record<string, unknown>;
  const version = record.schemaVersion;
  if (version === undefined) {
    throw refuse(
      file,
      'the field `schemaVersion` is missing, so this is not an oncall-gate decision record',
      'Pass the JSON file named by the `decision-record` output of a gate, request or review step.',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse(file, `the field \`schemaVersion\` must be a whole number from 1, got ${JSON.stringify(version)}`, DAMAGED_FIX);
  }
  if (version > DECISION_RECORD_SCHEMA_VERSION) {
    const product = record.product as { version?: unknown } | undefined;
    const writer = typeof product?.version === 'string' ? `oncall-gate ${product.version}` : 'a newer oncall-gate';
    throw refuse(
      file,
      `the field \`schemaVersion\` is ${version}: the record was written by ${writer}, and this oncall-gate reads schema version ${DECISION_RECORD_SCHEMA_VERSION} only`,
      `Explain it with the oncall-gate that wrote it, or a newer one (${writer.replace(/^a /, '')} or later).`,
    );
  }
  const check = validate as unknown as GeneratedValidator;
  if (!check(value)) {
    const errors = check.errors ?? [];
    const problems = [...new Set(errors.map(describeSchemaError))];
    const shown = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
    throw refuse(file, `the record does not match schema version ${DECISION_RECORD_SCHEMA_VERSION}: ${shown}`, DAMAGED_FIX);
  }
  return value as DecisionRecord;
}
