// PLACEHOLDER CONTRACT (the policy-model work replaces the *Doc types below with types derived
// from the JSON Schema, keeping these names and shapes). The resolved model (Policy, Rule,
// PolicySet) is what every decision reads: defaults applied, positions attached.
import type { Diagnostic } from './diagnostic.js';

export interface AutoRuleDoc {
  type: 'auto';
  integration: 'incidentio';
  schedules?: string[];
  duration?: string;
  options?: { requireReason?: boolean };
}
export interface EscalationRuleDoc {
  type: 'escalation';
  integration: 'incidentio';
  services: string[];
  duration?: string;
  options?: { allowOneParty?: boolean; requireReason?: boolean };
}
export interface DenyRuleDoc {
  type: 'deny';
  reason?: string;
}
export type ApprovalRuleDoc = AutoRuleDoc | EscalationRuleDoc | DenyRuleDoc;

export interface PolicyDoc {
  version: 1;
  kind: 'policy';
  name: string;
  description?: string;
  match: { environments?: string[]; branches?: string[]; paths?: string[]; labels?: string[] };
  approval: ApprovalRuleDoc[];
}
export interface IntegrationDoc {
  version: 1;
  kind: 'integration';
  integration: 'incidentio';
  autoApproval?: { schedules?: string[] };
  escalation?: {
    customField?: string;
    visibility?: 'public' | 'private';
    mode?: 'standard' | 'test';
    severity?: string;
    incidentType?: string;
    notifyIncidentChannel?: boolean;
  };
}
export type IdentityLookup = 'map' | 'github-public-email' | 'github-verified-domain-email';
export interface IdentitiesDoc {
  version: 1;
  kind: 'identities';
  lookup?: IdentityLookup[];
  users?: Record<string, string>;
}

/** Where a thing was written: repo-relative file and 1-based line/column. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export interface AutoRule {
  type: 'auto';
  /** The rule's own schedules, else the integration's autoApproval.schedules (may be empty: denies). */
  schedules: string[];
  /** Where `schedules` came from. */
  schedulesFrom: 'rule' | 'integration' | 'none';
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

export interface Policy {
  name: string;
  description?: string;
  match: { environments?: string[]; branches?: string[]; paths?: string[]; labels?: string[] };
  rules: Rule[];
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
}
