// @oncall-gate/incidentio-emulator: a local incident.io API for tests, `npm run demo` and
// `oncall-gate emulator`. A test double, apart from the product: of the product, only the CLI
// entry (src/cli.ts) imports it, through the `./cli` entry, for `oncall-gate emulator`.
export { startEmulator, type Emulator, type EmulatorOptions, type EmulatorState, type RecordedRequest } from './server.js';
export {
  FixtureError,
  parseFixtureYaml,
  resolveFixture,
  type EmulatorFixture,
  type FixtureApiKey,
  type FixtureCustomField,
  type FixtureIncidentRole,
  type FixtureIncidentStatus,
  type FixtureIncidentType,
  type FixtureLayer,
  type FixtureOverride,
  type FixtureProblem,
  type FixtureRateLimit,
  type FixtureRotation,
  type FixtureSchedule,
  type FixtureSeverity,
  type FixtureUser,
  type IdempotencyReuse,
} from './fixture.js';
export { DEMO_API_KEY, DEMO_FIXTURE_YAML, DEMO_READONLY_API_KEY } from './demo-fixture.js';
export type { FaultControl, FaultSpec } from './faults.js';
export type { Clock } from './clock.js';
