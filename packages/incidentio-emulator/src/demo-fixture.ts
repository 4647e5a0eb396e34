// The demo organisation (`oncall-gate emulator` with no --fixture). Kept as a YAML string so it is
// bundled into the CLI and read with the same parser as user fixtures. The example policies in
// policies/ name exactly these schedule IDs and emails; change both together.
export const DEMO_API_KEY = 'demo-incidentio-key-0000000000';
export const DEMO_READONLY_API_KEY = 'demo-readonly-key-000000000000';

export const DEMO_FIXTURE_YAML = `# incident.io emulator: demo organisation
organisation:
  name: oncall-gate demo
  slug: oncall-gate-demo

keys:
  - key: ${DEMO_API_KEY}
    id: 01HXYZAPIKEYDEMO0000000000
    name: oncall-gate demo
    roles: [viewer, incident_creator, incident_editor, manage_settings, schedules_reader]
  - key: ${DEMO_READONLY_API_KEY}
    id: 01HXYZAPIKEYREADONLY000000
    name: oncall-gate demo (read-only)
    roles: [viewer]

users:
  - { id: 01HXYZUSEROCTOCAT000000000, name: Octo Cat, email: octo.cat@example.com, is_active: true, slack_user_id: U0OCTOCAT01, role: administrator }
  - { id: 01HXYZUSERALICE00000000000, name: Alice Archer, email: alice@example.com, is_active: true, slack_user_id: U0ALICE0001 }
  - { id: 01HXYZUSERBOB0000000000000, name: Bob Baker, email: bob@example.com, is_active: true, slack_user_id: U0BOB000001 }
  - { id: 01HXYZUSERCAROL00000000000, name: Carol Chen, email: carol@example.com, is_active: true, slack_user_id: U0CAROL0001 }
  - { id: 01HXYZUSERDAVE000000000000, name: Dave Dunn, email: dave@example.com, is_active: true, slack_user_id: U0DAVE00001 }

schedules:
  - id: 01HXYZSCHEDULEPRIMARY00000
    name: Platform primary
    timezone: UTC
    team_ids: [01HXYZTEAMPLATFORM00000000]
    rotations:
      # Daily handover at 09:00 UTC: octocat, alice, octocat, ... starting Monday 2026-01-05.
      - id: 01HXYZROTATIONPRIMARY00000
        name: Primary
        users: [octo.cat@example.com, alice@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: daily }]
        layers: [{ id: 01HXYZLAYERPRIMARY00000000, name: Layer 1 }]
    overrides:
      # Carol covers the Christmas handover.
      - id: 01HXYZOVERRIDECAROL0000000
        user: carol@example.com
        start_at: 2026-12-24T09:00:00Z
        end_at: 2026-12-26T09:00:00Z
        rotation_id: 01HXYZROTATIONPRIMARY00000
        layer_id: 01HXYZLAYERPRIMARY00000000

  - id: 01HXYZSCHEDULESECONDARY000
    name: Platform secondary
    timezone: UTC
    team_ids: [01HXYZTEAMPLATFORM00000000]
    rotations:
      # Weekly handover on Mondays at 09:00 UTC: bob, carol, bob, ...
      - id: 01HXYZROTATIONSECONDARY000
        name: Secondary
        users: [bob@example.com, carol@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: weekly }]
        layers: [{ id: 01HXYZLAYERSECONDARY000000, name: Layer 1 }]

  - id: 01HXYZSCHEDULESTAGING00000
    name: Staging
    timezone: UTC
    team_ids: []
    rotations:
      # One person, so dave is always on call.
      - id: 01HXYZROTATIONSTAGING00000
        name: Staging
        users: [dave@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: weekly }]
        layers: [{ id: 01HXYZLAYERSTAGING00000000, name: Layer 1 }]

  # Payments: a rotating primary, and the whole team as the last tier (two people at once).
  # policies/payments.yaml auto-approves the primary rotation only.
  - id: 01HXYZSCHEDULEPAYMENTS0000
    name: Payments
    timezone: UTC
    team_ids: [01HXYZTEAMPAYMENTS00000000]
    rotations:
      # Daily handover at 09:00 UTC: alice, bob, alice, ...
      - id: 01HXYZROTATIONPAYPRIMARY00
        name: Payments primary
        users: [alice@example.com, bob@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: daily }]
        layers: [{ id: 01HXYZLAYERPAYPRIMARY00000, name: Primary }]
      # Weekly on Mondays at 09:00 UTC, two layers: carol and dave, then octocat and carol, then dave and octocat, ...
      - id: 01HXYZROTATIONPAYTEAM00000
        name: Payments team
        users: [carol@example.com, dave@example.com, octo.cat@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: weekly }]
        layers:
          - { id: 01HXYZLAYERPAYTEAMFIRST000, name: First responder }
          - { id: 01HXYZLAYERPAYTEAMBACKUP00, name: Backup }

# None at start: the first \`oncall-gate apply\` creates the escalation custom field.
customFields: []

severities:
  - { id: 01HXYZSEVERITYMINOR0000000, name: Minor, description: Issues with **low impact**., rank: 1 }
  - { id: 01HXYZSEVERITYMAJOR0000000, name: Major, description: Issues causing **significant impact**., rank: 2 }
  - { id: 01HXYZSEVERITYCRITICAL0000, name: Critical, description: Issues causing **very high impact** to customers., rank: 3 }

incidentTypes:
  - { id: 01HXYZINCIDENTTYPEDEFAULT0, name: Default, description: The default incident type., is_default: true, private_incidents_only: false, create_in_triage: optional }

incidentStatuses:
  - { id: 01HXYZSTATUSTRIAGE00000000, name: Triage, description: Incidents being assessed., rank: 0, category: triage }
  - { id: 01HXYZSTATUSINVESTIGATING0, name: Investigating, description: We are looking into it., rank: 1, category: live }
  - { id: 01HXYZSTATUSCLOSED00000000, name: Closed, description: Impact is **fully mitigated**., rank: 3, category: closed }

entriesPageSize: 50
rateLimit: { capacity: 1200, refillPerSecond: 20 }
`;
