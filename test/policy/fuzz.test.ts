// Property tests: whatever text arrives in a policy file, loadPolicySet answers with diagnostics
// (never an exception), every diagnostic is placeable as an annotation, and a document that
// fails the JSON Schema (checked by a freshly compiled ajv, independent of the generated
// validator) never yields a valid set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { parseYamlFile } from '../../src/policy/parse-yaml.js';
import { schemaErrors } from '../../src/policy/validate-schema.js';
import type { PolicyFile, PolicySet } from '../../src/policy/types.js';
import { compileWithAjv } from '../../scripts/generated-files.js';

const oracle = compileWithAjv();
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function assertWellFormed(set: PolicySet, files: readonly PolicyFile[]): void {
  const paths = new Set(files.map((f) => f.path));
  const lineCounts = new Map(files.map((f) => [f.path, f.text.split(/\r\n|\r|\n/).length]));
  // Prototype keys are plain data: nothing the files say may reach Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  for (const d of set.diagnostics) {
    // Placeable as an annotation: a line that exists in the file.
    expect(d.line).toBeLessThanOrEqual(lineCounts.get(d.file) ?? 1);
    // Never the engine's words or an unprinted object instead of what to fix.
    expect(`${d.message} ${d.fix}`).not.toMatch(/Maximum call stack|\[object Object\]/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(d.line) && Number.isInteger(d.column)).toBe(true);
    expect(paths.has(d.file)).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.fix.length).toBeGreaterThan(0);
    expect(d.code).not.toBe('internal-error');
  }
  expect(set.valid).toBe(!set.diagnostics.some((d) => d.severity === 'error'));
}

/** What the schema says about each file, judged by ajv on the data our parser produced. */
function schemaVerdicts(files: readonly PolicyFile[]): boolean[] {
  return files.map((f) => {
    const parsed = parseYamlFile(f);
    return parsed.diagnostics.length === 0 && parsed.value !== undefined && oracle(parsed.value);
  });
}

const YAMLISH = [
  'version: 1\n',
  'version: 2\n',
  'kind: policy\n',
  'kind: integration\n',
  'kind: identities\n',
  'name: deploy\n',
  'name: Deploy Prod\n',
  'match:\n',
  '  environments: [production]\n',
  '  branches: ["release/{1"]\n',
  '  paths: []\n',
  'approval:\n',
  'approval: []\n',
  '  - type: auto\n',
  '  - type: escalation\n',
  '  - type: deny\n',
  '    integration: incidentio\n',
  '    services: [01HXYZSCHEDULEPRIMARY00000]\n',
  '    schedules: [Platform primary]\n',
  '    duration: 0m\n',
  '    duration: 45d\n',
  'users:\n',
  '  Alice: a@b.co\n',
  '  alice: nope\n',
  'lookup: [map]\n',
  'integration: incidentio\n',
  '__proto__: { x: 1 }\n',
  'constructor: 1\n',
  '&a ',
  '*a ',
  '!!str ',
  '!x ',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '\t',
  '  ',
  '- ',
  ': ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '|',
  '>',
  '\n',
  '\r\n',
  '\u0000',
  '\uFEFF',
  'é',
  '😀',
  '~',
  'null',
  'true',
  '1e999',
  '0x1F',
  '<<: ',
  // Hostile shapes: prototype keys at any level, keys with line breaks, nesting past any limit.
  '__proto__:\n',
  '  __proto__: 1\n',
  'toString: x\n',
  'hasOwnProperty: 1\n',
  '  prototype: {}\n',
  '"a\\nb": 1\n',
  '\r',
  '['.repeat(2000),
  '{a: '.repeat(100),
  '- '.repeat(100),
  '  '.repeat(80) + 'k:\n',
  '&x [1, 2]\n',
  '*x\n',
  '!!binary ',
  '!<tag:x> ',
];

// Near-valid documents: every field is usually right and sometimes wrong, so the property sees
// valid sets, single mistakes and piles of them.
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });
const junk = fc.oneof(fc.constantFrom('', 'Platform primary', 0, null, [], {}), fc.anything({ maxDepth: 1 }));
const scheduleIds = mostly(
  fc.constantFrom(['01HXYZSCHEDULEPRIMARY00000'], ['01HXYZSCHEDULEPRIMARY00000', '01HXYZSCHEDULESECONDARY000']),
  fc.constantFrom([], ['Platform primary'], ['x'.repeat(41)], 'one'),
);
const duration = mostly(fc.constantFrom('1h', '90m', '24h', '7d'), fc.constantFrom('0m', '31d', '2 hours', '1.5h', 60));
const integration = mostly(fc.constant('incidentio'), fc.constantFrom('pagerduty', null));
/** Sometimes drops one of the keys, to exercise `required`. */
const dropSome = <T extends object>(doc: fc.Arbitrary<T>) =>
  fc.tuple(doc, fc.integer({ min: 0, max: 30 })).map(([d, n]) => {
    const keys = Object.keys(d);
    const key = keys[n];
    if (key === undefined) return d;
    const copy = { ...d } as Record<string, unknown>;
    delete copy[key];
    return copy;
  });

const rule = mostly(
  fc
    .oneof(
      fc.record(
        {
          type: fc.constant('auto'),
          integration,
          schedules: scheduleIds,
          duration,
          options: fc.record({ requireReason: fc.boolean() }, { requiredKeys: [] }),
        },
        { requiredKeys: ['type', 'integration'] },
      ),
      fc.record(
        {
          type: fc.constant('escalation'),
          integration,
          services: scheduleIds,
          duration,
          options: fc.record({ requireReason: fc.boolean(), allowOneParty: mostly(fc.boolean(), junk) }, { requiredKeys: [] }),
        },
        { requiredKeys: ['type', 'integration', 'services'] },
      ),
      fc.record({ type: fc.constant('deny'), reason: mostly(fc.constant('Freeze'), junk) }, { requiredKeys: ['type'] }),
    )
    .chain((r) => dropSome(fc.constant(r))),
  fc.oneof(junk, fc.record({ type: fc.constantFrom('autoo', 'deny'), services: scheduleIds, requireReason: fc.boolean() })),
);

const version = mostly(fc.constant(1), fc.constantFrom(2, '1', null));
const policyDoc = dropSome(
  fc
    .record(
      {
        version,
        kind: mostly(fc.constant('policy'), fc.constantFrom('polcy', 'identities')),
        name: mostly(fc.constantFrom('deploy', 'staging', 'api-release'), fc.constantFrom('Bad Name', '', 7)),
        description: mostly(fc.string({ maxLength: 20 }), junk),
        match: mostly(
          fc.record(
            {
              environments: mostly(fc.constantFrom(['production'], ['staging', 'qa']), fc.constantFrom([], 'production')),
              branches: mostly(fc.constantFrom(['main'], ['main', 'release/*']), fc.constantFrom([], ['release/{1'], ['refs/heads/main'])),
              paths: mostly(fc.constantFrom(['api/**']), fc.constantFrom([], [''])),
              labels: mostly(fc.constantFrom(['deploy']), fc.constantFrom([], [1])),
            },
            { requiredKeys: [] },
          ),
          junk,
        ),
        approval: mostly(fc.array(rule, { maxLength: 3 }), junk),
      },
      { requiredKeys: ['version', 'kind', 'name', 'match', 'approval'] },
    )
    .chain((d) => fc.constantFrom<Record<string, unknown>>(d, d, d, d, d, { ...d, owner: 'platform' })),
);
const integrationDoc = dropSome(
  fc.record(
    {
      version,
      kind: fc.constant('integration'),
      integration,
      autoApproval: fc.record({ schedules: scheduleIds }, { requiredKeys: [] }),
      escalation: fc.record(
        {
          visibility: mostly(fc.constantFrom('public', 'private'), fc.constant('secret')),
          mode: fc.constantFrom('test', 'standard'),
          customField: mostly(fc.constant('Gate'), junk),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['version', 'kind', 'integration'] },
  ),
);
const identitiesDoc = dropSome(
  fc.record(
    {
      version,
      kind: fc.constant('identities'),
      lookup: mostly(fc.constantFrom(['map'], ['map', 'github-public-email']), fc.constantFrom([], ['nope'], ['map', 'map'])),
      users: fc.dictionary(
        mostly(fc.constantFrom('alice', 'bob', 'octocat'), fc.constantFrom('Alice', 'bad_login', '__proto__')),
        mostly(fc.constantFrom('a@example.com', 'Bob@Example.com'), fc.constantFrom('nope', 1)),
        { maxKeys: 3 },
      ),
    },
    { requiredKeys: ['version', 'kind'] },
  ),
);
const anyDoc = fc.oneof(
  { arbitrary: policyDoc, weight: 4 },
  { arbitrary: integrationDoc, weight: 1 },
  { arbitrary: identitiesDoc, weight: 1 },
);

const asFiles = (texts: string[]): PolicyFile[] => texts.map((text, i) => ({ path: `policies/f${i}.yaml`, text }));

// Hundreds of generated cases each: a few seconds on an idle machine, far more on a loaded CI
// runner; the timeout guards against a hang, it measures nothing.
describe('loadPolicySet under arbitrary input', { timeout: 180_000 }, () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 3 }), (texts) => {
        const files = asFiles(texts);
        assertWellFormed(loadPolicySet(files), files);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on YAML-ish text, and never calls a schema failure valid', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom(...YAMLISH), { maxLength: 40 }).map((parts) => parts.join('')),
          { minLength: 1, maxLength: 3 },
        ),
        (texts) => {
          const files = asFiles(texts);
          const set = loadPolicySet(files);
          assertWellFormed(set, files);
          if (schemaVerdicts(files).includes(false)) expect(set.valid).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('arbitrary JSON values serialised to YAML: valid only when every document passes the schema', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { minLength: 1, maxLength: 3 }), (values) => {
        const files = asFiles(values.map((v) => stringify(v)));
        const set = loadPolicySet(files);
        assertWellFormed(set, files);
        if (schemaVerdicts(files).includes(false)) expect(set.valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('near-valid documents: agrees with ajv, and resolves every valid policy', () => {
    let validSets = 0;
    fc.assert(
      fc.property(fc.array(anyDoc, { minLength: 1, maxLength: 3 }), (docs) => {
        const files = asFiles(docs.map((d) => stringify(d)));
        const set = loadPolicySet(files);
        assertWellFormed(set, files);
        const verdicts = schemaVerdicts(files);
        if (verdicts.includes(false)) {
          expect(set.valid).toBe(false);
          // Every file that fails the schema carries at least one error of its own.
          verdicts.forEach((ok, i) => {
            if (!ok) expect(set.diagnostics.some((d) => d.file === files[i]?.path && d.severity === 'error')).toBe(true);
          });
        }
        if (set.valid) {
          validSets++;
          expect(set.policies).toHaveLength(docs.filter((d) => (d as { kind?: unknown }).kind === 'policy').length);
        }
      }),
      { numRuns: 600 },
    );
    // The generator must reach valid sets too, or the last assertion proves nothing.
    expect(validSets).toBeGreaterThan(5);
  });
});

describe('the generated validator agrees with ajv', { timeout: 180_000 }, () => {
  it('reports the same errors as a fresh compile on arbitrary near-valid documents', () => {
    const summary = (errors: readonly { instancePath: string; schemaPath: string; keyword: string }[] | null | undefined) =>
      (errors ?? []).map((e) => `${e.instancePath} ${e.schemaPath} ${e.keyword}`).sort();
    fc.assert(
      fc.property(fc.oneof(anyDoc, fc.jsonValue({ maxDepth: 3 })), (doc) => {
        const ok = oracle(doc);
        const generated = schemaErrors(doc);
        expect(generated.length === 0).toBe(ok);
        expect(summary(generated)).toEqual(summary(oracle.errors));
      }),
      { numRuns: 1500 },
    );
  });
});
