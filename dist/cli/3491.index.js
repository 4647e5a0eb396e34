export const id = 3491;
export const ids = [3491];
export const modules = {

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ escalationIncidentPayload),
/* harmony export */   cT: () => (/* binding */ escalationRequestKey),
/* harmony export */   carriesRequestKey: () => (/* binding */ carriesRequestKey),
/* harmony export */   gV: () => (/* binding */ escalationSummary)
/* harmony export */ });
/* unused harmony exports createIdempotencyKey, REQUEST_KEY_LABEL, escalationIncidentName */
/* harmony import */ var _policy_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


/** `oncall-gate/<owner>/<repo>/pull/<n>/<policy>` or `.../run/<run_id>/<policy>`: what an incident is for. */
function escalationRequestKey(s) {
    const where = s.target.kind === 'pull' ? `pull/${s.target.number}` : `run/${s.target.runId}`;
    return `oncall-gate/${s.owner}/${s.repo}/${where}/${s.policy}`;
}
/**
 * The idempotency_key of one create: the request key plus the run attempt that creates. It only
 * makes the retries of that one request safe (a retry after a lost answer repeats it). Every
 * later run finds the incident by its request key instead, and a new attempt that must open a
 * new incident (the old one was deleted) never reuses a key with a different body.
 */
function createIdempotencyKey(s) {
    return `${escalationRequestKey(s)}/attempt/${s.run.id}-${s.run.attempt}`;
}
/** The label of the summary's last line, which carries the request key. */
const REQUEST_KEY_LABEL = 'oncall-gate request key: ';
/** Backslash escapes of ASCII punctuation, which a markdown editor may add to or drop from the line. */
const unescapePunctuation = (line) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/**
 * Whether an incident summary carries `requestKey` where oncall-gate writes it: its last
 * non-empty line, exactly `oncall-gate request key: <key>` (markdown escapes of punctuation and
 * surrounding spaces aside). Anywhere else it does not count: a PR title that quotes another
 * request's key sits inside one of the lines above, which all start with oncall-gate's own text.
 */
function carriesRequestKey(summary, requestKey) {
    const lines = (summary ?? '')
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    const last = lines[lines.length - 1];
    return last !== undefined && unescapePunctuation(last) === `${REQUEST_KEY_LABEL}${requestKey}`;
}
/** `Approval requested: <login> -> <policy> (<owner>/<repo>#<n>)`; a run says `run <id>`. */
function escalationIncidentName(s) {
    const where = s.target.kind === 'pull' ? `#${s.target.number}` : ` run ${s.target.runId}`;
    return `Approval requested: ${flat(s.requester, 100)} -> ${s.policy} (${s.owner}/${s.repo}${where})`;
}
// Line breaks of every kind (CR, LF, NEL, LS, PS) and other control characters: user text must
// stay on the line it was put on.
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
/** User text flattened to one line and cut to `max` characters (before escaping). */
function flat(text, max) {
    const one = text.replace(BREAKS, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/** User text as it goes into the summary: one line, capped, markdown escaped. */
const userText = (text, max = 300) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(flat(text, max));
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const short = (sha) => sha.slice(0, 12);
function outcomeLine(o) {
    if (o.kind === 'run-approved') {
        const each = o.approvals.map((a) => a.via === 'one-party'
            ? `#${a.pull} by its author ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId} at the merge, allowOneParty)`
            : `#${a.pull} by ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId}, review at ${iso(a.reviewedAt)})`);
        return `APPROVED at ${iso(o.at)}: attempt ${o.attempt} of this run passed the gate on the approval of ${each.join('; ')}.`;
    }
    const who = `${userText(o.login, 100)} (${userText(o.name, 100)}, on call for schedule ${o.scheduleId})`;
    if (o.kind === 'denied') {
        return `DENIED: ${who} requested changes at ${iso(o.at)} on commit ${short(o.sha)}.`;
    }
    return o.via === 'one-party'
        ? `APPROVED: the requester ${who} approved their own request at ${iso(o.at)} (allowOneParty), commit ${short(o.sha)}.`
        : `APPROVED by ${who} at ${iso(o.at)} on commit ${short(o.sha)}.`;
}
function howToApprove(s) {
    const schedules = s.services.join(', ');
    const duration = (0,_policy_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs);
    if (s.target.kind === 'pull') {
        return [
            `How to approve: a person on call for one of the schedules ${schedules} opens ${s.target.url}, ` +
                `reviews the latest commit (${short(s.target.headSha)}) and submits an "Approve" review. ` +
                `"Request changes" denies. An approval counts for ${duration}; a new push needs a new approval.`,
        ];
    }
    if (s.target.pulls.length === 0) {
        return [
            `How to approve: commit ${short(s.target.sha)} did not come from a merged pull request, so it cannot be approved by review. ` +
                `Deploy a commit merged through a pull request approved by a person on call for ${schedules}.`,
        ];
    }
    return [
        `How to approve: a person on call for one of the schedules ${schedules} submits an "Approve" review on ` +
            `${s.target.pulls.map((p) => `#${p.number} (${p.url})`).join(', ')} (on its final commit), then re-runs ${s.target.runUrl}. ` +
            `An approval counts for ${duration}.`,
    ];
}
/**
 * The incident summary: who asks for what, why, where to approve and how. With an outcome, the
 * first line says approved/denied, by whom, when, on which schedule. The
 * last line carries the request key (see carriesRequestKey), as a paragraph of its own so that
 * an editor that re-flows paragraphs keeps it apart. Stable for the same inputs, so an unchanged
 * request never re-edits the incident.
 */
function escalationSummary(s, outcome) {
    const lines = [];
    lines.push(outcome ? outcomeLine(outcome) : 'PENDING: waiting for an approval from the on-call team.');
    lines.push('');
    lines.push(`Requester: ${userText(s.requester, 100)} (GitHub)`);
    lines.push(`Requested: policy ${s.policy}${s.environment ? `, environment ${userText(s.environment)}` : ''}`);
    lines.push(`Repository: ${s.owner}/${s.repo}`);
    if (s.target.kind === 'pull') {
        lines.push(`Pull request: #${s.target.number} "${userText(s.target.title)}" into ${userText(s.target.baseRef)}`);
        lines.push(`Head commit: ${s.target.headSha}`);
        lines.push(`Approval conversation: ${s.target.url}`);
    }
    else {
        lines.push(`Workflow run: ${s.target.runUrl} (${userText(s.target.ref)})`);
        lines.push(`Deployed commit: ${s.target.sha}`);
        if (s.target.pulls.length > 0) {
            lines.push(`Approval conversation: ${s.target.pulls.map((p) => p.url).join(', ')}`);
        }
    }
    lines.push(`Reason: ${s.reason ? userText(s.reason, 500) : '(none given)'}`);
    lines.push(`Schedules that may approve: ${s.services.join(', ')}`);
    lines.push('');
    lines.push(...howToApprove(s));
    lines.push('');
    lines.push('Opened by oncall-gate; it never resolves or closes this incident.');
    lines.push('');
    lines.push(`${REQUEST_KEY_LABEL}${escalationRequestKey(s)}`);
    return lines.join('\n');
}
/** The POST /v2/incidents body: the custom field holds the schedule IDs joined by commas. */
function escalationIncidentPayload(s, settings, resolved, summary) {
    return {
        idempotency_key: createIdempotencyKey(s),
        visibility: settings.visibility,
        mode: settings.mode,
        name: escalationIncidentName(s),
        summary,
        ...(resolved.severityId ? { severity_id: resolved.severityId } : {}),
        ...(resolved.incidentTypeId ? { incident_type_id: resolved.incidentTypeId } : {}),
        custom_field_entries: [{ custom_field_id: resolved.customFieldId, values: [{ value_text: s.services.join(',') }] }],
    };
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ MIN_DURATION_MS),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Q0: () => (/* binding */ DEFAULT_AUTO_DURATION_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eG: () => (/* binding */ DEFAULT_ESCALATION_DURATION_MS),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS)
/* harmony export */ });
// Durations in policy files (`duration: 1h`): a whole number of minutes, hours or days
// (policies/README.md, "Values"; the shape is DURATION_PATTERN in schema.ts).
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Shortest duration a rule may set: 1 minute. */
const MIN_DURATION_MS = UNIT_MS.m;
/** Longest duration a rule may set: 30 days (an approval that outlives a month is a mistake). */
const MAX_DURATION_MS = 30 * UNIT_MS.d;
const DEFAULT_AUTO_DURATION_MS = UNIT_MS.h;
const DEFAULT_ESCALATION_DURATION_MS = 24 * UNIT_MS.h;
const DURATION = /^([1-9][0-9]*)(m|h|d)$/;
/**
 * Milliseconds in a duration such as `30m`, `1h`, `24h` or `7d`. Throws a RangeError for any
 * other text or a value too large to represent; the 1m..30d policy bounds are checked by the
 * policy loader (MIN_DURATION_MS / MAX_DURATION_MS), not here.
 */
function parseDuration(text) {
    const found = DURATION.exec(text);
    if (!found) {
        throw new RangeError(`"${text}" is not a duration; write a whole number followed by m, h or d (e.g. 30m, 1h, 7d)`);
    }
    const ms = Number(found[1]) * UNIT_MS[found[2]];
    if (!Number.isSafeInteger(ms))
        throw new RangeError(`"${text}" is too long a duration`);
    return ms;
}
/** Milliseconds as the largest whole unit for messages: 86400000 -> `1d`, 5400000 -> `90m`. */
function formatDuration(ms) {
    if (ms % UNIT_MS.d === 0)
        return `${ms / UNIT_MS.d}d`;
    if (ms % UNIT_MS.h === 0)
        return `${ms / UNIT_MS.h}h`;
    return `${Math.round(ms / UNIT_MS.m)}m`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony exports escapeCellPipes, fenced */
// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links: whoever opens a pull
// request controls that text.
// Characters that start markup inline; `@` gets a zero-width joiner so it never pings anyone.
const SPECIALS = /[\\`*_[\]()#|<>~@&]/g;
/** CommonMark's line ends: LF, CR and CRLF (a lone CR ends a line too). */
const LINE_END = /\r\n|\r|\n/g;
function escapeMarkdown(text) {
    const flat = text.replace(LINE_END, ' ').replace(SPECIALS, (c) => (c === '@' ? '@\u200b' : `\\${c}`));
    // A leading list/heading/quote marker would change the block; escape it.
    return flat.replace(/^([-+=>])/, '\\$1');
}
/** A code span that survives backticks inside the text (CommonMark: longer fence). */
function code(text) {
    const clean = text.replace(LINE_END, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/**
 * A message as oncall-gate words them (diagnostics, errors and their fixes): prose with names in
 * code spans (`` `production` ``). The code spans stay code spans, their content literal; the
 * prose between them is escaped as user text, since a message may quote a file's content (a
 * policy name, a key). A backtick that closes nothing is prose. Escaping the whole message
 * instead would show the backticks themselves, and a code span cannot hold an escape.
 */
function messageMarkdown(message) {
    const flat = message.replace(LINE_END, ' ');
    const out = [];
    let prose = '';
    let i = 0;
    while (i < flat.length) {
        const open = /`+/y;
        open.lastIndex = i;
        const run = flat[i] === '`' ? open.exec(flat)?.[0] : undefined;
        if (!run) {
            prose += flat[i];
            i += 1;
            continue;
        }
        // CommonMark: a span closes at the next run of exactly as many backticks.
        const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
        close.lastIndex = i + run.length;
        const end = close.exec(flat);
        if (!end) {
            prose += run;
            i += run.length;
            continue;
        }
        if (prose)
            out.push(escapeMarkdown(prose));
        prose = '';
        out.push(code(flat.slice(i + run.length, end.index)));
        i = end.index + run.length;
    }
    if (prose)
        out.push(escapeMarkdown(prose));
    return out.join('');
}
/**
 * A pipe inside a table cell must be escaped, or it ends the cell (GFM tables split a row at
 * unescaped pipes before they read the cells' inlines, so even a code span cannot hold a bare
 * one). A pipe counts as escaped when an odd number of backslashes stands before it; an even
 * number (`\\|`, an escaped backslash in prose, or backslashes in a code span) gets one more.
 * Renderers differ on whether `\\` before a pipe is a pair, and an odd count is escaped either way.
 */
function escapeCellPipes(cell) {
    return cell.replace(/(\\*)\|/g, (_, slashes) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
}
/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
function table(header, rows) {
    const cell = (c) => escapeCellPipes(c.replace(LINE_END, '<br>'));
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced code block that survives backtick runs inside the text (CommonMark: a longer fence). */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}


/***/ })

};
