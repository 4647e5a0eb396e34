// The plan's core, shared by the action (`command: plan`) and the CLI (`oncall-gate plan --base`):
// base and head policy files in, a PlanModel out. Validation of the head (plus live checks with a
// client), the Terraform-style diff, the remote changes apply would make, and the people effect
// from ONE 7-day windowed schedule-entries query per schedule (with its pages); without a client,
// from the rota snapshots of the tests folder over their window, when there are some.
import type { IncidentIoClient } from '../incidentio/client.js';
import { runLiveChecks, withLiveDiagnostics, LOOKAHEAD_MS, type LiveCheckClient, type LiveCheckResult } from '../policy/live-checks.js';
import { loadPolicySet } from '../policy/load-policy.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { PolicyFile, PolicySet } from '../policy/types.js';
import { fetchShifts, type OnCallShift } from '../oncall/on-call.js';
import { countBySeverity } from '../report/render-diagnostics.js';
import {
  lacksManageSettings,
  manageSettingsMessage,
  needsCustomField,
  planRemoteChanges,
  type RemotePlan,
} from '../reconcile/remote-changes.js';
import { diffPolicySets } from './diff.js';
import type { RotaSnapshot } from '../policy-test/load-tests.js';
import { diffPeople, rightsSchedulesOf, scheduleIdsOf } from './people.js';
import type { PlanModel } from './render-plan.js';
import { chooseSnapshots, snapshotEntriesReader } from './snapshot-entries.js';

export type PlanClient = LiveCheckClient & Pick<IncidentIoClient, 'listCustomFields'>;

export interface PlanSources {
  policyPath: string;
  baseLabel: string;
  headLabel: string;
  /** Policy files at the base; [] when the base has no policy folder. */
  baseFiles: readonly PolicyFile[];
  headFiles: readonly PolicyFile[];
  /** A read-only incident.io client, when a key is given. */
  client?: PlanClient;
  now: Date;
  /** How to tell the user to give a key (action input or CLI variable). */
  keyHint: string;
  /** Rota snapshots for the people effect without a client (with one, live entries are the source). */
  snapshots?: PlanSnapshots;
}

/** The rota snapshots of a tests folder (docs/policy-tests.md), already loaded. */
export interface PlanSnapshots {
  /** The tests folder, repo-relative. */
  folder: string;
  /** The snapshots without errors, by path. */
  snapshots: ReadonlyMap<string, RotaSnapshot>;
  /** Files that are, or may be, snapshots but have errors (each reported at its lines by the loader). */
  broken: readonly string[];
}

export interface PlanOutcome {
  model: PlanModel;
  base?: PolicySet;
  /** Head with the live diagnostics merged in. */
  head: PolicySet;
  live?: LiveCheckResult;
  remote?: RemotePlan;
}

const asWarning = (d: Diagnostic): Diagnostic => ({ ...d, severity: 'warning' });

export async function computePlan(src: PlanSources): Promise<PlanOutcome> {
  let head = loadPolicySet(src.headFiles);
  const base = src.baseFiles.length > 0 ? loadPolicySet(src.baseFiles) : undefined;
  const baseErrors = base ? countBySeverity(base.diagnostics).errors : 0;
  const extra: Diagnostic[] = [];
  let live: LiveCheckResult | undefined;
  let remote: RemotePlan | undefined;
  let shifts = new Map<string, OnCallShift[]>();

  if (src.client) {
    // Validation reports every problem at once, so live checks run even when the
    // head already has errors; the people effect is computed only for a valid head.
    live = await runLiveChecks(head, src.headFiles, src.client, { now: src.now, shiftsFor: head.valid ? 'all' : 'escalation' });
    shifts = new Map(live.facts.shifts);
    head = withLiveDiagnostics(head, live.diagnostics);
    if (head.valid) {
      remote = planRemoteChanges(head, await src.client.listCustomFields());
      // A field apply cannot fix makes apply fail; in the plan it is a warning to act on before merging.
      extra.push(...remote.diagnostics.map(asWarning));
      if (remote.actions.length > 0 && lacksManageSettings(live.facts.identity)) {
        const at = remote.changes[0]?.at;
        const { message, fix } = manageSettingsMessage(live.facts.identity.name, head.integration.escalation.customField);
        extra.push({
          severity: 'warning',
          code: 'missing-role',
          file: at?.file ?? '',
          line: at?.line ?? 1,
          column: at?.column ?? 1,
          message,
          fix,
        });
      }
      // Schedules only the base names still matter for who loses rights: one windowed query each.
      const liveSchedules = live.facts.schedules;
      const baseOnly = scheduleIdsOf(base).filter((id) => !shifts.has(id) && liveSchedules.has(id));
      if (baseOnly.length > 0) {
        for (const [id, list] of await fetchShifts(src.client, baseOnly, src.now, new Date(src.now.getTime() + LOOKAHEAD_MS))) {
          shifts.set(id, list);
        }
      }
    }
  }
  if (extra.length > 0) head = withLiveDiagnostics(head, extra);

  const changes = head.valid ? [...diffPolicySets(base, head), ...(remote?.changes ?? [])] : [];
  const people: PlanModel['people'] = !src.client
    ? src.snapshots && head.valid
      ? await snapshotPeople(base, head, src.snapshots, src.keyHint)
      : { skipped: `no incident.io API key; ${src.keyHint} to see who gains or loses approval rights` }
    : head.valid
      ? diffPeople(base, head, shifts, src.now)
      : { skipped: 'the head policies are invalid' };
  const remoteNote =
    !src.client && head.valid && needsCustomField(head)
      ? `Note: without an incident.io API key the plan cannot see whether the custom field ${JSON.stringify(head.integration.escalation.customField)} exists in incident.io; apply creates it when it is missing.`
      : undefined;

  // Schedule, rotation and layer IDs are all shown with their names.
  const scheduleNames = new Map<string, string>();
  for (const [id, s] of live?.facts.schedules ?? []) scheduleNames.set(id, s.name);
  for (const rotations of live?.facts.rotations?.values() ?? []) {
    for (const r of rotations) {
      scheduleNames.set(r.id, r.name);
      for (const l of r.layers) if (l.name) scheduleNames.set(l.id, `${l.name} of ${r.name}`);
    }
  }

  return {
    model: {
      policyPath: src.policyPath,
      baseLabel: src.baseLabel,
      headLabel: src.headLabel,
      changes,
      people,
      ...(remoteNote ? { remoteNote } : {}),
      scheduleNames,
      diagnostics: head.diagnostics,
      files: head.files.length,
      baseErrors,
    },
    ...(base ? { base } : {}),
    head,
    ...(live ? { live } : {}),
    ...(remote ? { remote } : {}),
  };
}

const listed = (items: readonly string[]): string =>
  items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', ');

/**
 * The people effect from rota snapshots: the same reading of entries (fetchShifts) and the same
 * diffPeople as live ones, over the snapshots' window, with the schedules no snapshot holds
 * listed as unknown, never read as nobody on call.
 */
async function snapshotPeople(
  base: PolicySet | undefined,
  head: PolicySet,
  input: PlanSnapshots,
  keyHint: string,
): Promise<PlanModel['people']> {
  const wanted = [...new Set([...(base?.policies ?? []), ...head.policies].flatMap(rightsSchedulesOf))];
  const noKey = `no incident.io API key; ${keyHint} to see who gains or loses approval rights`;
  const choice = chooseSnapshots(input.snapshots.values(), wanted);
  if (!choice) {
    if (input.broken.length === 0) return { skipped: noKey };
    return { skipped: `${noKey}, or fix the rota snapshots in ${input.folder}/, which have errors (${listed(input.broken)})` };
  }
  if (wanted.length > 0 && choice.sources.size === 0) {
    return {
      skipped: `${noKey}, or record the schedules the policies name into a rota snapshot in ${input.folder}/: none holds ${listed(wanted)}`,
    };
  }
  const { window } = choice;
  const reader = snapshotEntriesReader(choice.sources);
  const shifts = await fetchShifts(reader, [...choice.sources.keys()], new Date(window.start), new Date(window.end));
  const unused = [...choice.unused, ...input.broken.map((file) => ({ file, reason: 'it has errors, reported at their lines' }))];
  return {
    ...diffPeople(base, head, shifts, { window }, new Set(choice.unknown)),
    snapshots: {
      folder: input.folder,
      used: choice.used.map(({ snapshot, schedules }) => ({
        file: snapshot.file,
        ...(snapshot.recordedAt ? { recordedAt: snapshot.recordedAt.getTime() } : {}),
        schedules,
      })),
      unused: unused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      otherWindow: [...choice.elsewhere].map(([schedule, file]) => ({ schedule, file })),
    },
  };
}
