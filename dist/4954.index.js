export const id = 4954;
export const ids = [4954,8789,8233];
export const modules = {

/***/ 4954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideGate: () => (/* binding */ decideGate),
  runGate: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/decide/outage.ts
var decide_outage = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
// EXTERNAL MODULE: ./src/decide/select-gate-policies.ts
var select_gate_policies = __webpack_require__(8267);
// EXTERNAL MODULE: ./src/report/explain.ts
var explain = __webpack_require__(7389);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/public-name.ts
var public_name = __webpack_require__(8789);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
;// CONCATENATED MODULE: ./src/report/render-on-call-timeline.ts



/** Rows shown before the rest is summed up in one line; a handful of handovers fit many times. */
const MAX_TIMELINE_ROWS = 24;
const HOUR_MS = 60 * 60_000;
function hours(ms) {
    const h = Math.round((ms / HOUR_MS) * 10) / 10;
    return `${h} hour${h === 1 ? '' : 's'}`;
}
/** Who covers `t` on one schedule, one entry per person, in a stable order. */
function coverAt(shifts, t) {
    const byEmail = new Map();
    for (const s of shifts) {
        if (s.startAt.getTime() <= t && t < s.endAt.getTime() && !byEmail.has(s.email))
            byEmail.set(s.email, s);
    }
    return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}
function person(s, t) {
    const login = t.logins.get(s.email.toLowerCase());
    // Public like the rest of the summary: a name, or the incident.io user ID, never the email.
    const name = (0,public_name/* markdownName */.Z)(s.name, s.userId);
    return login ? `${name} ([${(0,markdown/* code */.aY)(login)}](${t.serverUrl}/${encodeURIComponent(login)}))` : name;
}
/**
 * The timeline as Markdown: a heading line and a table, or '' when there is nothing to show (no
 * schedules). A blank cell means no change on that schedule at that moment.
 */
function renderOnCallTimeline(t) {
    const ids = [...new Set(t.scheduleIds)];
    const from = t.from.getTime();
    const to = t.to.getTime();
    if (ids.length === 0 || to <= from)
        return '';
    const expires = t.expiresAt?.getTime();
    // Every moment in the view at which some schedule's cover may change, and the expiry.
    const moments = new Set([from]);
    for (const id of ids) {
        for (const s of t.shifts.get(id) ?? []) {
            for (const m of [s.startAt.getTime(), s.endAt.getTime()])
                if (m > from && m < to)
                    moments.add(m);
        }
    }
    if (expires !== undefined && expires > from && expires < to)
        moments.add(expires);
    const rows = [];
    let expiryRow;
    const previous = new Map();
    for (const m of [...moments].sort((a, b) => a - b)) {
        const cells = ids.map((id) => {
            const cover = coverAt(t.shifts.get(id) ?? [], m);
            const key = cover.map((s) => s.email).join('\n');
            const changed = m === from || previous.get(id) !== key;
            previous.set(id, key);
            if (!changed)
                return '';
            return cover.length === 0 ? '_nobody_' : cover.map((s) => person(s, t)).join('<br>');
        });
        const isExpiry = m === expires;
        if (m !== from && !isExpiry && cells.every((c) => c === ''))
            continue;
        const when = m === from ? `now, ${(0,explain/* rfc3339 */.ag)(new Date(m))}` : (0,explain/* rfc3339 */.ag)(new Date(m));
        if (isExpiry)
            expiryRow = rows.length;
        rows.push([isExpiry ? `${when}<br>⏱ **approval expires**` : when, ...cells]);
    }
    const shown = rows.slice(0, MAX_TIMELINE_ROWS);
    const out = [
        `**On call over the next ${hours(to - from)}** (until ${(0,explain/* rfc3339 */.ag)(t.to)}; a blank cell: no change)`,
        '',
        (0,markdown/* table */.tp)(['Time (UTC)', ...ids.map((id) => (0,markdown/* code */.aY)(id))], shown),
    ];
    if (rows.length > shown.length)
        out.push('', `_…and ${rows.length - shown.length} more changes before ${(0,explain/* rfc3339 */.ag)(t.to)}._`);
    if (expires !== undefined && (expiryRow === undefined || expiryRow >= shown.length)) {
        out.push('', `The approval expires at ${(0,explain/* rfc3339 */.ag)(new Date(expires))}${expires >= to ? ', after this view' : ''}.`);
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/render-gate-summary.ts








const HEADINGS = {
    approved: '✅ oncall-gate: approved',
    denied: '❌ oncall-gate: denied',
    pending: '⏳ oncall-gate: pending approval',
    'not-required': '➖ oncall-gate: no approval required',
    error: '⛔ oncall-gate: error (the job is not allowed to run)',
};
const MD = { style: explain/* MARKDOWN */.yQ, advice: 'action' };
function incidentLine(i) {
    const policy = `Policy ${(0,markdown/* code */.aY)(i.policy)}: `;
    if (i.kind === 'paged') {
        const link = i.url ? `[${(0,markdown/* escapeMarkdown */.FV)(i.reference)}](${i.url})` : (0,markdown/* escapeMarkdown */.FV)(i.reference);
        return `${policy}the on-call team was paged through the escalation incident ${link}.`;
    }
    return i.reference
        ? `${policy}a dry run writes nothing (the escalation incident of this run is ${(0,markdown/* escapeMarkdown */.FV)(i.reference)}).`
        : `${policy}a dry run opens no escalation incident (it would open one for ${(0,markdown/* code */.aY)(i.requestKey)}).`;
}
/** Why the gate did not approve (the decision's reasons, then what it did about escalations). */
function gateReasons(decision, incidents = []) {
    return [...(0,explain/* decisionReasons */.EP)(decision, MD), ...incidents.map(incidentLine)];
}
/** Joins messages into sentences, each ending with a period. */
const sentences = (parts) => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');
/** The step's failure message, or undefined when the step passes. */
function gateFailure(decision, failOnDeny, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    const fixes = (0,explain/* decisionFixes */.Ox)(decision, MD);
    switch (decision.result) {
        case 'approved':
        case 'not-required':
            return undefined;
        case 'error':
            return `oncall-gate could not decide, so the job may not run: ${sentences(reasons)}${fixes.length ? ` Fix: ${sentences(fixes)}` : ''}`;
        default:
            if (!failOnDeny)
                return undefined;
            return `oncall-gate ${decision.result}: ${sentences(reasons)}${fixes.length ? ` What to do: ${sentences(fixes)}` : ''}`;
    }
}
/** One log line: the result, its expiry and why. */
function gateLogLine(decision, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    return `Decision: ${decision.result}${decision.expiresAt ? ` until ${(0,explain/* rfc3339 */.ag)(decision.expiresAt)}` : ''}${reasons.length ? `: ${reasons.join(' ')}` : '.'}`;
}
function loginLink(login, serverUrl) {
    return `[${(0,markdown/* code */.aY)(login)}](${serverUrl}/${encodeURIComponent(login)})`;
}
function renderOnCall(schedules, serverUrl) {
    // The rotation and layer of each person, when incident.io's entries say (names when they were read).
    const placed = schedules.some((s) => s.people.some((p) => p.placements.length > 0));
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [(0,markdown/* code */.aY)(s.scheduleId), 'nobody', '', '', ...(placed ? [''] : [])];
        // A step summary is public to whoever can read the run: names and logins, never emails.
        const names = s.people.map((p) => (0,public_name/* markdownName */.Z)(p.name, p.userId)).join('<br>');
        const logins = s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>');
        const until = s.people.map((p) => (0,explain/* rfc3339 */.ag)(p.endAt)).join('<br>');
        const where = s.people.map((p) => p.placements.map((x) => (0,explain/* placementLabel */.Cf)(x, MD)).join('; ') || '_none given_').join('<br>');
        return [(0,markdown/* code */.aY)(s.scheduleId), names, logins, until, ...(placed ? [where] : [])];
    });
    return (0,markdown/* table */.tp)(['Schedule', 'On call now', 'GitHub', 'Shift ends', ...(placed ? ['Rotation, layer'] : [])], rows);
}
/** The heading: in outage mode it says so before anything else. */
function heading(decision) {
    return decision.degraded ? `⚠️ OUTAGE MODE (degraded): ${HEADINGS[decision.result]}` : HEADINGS[decision.result];
}
function renderGateSummary(decision, ctx) {
    const out = [`### ${heading(decision)}`, ''];
    const banner = (0,explain/* outageBanner */.Ih)(decision, MD);
    if (banner)
        out.push(`> **${banner}**`, '');
    if (ctx.dryRun)
        out.push('_Dry run: nothing was written anywhere; the decision is what a real run would make._', '');
    const who = decision.requester;
    // Whether the requester's email was found, and how; never the email itself (the summary is public).
    const email = who.emails.length > 0
        ? `incident.io email found${who.emailSource ? ` (from ${who.emailSource})` : ''}`
        : decision.result === 'error'
            ? '_email not looked up (the decision stopped earlier)_'
            : '_no known incident.io email_';
    const facts = [['Requester', `${loginLink(who.login, ctx.serverUrl)}: ${email}`]];
    if (ctx.actor && ctx.actor.toLowerCase() !== ctx.triggeringActor.toLowerCase()) {
        facts.push([
            'Run',
            `started by ${loginLink(ctx.actor, ctx.serverUrl)}, re-run by ${loginLink(ctx.triggeringActor, ctx.serverUrl)} (the re-runner must be on call)`,
        ]);
    }
    if (ctx.environment)
        facts.push(['Environment', `${(0,markdown/* code */.aY)(ctx.environment)}${ctx.environmentFrom ? ` (from ${ctx.environmentFrom})` : ''}`]);
    if (ctx.policyInput)
        facts.push(['Policy input', (0,markdown/* code */.aY)(ctx.policyInput)]);
    facts.push([
        'Policies',
        decision.verdicts.length > 0
            ? decision.verdicts.map((v) => `${(0,markdown/* code */.aY)(v.policy)} (${(0,markdown/* code */.aY)(`${v.at.file}:${v.at.line}`)}): **${v.result}**`).join('<br>')
            : decision.policies.length > 0
                ? decision.policies.map(markdown/* code */.aY).join(', ')
                : 'none matched',
    ]);
    if (ctx.policySource)
        facts.push(['Policy read from', (0,markdown/* escapeMarkdown */.FV)(ctx.policySource)]);
    if (decision.approved) {
        // Through the escalation evidence, one login per merged PR, comma-separated.
        const approvers = (decision.approvedBy ?? '').split(',').filter(Boolean);
        facts.push([
            'Approved by',
            decision.approvedBy === 'auto' ? 'auto (on call now)' : approvers.map((l) => loginLink(l, ctx.serverUrl)).join(', '),
        ]);
        if (decision.expiresAt)
            facts.push(['Approval expires', (0,explain/* rfc3339 */.ag)(decision.expiresAt)]);
    }
    if (decision.degraded) {
        facts.push(['On call', '_unknown: incident.io was unavailable_']);
    }
    else if (decision.result !== 'error' && decision.result !== 'not-required') {
        facts.push([
            'On call',
            decision.onCall ? `yes, for ${decision.onCallSchedules.map(markdown/* code */.aY).join(', ')}` : 'no, for none of the schedules below',
        ]);
    }
    out.push((0,markdown/* table */.tp)(['', ''], facts), '');
    if (decision.result === 'not-required') {
        out.push('Neither the `environment` nor the `policy` input names a policy, so this job needs no approval.', '');
    }
    const reasons = gateReasons(decision, ctx.incidents);
    if (reasons.length > 0) {
        out.push(decision.result === 'error' ? '**What went wrong**' : '**Why**', '');
        for (const r of reasons)
            out.push(`- ${r}`);
        out.push('');
    }
    const fixes = (0,explain/* decisionFixes */.Ox)(decision, MD);
    if (fixes.length > 0) {
        out.push('**What to do**', '');
        for (const f of fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    if ((decision.result === 'denied' || decision.result === 'pending') && !ctx.failOnDeny) {
        out.push('_`fail-on-deny: false`: the step passes, with the output `approved=false`._', '');
    }
    const ruleLines = decision.verdicts.flatMap((v) => v.rules.map((r) => `- ${(0,markdown/* code */.aY)(v.policy)} rule ${r.index + 1} (${r.type}, ${(0,markdown/* code */.aY)(`${r.at.file}:${r.at.line}`)}): ` +
        `${r.type === 'deny' ? 'denies' : r.holds ? 'holds' : 'does not hold'}: ${(0,explain/* ruleReason */.JJ)(r, decision, MD)}` +
        (r.expiresAt ? ` (until ${(0,explain/* rfc3339 */.ag)(r.expiresAt)})` : '')));
    const fallbackLines = decision.verdicts.flatMap((v) => v.fallback
        ? [
            `- ${(0,markdown/* code */.aY)(v.policy)} outage fallback (${(0,markdown/* code */.aY)('whenUnavailable')}, ${(0,markdown/* code */.aY)(`${v.fallback.at.file}:${v.fallback.at.line}`)}): ` +
                `${v.fallback.status}: ${(0,explain/* fallbackReason */.NH)(v.fallback, MD, decision)}` +
                (v.fallback.expiresAt ? ` (until ${(0,explain/* rfc3339 */.ag)(v.fallback.expiresAt)})` : ''),
        ]
        : []);
    if (ruleLines.length + fallbackLines.length > 0) {
        out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, ...fallbackLines, '', '</details>', '');
    }
    if (decision.facts.schedules.length > 0) {
        out.push(`**On call now** (${(0,explain/* rfc3339 */.ag)(decision.facts.at)})`, '', renderOnCall(decision.facts.schedules, ctx.serverUrl), '');
        const timeline = ctx.outlook
            ? renderOnCallTimeline({
                ...ctx.outlook,
                scheduleIds: decision.facts.schedules.map((s) => s.scheduleId),
                serverUrl: ctx.serverUrl,
                ...(decision.approved && decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
            })
            : '';
        if (timeline)
            out.push(timeline, '');
    }
    if (ctx.diagnostics && ctx.diagnostics.length > 0) {
        out.push('**Policy problems**', '', (0,render_diagnostics/* renderDiagnosticsTable */.bZ)(ctx.diagnostics), '');
    }
    return out.join('\n');
}
/** The gate's outputs, summary, annotations and (unless the step passes) failure. */
function gateResult(decision, c) {
    const annotations = (0,render_diagnostics/* diagnosticsToAnnotations */.Af)(c.diagnostics ?? []);
    const incidents = c.incidents ?? [];
    if (c.notice) {
        annotations.push({ level: 'notice', ...c.notice });
    }
    else if (decision.result === 'not-required' && c.auto && !c.environment && !c.policyInput) {
        // `auto` picked the gate for this event; an open gate must not pass silently.
        annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: (0,select_gate_policies/* openGateWarning */.Mi)(c.eventName) });
    }
    const banner = (0,explain/* outageBanner */.Ih)(decision, MD);
    if (banner)
        annotations.push({ level: 'warning', title: 'oncall-gate: OUTAGE MODE decided', message: c.redact(banner) });
    const failure = gateFailure(decision, c.failOnDeny, incidents);
    if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
        // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
        annotations.push({
            level: 'warning',
            title: `oncall-gate ${decision.result}`,
            message: c.redact(gateReasons(decision, incidents).join(' ')),
        });
    }
    return {
        outputs: { ...(0,outputs/* gateOutputs */.Q)(decision), ...c.incidentOutputs },
        summary: c.redact(renderGateSummary(decision, c)),
        annotations,
        ...(failure ? { failure: c.redact(failure) } : {}),
    };
}

// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/git/object-store.ts
// Reads objects from a repository's git object database through one long-lived
// `git cat-file --batch-command` process, and checks every object against its name: the object
// ID is the hash of the object's type, size and content, so an object read here is exactly the
// committed content, whatever a working tree, an index or a replaced object file holds.
//
// Why a git process and not a library: reading packfiles (delta chains, pack indexes, two object
// formats) is most of a git implementation; the git on the runner does it, and one process
// answers every read of a policy folder. Why check hashes ourselves: `cat-file` trusts the
// object files on disk, and an earlier step of the job could have edited one.




/** The object store cannot be used: no git, not a repository, or an object that fails its hash. */
function gitObjectStoreError(message) {
    return new src_errors/* OncallGateError */.lN({ kind: 'environment', message, fix: '' });
}
const NAME = /^[^\s]+$/;
/**
 * Git's environment for reading committed content only: nothing from the calling environment
 * that could point git at another repository or object store, no replacement objects
 * (`refs/replace` would swap one object for another), no fetching of missing objects from a
 * promisor remote (a partial clone), no prompts, and no discovery above the folder.
 */
function gitReadEnv(repoDir, env = process.env) {
    const clean = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_'))
            clean[k] = v;
    return {
        ...clean,
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_NO_LAZY_FETCH: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CEILING_DIRECTORIES: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(repoDir)),
        GIT_CONFIG_NOSYSTEM: '1',
    };
}
/** Opens the object store of the repository whose top level is `repoDir`. */
function openObjectStore(repoDir, options = {}) {
    const dir = (0,external_node_path_.resolve)(repoDir);
    let child;
    // safe.directory on the command line: a checkout owned by another user (a container job) is
    // still read; the command only reads objects.
    const args = ['-c', `safe.directory=${dir}`, 'cat-file', '--batch-command'];
    const waiting = [];
    let buffer = Buffer.alloc(0);
    let failure;
    let stderr = '';
    const fail = (error) => {
        failure ??= error;
        for (const w of waiting.splice(0))
            w.reject(failure);
    };
    try {
        child = (0,external_node_child_process_.spawn)(options.git ?? 'git', args, {
            cwd: dir,
            env: gitReadEnv(dir, options.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
    }
    catch (error) {
        failure = gitObjectStoreError(`Cannot run git: ${error.message}`);
        return failedStore(failure);
    }
    child.on('error', (error) => fail(gitObjectStoreError(`Cannot run git: ${error.message}`)));
    child.stdin.on('error', () => undefined); // reported through 'close' below
    child.stderr.on('data', (d) => {
        if (stderr.length < 2000)
            stderr += d.toString('utf8');
    });
    child.on('close', (code) => {
        const why = stderr.trim().split('\n')[0] || `git exited with code ${String(code)}`;
        fail(gitObjectStoreError(why));
    });
    const drain = () => {
        for (let w = waiting[0]; w; w = waiting[0]) {
            const eol = buffer.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = buffer.subarray(0, eol).toString('utf8');
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(undefined);
                continue;
            }
            const [, oid, type, size] = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag) (\d+)$/.exec(header) ?? [];
            if (!oid || !type || !size) {
                fail(gitObjectStoreError(`Unexpected answer from git cat-file: "${header.slice(0, 100)}"`));
                return;
            }
            const info = { oid, type: type, size: Number(size) };
            // An object asked for by its ID must come back under that ID (its content is then checked
            // against it below): git answering with another object is an error, not a substitute.
            if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(w.name) && info.oid !== w.name) {
                fail(gitObjectStoreError(`git answered ${w.name} with another object (${info.oid})`));
                return;
            }
            if (w.want === 'info') {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(info);
                continue;
            }
            const end = eol + 1 + info.size;
            if (buffer.length < end + 1)
                return; // content and its newline not all here yet
            const content = Buffer.from(buffer.subarray(eol + 1, end));
            buffer = buffer.subarray(end + 1);
            waiting.shift();
            if (objectId(info.type, content, info.oid.length) !== info.oid) {
                w.reject(gitObjectStoreError(`The ${info.type} ${info.oid} in the checkout's object database does not match its ID (it was altered)`));
                continue;
            }
            w.resolve({ ...info, content });
        }
    };
    child.stdout.on('data', (d) => {
        buffer = buffer.length === 0 ? d : Buffer.concat([buffer, d]);
        drain();
    });
    const ask = (want, name) => {
        if (failure)
            return Promise.reject(failure);
        if (!NAME.test(name))
            return Promise.reject(gitObjectStoreError(`Not an object name: "${name.slice(0, 80)}"`));
        return new Promise((resolvePromise, reject) => {
            waiting.push({ want, name, resolve: resolvePromise, reject });
            child.stdin.write(`${want} ${name}\n`);
        });
    };
    return {
        info: (name) => ask('info', name),
        read: (name) => ask('contents', name),
        close: () => {
            if (child.exitCode === null && !child.killed)
                child.stdin.end();
        },
    };
}
function failedStore(error) {
    return { info: () => Promise.reject(error), read: () => Promise.reject(error), close: () => undefined };
}
/** The ID git gives an object: SHA-1 (40 hex) or SHA-256 (64 hex) of "<type> <size>\0<content>". */
function objectId(type, content, hexLength = 40) {
    const hash = (0,external_node_crypto_.createHash)(hexLength === 64 ? 'sha256' : 'sha1');
    hash.update(`${type} ${content.length}\0`);
    hash.update(content);
    return hash.digest('hex');
}
/** Entries of a tree object: `<mode> <name>\0<raw object ID>` repeated. */
function parseTree(content, hexLength = 40) {
    const raw = hexLength / 2;
    const items = [];
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        const nul = content.indexOf(0x00, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + raw > content.length)
            throw gitObjectStoreError('A tree object in the checkout is malformed');
        items.push({
            mode: content.subarray(at, space).toString('latin1'),
            name: content.subarray(space + 1, nul).toString('utf8'),
            oid: content.subarray(nul + 1, nul + 1 + raw).toString('hex'),
        });
        at = nul + 1 + raw;
    }
    return items;
}
/** The tree a commit object points at. */
function commitTree(content) {
    const tree = /^tree ([0-9a-f]{40}|[0-9a-f]{64})\n/.exec(content.subarray(0, 80).toString('latin1'))?.[1];
    if (!tree)
        throw gitObjectStoreError('A commit object in the checkout is malformed');
    return tree;
}

// EXTERNAL MODULE: ./src/policy/policy-tree.ts
var policy_tree = __webpack_require__(4695);
;// CONCATENATED MODULE: ./src/git/policy-at-commit.ts
// The policy folder as committed at a commit, read from the git object database (object-store.ts):
// committed content only, never the working tree, with the same rules for links, special files
// and sizes as every other source (policy/policy-tree.ts).


const MODE_KIND = {
    '40000': 'folder',
    '100644': 'file',
    '100755': 'file',
    '120000': 'symlink',
    '160000': 'submodule',
};
/**
 * Reads `policyPath` (repo-relative) at `commitName` (an object ID, `HEAD`, or a ref). undefined
 * when the store does not hold that commit. Throws a `policy` error when the path is not a folder
 * there (a file, a link, a submodule), an `environment` error when the objects cannot be read or
 * fail their hash check.
 */
async function readPolicyAtCommit(store, commitName, policyPath) {
    const commit = await store.read(`${commitName}^{commit}`);
    if (!commit)
        return undefined;
    if (commit.type !== 'commit')
        throw gitObjectStoreError(`${commitName} is not a commit`);
    const hexLength = commit.oid.length;
    const folder = policyPath;
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    const readTree = async (oid, path) => {
        const tree = await store.read(oid);
        if (!tree || tree.type !== 'tree')
            throw gitObjectStoreError(`The tree of ${path || 'the repository root'} at ${commit.oid} is missing from the checkout`);
        return parseTree(tree.content, hexLength);
    };
    let items = await readTree(commitTree(commit.content), '');
    for (const [i, segment] of segments.entries()) {
        const path = segments.slice(0, i + 1).join('/');
        const item = items.find((t) => t.name === segment);
        if (!item)
            return { commit: commit.oid, folderMissing: true, files: [] };
        const kind = MODE_KIND[item.mode] ?? 'special';
        if (kind !== 'folder')
            throw (0,policy_tree/* notAFolderError */.R_)(path, kind);
        items = await readTree(item.oid, path);
    }
    const walk = async (list, prefix) => {
        const settled = await Promise.allSettled(list.map(async (item) => {
            const path = `${prefix}/${item.name}`;
            const kind = MODE_KIND[item.mode] ?? 'special';
            if (kind === 'folder')
                return walk(await readTree(item.oid, path), path);
            if (kind === 'file' && (0,policy_tree/* isPolicyFileName */.yP)(path)) {
                const info = await store.info(item.oid);
                if (!info)
                    throw gitObjectStoreError(`${path} (${item.oid}) is missing from the checkout's objects`);
                return [{ path, kind, size: info.size, oid: item.oid }];
            }
            return [{ path, kind, size: 0, oid: item.oid }];
        }));
        return settled.flatMap((s) => {
            if (s.status === 'rejected')
                throw s.reason;
            return s.value;
        });
    };
    const entries = await walk(items, segments.join('/'));
    const plan = (0,policy_tree/* planPolicyRead */.y4)(segments.join('/'), entries);
    const oids = new Map(entries.map((e) => [e.path, e.oid]));
    const read = await Promise.all(plan.read.map(async (entry) => {
        const oid = oids.get(entry.path);
        const blob = oid === undefined ? undefined : await store.read(oid);
        if (!blob || blob.type !== 'blob')
            throw gitObjectStoreError(`${entry.path} is missing from the checkout's objects`);
        return { path: entry.path, text: blob.content.toString('utf8') };
    }));
    return { commit: commit.oid, folderMissing: false, files: (0,policy_tree/* policyFilesOf */.fW)(read, plan) };
}

// EXTERNAL MODULE: ./src/policy/read-policy-dir.ts
var read_policy_dir = __webpack_require__(8233);
;// CONCATENATED MODULE: ./src/commands/gate-policy.ts
// Where the gate's policy comes from: the default branch's current tip, as committed. Never the
// working tree (an earlier step could have edited it), never the deployed commit (a re-run of an
// old run, a tag or another branch would bring its own, older or looser policy).
//
// Cost: one extra GitHub request, overlapped with the rest. The tip's SHA is asked with one plain
// request (the GitHub port's branchTip, without Octokit); meanwhile the policy is read from the checkout's git objects at
// HEAD, so the gate can start its incident.io reads. When the tip is HEAD, that is the answer;
// otherwise the tip's policy is read from the checkout's objects if it has them, else through the
// GitHub API, and the caller redoes its reads with it.






/** The default branch from the event; without it nothing can be trusted. */
function defaultBranchOf(event) {
    if (event.defaultBranch)
        return event.defaultBranch;
    throw new src_errors/* OncallGateError */.lN({
        kind: 'environment',
        message: `Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``,
        fix: 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).',
    });
}
/**
 * Starts both reads at once. `early` never rejects (a checkout that cannot be read is simply not
 * used); `trusted` rejects when the tip cannot be learned or read, and the gate then fails closed.
 */
function readGatePolicy(branch, readers) {
    const tip = readers.tip(branch);
    const head = readers.checkout('HEAD').catch(() => undefined);
    const early = head.then((h) => (h ? { branch, commit: h.commit, via: 'checkout', files: h.files } : undefined));
    const trusted = (async () => {
        const commit = await tip;
        const fromHead = await early;
        if (fromHead?.commit === commit)
            return fromHead;
        // The checkout is at another commit (an older run, a tag, another branch, or a push since);
        // it may still hold the tip's objects (fetch-depth: 0).
        const local = fromHead ? await readers.checkout(commit).catch(() => undefined) : undefined;
        if (local)
            return { branch, commit, via: 'checkout', files: local.files };
        return { branch, commit, via: 'api', files: await readers.api(commit) };
    })();
    // Only `trusted` is awaited when the checkout is unusable; keep an early failure from going unhandled.
    trusted.catch(() => undefined);
    return { early, trusted };
}
/** "policies/ at 1a2b3c4d5e6f, the tip of main, read from the checkout's git objects" (plain text). */
function describePolicySource(policyPath, p) {
    const how = p.via === 'checkout' ? "read from the checkout's git objects" : 'read through the GitHub API';
    return `${policyPath}/ at ${p.commit.slice(0, 12)}, the tip of ${p.branch}, ${how}`;
}
/**
 * The real readers: git objects of the workspace checkout, GitHub's tip request (the port's one
 * plain request), the git trees API. Synchronous on purpose: the git process starts now, so its
 * start-up overlaps the rest of the gate's loading instead of waiting for it.
 */
function gatePolicyReaders(options) {
    const folder = (0,read_policy_dir.normalizePolicyPath)(options.policyPath);
    // No workspace (App mode has no checkout): the API alone.
    const store = options.workspace && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(options.workspace, '.git')) ? openObjectStore(options.workspace) : undefined;
    return {
        tip: async (branch) => {
            if (!options.token) {
                throw new src_errors/* OncallGateError */.lN({
                    kind: 'input',
                    setting: 'github-token',
                    message: 'The `github-token` input is empty, so the gate cannot learn the tip of the default branch, whose policy decides',
                    fix: 'Leave `github-token` at its default (`${{ github.token }}`), or pass a token with `contents: read`.',
                });
            }
            return (await options.github()).branchTip(branch);
        },
        checkout: async (name) => {
            if (!store)
                return undefined;
            const read = await readPolicyAtCommit(store, name, folder);
            if (!read)
                return undefined;
            return { commit: read.commit, files: read.folderMissing ? undefined : read.files };
        },
        api: options.api,
        close: () => store?.close(),
    };
}

// EXTERNAL MODULE: ./src/decide/scope.ts
var scope = __webpack_require__(3056);
// EXTERNAL MODULE: ./src/api-deadline.ts
var api_deadline = __webpack_require__(2136);
;// CONCATENATED MODULE: ./src/commands/gate-facts.ts








function missingFolderError(ctx, source) {
    return new src_errors/* OncallGateError */.lN({
        kind: 'policy',
        message: `There is no policy folder \`${ctx.inputs.policyPath}\` at ${source.commit.slice(0, 12)}, the tip of the default branch ${source.branch}`,
        fix: 'Merge the policies to the default branch first (the deciding policy always comes from its tip), or set `policy-path` to the folder that holds them.',
    });
}
/**
 * The run's GitHub port, once the token is known to be there. Asked for only when a GitHub call
 * is due: a gate whose actor the identities map resolves makes no call beyond the tip.
 */
function gitHubOf(ctx) {
    return async () => {
        if (!ctx.inputs.githubToken) {
            throw new src_errors/* OncallGateError */.lN({
                kind: 'input',
                setting: 'github-token',
                message: 'The `github-token` input is empty, and this gate needs GitHub',
                fix: 'Leave `github-token` at its default (`${{ github.token }}`) or pass a token with `contents: read`.',
            });
        }
        return ctx.github();
    };
}
/** Loads the on-call reader once; started early so loading overlaps reading the policy. */
let onCallModule;
const loadOnCall = () => (onCallModule ??= __webpack_require__.e(/* import() */ 3869).then(__webpack_require__.bind(__webpack_require__, 3869)));
/** A step that names a policy will almost surely ask incident.io: start loading the client now. */
function preloadOnCall(ctx, target) {
    if ((target.environment || target.policy) && ctx.inputs.incidentioApiKey) {
        Promise.all([ctx.incidentio(), loadOnCall()]).catch(() => undefined);
    }
}
/**
 * Who is on call for the policies' schedules (and, for scoped rules, the rotation and layer
 * names). When a policy names an outage fallback, incident.io gets the run's API time less what
 * the fallback needs, and an outage (decide/outage.ts) is returned rather than thrown.
 */
async function readOnCall(ctx, policies, at) {
    const scheduleIds = (0,engine/* policySchedules */.VH)(policies);
    if (scheduleIds.length === 0)
        return { onCall: new Map() };
    if (!ctx.inputs.incidentioApiKey) {
        throw new src_errors/* OncallGateError */.lN({
            kind: 'input',
            setting: 'incidentio-api-key',
            message: 'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call',
            fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (an incident.io API key with the schedules_reader or viewer role).',
        });
    }
    // dry-run: the run's client is read-only (the gate only reads anyway).
    // One query per schedule reaches past now, so the summary can show the next hours' handovers
    // without another request; the decision still sees only the shifts covering `at`.
    const [client, { fetchOnCallWithOutlook, fetchRotationNames }] = await Promise.all([ctx.incidentio(), loadOnCall()]);
    const scoped = (0,scope/* scopedSchedules */.DJ)(policies);
    const work = Promise.all([
        fetchOnCallWithOutlook(client, scheduleIds, at),
        scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
    ]);
    const fallback = policies.some((p) => p.whenUnavailable?.kind === 'fallback');
    try {
        const [read, rotationNames] = await (fallback && ctx.deadline
            ? (0,api_deadline/* withinIncidentIoShare */.hV)(ctx.deadline, (0,api_deadline/* fallbackReserveMs */.$r)(ctx.deadline), work)
            : work);
        return { onCall: read.now, outlook: read.outlook, ...(rotationNames ? { rotationNames } : {}) };
    }
    catch (error) {
        const outage = fallback ? (0,decide_outage/* asOutage */.s)(error, ctx.redactor.redact) : undefined;
        if (!outage)
            throw error;
        return { onCall: new Map(), outage };
    }
}
/**
 * The reads for one policy: load and check it, select the policies, resolve the requester and
 * read who is on call. Pure reads, so they can start on the checkout's HEAD policy before the
 * default branch's tip is known, and be thrown away if the tip turns out to be another commit.
 */
async function factsOf(ctx, target, files, now, github) {
    const { inputs, run } = ctx;
    const login = run.triggeringActor;
    // The full YAML parser is loaded only if a policy file needs it.
    const { loadPolicySetLazily } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(8508)]).then(__webpack_require__.bind(__webpack_require__, 7121));
    const set = await loadPolicySetLazily(files);
    if (!set.valid) {
        const errors = set.diagnostics.filter((d) => d.severity === 'error');
        // Fail closed: an invalid trusted policy is an error, never "no policy".
        throw new src_errors/* OncallGateError */.lN({
            kind: 'policy',
            message: `The policy in ${inputs.policyPath}/ at the tip of the default branch is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`,
            fix: `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`,
            diagnostics: errors,
        });
    }
    const selection = (0,select_gate_policies/* selectGatePolicies */.iW)(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
    if (selection.kind === 'unmatched')
        throw new src_errors/* OncallGateError */.lN({ kind: 'policy', message: selection.message, fix: selection.fix });
    const matched = selection.kind === 'matched' ? selection.policies : [];
    if (matched.length === 0)
        return { set, matched, requester: { login, emails: [] }, onCall: new Map() };
    // Identity and on-call are independent reads: do them concurrently.
    const [identity, read] = await Promise.all([
        (0,resolve_identity/* resolveIdentity */.XH)(login, set.identities, {
            org: run.repository.owner,
            policyPath: inputs.policyPath,
            github: {
                publicEmail: async (l) => (await github()).publicEmail(l),
                verifiedDomainEmails: async (l, org) => (await github()).verifiedDomainEmails(l, org),
            },
        }),
        readOnCall(ctx, matched, now),
    ]);
    const requester = {
        login,
        emails: identity.emails,
        ...(identity.source ? { emailSource: identity.source } : {}),
        ...(identity.problem ? { identityProblem: identity.problem } : {}),
    };
    return {
        set,
        matched,
        requester,
        onCall: read.onCall,
        ...(read.outlook ? { outlook: read.outlook } : {}),
        ...(read.rotationNames ? { rotationNames: read.rotationNames } : {}),
        ...(read.outage ? { outage: read.outage } : {}),
    };
}
/**
 * Reads the policy at the default branch's tip and, with it, the facts. The reads start on the
 * checkout's HEAD policy while GitHub says which commit is the tip, and are redone on the tip's
 * policy when HEAD is another commit. Resolves once the tip's policy is read; the facts may still
 * be on their way.
 */
async function readGateFacts(ctx, target, now) {
    const { inputs, run, log, event } = ctx;
    const github = gitHubOf(ctx);
    const branch = defaultBranchOf(event);
    const readers = gatePolicyReaders({
        workspace: run.workspace,
        policyPath: inputs.policyPath,
        token: inputs.githubToken,
        github: () => ctx.github(),
        api: async (commit) => {
            const read = await (await github()).readPolicyFilesAtRef(commit, inputs.policyPath);
            return read.folderMissing ? undefined : read.files;
        },
    });
    try {
        const policy = readGatePolicy(branch, readers);
        const factsFor = (p) => p.files ? factsOf(ctx, target, p.files, now, github) : undefined;
        const early = await policy.early;
        const earlyFacts = early ? factsFor(early) : undefined;
        earlyFacts?.catch(() => undefined); // thrown away unless HEAD is the tip; awaited by the caller if it is
        const source = await policy.trusted;
        if (early && early.commit !== source.commit) {
            log.info(`Policy: the checkout is at ${early.commit.slice(0, 12)}, not at the tip of ${branch} (${source.commit.slice(0, 12)}), whose policy decides.`);
        }
        log.info(`Policy: ${describePolicySource(inputs.policyPath, source)}.`);
        return { source, facts: early && early.commit === source.commit ? earlyFacts : factsFor(source) };
    }
    finally {
        // The policy files are read: the git object store is no longer needed.
        readers.close();
    }
}

// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
// EXTERNAL MODULE: ./src/record/run-record.ts + 3 modules
var run_record = __webpack_require__(6725);
;// CONCATENATED MODULE: ./src/commands/gate.ts










const notRequired = (requester, at) => (0,engine/* evaluate */._3)({
    requester,
    policies: [],
    onCall: new Map(),
    at,
    reason: '',
    identities: { lookup: ['map'], users: new Map() },
    subject: { kind: 'run' },
});
async function runGate(ctx) {
    const { target, outcome } = await decideGate(ctx);
    return finish(ctx, target, outcome);
}
/** The gate's decision and what it did, without the step's result: for the action (runGate) and App mode. */
async function decideGate(ctx, options = {}) {
    const { inputs, run, log, event } = ctx;
    const login = run.triggeringActor;
    // The requester is who started this run or re-run; log both actors, since a re-run keeps
    // GITHUB_ACTOR of the first run.
    log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
    const now = ctx.clock();
    const target = (0,select_gate_policies/* gateTarget */.vw)(inputs, event);
    if (target.environmentFrom === 'deployment') {
        log.info(`Environment: ${target.environment}, from the ${event.name} event's deployment (the \`environment\` input is empty).`);
    }
    if (event.kind === 'push' && event.deleted)
        return { target, outcome: deletionPush(ctx, target, now) };
    let requester = { login, emails: [] };
    let matched = [];
    let set;
    const outcome = {};
    try {
        if (!login) {
            throw new src_errors/* OncallGateError */.lN({
                kind: 'environment',
                message: 'Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check',
                fix: 'Run oncall-gate inside a GitHub Actions job (the runner sets both).',
            });
        }
        preloadOnCall(ctx, target);
        // Gather.
        const reads = await readGateFacts(ctx, target, now);
        outcome.source = reads.source;
        if (!reads.facts) {
            // No policy folder: fine when the step names no policy, an error when it names one.
            if (!target.environment && !target.policy) {
                log.info('No policy folder and no `environment` or `policy` input: approval not required.');
                return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
            }
            throw missingFolderError(ctx, reads.source);
        }
        const facts = await reads.facts.catch((error) => {
            if ((0,src_errors/* isError */.bJ)(error, 'policy') && error.diagnostics)
                outcome.diagnostics = [...error.diagnostics];
            throw error;
        });
        ({ matched, requester, set } = facts);
        const { onCall } = facts;
        if (facts.outlook)
            outcome.outlook = { ...facts.outlook, logins: (0,resolve_identity/* loginsByEmail */.Ob)(set.identities) };
        outcome.onCall = onCall;
        log.info(`Policy: ${set.files.length} file(s).`);
        if (matched.length === 0) {
            log.info('No `environment` or `policy` input: no policy applies, approval not required.');
            return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
        }
        log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
        log.info(requester.emailSource
            ? `Identity: ${login} resolved by ${requester.emailSource}.`
            : `Identity: ${login} has no known incident.io email.`);
        if (facts.outage) {
            // Outage mode: the policies' fallbacks decide on GitHub evidence alone.
            outcome.decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause: facts.outage });
            return { target, outcome: { ...outcome, decision: outcome.decision } };
        }
        for (const id of (0,engine/* policySchedules */.VH)(matched))
            log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
        // Decide.
        // Without auto, nobody is on call as far as the rules are concerned: only evidence approves.
        const judged = options.judgeAuto === false ? new Map() : onCall;
        const identities = set.identities;
        const decideWith = (evidence) => {
            if (evidence)
                outcome.history = evidence.history;
            return (0,engine/* evaluate */._3)({
                requester,
                policies: matched,
                onCall: judged,
                at: now,
                reason: inputs.reason,
                identities,
                subject: { kind: 'run', ...(evidence ? { evidence } : {}) },
                ...(facts.rotationNames ? { rotationNames: facts.rotationNames } : {}),
            });
        };
        outcome.decision = decideWith();
        // A denial that an escalation could still turn around: gather the deployed commit's review
        // evidence, decide again, and (still pending) plan and apply the run's incident writes.
        // Loaded only then, so an auto-approved gate does not pay for it.
        if ((0,engine/* openEscalations */.Lp)(outcome.decision, matched).length > 0) {
            const { applyGateEscalation } = await Promise.all(/* import() */[__webpack_require__.e(6645), __webpack_require__.e(6397), __webpack_require__.e(1866)]).then(__webpack_require__.bind(__webpack_require__, 1866));
            const escalated = await applyGateEscalation(ctx, {
                decision: outcome.decision,
                policies: matched,
                set,
                redecide: decideWith,
                environment: target.environment,
                ...(options.page === false ? { page: false } : {}),
                ...(options.incidentMayExist ? { incidentMayExist: true } : {}),
            });
            outcome.decision = escalated.decision;
            outcome.incidentOutputs = escalated.outputs;
            outcome.incidents = escalated.incidents;
        }
        return { target, outcome: { ...outcome, decision: outcome.decision } };
    }
    catch (error) {
        log.debug(ctx.redactor.redact(error instanceof Error && error.stack ? error.stack : String(error)));
        // incident.io failed later (the review evidence's history, the run's incident): outage mode
        // decides when a matched policy names a fallback, as it would have from the start.
        const cause = set && outcome.decision?.degraded === undefined ? (0,decide_outage/* asOutage */.s)(error, ctx.redactor.redact) : undefined;
        const failedOutcome = { ...outcome, incidentOutputs: {}, incidents: [] };
        if (cause && set && matched.some((p) => p.whenUnavailable?.kind === 'fallback')) {
            try {
                const decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause });
                return { target, outcome: { ...failedOutcome, decision } };
            }
            catch (fallbackError) {
                return { target, outcome: { ...failedOutcome, decision: failed(ctx, fallbackError, requester, matched, now) } };
            }
        }
        return { target, outcome: { ...failedOutcome, decision: failed(ctx, error, requester, matched, now) } };
    }
}
/** Outage mode (escalation/outage-fallback.ts), loaded only when incident.io is down. */
async function inOutage(ctx, request) {
    const { decideRunInOutage } = await __webpack_require__.e(/* import() */ 3829).then(__webpack_require__.bind(__webpack_require__, 3829));
    return decideRunInOutage(ctx, request);
}
/** The error decision of a gate that could not decide. */
function failed(ctx, error, requester, policies, at) {
    const scrub = ctx.redactor.redact;
    // Our own errors keep their fix apart, for the summary's "what to do"; anything else is a bug.
    const known = (0,src_errors/* isError */.bJ)(error);
    return (0,engine/* errorDecision */.zo)({
        requester,
        at,
        message: scrub(known ? error.message : (0,describe_error/* describeError */.Uc)(error)),
        ...(known && error.fix ? { fix: scrub(error.fix) } : {}),
        policies,
    });
}
/**
 * A push that deletes a branch or tag deploys nothing: nothing to read, nobody to page. But
 * GitHub runs such a workflow at the default branch's commit, so a step that names an
 * environment or policy must not pass: the steps after it would deploy unchecked.
 */
function deletionPush(ctx, target, now) {
    const { event, log, run } = ctx;
    const login = run.triggeringActor;
    const what = (event.kind === 'push' ? event.ref : '').replace(/^refs\/(heads|tags)\//, '') || 'a ref';
    if (!target.environment && !target.policy) {
        const notice = `This push deletes ${what}; there is nothing to deploy, so oncall-gate does nothing (not-required).`;
        log.info(notice);
        return { decision: notRequired({ login, emails: [] }, now), notice: { title: 'oncall-gate: nothing to deploy', message: notice } };
    }
    const named = target.environment ? `the environment \`${target.environment}\`` : `the policy \`${target.policy}\``;
    return {
        decision: (0,engine/* errorDecision */.zo)({
            requester: { login, emails: [] },
            at: now,
            message: `This push deletes ${what}, so there is no commit to deploy, yet the step gates ${named}; GitHub runs this job at the default branch's commit, which nothing approved`,
            fix: 'Skip the deploy job for deletions: add `if: ${{ !github.event.deleted }}` to the job (or trigger it on `branches`/`tags` pushes only).',
        }),
    };
}
function finish(ctx, target, outcome) {
    const { inputs, run } = ctx;
    const { decision, source, diagnostics = [], incidentOutputs = {}, incidents = [], notice, outlook } = outcome;
    ctx.log.info(gateLogLine(decision, incidents));
    const record = (0,run_record.decisionRecord)(ctx, 'gate', decision, {
        target: { environment: target.environment, policy: target.policy },
        ...(source?.files ? { policy: { commit: source.commit, branch: source.branch, source: source.via, files: source.files } } : {}),
        ...(outcome.onCall ? { onCall: outcome.onCall } : {}),
        ...(outcome.history ? { history: outcome.history } : {}),
        incidents: incidents.flatMap((i) => i.kind === 'paged'
            ? [{ policy: i.policy, reference: i.reference, ...(i.id ? { id: i.id } : {}), ...(i.url ? { url: i.url } : {}) }]
            : []),
    });
    const result = gateResult(decision, {
        actor: run.actor,
        triggeringActor: run.triggeringActor,
        environment: target.environment,
        ...(target.environmentFrom === 'deployment'
            ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` }
            : {}),
        policyInput: target.policy,
        ...(source ? { policySource: describePolicySource(inputs.policyPath, source) } : {}),
        dryRun: inputs.dryRun,
        failOnDeny: inputs.failOnDeny,
        diagnostics,
        serverUrl: run.serverUrl,
        incidents,
        auto: inputs.command === 'auto',
        eventName: ctx.event.name,
        incidentOutputs,
        ...(notice ? { notice } : {}),
        ...(outlook ? { outlook } : {}),
        redact: ctx.redactor.redact,
    });
    return { ...result, record };
}


/***/ }),

/***/ 1789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ asOutage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// When incident.io counts as unavailable, so that a policy's outage fallback (`whenUnavailable`,
// policies/README.md "Outage mode") may decide instead of its rules. Pure. Only failures nobody
// can cause on purpose count:
// - incident.io could not be reached (a network error or a timeout) after the bounded retries;
// - it answered 5xx after the bounded retries;
// - it did not answer within its part of the run's API time (`api-timeout`).
// Never a 429: anyone holding the key can exhaust its rate limit, and that must not unlock the
// fallback. Never a rejected key (401), a missing role (403), an unknown schedule (404), a 408 or
// a malformed answer either: those are configuration or proxy problems, and stay errors.

/** The outage `error` is, or undefined when it is any other failure (which stays an error). */
function asOutage(error, redact = (t) => t) {
    if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'unavailable', 'deadline'))
        return undefined;
    const common = {
        message: redact(error.message),
        ...(error.fix ? { fix: redact(error.fix) } : {}),
        ...(error.call ? { call: error.call } : {}),
    };
    if (error.kind === 'deadline')
        return { kind: 'deadline', ...common };
    // No status: nothing answered (network error, timeout, no free connection slot).
    if (error.status === undefined)
        return { kind: 'unreachable', ...common };
    if (error.status >= 500 && error.status <= 599)
        return { kind: 'server-error', status: error.status, ...common };
    return undefined;
}


/***/ }),

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ openGateWarning),
/* harmony export */   iW: () => (/* binding */ selectGatePolicies),
/* harmony export */   vw: () => (/* binding */ gateTarget)
/* harmony export */ });
function selectGatePolicies(policies, wanted, policyPath) {
    const environment = wanted.environment.trim();
    const name = wanted.policy.trim();
    if (!environment && !name)
        return { kind: 'none' };
    const problems = [];
    const selected = new Set();
    if (environment) {
        // GitHub environment names are not case-sensitive ("Managing environments for deployment").
        const env = environment.toLowerCase();
        const byEnv = policies.filter((p) => (p.match.environments ?? []).some((e) => e.toLowerCase() === env));
        if (byEnv.length === 0) {
            const known = [...new Set(policies.flatMap((p) => p.match.environments ?? []))];
            problems.push(`No policy in ${policyPath}/ lists the environment "${environment}" under \`match.environments\`` +
                (known.length > 0 ? ` (environments with a policy: ${known.join(', ')})` : ' (no policy lists any environment)'));
        }
        byEnv.forEach((p) => selected.add(p));
    }
    if (name) {
        const byName = policies.find((p) => p.name.toLowerCase() === name.toLowerCase());
        if (!byName) {
            const known = policies.map((p) => p.name);
            problems.push(`No policy in ${policyPath}/ is named "${name}"` +
                (known.length > 0 ? ` (policies: ${known.join(', ')})` : ' (there are no policies)'));
        }
        else {
            selected.add(byName);
        }
    }
    if (problems.length > 0) {
        return {
            kind: 'unmatched',
            message: problems.join('; '),
            fix: 'Fix the `environment` / `policy` input of the oncall-gate step, or add a policy for it on the default branch. ' +
                'Leave both empty only for jobs that need no approval.',
        };
    }
    // Keep file order so summaries are stable.
    return { kind: 'matched', policies: policies.filter((p) => selected.has(p)) };
}
/**
 * The environment and policy a gate decides for: the inputs, and on a `deployment` or
 * `deployment_status` event the deployment's own environment when the `environment` input is
 * empty (a deploy job started by a deployment needs no input to be gated). The input always wins.
 */
function gateTarget(inputs, event) {
    const environment = inputs.environment.trim();
    const policy = inputs.policy.trim();
    if (environment)
        return { environment, policy, environmentFrom: 'input' };
    if (event.kind === 'deployment' && event.environment)
        return { environment: event.environment, policy, environmentFrom: 'deployment' };
    return { environment: '', policy, environmentFrom: 'none' };
}
/**
 * The warning for a gate that `command: auto` left open because nothing was named: what
 * happened, and exactly how to name a policy.
 */
function openGateWarning(eventName) {
    return (`\`command: auto\` ran \`gate\` for this ${eventName || 'unknown'} event, and the gate is open (not-required) because nothing was named: ` +
        'the `environment` and `policy` inputs are empty' +
        (eventName === 'deployment' || eventName === 'deployment_status' ? ' and the deployment has no environment' : '') +
        '. To gate this job, add `environment: <name>` to the oncall-gate step (the policies whose `match.environments` list that name apply) ' +
        'or `policy: <policy name>` (that one policy applies).');
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ NOT_TEXT),
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   sD: () => (/* binding */ notTextProblem),
/* harmony export */   uU: () => (/* binding */ policyDirError),
/* harmony export */   y4: () => (/* binding */ planPolicyRead),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_FILES, MAX_POLICY_TOTAL_BYTES, entryProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// What may be read from a policy folder, decided the same way whatever the source: the working
// tree (validate, plan, the CLI), the checkout's git objects (the gate) or the GitHub API (the
// gate without a checkout, request and review). Each reader lists the folder's entries and asks
// this module which files to read; so a symbolic link, a submodule, a special file, an oversized
// file or an oversized folder gets the same answer, with the same words, from every source.

/** The largest policy file read. */
const MAX_POLICY_FILE_BYTES = 256 * 1024;
/** At most this many policy files in the folder. */
const MAX_POLICY_FILES = 1000;
/** At most this many bytes of policy files in all. */
const MAX_POLICY_TOTAL_BYTES = 5 * 1024 * 1024;
const POLICY_FILE = /\.ya?ml$/;
function isPolicyFileName(path) {
    return POLICY_FILE.test(path);
}
const REGULAR_FILES_ONLY = 'oncall-gate reads only regular files from the policy folder, so that what decides is exactly what was reviewed';
/** Why an entry that is not a regular file cannot be under the policy folder. */
function entryProblem(entry) {
    switch (entry.kind) {
        case 'symlink':
            return {
                code: 'symlink',
                message: `\`${entry.path}\` is a symbolic link; ${REGULAR_FILES_ONLY}`,
                fix: 'Replace the link with the file itself (git rm the link, copy the file in its place), or move it out of the policy folder.',
            };
        case 'submodule':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a git submodule; ${REGULAR_FILES_ONLY}`,
                fix: 'Copy the policy files into the policy folder, or move the submodule out of it.',
            };
        case 'special':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a special file (a pipe, socket or device); ${REGULAR_FILES_ONLY}`,
                fix: 'Remove it from the policy folder.',
            };
        case 'file':
            return undefined;
    }
}
/**
 * The folder cannot be read as a policy folder: a `policy` error about `path` (repo-relative),
 * whose message names the path and the fix.
 */
function policyDirError(path, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ kind: 'policy', setting: 'policy-path', file: path, message, fix: '' });
}
/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
function notAFolderError(path, kind) {
    if (kind === 'file') {
        return policyDirError(path, `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
    }
    const problem = entryProblem({ path, kind })?.message ?? `\`${path}\` is not a folder`;
    return policyDirError(path, `${problem}. Make \`${path}\` a real folder.`);
}
const formatCount = (n) => n.toLocaleString('en-US');
/**
 * Decides what to read from a listing of the folder `folder` (every entry under it, any depth).
 * Non-YAML regular files are ignored; anything that is not a regular file is a problem whatever
 * its name; a YAML file over the per-file limit is a problem (it is not read); over the count or
 * total-size cap, nothing is read and the folder itself is the problem.
 */
function planPolicyRead(folder, entries) {
    const problems = [];
    const yaml = [];
    for (const entry of entries) {
        const problem = entryProblem(entry);
        if (problem)
            problems.push({ path: entry.path, text: '', problem });
        else if (isPolicyFileName(entry.path))
            yaml.push(entry);
    }
    const total = yaml.reduce((sum, e) => sum + e.size, 0);
    if (yaml.length > MAX_POLICY_FILES || total > MAX_POLICY_TOTAL_BYTES) {
        const what = yaml.length > MAX_POLICY_FILES
            ? `holds ${formatCount(yaml.length)} policy files; the limit is ${formatCount(MAX_POLICY_FILES)}`
            : `holds ${formatCount(total)} bytes of policy files; the limit is ${formatCount(MAX_POLICY_TOTAL_BYTES)} (5 MiB)`;
        const folderProblem = {
            path: folder,
            text: '',
            problem: {
                code: 'policy-folder-too-large',
                message: `The policy folder \`${folder}/\` ${what}, so none of it is read`,
                fix: 'Keep only policy files under `policy-path`, and merge small policies into fewer files.',
            },
        };
        return { read: [], problems: sortByPath([folderProblem, ...problems]) };
    }
    const read = [];
    for (const entry of yaml) {
        if (entry.size > MAX_POLICY_FILE_BYTES)
            problems.push({ path: entry.path, text: '', problem: tooLargeProblem() });
        else
            read.push(entry);
    }
    return { read: sortByPath(read), problems: sortByPath(problems) };
}
/**
 * A character a policy file may not hold: control characters other than tab and line ends, DEL,
 * C1 controls other than NEL, U+FFFE and U+FFFF (YAML's printable set), and U+FFFD, which is what
 * bytes that are not UTF-8 become when the file is read. A file holding a NUL byte is shown as
 * binary by git and by GitHub's pull request diff, so its change would be hidden from reviewers.
 */
const NOT_TEXT = /(?![\t\n\r\u0085])[\p{Cc}\ufffd-\uffff]/u;
/** A file holding a NOT_TEXT character, in parse-yaml.ts's words. */
function notTextProblem(char) {
    const what = char === '\ufffd'
        ? 'bytes that are not UTF-8 (or U+FFFD)'
        : `the control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
        code: 'not-text',
        message: `The file is not plain UTF-8 text: it holds ${what} (git and GitHub may show such a file as binary, hiding its changes from reviewers)`,
        fix: 'Save the file as UTF-8 and remove the character; policy files hold printable text, tabs and line ends only.',
    };
}
/** The per-file limit, in the words parse-yaml.ts uses when a file that was read is too large. */
function tooLargeProblem() {
    return {
        code: 'file-too-large',
        message: `The file is larger than ${MAX_POLICY_FILE_BYTES / 1024} KiB, the limit for a policy file`,
        fix: 'Split it into several files (one policy per file) or remove what is not a policy.',
    };
}
/** Files read plus problems, in one list sorted by path, as every reader returns them. */
function policyFilesOf(read, plan) {
    return sortByPath([...read, ...plan.problems]);
}
function sortByPath(items) {
    return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isPolicyFile: () => (/* binding */ isPolicyFile),
/* harmony export */   normalizePolicyPath: () => (/* binding */ normalizePolicyPath),
/* harmony export */   policyDirError: () => (/* reexport safe */ _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__.uU),
/* harmony export */   readPolicyDir: () => (/* binding */ readPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);
// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.




/** `policies/`, `./policies` and `policies` all mean `policies`. */
function normalizePolicyPath(policyPath) {
    const cleaned = policyPath
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    return cleaned === '' ? '.' : cleaned;
}
/**
 * Whether a repo-relative path (forward slashes, as GitHub lists changed files) is a policy file
 * under `policyPath`; for deciding whether a pull request or push "changed policy files".
 */
function isPolicyFile(path, policyPath) {
    const folder = normalizePolicyPath(policyPath);
    const inside = folder === '.' || path.startsWith(`${folder}/`);
    return inside && (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(path);
}
/**
 * Every `*.yaml`/`*.yml` file under `policyPath` (relative to `repoRoot`), recursively, sorted by
 * repo-relative path with forward slashes, plus the entries that cannot be policies (symbolic
 * links, special files, files or a folder over the size limits) as files with a `problem`, which
 * loading reports as errors (policy-tree.ts decides, as for the other sources). Throws
 * a `policy` error when the folder is missing, is not a folder, is a symbolic link or lies outside
 * the repository.
 */
async function readPolicyDir(repoRoot, policyPath) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot);
    const folder = normalizePolicyPath(policyPath);
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, folder);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(folder) || !isInside(root, start)) {
        throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDirError */ .uU)(folder, `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`);
    }
    // Every folder on the way must be a real folder: a link would bring in files from elsewhere.
    const segments = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    for (let i = 1; i <= segments.length; i++) {
        const path = segments.slice(0, i).join('/');
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...segments.slice(0, i)));
        }
        catch {
            info = undefined;
        }
        if (!info) {
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDirError */ .uU)(folder, `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
                'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.');
        }
        if (info.isSymbolicLink())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'symlink');
        if (info.isFile())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'file');
        if (!info.isDirectory())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'special');
    }
    // Synchronous reads: up to 1,000 small files, nothing else to overlap with, and each async
    // call would cost several turns of the event loop (measured: 3x slower for 1,000 files).
    const entries = [];
    const walk = (dir) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const path = toRepoPath(root, full);
            // Dirent types come from lstat: a link is reported as a link, never followed.
            if (entry.isDirectory())
                walk(full);
            else if (entry.isSymbolicLink())
                entries.push({ path, kind: 'symlink', size: 0 });
            else if (!entry.isFile())
                entries.push({ path, kind: 'special', size: 0 });
            else
                entries.push({ path, kind: 'file', size: (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(entry.name) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).size : 0 });
        }
    };
    walk(start);
    const plan = (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .planPolicyRead */ .y4)(folder, entries);
    const read = plan.read.map((entry) => ({ path: entry.path, text: readLimited((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, entry.path), entry.size) }));
    return (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFilesOf */ .fW)(read, plan);
}
/**
 * The file as listed (`size` bytes), reading at most one byte more, never past the per-file limit
 * plus one: a file that grew since it was listed still fails the size check.
 */
function readLimited(path, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const readUpTo = (length) => {
            const buffer = Buffer.allocUnsafe(length);
            let filled = 0;
            while (filled < buffer.length) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            return buffer.subarray(0, filled);
        };
        let content = readUpTo(Math.min(size, _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph) + 1);
        // Longer than listed: the file grew meanwhile; read it again up to the limit, never a prefix.
        if (content.length > size && content.length <= _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph)
            content = readUpTo(_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph + 1);
        return content.toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function toRepoPath(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 8789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ markdownName),
/* harmony export */   p: () => (/* binding */ publicName)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
// How a person from incident.io is named in what GitHub shows (PR comments, step summaries, check
// runs), which whoever can read the repository or the run can read: their incident.io name, never
// their email. A name that is empty or holds an email address (incident.io accounts without a
// display name can carry one) is not shown; the caller shows the incident.io user ID instead.

/** Anything that looks like an email address inside a text. */
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** The name to show, or undefined when the caller should show the user ID. */
function publicName(name) {
    return name.trim() === '' || EMAIL_LIKE.test(name) ? undefined : name;
}
/** The person in Markdown: their name, escaped, or their incident.io user ID as code. */
function markdownName(name, userId) {
    const shown = publicName(name);
    return shown === undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(userId) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shown);
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ diagnosticsToAnnotations),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   bZ: () => (/* binding */ renderDiagnosticsTable),
/* harmony export */   sX: () => (/* binding */ totalsLine)
/* harmony export */ });
/* unused harmony exports diagnosticTitle, formatDiagnosticLine */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

const TITLES = {
    'yaml-syntax': 'policy YAML syntax',
    schema: 'policy schema',
};
function diagnosticTitle(d) {
    return TITLES[d.code] ?? `policy ${d.code.replace(/-/g, ' ')}`;
}
function diagnosticsToAnnotations(diagnostics) {
    return diagnostics.map((d) => ({
        level: d.severity,
        title: diagnosticTitle(d),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `${d.message}. Fix: ${d.fix}`,
    }));
}
function formatDiagnosticLine(d) {
    const tag = d.severity === 'warning' ? 'warning: ' : '';
    return `${d.file}:${d.line}:${d.column}: ${tag}${d.message} (${d.fix})`;
}
function countBySeverity(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return { errors, warnings: diagnostics.length - errors };
}
function totalsLine(files, diagnostics) {
    const { errors, warnings } = countBySeverity(diagnostics);
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    return `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}
function renderDiagnosticsTable(diagnostics) {
    if (diagnostics.length === 0)
        return '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'Where', 'Problem', 'Fix'], diagnostics.map((d) => [
        d.severity === 'error' ? '❌ error' : '⚠️ warning',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${d.file}:${d.line}:${d.column}`),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.fix),
    ]));
}


/***/ })

};
