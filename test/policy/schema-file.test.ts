import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policyFileSchema } from '../../src/policy/schema.js';
import { REGENERATE, SCHEMA_JSON_PATH, VALIDATOR_PATH, schemaJsonText, validatorModuleText } from '../../scripts/generated-files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');

describe('files derived from src/policy/schema.ts', () => {
  it('policies/schema.json is the schema object, unchanged', () => {
    expect(JSON.parse(read(SCHEMA_JSON_PATH)), `run: ${REGENERATE}`).toEqual(policyFileSchema);
    expect(read(SCHEMA_JSON_PATH)).toBe(schemaJsonText());
  });

  it('the generated standalone validator matches the schema', () => {
    expect(read(VALIDATOR_PATH) === validatorModuleText(), `stale; run: ${REGENERATE}`).toBe(true);
  });

  it('publishes what editors need: draft-07, $id, titles and descriptions', () => {
    const json = JSON.parse(read(SCHEMA_JSON_PATH)) as Record<string, unknown>;
    expect(json.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(json.$id).toMatch(/^https:\/\/.+\/schema\.json$/);
    expect(json.title).toBeTruthy();
    expect(read(SCHEMA_JSON_PATH)).toContain('"description"');
  });
});
