// The gate's I/O floor (run by bench-gate.mjs, never by the action): a script that makes only the
// I/O a gate decision on the on-call path cannot do without, and nothing else: no policy parsing,
// no validation, no decision, no step summary, no decision record. It runs under the same runner
// environment as dist/index.js, so the bench can say how much of the gate's time is its own work
// and how much is Node starting a child process, speaking HTTP and hashing, which any gate that
// keeps the trust rules of docs/security.md must do:
//   - the policy folder read from the checkout's git objects (`git cat-file`), each object's hash
//     checked, in parallel with the request for the default branch's tip (GitHub);
//   - one schedule-entries request per schedule (incident.io), `BENCH_FLOOR_SCHEDULES` (comma
//     separated: the bench knows which schedules the example policy names);
//   - the `result` output written to GITHUB_OUTPUT.
// Built-ins are loaded through process.getBuiltinModule, as the action does (an ES import of
// node:http builds its whole namespace, which costs more than the request).
const { spawn } = process.getBuiltinModule('node:child_process');
const { createHash } = process.getBuiltinModule('node:crypto');
const { request } = process.getBuiltinModule('node:http');
const { appendFileSync, readFileSync } = process.getBuiltinModule('node:fs');

const env = process.env;
const folder = env.INPUT_POLICY_PATH || env['INPUT_POLICY-PATH'] || 'policies';

function get(url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`${url}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** `git cat-file --batch` over one pipe: ask for a name, get `<id> <type> <size>\n<content>\n`. */
function objectReader(cwd) {
  const git = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  let buffered = Buffer.alloc(0);
  const waiting = [];
  const drain = () => {
    while (waiting.length > 0) {
      const eol = buffered.indexOf(10);
      if (eol < 0) return;
      const [id, type, size] = buffered.subarray(0, eol).toString('latin1').split(' ');
      const end = eol + 1 + Number(size);
      if (buffered.length < end + 1) return;
      const content = buffered.subarray(eol + 1, end);
      buffered = buffered.subarray(end + 1);
      const hash = createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
      const { resolve, reject } = waiting.shift();
      if (hash !== id) reject(new Error(`object ${id} does not hash to its name`));
      else resolve({ id, type, content });
    }
  };
  git.stdout.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    drain();
  });
  return {
    read: (name) => new Promise((resolve, reject) => (waiting.push({ resolve, reject }), git.stdin.write(`${name}\n`))),
    close: () => git.stdin.end(),
  };
}

/** Tree entries: `<mode> <name>\0<20-byte id>`. */
function entries(tree) {
  const out = [];
  for (let at = 0; at < tree.length;) {
    const nul = tree.indexOf(0, at);
    const [mode, name] = tree.subarray(at, nul).toString('utf8').split(' ');
    out.push({ mode, name, id: tree.subarray(nul + 1, nul + 21).toString('hex') });
    at = nul + 21;
  }
  return out;
}

async function readFolder(git) {
  const commit = await git.read('HEAD');
  const root = (await git.read(/^tree ([0-9a-f]{40})/.exec(commit.content.toString('latin1'))[1])).content;
  const entry = entries(root).find((e) => e.name === folder);
  const files = entries((await git.read(entry.id)).content).filter((e) => e.mode === '100644');
  const blobs = await Promise.all(files.map((f) => git.read(f.id)));
  return { commit: commit.id, texts: blobs.map((b) => b.content.toString('utf8')) };
}

const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
const git = objectReader(env.GITHUB_WORKSPACE);
const [tip, policy] = await Promise.all([
  get(`${env.GITHUB_API_URL}/repos/${owner}/${repo}/commits/heads/${event.repository.default_branch}`, {
    accept: 'application/vnd.github.sha',
    authorization: `Bearer ${env['INPUT_GITHUB-TOKEN']}`,
  }),
  readFolder(git),
]);
git.close();
if (tip.trim() !== policy.commit) throw new Error('the checkout is not at the tip');

const base = env['INPUT_INCIDENTIO-API-URL'];
const now = new Date();
const until = new Date(now.getTime() + 12 * 3_600_000);
await Promise.all(
  env.BENCH_FLOOR_SCHEDULES.split(',').map((id) =>
    get(`${base}/v2/schedule_entries?schedule_id=${id}&entry_window_start=${now.toISOString()}&entry_window_end=${until.toISOString()}`, {
      authorization: `Bearer ${env['INPUT_INCIDENTIO-API-KEY']}`,
      accept: 'application/json',
    }),
  ),
);
appendFileSync(env.GITHUB_OUTPUT, 'result<<ghadelimiter_floor\napproved\nghadelimiter_floor\n');
process.stdout.write(`floor: ${policy.texts.length} policy files read at ${policy.commit.slice(0, 12)}\n`);
