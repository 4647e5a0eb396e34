// Base vs head policy sets as Terraform-style resource changes (the `plan` command: policies
// and rules added, removed, changed field by field). Pure: no I/O, no clock.
//
// Resources are what the totals line counts, as Terraform counts resources: each policy (by name),
// the integration settings, the identities settings, and the remote objects `apply` manages
// (added by src/reconcile). Rules are nested blocks of a policy, shown with their own + ~ - markers,
// and make their policy count as one update. Rules have no names, and their order inside
// `approval` has no meaning (any rule that holds approves), so rules are paired by content, not by
// index; likewise list values (schedules, branches, ...) compare as sets.
import type { AutoRule, IdentitySettings, IntegrationSettings, Policy, PolicySet, Position, Rule } from '../policy/types.js';
import { fallbackRequiresReason } from '../decide/engine.js';

export type Action = 'create' | 'update' | 'destroy';

/** How a value is shown: schedule IDs get their names, durations their unit. */
export type ValueFormat = 'plain' | 'schedules' | 'duration';
export type Value = string | number | boolean | readonly string[] | undefined;

export interface AttributeChange {
  name: string;
  /** undefined = not set on that side (create: before; destroy: after). */
  before: Value;
  after: Value;
  format: ValueFormat;
  /** e.g. "inherited from the integration's autoApproval.schedules". */
  note?: string;
}

export interface RuleChange {
  action: Action;
  type: Rule['type'];
  /** Index in `approval` on the side that has the rule (head for create/update, base for destroy). */
  index: number;
  /** Index in the base, for an update whose position moved. */
  baseIndex?: number;
  attributes: AttributeChange[];
  /** Unchanged attributes not shown (updates only). */
  unchanged: number;
  at?: Position;
}

export type ResourceKind = 'policy' | 'integration' | 'identities' | 'incidentio_custom_field';

export interface ResourceChange {
  kind: ResourceKind;
  name: string;
  action: Action;
  attributes: AttributeChange[];
  rules: RuleChange[];
  /** Unchanged attributes / rules not shown (updates only). */
  unchangedAttributes: number;
  unchangedRules: number;
  at?: Position;
  /** A change to incident.io that `apply` makes, as opposed to a change in the repository. */
  remote?: boolean;
  /** One line that says why, shown as a comment above the resource. */
  reason?: string;
}

export interface Totals {
  add: number;
  change: number;
  destroy: number;
}

export function totals(changes: readonly ResourceChange[]): Totals {
  return {
    add: changes.filter((c) => c.action === 'create').length,
    change: changes.filter((c) => c.action === 'update').length,
    destroy: changes.filter((c) => c.action === 'destroy').length,
  };
}

// ---------------------------------------------------------------------------------------------
// Values

interface Attr {
  name: string;
  value: Value;
  format: ValueFormat;
  note?: string;
}

const sortedList = (v: readonly string[]): string[] => [...new Set(v)].sort();

export function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const x = sortedList(a as string[]);
    const y = sortedList(b as string[]);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return a === b;
}

function compareAttrs(before: readonly Attr[], after: readonly Attr[]): { changes: AttributeChange[]; unchanged: number } {
  const names = [...new Set([...before.map((a) => a.name), ...after.map((a) => a.name)])];
  const changes: AttributeChange[] = [];
  let unchanged = 0;
  for (const name of names) {
    const b = before.find((a) => a.name === name);
    const a = after.find((x) => x.name === name);
    const either = a ?? b;
    if (!either || sameValue(b?.value, a?.value)) {
      if (b?.value !== undefined) unchanged++;
      continue;
    }
    const note = a?.note ?? b?.note;
    changes.push({
      name,
      before: b?.value,
      after: a?.value,
      format: either.format,
      ...(note ? { note } : {}),
    });
  }
  return { changes, unchanged };
}

/** Every set attribute of something created (shown `+ name = value`) or destroyed (`- name = value -> null`). */
function wholeAttributes(attrs: readonly Attr[], action: 'create' | 'destroy'): AttributeChange[] {
  return attrs
    .filter((a) => a.value !== undefined)
    .map((a) => ({
      name: a.name,
      before: action === 'destroy' ? a.value : undefined,
      after: action === 'create' ? a.value : undefined,
      format: a.format,
      ...(a.note ? { note: a.note } : {}),
    }));
}

// ---------------------------------------------------------------------------------------------
// Attributes of each kind of thing

export function ruleAttributes(rule: Rule): Attr[] {
  switch (rule.type) {
    case 'auto':
      return [
        {
          name: 'schedules',
          value: rule.schedules,
          format: 'schedules',
          ...(rule.schedulesFrom === 'integration'
            ? { note: "inherited from the integration's autoApproval.schedules" }
            : rule.schedulesFrom === 'none'
              ? { note: 'no schedules anywhere: this rule approves nobody' }
              : {}),
        },
        ...scopeAttributes(rule),
        { name: 'duration', value: rule.durationMs, format: 'duration' },
        { name: 'options.requireReason', value: rule.requireReason, format: 'plain' },
      ];
    case 'escalation':
      return [
        { name: 'services', value: rule.services, format: 'schedules' },
        { name: 'duration', value: rule.durationMs, format: 'duration' },
        { name: 'options.allowOneParty', value: rule.allowOneParty, format: 'plain' },
        { name: 'options.requireReason', value: rule.requireReason, format: 'plain' },
      ];
    case 'deny':
      return [{ name: 'reason', value: rule.reason, format: 'plain' }];
  }
}

/** An auto rule's scope, one list per schedule and kind; rotation and layer IDs are shown with their names like schedules. */
function scopeAttributes(rule: AutoRule): Attr[] {
  const note = 'only on-call people on these count for auto-approval on this schedule';
  return [...(rule.scope ?? new Map())].flatMap(([id, scope]): Attr[] => [
    ...(scope.rotations.length > 0 ? [{ name: `scope.${id}.rotations`, value: scope.rotations, format: 'schedules' as const, note }] : []),
    ...(scope.layers.length > 0 ? [{ name: `scope.${id}.layers`, value: scope.layers, format: 'schedules' as const, note }] : []),
  ]);
}

/** `whenUnavailable`, when written (absent is the default, deny, and shows nothing). */
function outageAttributes(p: Policy): Attr[] {
  const w = p.whenUnavailable;
  if (!w) return [];
  if (w.kind === 'deny')
    return [{ name: 'whenUnavailable', value: 'deny', format: 'plain', note: 'an incident.io outage is an error (fail closed)' }];
  const note = 'while incident.io is unavailable, an approving review by these people approves (degraded)';
  return [
    { name: 'whenUnavailable.approvers', value: w.approvers.length > 0 ? w.approvers : undefined, format: 'plain', note },
    { name: 'whenUnavailable.approverTeams', value: w.approverTeams.length > 0 ? w.approverTeams : undefined, format: 'plain', note },
    { name: 'whenUnavailable.duration', value: w.durationMs, format: 'duration' },
    {
      name: 'whenUnavailable.requireReason',
      // Not written: a rule of the policy that requires a reason makes the fallback require one too.
      value: fallbackRequiresReason(p) ? true : undefined,
      format: 'plain',
      note: 'from the rules: a rule of the policy sets requireReason, so the fallback requires a reason too',
    },
  ];
}

function policyAttributes(p: Policy): Attr[] {
  return [
    { name: 'description', value: p.description, format: 'plain' },
    { name: 'match.environments', value: p.match.environments, format: 'plain' },
    { name: 'match.branches', value: p.match.branches, format: 'plain' },
    { name: 'match.paths', value: p.match.paths, format: 'plain' },
    { name: 'match.labels', value: p.match.labels, format: 'plain' },
    ...outageAttributes(p),
  ];
}

function integrationAttributes(s: IntegrationSettings): Attr[] {
  const e = s.escalation;
  return [
    { name: 'autoApproval.schedules', value: s.autoApprovalSchedules, format: 'schedules' },
    { name: 'escalation.customField', value: e.customField, format: 'plain' },
    { name: 'escalation.visibility', value: e.visibility, format: 'plain' },
    { name: 'escalation.mode', value: e.mode, format: 'plain' },
    { name: 'escalation.severity', value: e.severity, format: 'plain' },
    { name: 'escalation.incidentType', value: e.incidentType, format: 'plain' },
    { name: 'escalation.notifyIncidentChannel', value: e.notifyIncidentChannel, format: 'plain' },
  ];
}

function identitiesAttributes(s: IdentitySettings): Attr[] {
  const users = [...s.users.entries()].sort(([a], [b]) => a.localeCompare(b));
  return [
    { name: 'lookup', value: s.lookup, format: 'plain' },
    // Emails compare case-insensitively everywhere, so a case-only edit is no change.
    ...users.map(([login, email]): Attr => ({ name: `users.${login}`, value: email.trim().toLowerCase(), format: 'plain' })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Rules: pair by content (order has no meaning), then by type and likeness.

const ruleKey = (rule: Rule): string =>
  JSON.stringify(ruleAttributes(rule).map((a) => [a.name, Array.isArray(a.value) ? sortedList(a.value as string[]) : a.value]));

function likeness(a: Rule, b: Rule): number {
  const x = ruleAttributes(a);
  const y = ruleAttributes(b);
  return x.filter((attr) => sameValue(attr.value, y.find((o) => o.name === attr.name)?.value)).length;
}

export function diffRules(base: readonly Rule[], head: readonly Rule[]): { changes: RuleChange[]; unchanged: number } {
  // The rules not matched yet, by index.
  const baseFree = new Map(base.map((rule, i) => [i, rule]));
  const headFree = new Map(head.map((rule, i) => [i, rule]));
  let unchanged = 0;

  // 1. Identical rules, wherever they moved.
  for (const [h, rule] of [...headFree]) {
    const key = ruleKey(rule);
    const match = [...baseFree].find(([, r]) => ruleKey(r) === key);
    if (match !== undefined) {
      baseFree.delete(match[0]);
      headFree.delete(h);
      unchanged++;
    }
  }

  // 2. Same type: the most alike base rule, ties to the nearest index, is the one that changed.
  const changes: RuleChange[] = [];
  for (const [h, rule] of [...headFree]) {
    const candidates = [...baseFree].filter(([, r]) => r.type === rule.type);
    candidates.sort(([x, rx], [y, ry]) => likeness(ry, rule) - likeness(rx, rule) || Math.abs(x - h) - Math.abs(y - h));
    const [best] = candidates;
    if (!best) continue;
    const [b, baseRule] = best;
    baseFree.delete(b);
    headFree.delete(h);
    const { changes: attrs, unchanged: same } = compareAttrs(ruleAttributes(baseRule), ruleAttributes(rule));
    changes.push({
      action: 'update',
      type: rule.type,
      index: h,
      ...(b !== h ? { baseIndex: b } : {}),
      attributes: attrs,
      unchanged: same,
      at: rule.at,
    });
  }

  // 3. What is left was added or removed.
  for (const [h, rule] of headFree) changes.push(wholeRule(rule, h, 'create'));
  for (const [b, rule] of baseFree) changes.push(wholeRule(rule, b, 'destroy'));
  const order: Record<Action, number> = { update: 0, create: 0, destroy: 1 };
  changes.sort((x, y) => order[x.action] - order[y.action] || x.index - y.index);
  return { changes, unchanged };
}

// ---------------------------------------------------------------------------------------------
// Policy sets

function wholeRule(rule: Rule, index: number, action: 'create' | 'destroy'): RuleChange {
  return { action, type: rule.type, index, attributes: wholeAttributes(ruleAttributes(rule), action), unchanged: 0, at: rule.at };
}

/** A policy that only one side has: every attribute and rule created or destroyed. */
function wholePolicy(policy: Policy, action: 'create' | 'destroy'): ResourceChange {
  return {
    kind: 'policy',
    name: policy.name,
    action,
    attributes: wholeAttributes(policyAttributes(policy), action),
    rules: policy.rules.map((r, i) => wholeRule(r, i, action)),
    unchangedAttributes: 0,
    unchangedRules: 0,
    at: policy.at,
  };
}

function diffPolicy(base: Policy | undefined, head: Policy | undefined): ResourceChange | undefined {
  if (!base && head) return wholePolicy(head, 'create');
  if (base && !head) return wholePolicy(base, 'destroy');
  if (!base || !head) return undefined;
  const attrs = compareAttrs(policyAttributes(base), policyAttributes(head));
  const rules = diffRules(base.rules, head.rules);
  if (attrs.changes.length === 0 && rules.changes.length === 0) return undefined;
  return {
    kind: 'policy',
    name: head.name,
    action: 'update',
    attributes: attrs.changes,
    rules: rules.changes,
    unchangedAttributes: attrs.unchanged,
    unchangedRules: rules.unchanged,
    at: head.at,
  };
}

function diffSettings(
  kind: 'integration' | 'identities',
  name: string,
  base: { attrs: Attr[]; at?: Position } | undefined,
  head: { attrs: Attr[]; at?: Position } | undefined,
): ResourceChange | undefined {
  const common = { kind, name, rules: [] as RuleChange[], unchangedRules: 0 };
  if (!base && head)
    return { ...common, action: 'create', attributes: wholeAttributes(head.attrs, 'create'), unchangedAttributes: 0, at: head.at };
  if (base && !head)
    return { ...common, action: 'destroy', attributes: wholeAttributes(base.attrs, 'destroy'), unchangedAttributes: 0, at: base.at };
  if (!base || !head) return undefined;
  const { changes, unchanged } = compareAttrs(base.attrs, head.attrs);
  if (changes.length === 0) return undefined;
  return { ...common, action: 'update', attributes: changes, unchangedAttributes: unchanged, at: head.at };
}

/** The settings files exist only when `at` is set; otherwise the defaults apply and there is nothing to show. */
const integrationSide = (set: PolicySet | undefined) =>
  set?.integration.at ? { attrs: integrationAttributes(set.integration), at: set.integration.at } : undefined;
const identitiesSide = (set: PolicySet | undefined) =>
  set?.identities.at ? { attrs: identitiesAttributes(set.identities), at: set.identities.at } : undefined;

/**
 * What changes from `base` to `head`: policies in head order, then removed policies, then the
 * integration and identities settings. `base` undefined = no policies at the base (a new folder).
 */
export function diffPolicySets(base: PolicySet | undefined, head: PolicySet): ResourceChange[] {
  const baseByName = new Map((base?.policies ?? []).map((p) => [p.name, p]));
  const headByName = new Map(head.policies.map((p) => [p.name, p]));
  const changes: ResourceChange[] = [];
  for (const p of head.policies) {
    const c = diffPolicy(baseByName.get(p.name), p);
    if (c) changes.push(c);
  }
  for (const p of base?.policies ?? []) {
    if (!headByName.has(p.name)) changes.push(wholePolicy(p, 'destroy'));
  }
  const integration = diffSettings('integration', 'incidentio', integrationSide(base), integrationSide(head));
  if (integration) changes.push(integration);
  const identities = diffSettings('identities', 'identities', identitiesSide(base), identitiesSide(head));
  if (identities) changes.push(identities);
  return changes;
}
