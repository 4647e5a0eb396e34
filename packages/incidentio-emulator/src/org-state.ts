// The emulated organisation's mutable state (incidents, custom fields, idempotency keys) and the
// renderers that turn fixture and state records into the API's response objects with the fields
// openapi-subset.json requires. Timestamps are RFC 3339 UTC with microseconds, as incident.io
// sends them.
import type { CustomFieldType, FixtureCustomField, ResolvedFixture, ResolvedSchedule } from './fixture.js';
import { computeScheduleEntries, entriesAt, stableId, type ComputedEntry } from './schedule-model.js';

/** RFC 3339 UTC with microseconds, the form incident.io sends (`2021-08-17T13:28:57.801578Z`). */
export function apiTime(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** When catalogue objects from the fixture claim to have been created. */
const FIXTURE_EPOCH = new Date('2025-12-01T00:00:00Z');

// ---- response shapes (the subset the emulator emits) ----

export interface ApiUser {
  id: string;
  name: string;
  email?: string;
  role: string;
  slack_user_id?: string;
}

export interface ApiUserWithRoles extends ApiUser {
  base_role: { id: string; name: string; slug: string };
  custom_roles: Array<{ id: string; name: string; slug: string }>;
  seats: { on_call: 'full_access' | 'viewer_only' | 'none'; response: 'full_access' | 'viewer_only' | 'none' };
  is_active: boolean;
}

export interface ApiScheduleEntry {
  start_at: string;
  end_at: string;
  fingerprint: string;
  /** Absent on an override's entries when the fixture says so (`overrideEntryIds: absent`). */
  rotation_id?: string;
  layer_id?: string;
  entry_id?: string;
  user?: ApiUser;
}

export interface ApiCustomField {
  id: string;
  name: string;
  description: string;
  field_type: CustomFieldType;
  created_at: string;
  updated_at: string;
}

export interface ApiCustomFieldValue {
  value_text?: string;
  value_link?: string;
  value_numeric?: string;
}

export interface ApiIncident {
  id: string;
  reference: string;
  name: string;
  summary?: string;
  permalink: string;
  visibility: 'public' | 'private';
  mode: IncidentMode;
  incident_status: Record<string, unknown> & { id: string; name: string; category: string };
  severity?: Record<string, unknown> & { id: string; name: string };
  incident_type?: Record<string, unknown> & { id: string; name: string };
  creator: { api_key: { id: string; name: string } };
  incident_role_assignments: Array<{ role: Record<string, unknown>; assignee?: ApiUser }>;
  custom_field_entries: Array<{
    custom_field: { id: string; name: string; description: string; field_type: CustomFieldType; options: [] };
    values: ApiCustomFieldValue[];
  }>;
  call_url?: string;
  slack_team_id: string;
  slack_channel_id: string;
  slack_channel_name: string;
  has_debrief: boolean;
  created_at: string;
  updated_at: string;
}

export type IncidentMode = 'standard' | 'retrospective' | 'test' | 'tutorial';

// ---- records ----

export interface CustomFieldRecord extends FixtureCustomField {
  createdAt: Date;
  updatedAt: Date;
}

export interface IncidentRecord {
  id: string;
  number: number;
  idempotencyKey: string;
  name: string;
  summary?: string;
  visibility: 'public' | 'private';
  mode: IncidentMode;
  statusId: string;
  severityId?: string;
  typeId?: string;
  callUrl?: string;
  slackChannelName: string;
  /** By custom field ID; only fields with values (whether incident.io lists empty ones is unconfirmed). */
  customFieldValues: Map<string, ApiCustomFieldValue[]>;
  /** By incident role ID -> user ID. */
  roleAssignments: Map<string, string>;
  creator: { id: string; name: string };
  createdAt: Date;
  updatedAt: Date;
}

export interface ChannelNotification {
  incidentId: string;
  reference: string;
  at: string;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** A fresh ULID-shaped ID (26 Crockford base32 characters, time-ordered prefix). */
export function newId(nowMs: number, salt: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let t = Math.max(0, Math.floor(nowMs));
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return time + stableId(salt, nowMs, Math.random()).slice(0, 16);
}

export class OrgState {
  customFields: CustomFieldRecord[] = [];
  incidents: IncidentRecord[] = [];
  readonly idempotency = new Map<string, IncidentRecord>();
  notifications: ChannelNotification[] = [];
  nextIncidentNumber: number;

  constructor(
    readonly fixture: ResolvedFixture,
    readonly now: () => Date,
  ) {
    this.nextIncidentNumber = fixture.firstIncidentNumber;
    this.customFields = fixture.customFields.map((f) => ({ ...f, createdAt: FIXTURE_EPOCH, updatedAt: FIXTURE_EPOCH }));
  }

  get dashboardUrl(): string {
    return `https://app.incident.io/${this.fixture.organisation.slug}`;
  }

  // ---- users ----

  user(id: string) {
    return this.fixture.users.find((u) => u.id === id);
  }

  renderUser(id: string): ApiUser | undefined {
    const u = this.user(id);
    if (!u) return undefined;
    return {
      id: u.id,
      name: u.name,
      ...(u.email ? { email: u.email } : {}),
      role: u.role,
      ...(u.slack_user_id ? { slack_user_id: u.slack_user_id } : {}),
    };
  }

  renderUserWithRoles(id: string): ApiUserWithRoles | undefined {
    const base = this.renderUser(id);
    const u = this.user(id);
    if (!base || !u) return undefined;
    const roleName = u.role.charAt(0).toUpperCase() + u.role.slice(1);
    return {
      ...base,
      base_role: { id: stableId('base-role', u.role), name: roleName, slug: u.role },
      custom_roles: [],
      seats: u.is_active ? { on_call: 'full_access', response: 'full_access' } : { on_call: 'none', response: 'none' },
      is_active: u.is_active,
    };
  }

  // ---- schedules ----

  schedule(id: string): ResolvedSchedule | undefined {
    return this.fixture.schedules.find((s) => s.id === id);
  }

  entries(schedule: ResolvedSchedule, start: Date, end: Date) {
    return computeScheduleEntries(schedule, start, end);
  }

  renderEntry(e: ComputedEntry): ApiScheduleEntry {
    const user = e.user ? this.renderUser(e.user) : undefined;
    // Only overrides are stored records (with an entry_id); their IDs may be left out.
    const ids =
      e.entry_id !== undefined && this.fixture.overrideEntryIds === 'absent' ? {} : { rotation_id: e.rotation_id, layer_id: e.layer_id };
    return {
      ...(e.entry_id ? { entry_id: e.entry_id } : {}),
      fingerprint: e.fingerprint,
      ...ids,
      start_at: apiTime(e.start_at),
      end_at: apiTime(e.end_at),
      ...(user ? { user } : {}),
    };
  }

  /**
   * ScheduleV2. `current_shifts` are the final entries at now; `next_shifts` those right after the
   * next change, left empty when the caller asked for more than 25 per page, as incident.io does.
   */
  renderSchedule(s: ResolvedSchedule, withNextShifts: boolean): Record<string, unknown> {
    const now = this.now();
    const current = this.entries(s, now, now).final;
    let next: ComputedEntry[] = [];
    if (withNextShifts) {
      const horizon = new Date(now.getTime() + 60 * 86_400_000);
      const upcoming = this.entries(s, now, horizon).final;
      const t = now.getTime();
      const changes = upcoming.flatMap((e) => [e.start_at.getTime(), e.end_at.getTime()]).filter((x) => x > t);
      if (changes.length > 0) next = entriesAt(upcoming, new Date(Math.min(...changes)));
    }
    return {
      id: s.id,
      name: s.name,
      timezone: s.timezone,
      team_ids: s.team_ids,
      annotations: s.annotations,
      permalink: `${this.dashboardUrl}/on-call/schedules/${s.id}`,
      config: {
        rotations: s.rotations.map((r) => ({
          id: r.id,
          name: r.name,
          ...(r.effective_from ? { effective_from: apiTime(r.effective_from) } : {}),
          handover_start_at: apiTime(r.handover_start_at),
          handovers: r.handovers.map((h) => ({ interval: h.interval, interval_type: h.interval_type })),
          layers: r.layers.map((id) => ({ id, name: r.layerNames[id] ?? id })),
          users: r.users.flatMap((u) => {
            const rendered = u ? this.renderUser(u) : undefined;
            return rendered ? [rendered] : [];
          }),
          working_intervals: [],
        })),
      },
      current_shifts: current.map((e) => this.renderEntry(e)),
      next_shifts: next.map((e) => this.renderEntry(e)),
      created_at: apiTime(FIXTURE_EPOCH),
      updated_at: apiTime(FIXTURE_EPOCH),
    };
  }

  // ---- catalogue objects ----

  renderSeverity(id: string): Record<string, unknown> | undefined {
    const s = this.fixture.severities.find((x) => x.id === id);
    if (!s) return undefined;
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      rank: s.rank,
      created_at: apiTime(FIXTURE_EPOCH),
      updated_at: apiTime(FIXTURE_EPOCH),
    };
  }

  renderIncidentType(id: string): Record<string, unknown> | undefined {
    const t = this.fixture.incidentTypes.find((x) => x.id === id);
    if (!t) return undefined;
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      is_default: t.is_default,
      private_incidents_only: t.private_incidents_only,
      create_in_triage: t.create_in_triage,
      created_at: apiTime(FIXTURE_EPOCH),
      updated_at: apiTime(FIXTURE_EPOCH),
    };
  }

  renderIncidentStatus(id: string): Record<string, unknown> | undefined {
    const s = this.fixture.incidentStatuses.find((x) => x.id === id);
    if (!s) return undefined;
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      rank: s.rank,
      category: s.category,
      created_at: apiTime(FIXTURE_EPOCH),
      updated_at: apiTime(FIXTURE_EPOCH),
    };
  }

  renderCustomField(f: CustomFieldRecord): ApiCustomField {
    return {
      id: f.id,
      name: f.name,
      description: f.description,
      field_type: f.field_type,
      created_at: apiTime(f.createdAt),
      updated_at: apiTime(f.updatedAt),
    };
  }

  // ---- incidents ----

  /** By ID, or by the numeric part of the reference (`/v2/incidents/123` for INC-123), as incident.io accepts. */
  findIncident(idOrNumber: string): IncidentRecord | undefined {
    if (/^\d+$/.test(idOrNumber)) return this.incidents.find((i) => i.number === Number(idOrNumber));
    return this.incidents.find((i) => i.id === idOrNumber);
  }

  renderIncident(i: IncidentRecord): ApiIncident {
    const status = this.renderIncidentStatus(i.statusId) as ApiIncident['incident_status'];
    const severity = i.severityId ? (this.renderSeverity(i.severityId) as ApiIncident['severity']) : undefined;
    const type = i.typeId ? (this.renderIncidentType(i.typeId) as ApiIncident['incident_type']) : undefined;
    const entries: ApiIncident['custom_field_entries'] = [];
    for (const [fieldId, values] of i.customFieldValues) {
      const f = this.customFields.find((x) => x.id === fieldId);
      if (!f || values.length === 0) continue; // a deleted field drops out of its incidents
      entries.push({ custom_field: { id: f.id, name: f.name, description: f.description, field_type: f.field_type, options: [] }, values });
    }
    return {
      id: i.id,
      reference: `INC-${i.number}`,
      name: i.name,
      ...(i.summary !== undefined ? { summary: i.summary } : {}),
      permalink: `${this.dashboardUrl}/incidents/${i.number}`,
      visibility: i.visibility,
      mode: i.mode,
      incident_status: status,
      ...(severity ? { severity } : {}),
      ...(type ? { incident_type: type } : {}),
      creator: { api_key: { id: i.creator.id, name: i.creator.name } },
      incident_role_assignments: this.fixture.incidentRoles.map((r) => {
        const assignee = i.roleAssignments.get(r.id);
        const user = assignee ? this.renderUser(assignee) : undefined;
        return {
          role: {
            id: r.id,
            name: r.name,
            shortform: r.shortform,
            description: r.description,
            instructions: r.instructions,
            role_type: r.role_type,
            created_at: apiTime(FIXTURE_EPOCH),
            updated_at: apiTime(FIXTURE_EPOCH),
          },
          ...(user ? { assignee: user } : {}),
        };
      }),
      custom_field_entries: entries,
      ...(i.callUrl ? { call_url: i.callUrl } : {}),
      slack_team_id: 'T0EMULATED1',
      // The channel is created asynchronously upstream, so it is empty right after create.
      slack_channel_id: '',
      slack_channel_name: i.slackChannelName,
      has_debrief: false,
      created_at: apiTime(i.createdAt),
      updated_at: apiTime(i.updatedAt),
    };
  }

  channelNameFor(number: number, name: string, override?: string): string {
    return override ? slug(override) : `inc-${number}-${slug(name)}`.replace(/-$/, '');
  }
}
