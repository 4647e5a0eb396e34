// Runs the JSON Schema (schema.ts) through ajv's pre-generated standalone validator: the gate
// loads this on every job, and importing plus compiling ajv would cost ~70 ms of start-up for
// a ~5 microsecond check (measured; see scripts/generated-files.ts).
import type { SchemaError } from './schema-errors.js';
import { validate } from './schema-validator.generated.js';

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Every way `value` breaks the schema (ajv `allErrors`), empty when it conforms. */
export function schemaErrors(value: unknown): SchemaError[] {
  const check = validate as unknown as GeneratedValidator;
  return check(value) ? [] : [...(check.errors ?? [])];
}
