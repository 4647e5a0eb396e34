// `npm run test:shifted`: the suite once more with every Date in every process moved by a shift
// derived from the commit being tested, so each commit tries another day and hour. To keep CI well
// under ten minutes, a commit runs one third of the test files (vitest's --shard, also chosen by
// the commit), so three commits in a row cover the suite; arguments (files, or --shard=1/1 for
// everything) replace that choice. The shift and the shard are printed with the command that
// reproduces the run. A CLOCK_SHIFT_MS already set wins over the commit's.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DAY_MS = 86_400_000;
/** Shifts run from 0 to 400 days ahead, at a whole second (so any hour of any weekday comes up). */
const RANGE_SECONDS = 400 * 86_400;

function commitSha() {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function shiftForSha(sha) {
  if (!/^[0-9a-f]{12}/i.test(sha)) return DAY_MS; // no commit to derive from: one day ahead
  return (Number.parseInt(sha.slice(0, 12), 16) % RANGE_SECONDS) * 1000;
}

export const SHARDS = 3;

/** The vitest shard (1..SHARDS) a commit runs shifted; from other digits of the SHA than the shift's. */
export function shardForSha(sha) {
  if (!/^[0-9a-f]{16}/i.test(sha)) return 1;
  return (Number.parseInt(sha.slice(12, 16), 16) % SHARDS) + 1;
}

function describeShift(ms) {
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY_MS);
  const rest = new Date(abs % DAY_MS).toISOString().slice(11, 19);
  return `${sign}${days}d ${rest}`;
}

function main() {
  const sha = commitSha();
  const fromEnv = process.env.CLOCK_SHIFT_MS;
  const shift = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : shiftForSha(sha);
  if (!Number.isFinite(shift)) {
    console.error(`CLOCK_SHIFT_MS must be a number of milliseconds; got "${fromEnv}".`);
    process.exit(2);
  }
  const preload = join(root, 'test', 'support', 'shift-clock.mjs');
  const source = fromEnv ? 'from CLOCK_SHIFT_MS' : sha ? `from commit ${sha.slice(0, 12)}` : 'no commit found';
  const given = process.argv.slice(2);
  const args = given.length > 0 ? given : [`--shard=${shardForSha(sha)}/${SHARDS}`];
  console.log(
    `Shifted-clock run: every Date reads the real time ${describeShift(shift)} (${source}); ` +
      `it believes it is ${new Date(Date.now() + shift).toISOString()}. Tests: ${args.join(' ')}.\n` +
      `Reproduce with: CLOCK_SHIFT_MS=${shift} npm run test:shifted -- ${args.join(' ')}`,
  );
  // A file URL: no spaces to quote in NODE_OPTIONS, and it works on every platform.
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${pathToFileURL(preload).href}`].filter(Boolean).join(' ');
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const result = spawnSync(process.execPath, [vitest, 'run', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CLOCK_SHIFT_MS: String(shift), NODE_OPTIONS: nodeOptions },
  });
  if (result.status !== 0) {
    console.error(`The shifted-clock run failed; reproduce with: CLOCK_SHIFT_MS=${shift} npm run test:shifted -- ${args.join(' ')}`);
  }
  process.exit(result.status ?? 1);
}

// Run only as a script: the test of shiftForSha imports this file.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
