// The *Doc types are what a policy file holds after it passes the JSON Schema; they are derived
// from the schema object (schema.ts) with json-schema-to-ts, so the two cannot drift. The
// resolved model (Policy, Rule, PolicySet) is what every decision reads: defaults applied,
// positions attached.
import type { FromSchema } from 'json-schema-to-ts';
import type { Diagnostic } from './diagnostic.js';
import type {
  approvalRuleSchema,
  autoRuleSchema,
  denyRuleSchema,
  escalationRuleSchema,
  identitiesDocSchema,
  IDENTITY_LOOKUPS,
  integrationDocSchema,
  policyDocSchema,
} from './schema.js';

export type AutoRuleDoc = FromSchema<typeof autoRuleSchema>;
export type EscalationRuleDoc = FromSchema<typeof escalationRuleSchema>;
export type DenyRuleDoc = FromSchema<typeof denyRuleSchema>;
export type ApprovalRuleDoc = FromSchema<typeof approvalRuleSchema>;
export type PolicyDoc = FromSchema<typeof policyDocSchema>;
export type IntegrationDoc = FromSchema<typeof integrationDocSchema>;
export type IdentityLookup = (typeof IDENTITY_LOOKUPS)[number];
export type IdentitiesDoc = FromSchema<typeof identitiesDocSchema>;
/** Any policy file that passed the schema. */
export type PolicyFileDoc = PolicyDoc | IntegrationDoc | IdentitiesDoc;

/** Where a thing was written: repo-relative file and 1-based line/column. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/**
 * Which on-call entries of one schedule count for an `auto` rule: those whose rotation is one of
 * `rotations` or whose layer is one of `layers` (IDs). An entry without either never counts.
 */
export interface ScheduleScope {
  rotations: string[];
  layers: string[];
}

export interface AutoRule {
  type: 'auto';
  /** The rule's own schedules, else the integration's autoApproval.schedules (may be empty: denies). */
  schedules: string[];
  /** Where `schedules` came from. */
  schedulesFrom: 'rule' | 'integration' | 'none';
  /** Schedule ID -> the rotations and layers that count on it; a schedule not in the map (or no map) counts whole. */
  scope?: ReadonlyMap<string, ScheduleScope>;
  durationMs: number; // default 1h
  requireReason: boolean;
  at: Position;
}
export interface EscalationRule {
  type: 'escalation';
  services: string[];
  durationMs: number; // default 24h
  allowOneParty: boolean;
  requireReason: boolean;
  at: Position;
}
export interface DenyRule {
  type: 'deny';
  reason: string; // default "Denied by policy <name>"
  at: Position;
}
export type Rule = AutoRule | EscalationRule | DenyRule;

/**
 * A policy's outage fallback (`whenUnavailable`): while incident.io is unavailable, an APPROVED
 * review by one of these people (logins, or members of these teams of the repository's
 * organisation) approves, under every second-party rule of escalation.
 */
export interface OutageFallback {
  kind: 'fallback';
  /** GitHub logins, lower-cased. */
  approvers: string[];
  /** GitHub team slugs. */
  approverTeams: string[];
  durationMs: number; // default 24h
  at: Position;
}

/** `deny` (the default): an outage makes every decision `error`. */
export type WhenUnavailable = { kind: 'deny'; at?: Position } | OutageFallback;

export interface Policy {
  name: string;
  description?: string;
  match: { environments?: string[]; branches?: string[]; paths?: string[]; labels?: string[] };
  rules: Rule[];
  /** Absent: `deny`, the default. */
  whenUnavailable?: WhenUnavailable;
  at: Position;
}

export interface IntegrationSettings {
  autoApprovalSchedules: string[];
  escalation: {
    customField: string; // default "On-call gate schedules"
    visibility: 'public' | 'private'; // default public
    mode: 'standard' | 'test'; // default standard
    severity?: string;
    incidentType?: string;
    notifyIncidentChannel: boolean; // default false
  };
  at?: Position;
}

export interface IdentitySettings {
  lookup: IdentityLookup[]; // default ['map']
  /** lower-cased GitHub login -> email as written */
  users: Map<string, string>;
  at?: Position;
}

export interface PolicySet {
  policies: Policy[];
  integration: IntegrationSettings;
  identities: IdentitySettings;
  /** Every problem found, errors and warnings, in file/line order. */
  diagnostics: Diagnostic[];
  /** false when any diagnostic is an error: every decision is then `error` (fail closed). */
  valid: boolean;
  /** The files read (repo-relative), for summaries. */
  files: string[];
}

/** One policy file as read from the workspace or from the API at a ref. */
export interface PolicyFile {
  path: string; // repo-relative, forward slashes
  text: string;
  /**
   * Set when the entry could not be read as a policy (a symbolic link, a special file, over a
   * size limit; see policy-tree.ts); `text` is then empty and loading reports it as an error.
   */
  problem?: PolicyFileProblem;
}

export interface PolicyFileProblem {
  /** Diagnostic code. */
  code: string;
  message: string;
  fix: string;
}
