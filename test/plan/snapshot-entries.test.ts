// The plan's people effect from rota snapshots (no incident.io key): which snapshots are read, the
// reader with the live client's shape, and the people effect computed by the same diffPeople as
// live entries, over the snapshots' window. Pure: snapshots are loaded from YAML by the policy
// tests' loader, and no clock is read (the window is the snapshots').
import { describe, expect, it } from 'vitest';
import { computePlan, type PlanSnapshots } from '../../src/plan/compute-plan.js';
import { diffPeople, type PeopleEffect } from '../../src/plan/people.js';
import { renderPlanMarkdown, renderPlanText } from '../../src/plan/render-plan.js';
import { chooseSnapshots, snapshotEntriesReader } from '../../src/plan/snapshot-entries.js';
import { loadPolicyTests, type RotaSnapshot } from '../../src/policy-test/load-tests.js';
import { BASE_FILES, PRIMARY, PRODUCTION, SECONDARY, STAGING, files, loadValid } from '../support/policy-sets.js';

const FOLDER = 'policy-tests';
const H = 3_600_000;
const FROM = Date.parse('2026-01-05T00:00:00Z');
const at = (h: number): string => new Date(FROM + h * H).toISOString().replace('.000Z', 'Z');
const t = (h: number): number => FROM + h * H;

const USERS = ['alice', 'bob', 'carol', 'dave', 'octocat'];
interface Entry {
  who: string;
  from: number;
  to: number;
  rotation?: string;
  layer?: string;
}

/** A snapshot file's text: the window in hours from FROM, entries per schedule. */
function snapshotText(opts: { recordedAt?: string; window?: [number, number]; schedules: Record<string, Entry[]> }): string {
  const [from, to] = opts.window ?? [0, 168];
  const lines = ['version: 1', 'kind: rota-snapshot'];
  if (opts.recordedAt) lines.push(`recordedAt: ${opts.recordedAt}`);
  lines.push(`window: { from: ${at(from)}, to: ${at(to)} }`, 'users:');
  for (const u of USERS)
    lines.push(`  - { id: U-${u}, name: ${u[0]!.toUpperCase()}${u.slice(1)}, email: ${u === 'octocat' ? 'octo.cat' : u}@example.com }`);
  lines.push('schedules:');
  for (const [id, entries] of Object.entries(opts.schedules)) {
    lines.push(`  - id: ${id}`, entries.length > 0 ? '    entries:' : '    entries: []');
    for (const e of entries) {
      const extra = `${e.rotation ? `, rotation: ${e.rotation}` : ''}${e.layer ? `, layer: ${e.layer}` : ''}`;
      lines.push(`      - { user: U-${e.who}, start: ${at(e.from)}, end: ${at(e.to)}${extra} }`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function snapshotsOf(texts: Record<string, string>): PlanSnapshots {
  const suite = loadPolicyTests(files(texts), FOLDER);
  return { folder: FOLDER, snapshots: suite.snapshots, broken: suite.brokenSnapshots };
}

// The demo rota: octocat and alice swap the primary daily at 09:00, bob holds the secondary until
// day 3, then carol; dave is on staging all week.
const ROTA: Record<string, Entry[]> = {
  [PRIMARY]: [
    { who: 'octocat', from: -15, to: 9 },
    { who: 'alice', from: 9, to: 33 },
    { who: 'octocat', from: 33, to: 57 },
  ],
  [SECONDARY]: [
    { who: 'bob', from: -100, to: 72 },
    { who: 'carol', from: 72, to: 300 },
  ],
  [STAGING]: [{ who: 'dave', from: -100, to: 1000 }],
};
const DEMO = `${FOLDER}/snapshots/demo.yaml`;
const TO_SECONDARY = {
  ...BASE_FILES,
  'policies/production.yaml': PRODUCTION.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`),
};

const plan = (head: Record<string, string | undefined>, snapshots: PlanSnapshots) =>
  computePlan({
    policyPath: 'policies',
    baseLabel: 'main',
    headLabel: 'the working tree',
    baseFiles: files(BASE_FILES),
    headFiles: files(head),
    snapshots,
    // Never read when the people effect comes from snapshots: their window is the one shown.
    now: new Date('2030-06-01T00:00:00Z'),
    keyHint: 'set INCIDENTIO_API_KEY',
  });

const effectOf = async (head: Record<string, string | undefined>, snapshots: PlanSnapshots): Promise<PeopleEffect> => {
  const { people } = (await plan(head, snapshots)).model;
  if ('skipped' in people) throw new Error(`people skipped: ${people.skipped}`);
  return people;
};

describe('the people effect from rota snapshots', () => {
  it('is what diffPeople gives for the same shifts, over the snapshot window, and says where it came from', async () => {
    const snapshots = snapshotsOf({ [DEMO]: snapshotText({ recordedAt: '2026-01-05T00:00:00Z', schedules: ROTA }) });
    const effect = await effectOf(TO_SECONDARY, snapshots);
    // The same computation as live entries: diffPeople over the snapshot's shifts and window.
    const direct = diffPeople(loadValid(BASE_FILES), loadValid(TO_SECONDARY), snapshots.snapshots.get(DEMO)!.schedules, {
      window: { start: t(0), end: t(168) },
    });
    expect(effect.policies).toEqual(direct.policies);
    expect(effect.window).toEqual({ start: t(0), end: t(168) });
    expect(effect.now).toBeUndefined();
    expect(effect.policies[0]!.changes.map((c) => [c.change, c.email, c.now, c.intervals])).toEqual([
      ['gain', 'bob@example.com', false, [{ start: t(0), end: t(72) }]],
      ['gain', 'carol@example.com', false, [{ start: t(72), end: t(168) }]],
      ['lose', 'alice@example.com', false, [{ start: t(9), end: t(33) }]],
      [
        'lose',
        'octo.cat@example.com',
        false,
        [
          { start: t(0), end: t(9) },
          { start: t(33), end: t(57) },
        ],
      ],
    ]);
    expect(effect.snapshots).toEqual({
      folder: FOLDER,
      used: [{ file: DEMO, recordedAt: Date.parse('2026-01-05T00:00:00Z'), schedules: [PRIMARY, SECONDARY, STAGING] }],
      unused: [],
      otherWindow: [],
    });
  });

  it('words it as snapshots, not live incident.io, with the file, its recording time and the window', async () => {
    const snapshots = snapshotsOf({ [DEMO]: snapshotText({ recordedAt: '2026-01-05T00:00:00Z', schedules: ROTA }) });
    const { model } = await plan(TO_SECONDARY, snapshots);
    const text = renderPlanText(model);
    expect(text).toContain(
      'Approval rights from rota snapshots, not live incident.io, over their window (2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC):\n' +
        "  # the snapshots are files in policy-tests/ as this change has them (recorded or written by hand), not incident.io's answer\n" +
        `  # from ${DEMO} (recorded 2026-01-05 00:00 UTC): "${PRIMARY}", "${SECONDARY}", "${STAGING}"\n`,
    );
    // Instants, never "now" or "the end of the 7 days": the window is the snapshot's, not the present.
    expect(text).toContain('        + bob (Bob) gains it 2026-01-05 00:00 UTC to 2026-01-08 00:00 UTC\n');
    expect(text).toContain('        - alice (Alice) loses it 2026-01-05 09:00 UTC to 2026-01-06 09:00 UTC\n');
    expect(text).not.toMatch(/\bnow\b|7 days/);
    expect(renderPlanMarkdown(model)).toContain('  # from policy-tests/snapshots/demo.yaml (recorded 2026-01-05 00:00 UTC)');
  });

  it('lists a schedule no snapshot holds as not in any snapshot, never as nobody on call', async () => {
    const rota = { [PRIMARY]: ROTA[PRIMARY]!, [STAGING]: ROTA[STAGING]! };
    const snapshots = snapshotsOf({ [DEMO]: snapshotText({ schedules: rota }) });
    const effect = await effectOf(TO_SECONDARY, snapshots);
    // Production's secondary is unknown: who would gain through it is not guessed.
    const prod = effect.policies.find((p) => p.policy === 'production-deploy')!;
    expect(prod.unknownSchedules).toEqual([SECONDARY]);
    expect(prod.changes.map((c) => [c.change, c.email])).toEqual([
      ['lose', 'alice@example.com'],
      ['lose', 'octo.cat@example.com'],
    ]);
    // Staging changes nothing and names only a schedule the snapshot holds: not listed.
    expect(effect.policies.map((p) => p.policy)).toEqual(['production-deploy']);
    const text = renderPlanText((await plan(TO_SECONDARY, snapshots)).model);
    expect(text).toContain(
      `      ? schedule "${SECONDARY}" is not in any snapshot: who is on call for it is unknown, so the rights it gives are not shown\n`,
    );
    expect(text).toContain(`  # from ${DEMO} (no recordedAt): "${PRIMARY}", "${STAGING}"\n`);
  });

  it('lists a policy whose only change is unknown with `?`, and a schedule only in a snapshot of another window', async () => {
    const snapshots = snapshotsOf({
      [DEMO]: snapshotText({ schedules: { [PRIMARY]: ROTA[PRIMARY]!, [STAGING]: ROTA[STAGING]! } }),
      [`${FOLDER}/later.yaml`]: snapshotText({ window: [168, 336], schedules: { [SECONDARY]: [{ who: 'carol', from: 168, to: 336 }] } }),
    });
    const effect = await effectOf(BASE_FILES, snapshots);
    expect(effect.policies).toEqual([
      { policy: 'production-deploy', inBase: true, inHead: true, changes: [], unknownSchedules: [SECONDARY] },
    ]);
    expect(effect.snapshots!.otherWindow).toEqual([{ schedule: SECONDARY, file: `${FOLDER}/later.yaml` }]);
    const text = renderPlanText((await plan(BASE_FILES, snapshots)).model);
    expect(text).toContain(
      '  ? policy "production-deploy"\n' +
        `      ? schedule "${SECONDARY}" is only in ${FOLDER}/later.yaml, a snapshot of another window: who is on call for it is unknown, so the rights it gives are not shown\n`,
    );
    expect(text).toContain(`  # not used: ${FOLDER}/later.yaml (another window, 2026-01-12 00:00 UTC to 2026-01-19 00:00 UTC)\n`);
  });

  it('counts only the rotations and layers of a scoped auto rule, as live, and never an entry without them', async () => {
    const ROT_A = '01HXYZROTATIONAAAAAAAAAAAA';
    const ROT_B = '01HXYZROTATIONBBBBBBBBBBBB';
    const LAYER = '01HXYZLAYERAAAAAAAAAAAAAAA';
    const rota = {
      ...ROTA,
      [PRIMARY]: [
        { who: 'octocat', from: 0, to: 24, rotation: ROT_A, layer: LAYER },
        { who: 'alice', from: 0, to: 24, rotation: ROT_B },
        // An override: no rotation, no layer.
        { who: 'carol', from: 30, to: 40 },
      ],
    };
    const scoped = PRODUCTION.replace(
      `schedules: [${PRIMARY}]`,
      `schedules: [${PRIMARY}]\n    scope:\n      ${PRIMARY}:\n        rotations: [${ROT_A}]`,
    );
    const effect = await effectOf(
      { ...BASE_FILES, 'policies/production.yaml': scoped },
      snapshotsOf({ [DEMO]: snapshotText({ schedules: rota }) }),
    );
    expect(effect.policies[0]!.changes.map((c) => [c.kind, c.change, c.email, c.intervals])).toEqual([
      ['auto-approval', 'lose', 'alice@example.com', [{ start: t(0), end: t(24) }]],
      ['auto-approval', 'lose', 'carol@example.com', [{ start: t(30), end: t(40) }]],
    ]);
    // By layer: the same entries, the same function.
    const byLayer = PRODUCTION.replace(
      `schedules: [${PRIMARY}]`,
      `schedules: [${PRIMARY}]\n    scope:\n      ${PRIMARY}:\n        layers: [${LAYER}]`,
    );
    const layered = await effectOf(
      { ...BASE_FILES, 'policies/production.yaml': byLayer },
      snapshotsOf({ [DEMO]: snapshotText({ schedules: rota }) }),
    );
    expect(layered.policies[0]!.changes.map((c) => c.email)).toEqual(['alice@example.com', 'carol@example.com']);
  });

  it.each<{ name: string; texts: Record<string, string>; skipped: string }>([
    {
      name: 'no snapshot at all',
      texts: {},
      skipped: 'no incident.io API key; set INCIDENTIO_API_KEY to see who gains or loses approval rights',
    },
    {
      name: 'only broken snapshots',
      texts: { [DEMO]: 'version: 1\nkind: rota-snapshot\nwindow: { from: 2026-01-05T00:00:00Z }\nusers: []\nschedules: []\n' },
      skipped: `no incident.io API key; set INCIDENTIO_API_KEY to see who gains or loses approval rights, or fix the rota snapshots in policy-tests/, which have errors (${DEMO})`,
    },
    {
      name: 'snapshots holding none of the schedules the policies name',
      texts: { [DEMO]: snapshotText({ schedules: { '01HXYZSCHEDULEELSEWHERE000': [] } }) },
      skipped: `no incident.io API key; set INCIDENTIO_API_KEY to see who gains or loses approval rights, or record the schedules the policies name into a rota snapshot in policy-tests/: none holds ${PRIMARY}, ${SECONDARY}, ${STAGING}`,
    },
  ])('says why there is no people effect: $name', async ({ texts, skipped }) => {
    expect((await plan(TO_SECONDARY, snapshotsOf(texts))).model.people).toEqual({ skipped });
  });

  it('uses the good snapshots and names a broken one, whose problems the loader reports at their lines', async () => {
    const bad = `${FOLDER}/snapshots/bad.yaml`;
    const texts = {
      [DEMO]: snapshotText({ schedules: ROTA }),
      [bad]:
        'version: 1\nkind: rota-snapshot\nwindow: { from: 2026-01-05T00:00:00Z, to: 2026-01-12T00:00:00Z }\nusers: []\nschedules:\n  - id: 01HXYZSCHEDULEPRIMARY00000\n    entries:\n      - { user: U-nobody, start: 2026-01-05T00:00:00Z, end: 2026-01-06T00:00:00Z }\n',
    };
    const suite = loadPolicyTests(files(texts), FOLDER);
    expect(suite.brokenSnapshots).toEqual([bad]);
    expect(suite.diagnostics).toEqual([expect.objectContaining({ file: bad, line: 8, code: 'unknown-user' })]);
    const effect = await effectOf(TO_SECONDARY, snapshotsOf(texts));
    expect(effect.snapshots!.unused).toEqual([{ file: bad, reason: 'it has errors, reported at their lines' }]);
    expect(effect.policies[0]!.changes).toHaveLength(4);
  });

  it("cannot break out of the comment: a snapshot's names are the pull request's own text", async () => {
    // Whoever opens the pull request writes its snapshots: a name with a fence, a marker and a newline.
    const text = snapshotText({ schedules: ROTA }).replace('name: Bob,', 'name: "Bob ````\\n<!-- oncall-gate:plan -->\\u0007",');
    const { model } = await plan(TO_SECONDARY, snapshotsOf({ [DEMO]: text }));
    const comment = renderPlanMarkdown(model, { marker: true });
    expect(comment.split('<!-- oncall-gate:plan -->')).toHaveLength(2);
    expect(comment).toContain('+         bob (Bob ````\\u000a<!\u200b-- oncall-gate:plan -->\\u0007) gains it');
    // The diff block's fence is longer than any run of backticks inside it.
    expect(comment).toMatch(/^`````diff$/m);
  });

  it('skips the people effect for an invalid head, snapshots or not', async () => {
    const snapshots = snapshotsOf({ [DEMO]: snapshotText({ schedules: ROTA }) });
    const { model } = await plan({ ...BASE_FILES, 'policies/broken.yaml': 'version: 1\nkind: policy\n' }, snapshots);
    expect(model.people).toEqual({ skipped: 'no incident.io API key; set INCIDENTIO_API_KEY to see who gains or loses approval rights' });
  });
});

describe('chooseSnapshots', () => {
  const snap = (file: string, window: [number, number], schedules: string[], recordedAt?: number): RotaSnapshot => ({
    file,
    window: { from: new Date(t(window[0])), to: new Date(t(window[1])) },
    ...(recordedAt !== undefined ? { recordedAt: new Date(t(recordedAt)) } : {}),
    schedules: new Map(schedules.map((id) => [id, []])),
  });
  const WEEK: [number, number] = [0, 168];
  const NEXT: [number, number] = [168, 336];

  it.each([
    {
      name: 'snapshots sharing a window are read together',
      snapshots: [snap('a.yaml', WEEK, [PRIMARY]), snap('b.yaml', WEEK, [SECONDARY])],
      used: [
        ['a.yaml', [PRIMARY]],
        ['b.yaml', [SECONDARY]],
      ],
      unused: [],
      unknown: [STAGING],
    },
    {
      name: 'the window holding the most named schedules wins over a later recording',
      snapshots: [snap('week.yaml', WEEK, [PRIMARY, SECONDARY], 0), snap('next.yaml', NEXT, [PRIMARY], 200)],
      used: [['week.yaml', [PRIMARY, SECONDARY]]],
      unused: [['next.yaml', 'another window, 2026-01-12 00:00 UTC to 2026-01-19 00:00 UTC']],
      unknown: [STAGING],
    },
    {
      name: 'between windows holding as many, the later recording wins',
      snapshots: [snap('week.yaml', WEEK, [PRIMARY], 0), snap('next.yaml', NEXT, [PRIMARY], 200)],
      used: [['next.yaml', [PRIMARY]]],
      unused: [['week.yaml', 'another window, 2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC']],
      unknown: [SECONDARY, STAGING],
    },
    {
      name: 'a schedule in two snapshots of the window is read from the later recording',
      snapshots: [
        snap('old.yaml', WEEK, [PRIMARY], 0),
        snap('new.yaml', WEEK, [PRIMARY, STAGING], 5),
        snap('other.yaml', WEEK, ['01HXYZSCHEDULEOTHER0000000']),
      ],
      used: [['new.yaml', [PRIMARY, STAGING]]],
      unused: [
        ['old.yaml', 'the schedules it holds are read from new.yaml'],
        ['other.yaml', 'it holds no schedule the policies name'],
      ],
      unknown: [SECONDARY],
    },
  ])('$name', ({ snapshots, used, unused, unknown }) => {
    const choice = chooseSnapshots(snapshots, [PRIMARY, SECONDARY, STAGING])!;
    expect(choice.used.map((u) => [u.snapshot.file, u.schedules])).toEqual(used);
    expect(choice.unused.map((u) => [u.file, u.reason])).toEqual(unused);
    expect(choice.unknown).toEqual(unknown);
  });

  it('has nothing to choose without snapshots, and keeps a window when nothing is named', () => {
    expect(chooseSnapshots([], [PRIMARY])).toBeUndefined();
    const choice = chooseSnapshots([snap('a.yaml', WEEK, [PRIMARY])], [])!;
    expect(choice.window).toEqual({ start: t(0), end: t(168) });
    expect(choice.used.map((u) => [u.snapshot.file, u.schedules])).toEqual([['a.yaml', []]]);
  });
});

describe('snapshotEntriesReader', () => {
  const suite = loadPolicyTests(
    files({
      [DEMO]: snapshotText({
        schedules: {
          [PRIMARY]: [
            { who: 'alice', from: -5, to: 5, rotation: 'R1', layer: 'L1' },
            { who: 'bob', from: 5, to: 300 },
            { who: 'carol', from: 400, to: 500 },
          ],
        },
      }),
    }),
    FOLDER,
  );
  const reader = snapshotEntriesReader(new Map([[PRIMARY, suite.snapshots.get(DEMO)!]]));

  it('gives the final entries overlapping the window, shaped as incident.io gives them', async () => {
    const entries = await reader.listScheduleEntries(PRIMARY, new Date(t(0)), new Date(t(168)));
    expect(entries).toEqual({
      scheduled: [],
      overrides: [],
      final: [
        {
          start_at: '2026-01-04T19:00:00.000Z',
          end_at: '2026-01-05T05:00:00.000Z',
          user: { id: 'U-alice', name: 'Alice', email: 'alice@example.com' },
          rotation_id: 'R1',
          layer_id: 'L1',
        },
        {
          start_at: '2026-01-05T05:00:00.000Z',
          end_at: '2026-01-17T12:00:00.000Z',
          user: { id: 'U-bob', name: 'Bob', email: 'bob@example.com' },
        },
      ],
    });
  });

  it('refuses a schedule it does not hold, with the command that records it', async () => {
    await expect(reader.listScheduleEntries(SECONDARY, new Date(t(0)), new Date(t(1)))).rejects.toMatchObject({
      kind: 'not-found',
      message: `The schedule ${SECONDARY} is in none of the rota snapshots read.`,
    });
  });
});
