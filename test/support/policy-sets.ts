// Policy sets for plan tests, loaded from YAML through the real loader (so positions, defaults and
// inheritance are what users get).
import { expect } from 'vitest';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import type { PolicyFile, PolicySet } from '../../src/policy/types.js';

export const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
export const SECONDARY = '01HXYZSCHEDULESECONDARY000';
export const STAGING = '01HXYZSCHEDULESTAGING00000';

/** `undefined` leaves a file out (handy for "head deletes this file"). */
export const files = (map: Record<string, string | undefined>): PolicyFile[] =>
  Object.entries(map).flatMap(([path, text]) => (text === undefined ? [] : [{ path, text }]));

export function loadValid(map: Record<string, string | undefined>): PolicySet {
  const set = loadPolicySet(files(map));
  expect(set.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return set;
}

export const PRODUCTION = `version: 1
kind: policy
name: production-deploy
description: Production deploys need the platform on-call.
match:
  environments: [production]
  branches: [main]
approval:
  - type: auto
    integration: incidentio
    schedules: [${PRIMARY}]
    duration: 1h
  - type: escalation
    integration: incidentio
    services: [${PRIMARY}, ${SECONDARY}]
    duration: 24h
    options:
      requireReason: true
`;

export const STAGING_POLICY = `version: 1
kind: policy
name: staging-deploy
match:
  environments: [staging]
approval:
  - type: auto
    integration: incidentio
    schedules: [${STAGING}]
`;

export const INTEGRATION = `version: 1
kind: integration
integration: incidentio
autoApproval:
  schedules: [${PRIMARY}]
escalation:
  customField: On-call gate schedules
  mode: test
`;

export const IDENTITIES = `version: 1
kind: identities
users:
  octocat: octo.cat@example.com
  alice: alice@example.com
  bob: bob@example.com
  carol: carol@example.com
`;

export const BASE_FILES = {
  'policies/production.yaml': PRODUCTION,
  'policies/staging.yaml': STAGING_POLICY,
  'policies/incidentio.yaml': INTEGRATION,
  'policies/identities.yaml': IDENTITIES,
};
