// The incident.io IDs an escalation incident needs, looked up from the names in the integration
// file (its `escalation:` section): the text custom field that holds the schedule IDs (matched by
// exact name, as incident.io's own Terraform data source does), and the optional severity and
// incident type (by ID or by name).
import type { IncidentIoClient } from '../incidentio/client.js';
import { OncallGateError } from '../errors.js';
import type { CustomField, IncidentType, Severity } from '../incidentio/types.js';
import type { IntegrationSettings } from '../policy/types.js';
import type { ResolvedIncidentSettings } from './incident-text.js';
// One description for the field, whether `apply` or an escalation creates it.
import { CUSTOM_FIELD_DESCRIPTION } from '../reconcile/remote-changes.js';
import type { WriteApplier } from '../write-plan/apply-writes.js';
import { createCustomFieldWrite, type CreateCustomFieldAction, type PlannedWrite } from '../write-plan/write-plan.js';

/** The client calls the escalation flow makes. */
export type EscalationIncidentApi = Pick<
  IncidentIoClient,
  | 'createIncident'
  | 'editIncident'
  | 'getIncident'
  | 'findRecentIncident'
  | 'listCustomFields'
  | 'createCustomField'
  | 'listSeverities'
  | 'listIncidentTypes'
>;

export interface SettingsLocation {
  /** The integration file (repo-relative), for messages. */
  file: string;
}

/** The IDs, and what was done about a missing custom field. */
export interface SettingsResolution extends ResolvedIncidentSettings {
  /** Set when the custom field was missing: created now, or (dry run) would be. */
  customFieldCreated?: 'created' | 'would-create';
}

/** The field with exactly this name (case-sensitive, the first that has it). */
export function findCustomField(fields: readonly CustomField[], name: string): CustomField | undefined {
  return fields.find((f) => f.name === name);
}

/** A severity or incident type by ID, else by name (case-insensitive). */
export function findByIdOrName<T extends { id: string; name: string }>(items: readonly T[], wanted: string): T | undefined {
  const w = wanted.trim();
  return items.find((i) => i.id === w) ?? items.find((i) => i.name.toLowerCase() === w.toLowerCase());
}

function notFound(
  what: 'severity' | 'incident type',
  key: string,
  wanted: string,
  known: readonly { name: string }[],
  where: SettingsLocation,
): OncallGateError {
  const names = known.map((k) => `"${k.name}"`).join(', ');
  return new OncallGateError({
    kind: 'policy',
    message:
      `The incident.io ${what} "${wanted}" (\`escalation.${key}\` in ${where.file}) does not exist` +
      (known.length > 0 ? ` (known: ${names})` : ` (incident.io returned no ${what === 'severity' ? 'severities' : 'incident types'})`),
    fix: `Set \`escalation.${key}\` in ${where.file} to the name or ID of an existing ${what}, or remove it to use incident.io's default.`,
  });
}

/**
 * Looks up the custom field, severity and incident type (reads), and when the field is missing
 * hands its create to the run's applier: made when the key may (its refusal for want of the
 * manage_settings role points to `apply`), and in a dry run only planned, with an empty ID.
 */
export async function resolveIncidentSettings(
  api: EscalationIncidentApi,
  writes: WriteApplier,
  settings: IntegrationSettings['escalation'],
  where: SettingsLocation,
): Promise<SettingsResolution> {
  const [fields, severities, types] = await Promise.all([
    api.listCustomFields(),
    settings.severity ? api.listSeverities() : Promise.resolve<Severity[]>([]),
    settings.incidentType ? api.listIncidentTypes() : Promise.resolve<IncidentType[]>([]),
  ]);

  const out: SettingsResolution = { customFieldId: '' };
  if (settings.severity) {
    const s = findByIdOrName(severities, settings.severity);
    if (!s) throw notFound('severity', 'severity', settings.severity, severities, where);
    out.severityId = s.id;
  }
  if (settings.incidentType) {
    const t = findByIdOrName(types, settings.incidentType);
    if (!t) throw notFound('incident type', 'incidentType', settings.incidentType, types, where);
    out.incidentTypeId = t.id;
  }

  const name = settings.customField;
  const field = findCustomField(fields, name);
  if (field) {
    if (field.field_type !== 'text') {
      throw new OncallGateError({
        kind: 'policy',
        message: `The incident.io custom field "${name}" (\`escalation.customField\` in ${where.file}) has type ${field.field_type}; oncall-gate writes schedule IDs into a text field`,
        fix: `Point \`escalation.customField\` at a text custom field (a new name makes \`apply\` create one), or change the field in incident.io -> Settings -> Custom fields.`,
      });
    }
    out.customFieldId = field.id;
    return out;
  }

  const [created] = await writes.apply([missingFieldWrite(name, where)]);
  return created?.status === 'made'
    ? { ...out, customFieldId: created.answer.id, customFieldCreated: 'created' }
    : { ...out, customFieldCreated: 'would-create' };
}

/**
 * The create of the missing escalation field. Creating custom fields needs the manage_settings
 * role, which an escalation key usually lacks on purpose; `apply` is where the field is meant to be
 * made, so its refusal says so.
 */
export function missingFieldWrite(name: string, where: SettingsLocation): PlannedWrite<CreateCustomFieldAction> {
  return createCustomFieldWrite(
    { name, description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' },
    {
      message: `The incident.io custom field "${name}" (\`escalation.customField\` in ${where.file}) does not exist, and this API key may not create it (that needs the manage_settings role)`,
      fix:
        'Let `oncall-gate apply` create it: run the workflow that applies policies on the default branch with a key that has manage_settings ' +
        `(or create a text custom field named "${name}" in incident.io -> Settings -> Custom fields), then re-run this job.`,
    },
  );
}
