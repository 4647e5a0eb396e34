import { describe, expect, it } from 'vitest';
import {
  CUSTOM_FIELD_DESCRIPTION,
  lacksManageSettings,
  manageSettingsMessage,
  needsCustomField,
  planRemoteChanges,
} from '../../src/reconcile/remote-changes.js';
import { BASE_FILES, INTEGRATION, STAGING_POLICY, loadValid } from '../support/policy-sets.js';

const field = (name: string, field_type = 'text') => ({ id: '01HXYZFIELD', name, field_type, description: 'd' });

describe('planRemoteChanges', () => {
  it('plans to create the text field when it is missing', () => {
    const set = loadValid(BASE_FILES);
    const plan = planRemoteChanges(set, [field('Something else')]);
    expect(plan.actions).toEqual([
      {
        kind: 'create-custom-field',
        payload: { name: 'On-call gate schedules', description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' },
      },
    ]);
    expect(plan.changes).toMatchObject([
      { kind: 'incidentio_custom_field', name: 'On-call gate schedules', action: 'create', remote: true },
    ]);
    expect(plan.changes[0]!.at).toEqual(set.integration.at);
    expect(plan.diagnostics).toEqual([]);
  });

  it('has nothing to do when the field exists (exact name match)', () => {
    const set = loadValid(BASE_FILES);
    const plan = planRemoteChanges(set, [field('On-call gate schedules')]);
    expect(plan).toMatchObject({ actions: [], changes: [], diagnostics: [], existingField: { id: '01HXYZFIELD' } });
    // incident.io's Terraform data source matches names exactly: another case is another field.
    expect(planRemoteChanges(set, [field('on-call gate schedules')]).actions).toHaveLength(1);
  });

  it('is an error when a field with the name exists with another type (field_type cannot change)', () => {
    const plan = planRemoteChanges(loadValid(BASE_FILES), [field('On-call gate schedules', 'single_select')]);
    expect(plan.actions).toEqual([]);
    expect(plan.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'custom-field-type',
        file: 'policies/incidentio.yaml',
        message: expect.stringContaining('has type single_select, but escalations write schedule IDs into a text field'),
      }),
    ]);
  });

  it('uses the configured name and needs no field without escalation rules', () => {
    const named = loadValid({
      ...BASE_FILES,
      'policies/incidentio.yaml': INTEGRATION.replace('On-call gate schedules', 'Paged schedules'),
    });
    expect(planRemoteChanges(named, []).actions[0]).toMatchObject({ payload: { name: 'Paged schedules' } });

    const autoOnly = loadValid({ 'policies/staging.yaml': STAGING_POLICY });
    expect(needsCustomField(autoOnly)).toBe(false);
    expect(planRemoteChanges(autoOnly, [])).toMatchObject({
      actions: [],
      changes: [],
      note: 'No escalation rules: the escalation custom field is not needed.',
    });
  });
});

describe('manage_settings', () => {
  it('names the role and the way out', () => {
    expect(lacksManageSettings({ roles: ['viewer'] })).toBe(true);
    expect(lacksManageSettings({ roles: ['viewer', 'manage_settings'] })).toBe(false);
    expect(manageSettingsMessage('ci key', 'F')).toEqual({
      message:
        'The incident.io API key "ci key" lacks the `manage_settings` role, which apply needs to create the custom field "F" (POST /v2/custom_fields)',
      fix: 'In incident.io (Settings > API keys), give the key the `manage_settings` role, or create a text custom field named "F" by hand (Settings > Custom fields) and re-run.',
    });
  });
});
