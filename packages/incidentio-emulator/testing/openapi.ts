// Loads incident.io's OpenAPI subset (openapi/openapi-subset.json in this package) into ajv for
// tests: objects closed (no properties the spec does not name), date-times
// held to RFC 3339 UTC with microseconds as incident.io sends them.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SPEC_PATH = resolve(packageRoot, 'openapi/openapi-subset.json');

type Json = Record<string, unknown>;

export interface OpenApiSpec {
  paths: Record<string, Record<string, { responses: Record<string, { content?: { 'application/json'?: { schema: { $ref: string } } } }> }>>;
  components: { schemas: Record<string, Json> };
}

/** Marks every object schema that lists properties as closed, unless it already says otherwise. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  if (o.properties && typeof o.properties === 'object' && o.additionalProperties === undefined) o.additionalProperties = false;
  for (const [k, v] of Object.entries(o)) {
    if (k !== 'example') closeObjects(v);
  }
}

export interface SpecValidator {
  spec: OpenApiSpec;
  ajv: Ajv;
  /** A validator for `#/components/schemas/<name>` or any `#/...` pointer into the spec. */
  schema(refOrName: string): ValidateFunction;
  /** Errors of `value` against the named schema, as one string ('' when valid). */
  problems(name: string, value: unknown): string;
}

export function loadSpecValidator(options: { requestDates?: boolean } = {}): SpecValidator {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as OpenApiSpec;
  const closed = structuredClone(spec) as unknown as Json;
  closeObjects((closed.components as Json).schemas);
  const ajv = new Ajv({ strict: false, allErrors: true });
  // Responses: RFC 3339 UTC with microseconds, what incident.io sends. Requests may
  // send any RFC 3339 form (toISOString's milliseconds included).
  ajv.addFormat(
    'date-time',
    options.requestDates
      ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i
      : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  );
  ajv.addFormat('int64', true);
  ajv.addFormat('double', true);
  ajv.addSchema(closed, 'openapi.json');
  const schema = (refOrName: string) => {
    const ref = refOrName.startsWith('#') ? refOrName : `#/components/schemas/${refOrName}`;
    const v = ajv.getSchema(`openapi.json${ref}`);
    if (!v) throw new Error(`no schema ${ref} in ${SPEC_PATH}`);
    return v;
  };
  return {
    spec,
    ajv,
    schema,
    problems(name, value) {
      const v = schema(name);
      return v(value) ? '' : ajv.errorsText(v.errors, { separator: '\n' });
    },
  };
}
