// JSON Schema errors of a policy tests folder file (schema.ts, checked by the generated validator)
// as Diagnostics on the offending key's line, each with what is wrong and the fix. The schema's own
// `description`s say what a value should be, so the fix quotes them.
import type { Diagnostic } from '../policy/diagnostic.js';
import { pointerSegments, type ParsedYaml } from '../policy/parse-yaml.js';
import { closest } from '../policy/suggest.js';
import { policyTestsFileSchema } from './schema.js';
import { validate } from './tests-validator.generated.js';

/** The part of an ajv `ErrorObject` read here. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}
type GeneratedValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const DOCS = 'docs/policy-tests.md';

/** Every way `value` breaks the schema, empty when it conforms. */
export function testSchemaErrors(value: unknown): SchemaError[] {
  const check = validate as unknown as GeneratedValidator;
  return check(value) ? [] : [...(check.errors ?? [])];
}

type SchemaNode = Record<string, unknown>;

/** The subschema an ajv `schemaPath` (`#/oneOf/0/properties/cases/items/...`) points into, up to the keyword. */
function schemaAt(schemaPath: string): SchemaNode {
  let node: unknown = policyTestsFileSchema;
  const segments = schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean).slice(0, -1);
  for (const s of segments) {
    const next: unknown = (node as Record<string, unknown> | undefined)?.[s.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (next === undefined) break;
    node = next;
  }
  return (node ?? {}) as SchemaNode;
}

/** `cases[2].expect.result`, for messages. */
function label(pointer: string): string {
  return pointerSegments(pointer).reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

function valueAt(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const s of pointerSegments(pointer)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

const show = (v: unknown): string => {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

function describe(e: SchemaError, doc: unknown): { pointer: string; message: string; fix: string } {
  const here = label(e.instancePath) || 'the document';
  const schema = schemaAt(e.schemaPath);
  const description = typeof schema.description === 'string' ? ` ${schema.description}` : '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys((schema.properties as object | undefined) ?? {});
      const guess = closest(key, allowed);
      return {
        pointer: `${e.instancePath}/${key}`,
        message: `Unknown key \`${key}\`${e.instancePath ? ` in \`${here}\`` : ''}${guess ? `. Did you mean \`${guess}\`?` : ''}`,
        fix: guess
          ? `Rename it to \`${guess}\`.`
          : `Remove it; the keys here are ${allowed.map((k) => `\`${k}\``).join(', ')} (see ${DOCS}).`,
      };
    }
    case 'required': {
      const key = String(e.params.missingProperty);
      const property = (schema.properties as Record<string, SchemaNode> | undefined)?.[key];
      const what = typeof property?.description === 'string' ? ` ${property.description}` : '';
      return {
        pointer: e.instancePath,
        message: `Missing key \`${key}\`${e.instancePath ? ` in \`${here}\`` : ''}`,
        fix: `Add \`${key}:\`.${what}`,
      };
    }
    case 'enum':
      return {
        pointer: e.instancePath,
        message: `\`${here}\` is ${show(valueAt(doc, e.instancePath))}, which is not one of ${(e.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`,
        fix: `Use one of the values listed.${description}`,
      };
    case 'const':
      return {
        pointer: e.instancePath,
        message: `\`${here}\` must be ${show(e.params.allowedValue)}, not ${show(valueAt(doc, e.instancePath))}`,
        fix: `Set it to ${show(e.params.allowedValue)}.`,
      };
    case 'pattern':
      return {
        pointer: e.instancePath,
        message: `\`${here}\` is ${show(valueAt(doc, e.instancePath))}, which is not the right form`,
        fix: description.trim() || `See ${DOCS}.`,
      };
    case 'type':
      return {
        pointer: e.instancePath,
        message: `\`${here}\` must be ${e.params.type === 'array' ? 'a list' : e.params.type === 'object' ? 'a mapping' : `a ${String(e.params.type)}`}, not ${show(valueAt(doc, e.instancePath))}`,
        fix: `Write it as ${e.params.type === 'array' ? 'a list (`[a, b]` or one `- item` per line)' : e.params.type === 'object' ? 'a mapping of `key: value` lines' : `a ${String(e.params.type)}`}.${description}`,
      };
    default:
      return {
        pointer: e.instancePath,
        message: `\`${here}\` ${e.message ?? 'is not valid'}`,
        fix: `${description.trim() || `See ${DOCS}.`}`,
      };
  }
}

/** One Diagnostic per problem, on its line. */
export function testSchemaDiagnostics(parsed: ParsedYaml, errors: readonly SchemaError[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // `rule` is an integer or a rule type: when one branch of a `oneOf` fails, the other's error and
  // the `oneOf` itself repeat the problem; one message for the key is enough.
  const oneOfs = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword === 'discriminator' || e.keyword === 'oneOf') continue;
    const d =
      oneOfs.has(e.instancePath) && e.instancePath !== ''
        ? {
            pointer: e.instancePath,
            message: `\`${label(e.instancePath)}\` is ${show(valueAt(parsed.value, e.instancePath))}, which is neither a rule position (1, 2, ...) nor a rule type`,
            fix: "Give the rule's 1-based position in the policy's `approval` list, or `auto`, `escalation` or `deny`.",
          }
        : describe(e, parsed.value);
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { line, column } = parsed.locate(d.pointer);
    out.push({ severity: 'error', code: 'schema', file: parsed.file, line, column, message: d.message, fix: d.fix });
  }
  return out;
}
