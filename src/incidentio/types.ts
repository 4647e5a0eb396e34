// Shapes of the incident.io API objects oncall-gate reads and writes, named after the schemas of
// incident.io's OpenAPI description (the subset in packages/incidentio-emulator/openapi/; the calls
// and fields are listed in docs/incidentio.md). Response types list the fields the client
// checks (required here = verified present by src/incidentio/decode.ts); timestamps stay RFC 3339
// strings as on the wire but are verified to parse. Unknown extra fields pass through untyped,
// because the API adds properties and enum values (roles, field types, status categories)
// without notice.

/** GET /v1/identity (IdentityV1). */
export interface Identity {
  name: string;
  /** Account-level role names; an open set (incident.io adds roles). */
  roles: string[];
  team_roles: string[];
  teams: { id: string; name: string }[];
  dashboard_url?: string;
}

/** The user embedded in schedule entries and incidents (UserV2). */
export interface EmbeddedUser {
  id: string;
  name: string;
  email?: string;
  role?: string;
  slack_user_id?: string;
}

/** ScheduleEntryV2: only start_at and end_at are required; an entry may have no incident.io `user`. */
export interface ScheduleEntry {
  start_at: string;
  end_at: string;
  user?: EmbeddedUser;
  entry_id?: string;
  fingerprint?: string;
  rotation_id?: string;
  layer_id?: string;
}

/** GET /v2/schedule_entries `schedule_entries`, each list concatenated over every page. */
export interface ScheduleEntries {
  scheduled: ScheduleEntry[];
  overrides: ScheduleEntry[];
  final: ScheduleEntry[];
}

/** ScheduleLayerV2: one of a rotation's concurrent slots ("how many people are on call at once"). */
export interface ScheduleLayer {
  id: string;
  /** '' when the API gives none (the schema does not require it). */
  name: string;
}

/**
 * ScheduleRotationV2, one version of it: a rotation appears once per version in
 * `config.rotations`, each with its own `effective_from` (src/oncall/rotations.ts merges them).
 */
export interface ScheduleRotation {
  id: string;
  name: string;
  layers: ScheduleLayer[];
  effective_from?: string;
}

/** ScheduleV2 (`id` and `name` are relied on, and `config.rotations` for rotation and layer names; the rest is informational). */
export interface Schedule {
  id: string;
  name: string;
  config?: { rotations: ScheduleRotation[] };
  timezone?: string;
  permalink?: string;
  team_ids?: string[];
  created_at?: string;
  updated_at?: string;
  current_shifts?: ScheduleEntry[];
  next_shifts?: ScheduleEntry[];
}

/** UserWithRolesV2 from GET /v2/users and /v2/users/{id}. */
export interface User {
  id: string;
  name: string;
  is_active: boolean;
  email?: string;
  slack_user_id?: string;
  role?: string;
  base_role?: { id: string; name: string; slug: string; description?: string };
  custom_roles?: { id: string; name: string; slug: string; description?: string }[];
}

export interface CustomFieldValue {
  value_text?: string;
  value_link?: string;
  value_numeric?: string;
  value_option?: { id: string; value: string; custom_field_id?: string; sort_key?: number };
  value_catalog_entry?: { id: string; name: string };
}

export interface IncidentCustomFieldEntry {
  custom_field: { id: string; name: string; field_type?: string; description?: string };
  values: CustomFieldValue[];
}

/** IncidentV2 (the fields oncall-gate uses). */
export interface Incident {
  id: string;
  reference: string;
  name: string;
  summary?: string;
  permalink?: string;
  visibility?: string;
  mode?: string;
  incident_status?: { id: string; name: string; category?: string };
  severity?: { id: string; name: string };
  incident_type?: { id: string; name: string };
  custom_field_entries: IncidentCustomFieldEntry[];
  created_at?: string;
  updated_at?: string;
}

/** CustomFieldV2. */
export interface CustomField {
  id: string;
  name: string;
  field_type: string;
  description?: string;
  created_at?: string;
  updated_at?: string;
}

/** SeverityV1: higher rank = more severe. */
export interface Severity {
  id: string;
  name: string;
  rank?: number;
  description?: string;
}

/** IncidentTypeV1. */
export interface IncidentType {
  id: string;
  name: string;
  is_default?: boolean;
  private_incidents_only?: boolean;
  create_in_triage?: string;
  description?: string;
}

/** IncidentStatusV1. */
export interface IncidentStatus {
  id: string;
  name: string;
  category: string;
  rank?: number;
  description?: string;
}

// ---- request bodies (IncidentsCreatePayloadV2, IncidentsEditPayloadV2, CustomFieldsCreatePayloadV2)

/** CustomFieldValuePayloadV2: set exactly one value key, the one matching the field's type. */
export interface CustomFieldValuePayload {
  id?: string;
  value_text?: string;
  value_link?: string;
  value_numeric?: string;
  value_option_id?: string;
  value_catalog_entry_id?: string;
}

export interface CustomFieldEntryPayload {
  custom_field_id: string;
  /** `[]` unsets the field. */
  values: CustomFieldValuePayload[];
}

export interface IncidentRoleAssignmentPayload {
  incident_role_id: string;
  assignee?: { id?: string; email?: string; slack_user_id?: string };
}

export interface IncidentTimestampValuePayload {
  incident_timestamp_id: string;
  value?: string;
}

export interface IncidentsCreatePayload {
  /** Required: de-duplicates one create and its retries; oncall-gate builds it from the request key and the run attempt. */
  idempotency_key: string;
  visibility: 'public' | 'private';
  name?: string;
  summary?: string;
  mode?: 'standard' | 'retrospective' | 'test' | 'tutorial';
  severity_id?: string;
  incident_status_id?: string;
  incident_type_id?: string;
  custom_field_entries?: CustomFieldEntryPayload[];
  incident_role_assignments?: IncidentRoleAssignmentPayload[];
  incident_timestamp_values?: IncidentTimestampValuePayload[];
  slack_channel_name_override?: string;
  slack_team_id?: string;
}

export interface IncidentEditPayload {
  name?: string;
  summary?: string;
  severity_id?: string;
  incident_status_id?: string;
  call_url?: string;
  slack_channel_name_override?: string;
  custom_field_entries?: CustomFieldEntryPayload[];
  incident_role_assignments?: IncidentRoleAssignmentPayload[];
  incident_timestamp_values?: IncidentTimestampValuePayload[];
}

export interface IncidentsEditPayload {
  incident: IncidentEditPayload;
  notify_incident_channel: boolean;
}

export interface CustomFieldsCreatePayload {
  /** At most 50 characters (CustomFieldsCreatePayloadV2). */
  name: string;
  description: string;
  field_type: 'single_select' | 'multi_select' | 'text' | 'link' | 'numeric';
}
