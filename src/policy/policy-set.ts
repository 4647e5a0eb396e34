// Policy files -> the resolved PolicySet every command decides from: parse (with positions),
// schema, semantic checks, then defaults (the format is policies/README.md). Pure: no I/O, no
// logging; every problem comes back as a Diagnostic and nothing throws, so a broken policy fails
// closed with a message instead of a crash. The YAML reader is passed in: load-policy.ts gives
// parse-yaml.ts's for every command; the gate can start without loading the full YAML parser
// (load-policy-lazily.ts).
import type { Diagnostic } from './diagnostic.js';
import { DEFAULT_AUTO_DURATION_MS, DEFAULT_ESCALATION_DURATION_MS, MAX_DURATION_MS, MIN_DURATION_MS, parseDuration } from './duration.js';
import type { ParsedYaml } from './parsed-yaml.js';
import { schemaDiagnostics } from './schema-errors.js';
import { semanticDiagnostics } from './semantic-checks.js';
import type {
  ApprovalRuleDoc,
  IdentitiesDoc,
  IdentitySettings,
  IntegrationDoc,
  IntegrationSettings,
  Policy,
  PolicyDoc,
  PolicyFile,
  PolicyFileDoc,
  PolicySet,
  Position,
  Rule,
  WhenUnavailable,
} from './types.js';
import { schemaErrors } from './validate-schema.js';

export const DEFAULT_CUSTOM_FIELD = 'On-call gate schedules';

interface CheckedFile {
  parsed: ParsedYaml;
  /** Set when the document passed the schema. */
  doc?: PolicyFileDoc;
}

/** The policy set of `files`, each read by `parse` (parse-yaml.ts's parseYamlFile, or what gives the same answer). */
export function buildPolicySet(files: readonly PolicyFile[], parse: (file: PolicyFile) => ParsedYaml): PolicySet {
  const sorted = [...files].sort((a, b) => compare(a.path, b.path));
  const diagnostics: Diagnostic[] = [];
  const checked: CheckedFile[] = [];

  for (const file of sorted) {
    try {
      const parsed = parse(file);
      diagnostics.push(...parsed.diagnostics);
      const entry: CheckedFile = { parsed };
      if (parsed.value !== undefined) {
        const errors = schemaErrors(parsed.value);
        if (errors.length === 0) entry.doc = parsed.value as PolicyFileDoc;
        else diagnostics.push(...schemaDiagnostics(parsed, errors));
      }
      checked.push(entry);
    } catch (cause) {
      diagnostics.push(internalError(file.path, cause));
    }
  }
  try {
    diagnostics.push(...semanticDiagnostics(checked.map((c) => c.parsed)));
  } catch (cause) {
    diagnostics.push(internalError(sorted[0]?.path ?? '', cause));
  }

  const integration = resolveIntegration(checked);
  const identities = resolveIdentities(checked);
  const policies: Policy[] = [];
  for (const { parsed, doc } of checked) {
    if (doc?.kind === 'policy') policies.push(resolvePolicy(doc, parsed, integration));
  }

  diagnostics.sort(compareDiagnostics);
  return {
    policies,
    integration,
    identities,
    diagnostics,
    valid: !diagnostics.some((d) => d.severity === 'error'),
    files: sorted.map((f) => f.path),
  };
}

function resolvePolicy(doc: PolicyDoc, parsed: ParsedYaml, integration: IntegrationSettings): Policy {
  const match: Policy['match'] = {};
  if (doc.match.environments) match.environments = [...doc.match.environments];
  if (doc.match.branches) match.branches = [...doc.match.branches];
  if (doc.match.paths) match.paths = [...doc.match.paths];
  if (doc.match.labels) match.labels = [...doc.match.labels];
  const policy: Policy = {
    name: doc.name,
    match,
    rules: doc.approval.map((rule, i) => resolveRule(rule, doc.name, at(parsed, `/approval/${i}`), integration)),
    at: at(parsed, '/name'),
  };
  if (doc.whenUnavailable !== undefined) policy.whenUnavailable = resolveWhenUnavailable(doc.whenUnavailable, parsed);
  if (doc.description !== undefined) policy.description = doc.description;
  return policy;
}

function resolveRule(rule: ApprovalRuleDoc, policyName: string, position: Position, integration: IntegrationSettings): Rule {
  switch (rule.type) {
    case 'auto': {
      const own = rule.schedules;
      const fromIntegration = integration.autoApprovalSchedules;
      return {
        type: 'auto',
        schedules: [...(own ?? fromIntegration)],
        schedulesFrom: own ? 'rule' : fromIntegration.length > 0 ? 'integration' : 'none',
        ...(rule.scope
          ? {
              scope: new Map(
                Object.entries(rule.scope).map(([id, s]) => [id, { rotations: [...(s.rotations ?? [])], layers: [...(s.layers ?? [])] }]),
              ),
            }
          : {}),
        durationMs: durationOr(rule.duration, DEFAULT_AUTO_DURATION_MS),
        requireReason: rule.options?.requireReason ?? false,
        at: position,
      };
    }
    case 'escalation':
      return {
        type: 'escalation',
        services: [...rule.services],
        durationMs: durationOr(rule.duration, DEFAULT_ESCALATION_DURATION_MS),
        allowOneParty: rule.options?.allowOneParty ?? false,
        requireReason: rule.options?.requireReason ?? false,
        at: position,
      };
    case 'deny':
      return { type: 'deny', reason: rule.reason ?? `Denied by policy ${policyName}`, at: position };
  }
}

function resolveWhenUnavailable(doc: NonNullable<PolicyDoc['whenUnavailable']>, parsed: ParsedYaml): WhenUnavailable {
  if (doc === 'deny') return { kind: 'deny', at: at(parsed, '/whenUnavailable') };
  return {
    kind: 'fallback',
    approvers: (doc.approvers ?? []).map((l) => l.toLowerCase()),
    approverTeams: [...(doc.approverTeams ?? [])],
    durationMs: durationOr(doc.duration, DEFAULT_ESCALATION_DURATION_MS),
    at: at(parsed, '/whenUnavailable'),
  };
}

function resolveIntegration(checked: readonly CheckedFile[]): IntegrationSettings {
  const found = checked.find((c) => c.doc?.kind === 'integration');
  const doc = found?.doc as IntegrationDoc | undefined;
  const escalation = doc?.escalation;
  const settings: IntegrationSettings = {
    autoApprovalSchedules: [...(doc?.autoApproval?.schedules ?? [])],
    escalation: {
      customField: escalation?.customField ?? DEFAULT_CUSTOM_FIELD,
      visibility: escalation?.visibility ?? 'public',
      mode: escalation?.mode ?? 'standard',
      notifyIncidentChannel: escalation?.notifyIncidentChannel ?? false,
    },
  };
  if (escalation?.severity !== undefined) settings.escalation.severity = escalation.severity;
  if (escalation?.incidentType !== undefined) settings.escalation.incidentType = escalation.incidentType;
  if (found) settings.at = at(found.parsed, '/kind');
  return settings;
}

function resolveIdentities(checked: readonly CheckedFile[]): IdentitySettings {
  const found = checked.find((c) => c.doc?.kind === 'identities');
  const doc = found?.doc as IdentitiesDoc | undefined;
  const users = new Map<string, string>();
  // GitHub logins are case-insensitive: key by the lower-cased login; on a
  // case-only collision (reported as `duplicate-login`) the first entry wins.
  for (const [login, email] of Object.entries(doc?.users ?? {})) {
    const key = login.toLowerCase();
    if (!users.has(key)) users.set(key, email);
  }
  const settings: IdentitySettings = { lookup: [...(doc?.lookup ?? ['map'])], users };
  if (found) settings.at = at(found.parsed, '/kind');
  return settings;
}

/** A valid duration, or the default when the text is missing or was rejected (already reported). */
function durationOr(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  try {
    const ms = parseDuration(text);
    return ms >= MIN_DURATION_MS && ms <= MAX_DURATION_MS ? ms : fallback;
  } catch {
    return fallback;
  }
}

function at(parsed: ParsedYaml, pointer: string): Position {
  return { file: parsed.file, ...parsed.locate(pointer) };
}

function internalError(file: string, cause: unknown): Diagnostic {
  return {
    severity: 'error',
    code: 'internal-error',
    file,
    line: 1,
    column: 1,
    message: `oncall-gate could not check this file (${String(cause).slice(0, 200)})`,
    fix: 'This is a bug in oncall-gate; please report it with the file attached. The policy set is treated as invalid meanwhile.',
  };
}

/** The order every diagnostic list is shown in: file, line, column, errors first, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compare(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
    compare(a.code, b.code)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
