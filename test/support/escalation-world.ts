// A test world for the escalation flow: the incident.io emulator and the fake GitHub API on
// 127.0.0.1, with policies, people and schedules built around one moment. In-process tests pin
// the clock (PINNED_NOW, handed to the command as its `now`); e2e tests run the bundled action,
// which reads the system clock, so they build around the time the test starts and keep the default.
import { systemClock, type Clock } from '../../src/clock.js';
import { startEmulator, type Emulator, type EmulatorFixture } from '@oncall-gate/incidentio-emulator';
import { startFakeGitHub, type FakeGitHub, type FakePull } from '@oncall-gate/github-fake';
import { webhookExample } from '../fixtures/webhooks.js';

export const KEY = 'e2e-escalation-key-Qm4Zr9Xw2LpV8';
export const GITHUB_TOKEN = 'ghs_escalationTestToken0000000';
export const REPO = 'acme/api';
export const PRIMARY = '01HESCPRIMARY0000000000000';
export const ESC = '01HESCESCALATE000000000000';
export const MIN = 60_000;
export const HOUR = 60 * MIN;
/** The moment in-process tests decide at (a Monday afternoon; nothing depends on which). */
export const PINNED_NOW = Date.parse('2026-03-02T14:00:00Z');

export const USERS = [
  { id: '01HESCUSERALICE00000000000', name: 'Alice Archer', email: 'alice@example.com' },
  { id: '01HESCUSERCAROL00000000000', name: 'Carol Chen', email: 'carol@example.com' },
  { id: '01HESCUSERDAVE000000000000', name: 'Dave Diaz', email: 'dave@example.com' },
  { id: '01HESCUSERERIN000000000000', name: 'Erin Eng', email: 'erin@example.com' },
];

export interface ShiftSpec {
  scheduleId: string;
  /** Email of the person on call, or null for nobody. */
  email: string | null;
  /** Shift start, ms since epoch. */
  start: number;
  hours: number;
  /** Empty slots after the person's shift before the rotation repeats (default 3). */
  offSlots?: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * One rotation per shift spec (several specs on one schedule give concurrent layers): the person
 * is on call for `hours` from `start`, then nobody for `offSlots` x `hours`, and so on (rotations
 * repeat in both directions).
 */
export function fixture(shifts: ShiftSpec[], extra: Partial<EmulatorFixture> = {}): EmulatorFixture {
  const ids = [...new Set([PRIMARY, ESC, ...shifts.map((s) => s.scheduleId)])];
  return {
    keys: [
      {
        key: KEY,
        name: 'oncall-gate escalation e2e',
        roles: ['viewer', 'schedules_reader', 'incident_creator', 'incident_editor', 'manage_settings'],
      },
    ],
    users: USERS,
    schedules: ids.map((id) => ({
      id,
      name: `Schedule ${id.slice(-8)}`,
      timezone: 'UTC',
      rotations: shifts
        .filter((s) => s.scheduleId === id)
        .map((s, i) => ({
          id: `${id.slice(0, 18)}ROT${String(i).padStart(5, '0')}`,
          name: `Rotation ${i}`,
          users: [s.email, ...Array.from({ length: s.offSlots ?? 3 }, () => null)],
          handover_start_at: iso(s.start),
          handovers: [{ interval: s.hours, interval_type: 'hourly' as const }],
        })),
    })),
    customFields: [{ id: '01HESCCUSTOMFIELD000000000', name: 'On-call gate schedules', description: 'schedules', field_type: 'text' }],
    rateLimit: false,
    ...extra,
  };
}

export interface PolicyOptions {
  name?: string;
  branches?: string[] | null;
  paths?: string[];
  labels?: string[];
  auto?: boolean;
  duration?: string;
  requireReason?: boolean;
  allowOneParty?: boolean;
  environments?: string[];
}

export function policyYaml(o: PolicyOptions = {}): string {
  const list = (xs: string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return [
    'version: 1',
    'kind: policy',
    `name: ${o.name ?? 'production-deploy'}`,
    'match:',
    `  environments: ${list(o.environments ?? ['production'])}`,
    ...(o.branches === null ? [] : [`  branches: ${list(o.branches ?? ['main'])}`]),
    ...(o.paths ? [`  paths: ${list(o.paths)}`] : []),
    ...(o.labels ? [`  labels: ${list(o.labels)}`] : []),
    'approval:',
    ...(o.auto === false ? [] : ['  - type: auto', '    integration: incidentio', `    schedules: [${PRIMARY}]`, '    duration: 1h']),
    '  - type: escalation',
    '    integration: incidentio',
    `    services: [${ESC}]`,
    `    duration: ${o.duration ?? '24h'}`,
    `    options: { allowOneParty: ${o.allowOneParty ?? false}, requireReason: ${o.requireReason ?? false} }`,
    '',
  ].join('\n');
}

export const INTEGRATION = (over: { customField?: string; notify?: boolean; severity?: string } = {}): string =>
  [
    'version: 1',
    'kind: integration',
    'integration: incidentio',
    'autoApproval:',
    `  schedules: [${PRIMARY}]`,
    'escalation:',
    `  customField: ${over.customField ?? 'On-call gate schedules'}`,
    '  visibility: public',
    '  mode: test',
    `  severity: ${over.severity ?? 'Minor'}`,
    `  notifyIncidentChannel: ${over.notify ?? true}`,
    '',
  ].join('\n');

export const IDENTITIES = [
  'version: 1',
  'kind: identities',
  'lookup: [map]',
  'users:',
  '  alice: alice@example.com',
  '  carol: carol@example.com',
  '  dave: dave@example.com',
  '  erin: erin@example.com',
  '',
].join('\n');

export function policyFiles(o: PolicyOptions = {}, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'policies/production.yaml': policyYaml(o),
    'policies/incidentio.yaml': INTEGRATION(),
    'policies/identities.yaml': IDENTITIES,
    ...extra,
  };
}

export interface World {
  gh: FakeGitHub;
  emu: Emulator;
  close(): Promise<void>;
}

export async function startWorld(shifts: ShiftSpec[], extra: Partial<EmulatorFixture> = {}, clock: Clock = systemClock): Promise<World> {
  const gh = await startFakeGitHub({ default_repo: REPO }, { now: clock });
  const emu = await startEmulator({ fixture: fixture(shifts, extra), port: 0, now: clock });
  return {
    gh,
    emu,
    close: async () => {
      await emu.close();
      await gh.close();
    },
  };
}

/** A PR (author alice, into main) whose base commit holds `files` as policies. */
export function addPull(gh: FakeGitHub, files: Record<string, string>, over: Parameters<FakeGitHub['addPullRequest']>[0] = {}): FakePull {
  const pull = gh.addPullRequest({
    user: 'alice',
    title: 'Roll out the API cache',
    body: 'Reason: roll out the cache fix for INC-7',
    files: ['services/api/cache.go'],
    ...over,
  });
  gh.putPolicies(pull.base.sha, files);
  return pull;
}

/** A real pull_request webhook payload (octokit/webhooks-examples) adjusted to `pull`. */
export function pullRequestPayload(pull: FakePull, action = 'opened'): Record<string, any> {
  const known = ['opened', 'synchronize', 'labeled', 'reopened'];
  const payload = webhookExample('pull_request', known.includes(action) ? action : 'opened');
  payload.action = action;
  adjust(payload, pull);
  return payload;
}

/** A real pull_request_review payload adjusted to `pull` and the review. */
export function reviewPayload(
  pull: FakePull,
  review: { id: number; user: string; state: string; commit_id: string | null; submitted_at: string | null },
  action = 'submitted',
): Record<string, any> {
  const payload = webhookExample('pull_request_review', action);
  adjust(payload, pull);
  payload.action = action;
  Object.assign(payload.review, {
    id: review.id,
    state: review.state.toLowerCase(),
    commit_id: review.commit_id,
    submitted_at: review.submitted_at,
  });
  payload.review.user = { ...payload.review.user, login: review.user, type: /\[bot\]$/.test(review.user) ? 'Bot' : 'User' };
  return payload;
}

function adjust(payload: Record<string, any>, pull: FakePull): void {
  const pr = payload.pull_request;
  const [owner] = REPO.split('/');
  payload.repository = {
    ...payload.repository,
    full_name: REPO,
    name: 'api',
    default_branch: 'main',
    owner: { ...payload.repository.owner, login: owner },
  };
  pr.number = pull.number;
  pr.title = pull.title;
  pr.body = pull.body;
  pr.user = { ...pr.user, login: pull.user, type: 'User' };
  pr.html_url = `https://github.com/${REPO}/pull/${pull.number}`;
  pr.labels = pull.labels.map((name) => ({ name }));
  pr.draft = pull.draft;
  pr.base = { ...pr.base, ref: pull.base.ref, sha: pull.base.sha, repo: { ...pr.base.repo, full_name: REPO } };
  pr.head = {
    ...pr.head,
    ref: pull.head.ref,
    sha: pull.head.sha,
    repo: pull.head.repo === null ? null : { ...pr.head.repo, full_name: pull.head.repo },
  };
}
