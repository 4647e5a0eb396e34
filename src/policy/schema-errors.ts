// Turns raw JSON Schema errors (ajv's shape) into one Diagnostic per problem, each saying what
// is wrong in the user's own words (keys, rule types, values) and exactly what to change.
import type { Diagnostic } from './diagnostic.js';
import type { ParsedYaml } from './parse-yaml.js';
import { pointerSegments } from './parsed-yaml.js';
import {
  DURATION_PATTERN,
  EMAIL_PATTERN,
  KINDS,
  LOGIN_PATTERN,
  NAME_PATTERN,
  policyFileSchema,
  RULE_TYPES,
  SCHEDULE_ID_PATTERN,
  TEAM_SLUG_PATTERN,
  autoRuleSchema,
  denyRuleSchema,
  escalationRuleSchema,
} from './schema.js';
import { closest } from './suggest.js';

/** The part of an ajv `ErrorObject` this module reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

interface Problem {
  pointer: string;
  code: string;
  message: string;
  fix: string;
}

const README = 'policies/README.md';
const EXAMPLE_SCHEDULE_ID = '01G0J1EXE7AXZ2C93K61WBPYEH';

const RULE_SCHEMAS: Record<(typeof RULE_TYPES)[number], { properties: object }> = {
  auto: autoRuleSchema,
  escalation: escalationRuleSchema,
  deny: denyRuleSchema,
};

/** One Diagnostic per problem in `errors`, positioned on the offending key, in input order. */
export function schemaDiagnostics(parsed: ParsedYaml, errors: readonly SchemaError[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // `discriminator` repeats what the `required`/`enum` error on `kind`/`type` already says, and
    // a `propertyNames` failure arrives twice (the inner pattern without the offending name).
    if (error.keyword === 'discriminator' || error.schemaPath.includes('/propertyNames/')) continue;
    if (!aboutWhatWasWritten(error, parsed.value)) continue;
    const problem = describe(error, parsed.value);
    const id = `${problem.pointer}\u0000${problem.code}\u0000${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const { line, column } = parsed.locate(problem.pointer);
    out.push({ severity: 'error', code: problem.code, file: parsed.file, line, column, message: problem.message, fix: problem.fix });
  }
  return out;
}

/**
 * `whenUnavailable` is `deny` or a fallback mapping (a `oneOf`), so a mistake fails both branches:
 * only the errors of the branch the user wrote (a mapping, or a word) say anything useful.
 */
function aboutWhatWasWritten(error: SchemaError, doc: unknown): boolean {
  const branch = /\/properties\/whenUnavailable\/oneOf(?:\/(\d))?/.exec(error.schemaPath);
  if (!branch) return true;
  if (branch[1] === undefined) return false; // the `oneOf` summary itself
  const written = isRecord(doc) ? doc.whenUnavailable : undefined;
  return branch[1] === (isRecord(written) ? '1' : '0');
}

function describe(error: SchemaError, doc: unknown): Problem {
  const segments = pointerSegments(error.instancePath);
  const here = label(segments, doc);
  const value = valueAt(doc, segments);
  const lastKey = segments[segments.length - 1] ?? '';
  const params = error.params;
  const schema = schemaAt(error.schemaPath, 1);
  const problem = (code: string, message: string, fix: string, pointer = error.instancePath): Problem => ({
    pointer,
    code,
    message,
    fix,
  });

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(propertiesOf(schema));
      const kind = kindOf(doc) ?? 'policy';
      const where = segments.length === 0 ? `${kind === 'policy' ? 'a' : 'an'} ${kind} file` : `\`${here}\``;
      return problem(
        'schema',
        `Unknown key \`${key}\` in ${where}`,
        unknownKeyFix(key, allowed, segments, doc),
        `${error.instancePath}/${escapePointer(key)}`,
      );
    }
    case 'propertyNames': {
      if (lastKey === 'scope') {
        const key = String(params.propertyName);
        return problem(
          'invalid-schedule-id',
          `\`${short(key)}\` in \`${here}\` is not an incident.io schedule ID`,
          "Key each `scope` entry by one of the rule's schedule IDs (as in `schedules`), not by the schedule's name.",
          `${error.instancePath}/${escapePointer(key)}`,
        );
      }
      const login = String(params.propertyName);
      return problem(
        'invalid-login',
        `\`${short(login)}\` in \`${here}\` is not a GitHub login`,
        'Use the login exactly as shown on github.com: letters, digits and hyphens, at most 39 characters (bot accounts cannot be mapped).',
        `${error.instancePath}/${escapePointer(login)}`,
      );
    }
    case 'required':
      return missing(String(params.missingProperty), segments, doc, schema, error.instancePath);
    case 'type':
      return problem(...wrongType(String(params.type), value, here, lastKey, segments.length === 0, exampleOf(schema)));
    case 'const': {
      if (lastKey === 'version' && segments.length === 1) {
        return typeof value === 'string' && value.trim() === '1'
          ? problem('unsupported-version', '`version` must be the number 1, not the text "1"', 'Write `version: 1` without quotes.')
          : problem(
              'unsupported-version',
              typeof value === 'number'
                ? `\`version: ${short(String(value))}\` is not supported; this action reads version 1`
                : `\`version\` is ${describeValue(value)}; this action reads version 1`,
              'Set `version: 1`.',
            );
      }
      const expected = String(params.allowedValue);
      if (lastKey === 'whenUnavailable' && segments.length === 1) {
        return problem(
          'schema',
          `\`whenUnavailable\` is ${describeValue(value)}; it must be \`deny\` or an outage fallback`,
          `Write \`whenUnavailable: deny\` (the default), or a fallback such as \`whenUnavailable: { approvers: [<GitHub login>], duration: 4h }\` (see ${README}).`,
        );
      }
      return problem(
        'schema',
        `\`${here}\` is ${describeValue(value)}; it must be \`${expected}\`${lastKey === 'integration' ? ' (the only integration)' : ''}`,
        `Write \`${lastKey}: ${expected}\`.`,
      );
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const mean = suggestion ? `Did you mean \`${suggestion}\`? ` : '';
      if (segments.length === 1 && lastKey === 'kind') {
        return problem(
          'unknown-kind',
          `Unknown kind ${named(value)}; a policy file's \`kind\` is policy, integration or identities`,
          `${mean}Set \`kind:\` to one of: ${KINDS.join(', ')}.`,
        );
      }
      if (isRuleType(segments)) {
        return problem(
          'schema',
          `Unknown approval rule type ${named(value)} in \`${label(segments.slice(0, -1), doc, false)}\``,
          `${mean}Use \`type: auto\`, \`type: escalation\` or \`type: deny\`.`,
        );
      }
      return problem(
        'schema',
        `\`${here}\` is ${describeValue(value)}; allowed: ${allowed.join(', ')}`,
        `${mean}Use one of: ${allowed.join(', ')}.`,
      );
    }
    case 'pattern':
      return problem(...patternProblem(String(params.pattern), value, here, lastKey, segments));
    case 'minProperties': {
      if (lastKey === 'scope') {
        return problem(
          'schema',
          `\`${here}\` is empty`,
          'Remove `scope` to count every schedule of the rule whole, or add `<schedule ID>: { rotations: [<rotation ID>] }`.',
        );
      }
      if (segments[segments.length - 2] === 'scope') {
        return problem(
          'schema',
          `\`${here}\` names neither \`rotations\` nor \`layers\`, so nobody on this schedule would count`,
          'Add `rotations: [<rotation ID>]` and/or `layers: [<layer ID>]`, or remove the entry to count the whole schedule.',
        );
      }
      return problem('schema', `\`${here}\` is empty`, `Add at least ${String(params.limit)} entry, or remove the key.`);
    }
    case 'minItems': {
      const parent = segments[segments.length - 2];
      if (lastKey === 'services' && segments[0] === 'approval') {
        return problem(
          'empty-services',
          `The escalation rule \`${label(segments.slice(0, -1), doc, false)}\` has an empty \`services\` list, so nobody can approve`,
          `List the incident.io schedule IDs whose on-call people may approve, e.g. \`services: [${EXAMPLE_SCHEDULE_ID}]\`.`,
        );
      }
      if (parent === 'match') {
        return problem(
          'match-never-matches',
          `\`${here}\` is an empty list, so this policy never matches anything`,
          `List at least one value in \`${lastKey}\`, or remove the \`${lastKey}\` key.`,
        );
      }
      if (lastKey === 'schedules' && segments[0] === 'approval') {
        return problem(
          'schema',
          `\`${here}\` is an empty list`,
          "Remove `schedules` to use the integration's `autoApproval.schedules`, or list the incident.io schedule IDs whose on-call person is auto-approved.",
        );
      }
      if (lastKey === 'lookup') {
        return problem(
          'schema',
          '`lookup` is an empty list, so no GitHub login can be matched to an email',
          'Remove `lookup` (the default is [map]) or list some of: map, github-public-email, github-verified-domain-email.',
        );
      }
      return problem('schema', `\`${here}\` is an empty list`, `List at least ${String(params.limit)} item(s), or remove the key.`);
    }
    case 'uniqueItems': {
      const repeated = Array.isArray(value) ? value[Number(params.i)] : undefined;
      return problem('schema', `\`${here}\` lists ${describeValue(repeated)} more than once`, 'Remove the repeated entry.');
    }
    case 'minLength':
      return problem('schema', `\`${here}\` is empty`, `Write a value for \`${lastKey}\`, or remove the key.`);
    case 'maxLength':
      return problem(
        'schema',
        `\`${here}\` is longer than ${String(params.limit)} characters`,
        `Shorten it to at most ${String(params.limit)} characters.`,
      );
    default:
      return problem(
        'schema',
        `\`${here || 'the document'}\` ${error.message ?? `fails the \`${error.keyword}\` rule`}`,
        `See ${README} for the format.`,
      );
  }
}

function missing(key: string, segments: string[], doc: unknown, schema: unknown, pointer: string): Problem {
  const where = segments.length === 0 ? '' : ` in \`${label(segments, doc)}\``;
  const problem = (code: string, message: string, fix: string): Problem => ({ pointer, code, message, fix });
  if (segments.length === 0 && key === 'version') {
    return problem('unsupported-version', 'Missing `version`', 'Add `version: 1` at the top of the file.');
  }
  if (segments.length === 0 && key === 'kind') {
    return problem(
      'unknown-kind',
      'Missing `kind`',
      'Add `kind: policy` (or `kind: integration`, `kind: identities`) at the top of the file.',
    );
  }
  if (key === 'type' && segments[0] === 'approval') {
    return problem(
      'schema',
      `The approval rule \`${label(segments, doc, false)}\` has no \`type\``,
      'Add `type: auto`, `type: escalation` or `type: deny`.',
    );
  }
  if (key === 'services') {
    return problem(
      'empty-services',
      `The escalation rule \`${label(segments, doc, false)}\` has no \`services\`, so nobody can approve`,
      `Add \`services: [${EXAMPLE_SCHEDULE_ID}]\` with the incident.io schedule IDs whose on-call people may approve.`,
    );
  }
  if (key === 'match') {
    return problem(
      'schema',
      'Missing `match`: the policy applies to nothing',
      'Add `match:` with `environments: [production]` (jobs using `gate`) and/or `branches: [main]` (pull requests).',
    );
  }
  if (key === 'approval') {
    return problem(
      'schema',
      'Missing `approval`: the policy has no rules',
      `Add \`approval:\` with at least one rule, e.g. \`- type: auto\` / \`integration: incidentio\` (see ${README}).`,
    );
  }
  const example = exampleOf(propertiesOf(schema)[key]);
  return problem(
    'schema',
    `Missing \`${key}\`${where}`,
    example !== undefined ? `Add \`${key}: ${example}\`.` : `Add \`${key}:\` (see ${README}).`,
  );
}

function wrongType(
  expected: string,
  value: unknown,
  here: string,
  key: string,
  root: boolean,
  example: string | undefined,
): [string, string, string] {
  const got = describeValue(value);
  // For a list item (`environments[0]`) the fix shows the item alone, not `0: ...`.
  const write = (text: string): string => (/^\d+$/.test(key) ? text : `${key}: ${text}`);
  if (root) {
    return [
      'schema',
      `A policy file must be a mapping of \`key: value\` lines, but this one is ${got}`,
      'Start the file with `version: 1` and `kind: policy` (or `integration`, `identities`) on their own lines.',
    ];
  }
  if (expected === 'array') {
    // Turn the user's own scalar into a one-item list; else show the schema's example.
    const list = typeof value === 'string' || typeof value === 'number' ? `[${short(String(value))}]` : (example ?? '[...]');
    return ['schema', `\`${here}\` must be a list, but it is ${got}`, `Write a list, e.g. \`${write(list)}\`, or one \`- item\` per line.`];
  }
  if (expected === 'object') {
    return [
      'schema',
      `\`${here}\` must be a mapping of \`key: value\` entries, but it is ${got}`,
      /^\d+$/.test(key) ? `Write a mapping here (see ${README}).` : `Write its entries indented under \`${key}:\` (see ${README}).`,
    ];
  }
  if (expected === 'boolean') {
    return [
      'schema',
      `\`${here}\` must be true or false, but it is ${got}`,
      `Write \`${write('true')}\` or \`${write('false')}\` (without quotes).`,
    ];
  }
  if (expected === 'string') {
    return [
      'schema',
      `\`${here}\` must be text, but it is ${got}`,
      typeof value === 'number' || typeof value === 'boolean'
        ? `Quote it: \`${write(`"${String(value)}"`)}\`.`
        : 'Write a single text value here.',
    ];
  }
  return ['schema', `\`${here}\` must be of type ${expected}, but it is ${got}`, `See ${README} for the format.`];
}

function patternProblem(pattern: string, value: unknown, here: string, key: string, segments: string[]): [string, string, string] {
  const text = typeof value === 'string' ? value : String(value);
  const list = segments[segments.length - 2];
  if (pattern === SCHEDULE_ID_PATTERN && (list === 'rotations' || list === 'layers')) {
    const what = list === 'rotations' ? 'rotation' : 'layer';
    return [
      `invalid-${what}-id`,
      `\`${short(text)}\` in \`${here}\` is not an incident.io ${what} ID`,
      `Use the ${what}'s ID, not its name (a rename must not change who is approved): \`oncall-gate who <schedule ID>\` shows each on-call person's rotation and layer with their IDs, and \`oncall-gate validate\` with INCIDENTIO_API_KEY suggests the ID for a name.`,
    ];
  }
  switch (pattern) {
    case TEAM_SLUG_PATTERN:
      return [
        'invalid-team',
        `\`${short(text)}\` in \`${here}\` is not a GitHub team slug`,
        "Write the team's slug only (the last part of github.com/orgs/<org>/teams/<slug>, lower-case, without the organisation): teams are looked up in the repository's organisation.",
      ];
    case SCHEDULE_ID_PATTERN:
      return [
        'invalid-schedule-id',
        `\`${short(text)}\` in \`${here}\` is not an incident.io schedule ID`,
        `Use the schedule's ID, not its name: open the schedule in incident.io (On-call > Schedules); the ID is the last part of its URL, like \`${EXAMPLE_SCHEDULE_ID}\` (20-40 letters and digits).`,
      ];
    case NAME_PATTERN: {
      const slug = slugify(text);
      return [
        'invalid-name',
        `Policy name \`${short(text)}\` may only contain lower-case letters, digits and hyphens, and must start and end with a letter or digit`,
        slug ? `Use \`name: ${slug}\`.` : 'Use a name like `production-deploy`.',
      ];
    }
    case DURATION_PATTERN: {
      const suggestion = suggestDuration(text);
      return [
        'invalid-duration',
        `\`${here}\` is \`${short(text)}\`, which is not a duration`,
        `Write a whole number followed by m, h or d${suggestion ? `: \`${key}: ${suggestion}\`` : ', e.g. `30m`, `1h`, `7d`'}.`,
      ];
    }
    case EMAIL_PATTERN:
      return [
        'invalid-email',
        `\`${short(text)}\` in \`${here}\` is not an email address`,
        "Write the person's incident.io login email, e.g. `octo.cat@example.com`.",
      ];
    case LOGIN_PATTERN:
      return ['invalid-login', `\`${short(text)}\` is not a GitHub login`, 'Use the login exactly as shown on github.com.'];
    default:
      return ['schema', `\`${here}\` has an unexpected shape (\`${short(text)}\`)`, `See ${README} for the format.`];
  }
}

function unknownKeyFix(key: string, allowed: string[], segments: string[], doc: unknown): string {
  const suggestion = closest(key, allowed);
  const list = `Allowed keys here: ${allowed.join(', ')}.`;
  if (suggestion) return `Did you mean \`${suggestion}\`? ${list}`;
  // Common slips: an option written on the rule itself, or another rule type's key.
  if (segments[0] === 'approval' && segments.length === 2) {
    if (key === 'requireReason' || key === 'allowOneParty') return `Move it under \`options:\` (\`options: { ${key}: true }\`). ${list}`;
    const type = ruleTypeAt(doc, segments);
    const owner = RULE_TYPES.find((t) => t !== type && Object.hasOwn(RULE_SCHEMAS[t].properties, key));
    if (owner) return `\`${key}\` belongs to \`${owner}\` rules; remove it or change the rule's \`type\`. ${list}`;
  }
  return `Remove it. ${list}`;
}

/** `approval[1].services[0]`, or `approval[1] (escalation)` for a rule itself. */
function label(segments: string[], doc: unknown, withType = true): string {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
  if (withType && segments.length === 2 && segments[0] === 'approval') {
    const type = ruleTypeAt(doc, segments);
    if (type) out += ` (${type})`;
  }
  return out;
}

function isRuleType(segments: string[]): boolean {
  return segments.length === 3 && segments[0] === 'approval' && segments[2] === 'type';
}

function ruleTypeAt(doc: unknown, segments: string[]): (typeof RULE_TYPES)[number] | undefined {
  const rule = valueAt(doc, segments.slice(0, 2));
  const type = isRecord(rule) ? rule.type : undefined;
  return RULE_TYPES.find((t) => t === type);
}

function kindOf(doc: unknown): string | undefined {
  return isRecord(doc) && typeof doc.kind === 'string' && (KINDS as readonly string[]).includes(doc.kind) ? doc.kind : undefined;
}

function valueAt(doc: unknown, segments: string[]): unknown {
  let node = doc;
  for (const s of segments) {
    if (Array.isArray(node)) node = node[Number(s)];
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, s)) node = node[s];
    else return undefined;
  }
  return node;
}

/** The schema object holding the failed keyword (`drop` = 1) or further up. */
function schemaAt(schemaPath: string, drop: number): unknown {
  const parts = schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean);
  let node: unknown = policyFileSchema;
  for (const part of parts.slice(0, Math.max(0, parts.length - drop))) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  return isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
}

function exampleOf(schema: unknown): string | undefined {
  if (!isRecord(schema)) return undefined;
  if (schema.const !== undefined) return flowYaml(schema.const);
  if (!Array.isArray(schema.examples) || schema.examples.length === 0) return undefined;
  return flowYaml(schema.examples[0]);
}

/** A short YAML flow rendering of a schema example. */
function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (isRecord(value))
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${flowYaml(v)}`)
      .join(', ')} }`;
  return String(value);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text \`${short(value)}\``;
  if (typeof value === 'boolean') return `\`${String(value)}\` (true/false)`;
  return `the number \`${short(String(value))}\``;
}

/** A value written where a name was expected: `autoo`, or what it is when not text. */
function named(value: unknown): string {
  return typeof value === 'string' ? `\`${short(value)}\`` : describeValue(value);
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** `90 minutes` -> `90m`, `2 hours` -> `2h`, `1.5h` -> `90m`, when the intent is clear. */
function suggestDuration(text: string): string | undefined {
  const found = /^\s*(\d+(?:\.\d+)?)\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?)\s*$/i.exec(text);
  if (!found) return undefined;
  const unit = (found[2] ?? '').toLowerCase()[0] as 'm' | 'h' | 'd';
  const minutes = Number(found[1]) * { m: 1, h: 60, d: 1440 }[unit];
  if (!Number.isFinite(minutes) || minutes < 1 || !Number.isInteger(minutes)) return minutes > 0 && minutes < 1 ? '1m' : undefined;
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
