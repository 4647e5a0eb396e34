// The *Doc types are derived from the schema; these checks run under `tsc` (npm test) and
// fail when the derivation stops producing the shapes the rest of the code relies on.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ApprovalRuleDoc,
  AutoRuleDoc,
  DenyRuleDoc,
  EscalationRuleDoc,
  IdentitiesDoc,
  IdentityLookup,
  IntegrationDoc,
  PolicyDoc,
} from '../../src/policy/types.js';

describe('types derived from the schema', () => {
  it('rule docs form a union discriminated by `type`', () => {
    expectTypeOf<ApprovalRuleDoc>().toEqualTypeOf<AutoRuleDoc | EscalationRuleDoc | DenyRuleDoc>();
    expectTypeOf<AutoRuleDoc['type']>().toEqualTypeOf<'auto'>();
    expectTypeOf<AutoRuleDoc['integration']>().toEqualTypeOf<'incidentio'>();
    expectTypeOf<AutoRuleDoc['schedules']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<AutoRuleDoc['options']>().toEqualTypeOf<{ requireReason?: boolean } | undefined>();
    expectTypeOf<EscalationRuleDoc['services']>().toEqualTypeOf<string[]>();
    expectTypeOf<EscalationRuleDoc['options']>().toEqualTypeOf<{ allowOneParty?: boolean; requireReason?: boolean } | undefined>();
    expectTypeOf<DenyRuleDoc>().toEqualTypeOf<{ type: 'deny'; reason?: string }>();
  });

  it('policy, integration and identities docs have the documented keys', () => {
    expectTypeOf<PolicyDoc['version']>().toEqualTypeOf<1>();
    expectTypeOf<PolicyDoc['kind']>().toEqualTypeOf<'policy'>();
    expectTypeOf<PolicyDoc['name']>().toEqualTypeOf<string>();
    expectTypeOf<PolicyDoc['approval']>().toEqualTypeOf<ApprovalRuleDoc[]>();
    expectTypeOf<PolicyDoc['match']>().toEqualTypeOf<{
      environments?: string[];
      branches?: string[];
      paths?: string[];
      labels?: string[];
    }>();
    expectTypeOf<IntegrationDoc['integration']>().toEqualTypeOf<'incidentio'>();
    expectTypeOf<NonNullable<IntegrationDoc['escalation']>['visibility']>().toEqualTypeOf<'public' | 'private' | undefined>();
    expectTypeOf<NonNullable<IntegrationDoc['escalation']>['mode']>().toEqualTypeOf<'standard' | 'test' | undefined>();
    expectTypeOf<IdentityLookup>().toEqualTypeOf<'map' | 'github-public-email' | 'github-verified-domain-email'>();
    expectTypeOf<IdentitiesDoc['lookup']>().toEqualTypeOf<IdentityLookup[] | undefined>();
    expectTypeOf<IdentitiesDoc['users']>().toEqualTypeOf<{ [login: string]: string } | undefined>();
  });
});
