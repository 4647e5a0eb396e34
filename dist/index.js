import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ fallbackReserveMs),
/* harmony export */   Z5: () => (/* binding */ createApiDeadline),
/* harmony export */   hV: () => (/* binding */ withinIncidentIoShare)
/* harmony export */ });
/* unused harmony export deadlineExceeded */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9373);
// One deadline for all of a run's API work, incident.io and GitHub together (the `api-timeout`
// input, 60 s by default). Each client also bounds its own calls and retries; this bounds their
// sum, so a deploy job never waits minutes on a slow API: when the deadline passes, the run ends
// with `error`, naming the requests that were still waiting, and the requests in flight are
// aborted. Time here is elapsed time on the monotonic clock, never the wall clock.


/** The run's deadline passed; `waiting`: the requests that were still waiting. */
function deadlineExceeded(totalMs, waiting) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
        kind: 'deadline',
        message: `The API work of this run did not finish within ${formatSeconds(totalMs)} (the \`api-timeout\` input)` +
            (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
        fix: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Check that the runner reaches incident.io and GitHub (https://status.incident.io, https://www.githubstatus.com, proxies and firewalls of self-hosted runners) and ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6}; raise \`api-timeout\` only if the APIs are slow but working.`,
    });
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function createApiDeadline(totalMs, elapsed = _clock_js__WEBPACK_IMPORTED_MODULE_1__/* .monotonicMs */ .dR) {
    const start = elapsed();
    const inFlight = new Map();
    let next = 0;
    const controller = new AbortController();
    let resolveExpired;
    const expired = new Promise((resolve) => (resolveExpired = resolve));
    const expire = () => {
        if (controller.signal.aborted)
            return;
        controller.abort(deadlineExceeded(totalMs, [...inFlight.values()]));
        resolveExpired();
    };
    // unref: the timer alone never keeps the process alive once the run is done.
    const timer = setTimeout(expire, totalMs);
    timer.unref?.();
    const remainingMs = () => Math.max(0, totalMs - (elapsed() - start));
    return {
        totalMs,
        signal: controller.signal,
        expired,
        remainingMs,
        begin(what) {
            if (controller.signal.aborted || remainingMs() <= 0) {
                expire();
                throw deadlineExceeded(totalMs, [...inFlight.values(), what]);
            }
            const id = next++;
            inFlight.set(id, what);
            return () => inFlight.delete(id);
        },
        pending: () => [...inFlight.values()],
        dispose: () => clearTimeout(timer),
    };
}
/**
 * The time kept back from incident.io for an outage fallback's GitHub reads (policies/README.md,
 * "Outage mode"): half the run's budget, at most 20 s.
 */
function fallbackReserveMs(deadline) {
    return Math.min(20_000, deadline.totalMs / 2);
}
/**
 * Runs incident.io work that an outage fallback could replace, within the run's deadline less
 * `reserveMs`: when that passes first, it rejects with a `deadline` error of incident.io (an
 * outage), so the fallback still has `reserveMs` for its own reads. The work itself is not
 * stopped; the run's deadline ends it. Without a deadline, the work as it is.
 */
function withinIncidentIoShare(deadline, reserveMs, work) {
    if (!deadline)
        return work;
    const shareMs = Math.max(0, deadline.remainingMs() - reserveMs);
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const waiting = deadline.pending().filter((w) => w.startsWith('incident.io '));
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
                kind: 'deadline',
                service: 'incidentio',
                ...(waiting[0] ? { call: waiting[0].replace(/^incident\.io /, '') } : {}),
                message: `incident.io did not answer within ${formatSeconds(shareMs)}, the part of the run's ${formatSeconds(deadline.totalMs)} ` +
                    `(\`api-timeout\`) left after keeping ${formatSeconds(reserveMs)} for the outage fallback` +
                    (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
                fix: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Check https://status.incident.io and that the runner reaches incident.io, then ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6}; raise \`api-timeout\` only if incident.io is slow but working.`,
            }));
        }, shareMs);
        timer.unref?.();
    });
    expired.catch(() => undefined);
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ monotonicMs),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports fixedClock, clockStartingAt, parseRfc3339 */
// The one answer to "what time is it". Entry points (the action's `run`, the CLI's `runCli`, the
// emulator) take a Clock and hand it down; nothing below them reads the wall clock. The action and
// the CLI use `systemClock`; `--at` / `--now` on the command line and tests pin another one.
// Durations (retry budgets, timeouts) are not "what time is it" and are measured separately.
const systemClock = () => new Date();
/** Always the same instant: "what would the gate say at 18:00 on Friday". */
function fixedClock(at) {
    const ms = at.getTime();
    return () => new Date(ms);
}
/**
 * Milliseconds on the monotonic clock, for durations. process.hrtime rather than
 * `performance.now()`: the first use of the global `performance` loads perf_hooks (2-4 ms of the
 * gate's start-up; docs/architecture.md, "Start-up cost").
 */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
/**
 * A clock that reads `start` now and then moves forward with real elapsed time, measured on the
 * monotonic clock (so it does not depend on the wall clock, nor jump when it is set): a world that
 * starts at a fixed moment and keeps going, as the emulator's `--now`.
 */
function clockStartingAt(start, elapsedMs = monotonicMs) {
    const startMs = start.getTime();
    const origin = elapsedMs();
    return () => new Date(startMs + (elapsedMs() - origin));
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/**
 * An RFC 3339 timestamp with a date, a time and an offset (`2026-12-04T18:00:00Z`), or undefined.
 * `Date.parse` alone rolls 2026-02-30 over into March; a day the month does not have is refused.
 */
function parseRfc3339(value) {
    const m = RFC3339.exec(value);
    if (!m)
        return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
        return undefined;
    const ms = Date.parse(value.toUpperCase());
    return Number.isNaN(ms) ? undefined : new Date(ms);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   QI: () => (/* binding */ RETRY_CAPITAL),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   bJ: () => (/* binding */ isError),
/* harmony export */   gi: () => (/* binding */ isServiceError),
/* harmony export */   lN: () => (/* binding */ OncallGateError),
/* harmony export */   lO: () => (/* binding */ spell),
/* harmony export */   p6: () => (/* binding */ RETRY),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export mapText */
const CLI_SETTINGS = {
    'incidentio-api-key': { name: 'INCIDENTIO_API_KEY', where: '' },
    'incidentio-api-url': { name: 'the API URL', where: '--api-url or INCIDENTIO_API_URL' },
    'github-token': { name: 'GITHUB_TOKEN', where: 'or GH_TOKEN' },
};
/** How each audience spells the terms: the action names its inputs, the command line its variables and flags. */
const SPELLING = {
    action: {
        setting: (name, value) => `\`${name}\`${value !== undefined ? ` (${value})` : ''}`,
        secret: (name) => `the \`${name}\` secret`,
        say: {
            'store-new-key': 'update the secret',
            retry: 're-run the job',
            reach: 'the runner can reach it (DNS, proxy, firewall, egress rules of self-hosted runners)',
            hang: 'hanging the job',
        },
    },
    cli: {
        setting: (name, value) => {
            const s = CLI_SETTINGS[name];
            const named = value !== undefined ? `${s.name} ${value}` : s.name;
            return s.where ? `${named} (${s.where})` : named;
        },
        secret: (name) => CLI_SETTINGS[name].name,
        say: {
            'store-new-key': `set ${CLI_SETTINGS['incidentio-api-key'].name} to it`,
            retry: 'try again',
            reach: 'this machine can reach it (DNS, proxy, firewall)',
            hang: 'hanging',
        },
    },
};
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** `text` as `audience` reads it. */
function spell(text, audience) {
    if (typeof text === 'string')
        return text;
    const s = SPELLING[audience];
    return text
        .map((part) => {
        if (typeof part === 'string')
            return part;
        if ('setting' in part)
            return s.setting(part.setting, part.value);
        if ('secret' in part)
            return s.secret(part.secret);
        const said = s.say[part.say];
        return part.say === 'retry' && part.capital ? capitalise(said) : said;
    })
        .join('');
}
/**
 * Builds a Text from a template: `text\`Check ${setting('incidentio-api-url', url)}, then ${RETRY}.\``.
 * Strings interpolated stay strings; terms stay terms.
 */
function text(strings, ...values) {
    const parts = [];
    strings.forEach((s, i) => {
        parts.push(s);
        const v = values[i];
        if (v !== undefined)
            parts.push(typeof v === 'number' ? String(v) : v);
    });
    return joinText([parts], '');
}
const setting = (name, value) => (value === undefined ? { setting: name } : { setting: name, value });
const RETRY = { say: 'retry' };
const RETRY_CAPITAL = { say: 'retry', capital: true };
/** Joins texts with `separator` between the non-empty ones. */
function joinText(texts, separator = ' ') {
    const out = [];
    const push = (p) => {
        const last = out[out.length - 1];
        if (typeof p === 'string' && typeof last === 'string')
            out[out.length - 1] = last + p;
        else if (p !== '')
            out.push(p);
    };
    for (const t of texts) {
        if (t === '' || t.length === 0)
            continue;
        if (out.length > 0)
            push(separator);
        if (typeof t === 'string')
            push(t);
        else
            t.forEach(push);
    }
    return out.length === 0 ? '' : out.length === 1 && typeof out[0] === 'string' ? out[0] : out;
}
/** Applies `f` to the strings of a text, the values of its terms included (a redactor). */
function mapText(t, f) {
    if (typeof t === 'string')
        return f(t);
    return t.map((p) => (typeof p === 'string' ? f(p) : 'setting' in p && p.value !== undefined ? { ...p, value: f(p.value) } : p));
}
/** The strings of a text and the values of its terms: what a redactor has to look through. */
function plainText(t) {
    return typeof t === 'string'
        ? t
        : t.map((p) => (typeof p === 'string' ? p : 'setting' in p && p.value !== undefined ? p.value : '')).join('\n');
}
class OncallGateError extends Error {
    name = 'OncallGateError';
    kind;
    /** The fix as the action words it. */
    fix;
    status;
    service;
    call;
    requestId;
    setting;
    file;
    diagnostics;
    /** The message and the fix as data, for the other audience (see spell). */
    text;
    constructor(data) {
        super(spell(data.message, 'action'), data.cause !== undefined ? { cause: data.cause } : undefined);
        this.kind = data.kind;
        this.fix = spell(data.fix, 'action');
        this.text = { message: data.message, fix: data.fix };
        if (data.status !== undefined)
            this.status = data.status;
        if (data.service !== undefined)
            this.service = data.service;
        if (data.call !== undefined)
            this.call = data.call;
        if (data.requestId !== undefined)
            this.requestId = data.requestId;
        if (data.setting !== undefined)
            this.setting = data.setting;
        if (data.file !== undefined)
            this.file = data.file;
        if (data.diagnostics !== undefined)
            this.diagnostics = data.diagnostics;
    }
    /** The same error with every plain string of its texts passed through `f` (a redactor). */
    mapText(f) {
        return new OncallGateError({ ...this.data(), message: mapText(this.text.message, f), fix: mapText(this.text.fix, f) });
    }
    /** The error's data, to build a related error from. */
    data() {
        return {
            kind: this.kind,
            message: this.text.message,
            fix: this.text.fix,
            ...(this.status !== undefined ? { status: this.status } : {}),
            ...(this.service !== undefined ? { service: this.service } : {}),
            ...(this.call !== undefined ? { call: this.call } : {}),
            ...(this.requestId !== undefined ? { requestId: this.requestId } : {}),
            ...(this.setting !== undefined ? { setting: this.setting } : {}),
            ...(this.file !== undefined ? { file: this.file } : {}),
            ...(this.diagnostics !== undefined ? { diagnostics: this.diagnostics } : {}),
            ...(this.cause !== undefined ? { cause: this.cause } : {}),
        };
    }
}
/** Whether `error` is ours and of one of `kinds` (any kind when none is given). */
function isError(error, ...kinds) {
    return error instanceof OncallGateError && (kinds.length === 0 || kinds.includes(error.kind));
}
/** Whether `error` is a failure of `service` (of one of `kinds`, when given). */
function isServiceError(error, service, ...kinds) {
    return isError(error, ...kinds) && error.service === service;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_FRAGMENT */
// The one redactor: every sink (the runner's log, annotations, outputs and step summary, PR
// comments, check runs, incident text, error messages, the CLI's output) passes text through it,
// and every secret (the incident.io key, the GitHub token) is replaced by `***`.
//
// A plain "replace the whole secret" misses a secret that was cut: an error message truncated to
// fit a comment can end with the first half of a key, and a renderer that escapes markdown turns
// `inc_abc` into `inc\_abc`. So the redactor also replaces any run of MIN_FRAGMENT or more
// characters taken from a secret, in the secret's plain, markdown-escaped, JSON-escaped and
// URL-encoded forms. Fragments shorter than that carry too little of a key to matter, and keep
// ordinary words from being mistaken for one.
const REDACTED = '***';
/** Secrets shorter than this are not redacted at all (an empty or one-letter input is no secret). */
const MIN_SECRET = 4;
/** The shortest piece of a secret that is redacted on its own. */
const MIN_FRAGMENT = 12;
/** The characters report/markdown.ts escapes with a backslash (kept in step with its SPECIALS). */
const MARKDOWN_SPECIAL = /[\\`*_[\]()#|<>~&]/g;
function formsOf(secret) {
    const forms = new Set([
        secret,
        secret.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`),
        JSON.stringify(secret).slice(1, -1),
        encodeURIComponent(secret),
    ]);
    return [...forms];
}
function createRedactor(secrets) {
    const kept = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET))];
    // Longest first, so a secret that contains another is replaced whole.
    const forms = kept.flatMap(formsOf).sort((a, b) => b.length - a.length);
    const fragmentForms = forms.filter((f) => f.length >= MIN_FRAGMENT);
    const grams = new Set();
    for (const f of fragmentForms)
        for (let i = 0; i + MIN_FRAGMENT <= f.length; i++)
            grams.add(f.slice(i, i + MIN_FRAGMENT));
    const occursInAForm = (piece) => fragmentForms.some((f) => f.includes(piece));
    const redact = (text) => {
        if (kept.length === 0 || typeof text !== 'string' || text === '')
            return text;
        let out = text;
        for (const f of forms)
            if (out.includes(f))
                out = out.split(f).join(REDACTED);
        if (grams.size === 0 || out.length < MIN_FRAGMENT)
            return out;
        // Fragments: grow every run that starts with a secret's MIN_FRAGMENT-gram as far as it stays
        // a piece of some form of a secret.
        let result = '';
        let i = 0;
        while (i < out.length) {
            if (i + MIN_FRAGMENT <= out.length && grams.has(out.slice(i, i + MIN_FRAGMENT))) {
                let end = i + MIN_FRAGMENT;
                while (end < out.length && occursInAForm(out.slice(i, end + 1)))
                    end++;
                result += REDACTED;
                i = end;
            }
            else {
                result += out[i];
                i++;
            }
        }
        return result;
    };
    const redactDeep = (value) => {
        if (typeof value === 'string')
            return redact(value);
        if (Array.isArray(value))
            return value.map(redactDeep);
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
        }
        return value;
    };
    return { redact, redactDeep };
}


/***/ }),

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError)
/* harmony export */ });
/* unused harmony exports describeCliError, describeCliErrorReport */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The one place a thrown value becomes the line a user reads, for the action and for the command
// line. Our own errors (src/errors.ts) carry what failed and the fix as data, spelled for the
// audience: the action names its inputs and says to re-run the job, the command line names its
// environment variables and flags and says to try again. Anything else is a bug in oncall-gate,
// reported as such with what to do (never a stack trace).

const asIs = (text) => text;
const UNEXPECTED = {
    action: 'This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.',
    cli: 'This is a bug in oncall-gate; please report it with the command you ran.',
};
function describe(error, audience, redact) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isError */ .bJ)(error)) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.message, audience);
        const fix = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.fix, audience);
        return redact(fix && !message.includes(fix) ? `${message} ${fix}` : message);
    }
    if (error instanceof Error)
        return redact(`Unexpected error: ${error.message}. ${UNEXPECTED[audience]}`);
    return redact(`Unexpected error: ${String(error)}`);
}
/** The line the action shows for `error` (step summary, annotation, check run). */
function describeError(error, redact = asIs) {
    return describe(error, 'action', redact);
}
/** The line the command line prints for `error`. */
function describeCliError(error, redact = asIs) {
    return describe(error, 'cli', redact);
}
/**
 * `error` as the fields of a `--json` document: its kind (`usage` for a command line the command
 * cannot run, `internal` for a bug), the message and the fix as the command line words them.
 */
function describeCliErrorReport(error, redact = asIs) {
    if (isError(error)) {
        const message = redact(spell(error.text.message, 'cli'));
        const fix = redact(spell(error.text.fix, 'cli'));
        return {
            kind: error.kind === 'input' && error.service === undefined ? 'usage' : error.kind,
            message,
            ...(fix && !message.includes(fix) ? { fix } : {}),
            ...(error.service ? { service: error.service } : {}),
            ...(error.status !== undefined ? { status: error.status } : {}),
        };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'internal', message: redact(`Unexpected error: ${message}`), fix: UNEXPECTED.cli };
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony export escapeCellPipes */
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


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ outputRecord),
/* harmony export */   Q: () => (/* binding */ gateOutputs)
/* harmony export */ });
/** The output names and values exactly as the action publishes them. */
function outputRecord(o) {
    const s = (v) => (v === undefined ? '' : String(v));
    return {
        result: o.result,
        approved: s(o.approved),
        'on-call': s(o.onCall),
        'on-call-schedules': o.onCallSchedules ? JSON.stringify(o.onCallSchedules) : '',
        'approved-by': s(o.approvedBy),
        'expires-at': o.expiresAt ? o.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z') : '',
        policies: o.policies ? JSON.stringify(o.policies) : '',
        'incident-id': s(o.incidentId),
        'incident-reference': s(o.incidentReference),
        'incident-url': s(o.incidentUrl),
        errors: s(o.errors),
        'decision-record': s(o.decisionRecord),
        degraded: s(o.degraded),
    };
}
/** The gate's outputs for a decision: `result` and `approved` always, the rest when known. */
function gateOutputs(decision) {
    const out = { result: decision.result, approved: decision.approved, degraded: decision.degraded !== undefined };
    if (decision.result === 'error') {
        if (decision.policies.length > 0)
            out.policies = decision.policies;
        return out;
    }
    out.policies = decision.policies;
    // In outage mode nobody's on-call state was read: those outputs stay unknown (empty).
    if (!decision.degraded) {
        out.onCall = decision.onCall;
        out.onCallSchedules = decision.onCallSchedules;
    }
    if (decision.approvedBy)
        out.approvedBy = decision.approvedBy;
    if (decision.expiresAt)
        out.expiresAt = decision.expiresAt;
    return out;
}


/***/ }),

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ answerOf),
/* harmony export */   z: () => (/* binding */ createWriteApplier)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(262);


/** The answer of a made write of this kind, undefined for any other outcome. */
function answerOf(outcome, kind) {
    return outcome?.status === 'made' && outcome.write.action.kind === kind ? outcome.answer : undefined;
}
const SERVICE = { github: 'GitHub', incidentio: 'incident.io' };
/** Text from policies and pull requests stays on its line in the log. */
const oneLine = (text) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');
function createWriteApplier(options) {
    const planned = [];
    const { targets, log } = options;
    const redact = options.redact ?? ((t) => t);
    async function make(action) {
        switch (action.kind) {
            case 'comment':
                return (await targets.github()).upsertStickyComment(action.number, action.marker, action.body, {
                    existing: action.existing,
                    ...(action.summaryUrl ? { summaryUrl: action.summaryUrl } : {}),
                });
            case 'check-run':
                return (await targets.github()).upsertCheckRun(action.headSha, action.name, action.state, { existing: action.existing });
            case 'review-request':
                return (await targets.github()).requestReviewers(action.number, action.logins, action.author);
            case 'create-incident': {
                const incident = await (await targets.incidentio()).createIncident(action.payload);
                // The answer to our own create must be the incident we asked for: were a key ever
                // answered with an unrelated incident, editing or recording it would touch somebody
                // else's incident. Checked here, so no write after it is made.
                const { carriesRequestKey } = await __nccwpck_require__.e(/* import() */ 3491).then(__nccwpck_require__.bind(__nccwpck_require__, 3491));
                if (!carriesRequestKey(incident.summary, action.requestKey)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
                        kind: 'bad-response',
                        service: 'incidentio',
                        message: `incident.io answered the create of the incident for ${action.requestKey} (idempotency_key ${action.payload.idempotency_key}) with incident ${incident.reference} (${incident.id}), ` +
                            'whose summary does not carry that request key, so oncall-gate will not use it',
                        fix: 'Re-run the job (a new run attempt uses a new idempotency key). If it happens again, check that `incidentio-api-url` is the incident.io API.',
                    });
                }
                return incident;
            }
            case 'edit-incident':
                return (await targets.incidentio()).editIncident(action.id, action.payload);
            case 'create-custom-field':
                return (await targets.incidentio()).createCustomField(action.payload);
        }
    }
    return {
        dryRun: options.dryRun,
        planned,
        async apply(writes) {
            const given = writes.filter((w) => w !== undefined);
            planned.push(...given);
            if (options.dryRun)
                return given.map((write) => ({ write, status: 'dry-run' }));
            const outcomes = [];
            for (const write of given) {
                log.info(`${SERVICE[write.service]} ${write.method} ${write.target}: ${oneLine(write.description)}.`);
                try {
                    outcomes.push({ write, status: 'made', answer: (await make(write.action)) });
                }
                catch (error) {
                    if (write.whenRefused && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, write.service, 'permission')) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ ...error.data(), message: write.whenRefused.message, fix: write.whenRefused.fix });
                    }
                    if (!(write.optional && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, write.service)))
                        throw error;
                    log.warning(`Could not ${oneLine(write.description)}: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error, redact)}`);
                    outcomes.push({ write, status: 'failed', error });
                }
            }
            return outcomes;
        },
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/commands/dispatch.ts
async function resolveCommands(command, event, policyFilesChanged, 
/** The step names an environment or a policy: it gates a job, whatever else runs. */
gatesSomething = false) {
    if (command !== 'auto')
        return [command];
    switch (event.kind) {
        case 'pull_request':
            // `request` runs for every PR action (ready_for_review included: a draft that becomes ready
            // escalates then) and reports not-required when no policy matches.
            return (await policyFilesChanged()) ? ['plan', 'request'] : ['request'];
        case 'pull_request_review':
            return ['review'];
        case 'push': {
            const onDefault = event.defaultBranch !== '' && event.ref === `refs/heads/${event.defaultBranch}`;
            if (!onDefault || !(await policyFilesChanged()))
                return ['gate'];
            // A deploy job that also changes policies still needs its gate: apply alone would let it
            // through unchecked. The gate's result decides the step (primaryIndex).
            return gatesSomething ? ['apply', 'gate'] : ['apply'];
        }
        case 'schedule':
            return ['audit'];
        case 'deployment':
            // The gate takes the environment from the deployment when the `environment` input is empty.
            return ['gate'];
        default:
            return ['gate'];
    }
}
/**
 * Which command's outputs win when `auto` ran several: the request's (or the gate's), always (the
 * README's "Results and exit codes": when plan and request both run, `result` is the request's),
 * so `result` keeps the request's values (`not-required` included) and a workflow can test it the
 * same way on every PR. The plan's `errors` count is still set, and an invalid plan fails the
 * step on its own.
 */
function primaryIndex(commands) {
    for (const decisive of ['request', 'gate']) {
        const at = commands.indexOf(decisive);
        if (at >= 0)
            return at;
    }
    return 0;
}

// EXTERNAL MODULE: ./src/api-deadline.ts
var api_deadline = __nccwpck_require__(2136);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/write-plan/apply-writes.ts
var apply_writes = __nccwpck_require__(5146);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/record/write-record.ts
// The decision record's one write: a JSON file under the runner's temporary folder (RUNNER_TEMP,
// emptied at the end of every job), whose path the `decision-record` output gives so a later step
// can upload it (docs/decision-record.md). Built once by src/compose.ts for main.ts.
//
// The file is created exclusively (O_EXCL): an earlier step of the job cannot plant a link at the
// path to make the action write elsewhere, and a second oncall-gate step in the same job gets its
// own file. Every string passes through the run's redactor before it is written.



/** How many numbered names are tried when earlier steps of the job wrote records already. */
const MAX_TRIES = 100;
/** A file-name-safe part: letters, digits, `.`, `_` and `-`; anything else becomes `-`. */
const safe = (s) => s
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
/**
 * `oncall-gate-<command>-<run id>-<attempt>[-<n>].json` in `dir`. `dir` is the runner's
 * RUNNER_TEMP; '' (a run outside a runner) writes nothing.
 */
function createRecordWriter(options) {
    return {
        async write(record) {
            if (!options.dir)
                return undefined;
            const text = `${JSON.stringify(options.redactor.redactDeep(record), null, 2)}\n`;
            const stem = ['oncall-gate', record.command, safe(record.run.id), safe(record.run.attempt)].filter(Boolean).join('-');
            for (let n = 1; n <= MAX_TRIES; n++) {
                const path = (0,external_node_path_.join)(options.dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
                // Synchronous: the run's last step, with nothing to overlap (and no fs/promises to load).
                let fd;
                try {
                    fd = (0,external_node_fs_.openSync)(path, 'wx', 0o644);
                }
                catch (error) {
                    if (error.code === 'EEXIST')
                        continue;
                    throw cannotWrite(path, error.message, error);
                }
                try {
                    (0,external_node_fs_.writeFileSync)(fd, text, 'utf8');
                }
                finally {
                    (0,external_node_fs_.closeSync)(fd);
                }
                return path;
            }
            throw cannotWrite((0,external_node_path_.join)(options.dir, `${stem}.json`), `${MAX_TRIES} records of this name exist already`);
        },
    };
}
function cannotWrite(path, why, cause) {
    return new errors/* OncallGateError */.lN({
        kind: 'environment',
        file: path,
        message: `The decision record could not be written to ${path} (${why})`,
        fix: 'Check that RUNNER_TEMP is a folder the job can write to; the decision itself stands.',
        ...(cause !== undefined ? { cause } : {}),
    });
}

;// CONCATENATED MODULE: ./src/compose.ts




const DEFAULT_INCIDENTIO_URL = 'https://api.incident.io';
/** The run's clients, each built once, on first use. */
function createServices(settings) {
    let github;
    let githubTeams;
    let incidentio;
    const shared = {
        redactor: settings.redactor,
        ...(settings.deadline ? { deadline: settings.deadline } : {}),
    };
    return {
        github: () => (github ??= __nccwpck_require__.e(/* import() */ 8212).then(__nccwpck_require__.bind(__nccwpck_require__, 8212)).then(({ createGitHubPort }) => createGitHubPort({
            ...settings.github,
            readOnly: settings.readOnly,
            ...shared,
            ...(settings.log ? { log: settings.log } : {}),
            ...(settings.tuning?.github ? { tuning: settings.tuning.github } : {}),
        }))),
        githubTeams: () => (githubTeams ??= settings.github.teamsToken
            ? __nccwpck_require__.e(/* import() */ 8212).then(__nccwpck_require__.bind(__nccwpck_require__, 8212)).then(({ createGitHubPort }) => createGitHubPort({
                ...settings.github,
                token: settings.github.teamsToken ?? '',
                // Only ever reads team membership.
                readOnly: true,
                ...shared,
                ...(settings.log ? { log: settings.log } : {}),
                ...(settings.tuning?.github ? { tuning: settings.tuning.github } : {}),
            }))
            : Promise.reject(new errors/* OncallGateError */.lN({
                kind: 'input',
                setting: 'github-teams-token',
                message: 'The `github-teams-token` input is empty, and an outage fallback names `approverTeams`, whose members only a token that can read organisation teams can see',
                fix: 'Pass `github-teams-token: ${{ secrets.<name> }}` with a GitHub App installation token that has the organisation permission "Members: read" (or a fine-grained token with it); the workflow\'s GITHUB_TOKEN cannot read team membership. Or name the approvers by login (`approvers`).',
            }))),
        incidentio: () => (incidentio ??= settings.incidentio.apiKey
            ? Promise.all(/* import() */[__nccwpck_require__.e(9415), __nccwpck_require__.e(9388)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9415)).then(({ createIncidentIoClient }) => createIncidentIoClient({
                baseUrl: settings.incidentio.apiUrl,
                apiKey: settings.incidentio.apiKey,
                readOnly: settings.readOnly,
                ...shared,
                ...settings.tuning?.incidentio,
            }))
            : Promise.reject(new errors/* OncallGateError */.lN({
                kind: 'input',
                setting: 'incidentio-api-key',
                message: (0,errors/* text */.Qq) `${(0,errors/* setting */.Pe)('incidentio-api-key')} is empty, so oncall-gate cannot call incident.io.`,
                fix: (0,errors/* text */.Qq) `Set ${(0,errors/* setting */.Pe)('incidentio-api-key')} to an incident.io API key.`,
            }))),
    };
}
/**
 * The action's context: the run's facts, clients configured from its inputs (dry-run: read-only),
 * and the applier of the run's writes over those clients (dry-run: it makes none).
 */
function createContext(parts) {
    const { inputs, run, tuning, services: built, ...rest } = parts;
    const services = built ??
        createServices({
            incidentio: { apiUrl: inputs.incidentioApiUrl, apiKey: inputs.incidentioApiKey },
            github: {
                apiUrl: run.apiUrl,
                graphqlUrl: run.graphqlUrl,
                token: inputs.githubToken,
                repository: run.repository,
                ...(inputs.githubTeamsToken ? { teamsToken: inputs.githubTeamsToken } : {}),
            },
            readOnly: inputs.dryRun,
            redactor: parts.redactor,
            log: parts.log,
            ...(parts.deadline ? { deadline: parts.deadline } : {}),
            ...(tuning ? { tuning } : {}),
        });
    return {
        inputs,
        run,
        ...rest,
        ...services,
        writes: (0,apply_writes/* createWriteApplier */.z)({ dryRun: inputs.dryRun, targets: services, log: parts.log, redact: parts.redactor.redact }),
    };
}
/**
 * The command line's context: the secrets of the environment in one redactor, and read-only
 * clients configured from the environment (GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL,
 * GITHUB_REPOSITORY, INCIDENTIO_API_KEY).
 */
function createCliContext(env, out, clock, cwd = process.cwd()) {
    const redactor = createRedactor([env.INCIDENTIO_API_KEY ?? '', env.GITHUB_TOKEN ?? '', env.GH_TOKEN ?? '']);
    const printed = { log: (line) => out.log(redactor.redact(line)), error: (line) => out.error(redactor.redact(line)) };
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const byUrl = new Map();
    const servicesAt = (apiUrl) => {
        let services = byUrl.get(apiUrl);
        if (!services) {
            services = createServices({
                incidentio: { apiUrl, apiKey: (env.INCIDENTIO_API_KEY ?? '').trim() },
                github: {
                    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
                    token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
                    repository: { owner, repo },
                },
                readOnly: true,
                redactor,
            });
            byUrl.set(apiUrl, services);
        }
        return services;
    };
    // The GitHub port does not depend on the incident.io URL: one for the whole command.
    const github = servicesAt(DEFAULT_INCIDENTIO_URL).github;
    return { env, out: printed, clock, cwd, redactor, github, incidentio: (apiUrl) => servicesAt(apiUrl).incidentio() };
}
/** Where the action writes its decision records: the job's RUNNER_TEMP, through the run's redactor. */
function createDecisionRecordWriter(run, redactor) {
    return createRecordWriter({ dir: run.runnerTemp ?? '', redactor });
}

;// CONCATENATED MODULE: ./src/event/event.ts
// The GitHub event as one typed union. Payload fields are checked here, once, so a malformed or
// unexpected payload becomes a clear error naming the field instead of a crash deeper down.


/** The event payload cannot be read or lacks what the command needs: an `environment` error. */
function eventError(message) {
    return new errors/* OncallGateError */.lN({ kind: 'environment', message, fix: '' });
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function field(obj, path, check, what) {
    let cur = obj;
    for (const part of path.split('.'))
        cur = isObj(cur) ? cur[part] : undefined;
    if (!check(cur)) {
        throw eventError(`The event payload has no valid \`${path}\` (expected ${what}). Is this workflow triggered by the event the command expects?`);
    }
    return cur;
}
const isStr = (v) => typeof v === 'string';
const isNum = (v) => typeof v === 'number' && Number.isInteger(v) && v > 0;
const optStr = (obj, path) => {
    let cur = obj;
    for (const part of path.split('.'))
        cur = isObj(cur) ? cur[part] : undefined;
    return typeof cur === 'string' ? cur : '';
};
function parsePullRequest(pr) {
    const labels = Array.isArray(pr.labels) ? pr.labels.flatMap((l) => (isObj(l) && typeof l.name === 'string' ? [l.name] : [])) : [];
    const headRepo = optStr(pr, 'head.repo.full_name');
    const baseRepo = field(pr, 'base.repo.full_name', isStr, 'a string');
    return {
        number: field(pr, 'number', isNum, 'a pull request number'),
        title: optStr(pr, 'title'),
        body: optStr(pr, 'body'),
        baseRef: field(pr, 'base.ref', isStr, 'a branch name'),
        baseSha: field(pr, 'base.sha', isStr, 'a commit SHA'),
        headSha: field(pr, 'head.sha', isStr, 'a commit SHA'),
        headRepoFullName: headRepo,
        baseRepoFullName: baseRepo,
        // A deleted head repository (null) is treated as a fork: never trust it with writes.
        isFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        authorLogin: field(pr, 'user.login', isStr, 'a login'),
        authorType: optStr(pr, 'user.type'),
        labels,
        merged: pr.merged === true,
        htmlUrl: optStr(pr, 'html_url'),
    };
}
function parseEvent(eventName, payload) {
    const p = isObj(payload) ? payload : {};
    const defaultBranch = optStr(p, 'repository.default_branch');
    const action = optStr(p, 'action');
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = field(p, 'pull_request', isObj, 'an object');
            return { kind: 'pull_request', name: eventName, action, pullRequest: parsePullRequest(pr), defaultBranch };
        }
        case 'pull_request_review': {
            const pr = field(p, 'pull_request', isObj, 'an object');
            const r = field(p, 'review', isObj, 'an object');
            return {
                kind: 'pull_request_review',
                name: eventName,
                action,
                pullRequest: parsePullRequest(pr),
                review: {
                    id: field(r, 'id', isNum, 'a review id'),
                    state: optStr(r, 'state').toLowerCase(),
                    commitId: optStr(r, 'commit_id') || null,
                    submittedAt: optStr(r, 'submitted_at') || null,
                    userLogin: optStr(r, 'user.login'),
                    userType: optStr(r, 'user.type'),
                },
                defaultBranch,
            };
        }
        case 'push': {
            const after = optStr(p, 'after');
            return {
                kind: 'push',
                name: eventName,
                ref: optStr(p, 'ref'),
                before: optStr(p, 'before'),
                after,
                deleted: p.deleted === true || /^0+$/.test(after),
                defaultBranch,
            };
        }
        case 'deployment':
        case 'deployment_status':
            return { kind: 'deployment', name: eventName, environment: optStr(p, 'deployment.environment').trim(), defaultBranch };
        case 'schedule':
            return { kind: 'schedule', name: eventName, defaultBranch };
        default:
            return { kind: 'other', name: eventName, defaultBranch };
    }
}
/** Reads GITHUB_EVENT_PATH. A missing path is an empty payload (local runs); bad JSON is an error. */
async function readEventPayload(path) {
    if (!path)
        return {};
    let text;
    try {
        // Synchronous: nothing else runs yet, and the gate then needs no fs/promises at all.
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw eventError(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}).`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw eventError(`The event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON.`);
    }
}

;// CONCATENATED MODULE: ./src/event/run-context.ts
// The runner's environment for this job (GitHub docs, "Variables": default environment
// variables), read once. The event payload itself is parsed in event.ts.

/** What the runner should have set is missing or malformed: an `environment` error. */
function runContextError(message) {
    return new errors/* OncallGateError */.lN({ kind: 'environment', message, fix: '' });
}
function readRunContext(env, cwd) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw runContextError(`GITHUB_REPOSITORY is "${repository}"; it must be "owner/repo". The runner sets it; when running locally, set it yourself.`);
    }
    const actor = env.GITHUB_ACTOR ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        eventPath: env.GITHUB_EVENT_PATH ?? '',
        repository: { owner, repo },
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        actor,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || actor,
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || 'https://api.github.com/graphql').replace(/\/+$/, ''),
        workspace: env.GITHUB_WORKSPACE || cwd,
        runnerTemp: env.RUNNER_TEMP ?? '',
    };
}

;// CONCATENATED MODULE: ./src/api-url.ts
// The incident.io base URL, checked the same way for the action input and the CLI: the API key
// travels in every request, so it must go over https; plain http is only for a server on this
// machine (the local emulator on a loopback address). Checked before any request is made.
/** `/v1` or `/v2` at the end: a copy-paste from incident.io's endpoint docs that would make every request `/v2/v2/...`. */
function apiVersionSuffix(url) {
    return /\/v[12]\/*$/.exec(url)?.[0].replace(/\/+$/, '') ?? '';
}
/** 127.0.0.0/8, localhost and ::1: traffic that never leaves the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/**
 * The URL without trailing slashes, or the problem with it. `source` names where the value came
 * from in the words the user knows (`Input \`incidentio-api-url\``, `--api-url`).
 */
function checkApiUrl(raw, source) {
    const url = raw.trim().replace(/\/+$/, '');
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { message: `${source} is not a URL ("${url}"); use https://api.incident.io, or your proxy's https:// base URL.` };
    }
    if (parsed.username || parsed.password) {
        return { message: `${source} must not embed credentials; the key goes in the API key setting, never in the URL.` };
    }
    if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
        return {
            message: `${source} must use https:// (got "${parsed.protocol}//${parsed.host}"): the API key travels in every request. ` +
                'Plain http:// is only for the local emulator on a loopback address (127.0.0.1, localhost, [::1]).',
        };
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        return { message: `${source} must be an https:// URL like https://api.incident.io; got "${url}".` };
    }
    const versioned = apiVersionSuffix(url);
    if (versioned) {
        return {
            message: `${source} ends with the API version (${versioned}); give the base URL without it, e.g. ` +
                `${url.slice(0, -versioned.length)}: oncall-gate adds /v1 and /v2 to each request itself.`,
        };
    }
    return { url };
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Every action input, read once into one typed object; nothing downstream reads inputs again.
// Names and defaults are the public contract in action.yml (and the README's "Inputs").


const COMMANDS = ['auto', 'validate', 'plan', 'apply', 'gate', 'request', 'review', 'audit'];
/** An input that cannot be used: an `input` error naming it (the message says what to give instead). */
function inputError(input, message) {
    return new errors/* OncallGateError */.lN({ kind: 'input', setting: input, message, fix: '' });
}
const envInputReader = (env) => (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
const DEFAULTS = {
    command: 'auto',
    'incidentio-api-url': 'https://api.incident.io',
    'policy-path': 'policies',
    'dry-run': 'false',
    'fail-on-deny': 'true',
    'api-timeout': '60',
    'tests-path': 'policy-tests',
};
/** `api-timeout` bounds: long enough for slow APIs, short of a runner's 6-hour job limit. */
const MAX_API_TIMEOUT_SECONDS = 3600;
function parseTimeout(raw) {
    const seconds = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || seconds < 1 || seconds > MAX_API_TIMEOUT_SECONDS) {
        throw inputError('api-timeout', `Input \`api-timeout\` must be a number of seconds from 1 to ${MAX_API_TIMEOUT_SECONDS}, got "${raw}" (the default is 60).`);
    }
    return seconds;
}
function parseBoolean(name, raw) {
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    throw inputError(name, `Input \`${name}\` must be \`true\` or \`false\`, got "${raw}".`);
}
/**
 * Reads and checks every input. The runner applies action.yml defaults; they are applied here
 * too so the CLI, local runs and tests that leave an input unset behave the same.
 */
function readInputs(read) {
    const get = (name) => {
        const value = read(name);
        return value !== '' ? value : (DEFAULTS[name] ?? '');
    };
    const command = get('command').toLowerCase();
    if (!COMMANDS.includes(command)) {
        throw inputError('command', `Input \`command\` is "${command}"; use one of: ${COMMANDS.join(', ')} (auto picks from the event).`);
    }
    const checked = checkApiUrl(get('incidentio-api-url'), 'Input `incidentio-api-url`');
    if ('message' in checked)
        throw inputError('incidentio-api-url', checked.message);
    const apiUrl = checked.url;
    const policyPath = get('policy-path').replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    // The repository root itself is refused too: every YAML file in it (workflows included) would be
    // read as a policy.
    if (policyPath === '' || policyPath === '.' || policyPath.startsWith('/') || policyPath.split('/').includes('..')) {
        throw inputError('policy-path', `Input \`policy-path\` must be a folder inside the repository (like "policies"), not its root; got "${read('policy-path')}".`);
    }
    const testsPath = readTestsPath(read, get('tests-path'), policyPath);
    return {
        command: command,
        incidentioApiKey: read('incidentio-api-key'),
        incidentioApiUrl: apiUrl,
        githubToken: read('github-token'),
        githubTeamsToken: read('github-teams-token'),
        policyPath,
        environment: read('environment'),
        policy: read('policy'),
        reason: read('reason'),
        dryRun: parseBoolean('dry-run', get('dry-run')),
        failOnDeny: parseBoolean('fail-on-deny', get('fail-on-deny')),
        apiTimeoutSeconds: parseTimeout(get('api-timeout')),
        testsPath,
    };
}
/** `a` is `b` or a folder inside it. */
const within = (a, b) => a === b || a.startsWith(`${b}/`);
/**
 * `tests-path`: a folder inside the repository, and never the policy folder, inside it or around
 * it: every YAML file under `policy-path` is read as a policy. A default that collides (a policy
 * folder named like it) turns the tests off instead of failing every step.
 */
function readTestsPath(read, raw, policyPath) {
    const given = read('tests-path') !== '';
    const testsPath = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (testsPath === '' || testsPath === '.' || testsPath.startsWith('/') || testsPath.split('/').includes('..')) {
        throw inputError('tests-path', `Input \`tests-path\` must be a folder inside the repository (like "policy-tests"), not its root; got "${raw}".`);
    }
    if (within(testsPath, policyPath) || within(policyPath, testsPath)) {
        if (!given)
            return '';
        throw inputError('tests-path', within(testsPath, policyPath)
            ? `Input \`tests-path\` ("${testsPath}") is inside \`policy-path\` ("${policyPath}"), where every YAML file is read as a policy; keep the tests in their own folder, like "policy-tests".`
            : `Input \`tests-path\` ("${testsPath}") holds \`policy-path\` ("${policyPath}"), so the policy files would be read as tests; keep the tests in their own folder beside it, like "policy-tests".`);
    }
    return testsPath;
}

// EXTERNAL MODULE: ./src/report/outputs.ts
var report_outputs = __nccwpck_require__(5468);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/report/runner-commands.ts
// The runner's text protocol: workflow commands on stdout (`::error file=..::msg`) and file
// commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). Written by hand instead of importing
// @actions/core because core 3 loads undici for its OIDC client on import: measured +40 ms per
// start (about 3x bare Node), which is most of a gate's latency ("Start-up cost" in
// docs/architecture.md). The escaping
// rules follow GitHub's "Workflow commands" doc and are parity-tested against @actions/core in
// test/report/runner-commands.test.ts.




const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function formatCommand(command, props, message) {
    const parts = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${command}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}
/**
 * Log lines may carry user text (PR titles, file names, API answers). The runner treats any line
 * that starts with `::` as a workflow command, so such a line is prefixed with a zero-width space:
 * it reads the same and commands nothing (GitHub docs, "Workflow commands": stop-commands exists
 * for the same reason). Our own commands are written by `formatCommand`, never through `info`.
 */
function neutraliseCommands(message) {
    return message.replace(/^(\s*)::/gm, '$1\u200b::');
}
/**
 * Whether the runner could still read a workflow command in `text`. The runner also reads the
 * legacy form `##[command]` anywhere in a line, trims .NET's white space (NEL, U+0085, among it)
 * before `::`, and compares culture-sensitively, so characters that collate as nothing (a
 * zero-width space) may not stop it. Only printable ASCII spells a command: with everything else
 * dropped, a line that starts with `::` (after spaces) or holds `##[` could be one. Generous on
 * purpose: a false alarm costs two extra log lines.
 */
function couldCommandRunner(text) {
    return text.split(/\r\n|\r|\n/).some((line) => {
        const bare = line.replace(/[^\x20-\x7e]/g, '');
        return bare.trimStart().startsWith('::') || bare.includes('##[');
    });
}
/**
 * The lines that print `message` (user text) as text: when it could command the runner, between
 * `::stop-commands::<token>` and `::<token>::` with a fresh random token (GitHub docs, "Workflow
 * commands", "Stopping and starting workflow commands"), so the runner reads none of it.
 */
function logLines(message, token = () => (0,external_node_crypto_.randomBytes)(16).toString('hex')) {
    const text = neutraliseCommands(message);
    if (!couldCommandRunner(text))
        return [text];
    const t = token();
    return [`::stop-commands::${t}`, text, `::${t}::`];
}
/** A runner file command cannot be written: an `environment` error. */
function runnerFileError(message) {
    return new errors/* OncallGateError */.lN({ kind: 'environment', message, fix: '' });
}
function createRunnerCommands(env, write = (line) => process.stdout.write(line + external_node_os_namespaceObject.EOL)) {
    const fileCommand = (variable, text) => {
        const path = env[variable];
        if (!path)
            return false;
        if (!(0,external_node_fs_.existsSync)(path))
            throw runnerFileError(`${variable} points at ${path}, which does not exist.`);
        (0,external_node_fs_.appendFileSync)(path, text, 'utf8');
        return true;
    };
    return {
        info: (message) => {
            for (const line of logLines(message))
                write(line);
        },
        debug: (message) => write(formatCommand('debug', {}, message)),
        annotate: (level, message, props = {}) => write(formatCommand(level, props, message)),
        setSecret: (value) => {
            if (value)
                write(formatCommand('add-mask', {}, value));
        },
        startGroup: (name) => write(formatCommand('group', {}, name)),
        endGroup: () => write(formatCommand('endgroup', {}, '')),
        setOutput: (name, value) => {
            // Heredoc form with a random delimiter, so multi-line values and `name=` lookalikes are safe.
            const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
            if (value.includes(delimiter))
                throw runnerFileError(`Output ${name} contains the delimiter.`);
            const record = `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
            // Without GITHUB_OUTPUT (local runs) outputs are printed instead of the deprecated
            // ::set-output command, which the runner would warn about.
            if (!fileCommand('GITHUB_OUTPUT', record))
                for (const line of logLines(`output ${name}=${value}`))
                    write(line);
        },
        appendSummary: (markdown) => {
            fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : markdown + external_node_os_namespaceObject.EOL);
        },
        // What @actions/core's setFailed prints; the process's exit code comes from run()'s result.
        fail: (message) => write(formatCommand('error', {}, message)),
    };
}
/**
 * The runner protocol with every text the action writes (log lines, annotations and their
 * titles, outputs, the step summary, group names) passed through `redact` first. `setSecret`
 * alone passes the raw value: it is how the runner learns what to mask.
 */
function redactingRunner(runner, redact) {
    return {
        info: (message) => runner.info(redact(message)),
        debug: (message) => runner.debug(redact(message)),
        annotate: (level, message, props = {}) => runner.annotate(level, redact(message), props.title === undefined ? props : { ...props, title: redact(props.title) }),
        setSecret: (value) => runner.setSecret(value),
        startGroup: (name) => runner.startGroup(redact(name)),
        endGroup: () => runner.endGroup(),
        setOutput: (name, value) => runner.setOutput(name, redact(value)),
        appendSummary: (markdown) => runner.appendSummary(redact(markdown)),
        fail: (message) => runner.fail(redact(message)),
    };
}

// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __nccwpck_require__(262);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/render-write-plan.ts

const SERVICE = { github: 'GitHub', incidentio: 'incident.io' };
/** `POST /v2/incidents`: the request line of a planned write. */
const writeRequestLine = (w) => `${w.method} ${w.target}`;
/** Text inside an HTML element (a <summary>, where Markdown is not rendered). */
const html = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A description on one line: it may quote text from policies or pull requests. */
const oneLine = (text) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');
const count = (n) => `${n} request${n === 1 ? '' : 's'}`;
/** A write's body as shown: a comment as its Markdown, anything else as the JSON sent. */
const shownBody = (w) => w.markdown ?? JSON.stringify(w.body, null, 2);
/**
 * The log lines of a dry run's write plan: the numbered list of requests, then for each what it
 * would do, the request and its body.
 */
function writePlanLogLines(command, writes) {
    if (writes.length === 0)
        return [`Dry run: the write plan of ${command} is empty: no writes (it only reads).`];
    return [
        [
            `Dry run: the write plan of ${command}, ${count(writes.length)}, none made:`,
            ...writes.map((w, i) => `  ${i + 1}. ${SERVICE[w.service]} ${writeRequestLine(w)}: ${oneLine(w.description)}`),
        ].join('\n'),
        ...writes.map((w) => `Dry run: would ${oneLine(w.description)}:\n${SERVICE[w.service]} ${writeRequestLine(w)}\n${shownBody(w)}`),
    ];
}
/** The step summary section of a dry run's write plan. */
function renderWritePlan(command, writes) {
    const out = ['### Write plan (dry run)', ''];
    if (writes.length === 0) {
        out.push(`No writes: a real run of ${(0,markdown/* code */.aY)(command)} makes no request that changes anything in GitHub or incident.io (the write plan is empty).`);
        return out.join('\n') + '\n';
    }
    out.push(`Nothing was written. A real run of ${(0,markdown/* code */.aY)(command)} would make these ${count(writes.length)}, in this order:`, '', (0,markdown/* table */.tp)(['#', 'Request', 'Service', 'What'], writes.map((w, i) => [String(i + 1), (0,markdown/* code */.aY)(writeRequestLine(w)), SERVICE[w.service], (0,markdown/* escapeMarkdown */.FV)(w.description)])));
    writes.forEach((w, i) => {
        out.push('', `<details><summary>${i + 1}. ${html(writeRequestLine(w))}</summary>`, '', (0,markdown/* fenced */.OF)(shownBody(w), w.markdown !== undefined ? 'markdown' : 'json'), '', '</details>');
    });
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/main.ts













// Loaded on demand so each command pays only for what it uses at start-up.
const main_COMMANDS = {
    validate: () => Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4006), __nccwpck_require__.e(2533), __nccwpck_require__.e(301), __nccwpck_require__.e(5935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10)).then((m) => m.runValidate),
    gate: () => Promise.all(/* import() */[__nccwpck_require__.e(1780), __nccwpck_require__.e(7389), __nccwpck_require__.e(6725), __nccwpck_require__.e(4954)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4954)).then((m) => m.runGate),
    plan: () => Promise.all(/* import() */[__nccwpck_require__.e(1780), __nccwpck_require__.e(6645), __nccwpck_require__.e(9495), __nccwpck_require__.e(4483)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4483)).then((m) => m.runPlan),
    apply: () => Promise.all(/* import() */[__nccwpck_require__.e(6645), __nccwpck_require__.e(8314)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8314)).then((m) => m.runApply),
    audit: () => __nccwpck_require__.e(/* import() */ 6689).then(__nccwpck_require__.bind(__nccwpck_require__, 6689)).then((m) => m.runAudit),
    request: () => Promise.all(/* import() */[__nccwpck_require__.e(1780), __nccwpck_require__.e(6645), __nccwpck_require__.e(7389), __nccwpck_require__.e(6725), __nccwpck_require__.e(6397), __nccwpck_require__.e(9346), __nccwpck_require__.e(9843)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9843)).then((m) => m.runRequest),
    review: () => Promise.all(/* import() */[__nccwpck_require__.e(1780), __nccwpck_require__.e(6645), __nccwpck_require__.e(7389), __nccwpck_require__.e(6725), __nccwpck_require__.e(6397), __nccwpck_require__.e(9346), __nccwpck_require__.e(4368)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4368)).then((m) => m.runReview),
};
/**
 * The run's logger over the runner. `close()` silences it: once the run has reported (after the
 * API deadline, say), work still winding down in the background writes nothing more.
 */
function loggerFor(runner) {
    let open = true;
    return {
        info: (m) => open && runner.info(m),
        warning: (m) => open && runner.annotate('warning', m),
        debug: (m) => open && runner.debug(m),
        group: async (name, fn) => {
            runner.startGroup(name);
            try {
                return await fn();
            }
            finally {
                runner.endGroup();
            }
        },
        close: () => {
            open = false;
        },
    };
}
/** The commands whose every outcome sets `approved` (the outputs contract in action.yml). */
const DECIDING = ['gate', 'request', 'review'];
function errorResult(message, command) {
    return {
        // An error is never an approval: a decision command says so in `approved` too.
        outputs: { result: 'error', ...(DECIDING.includes(command) ? { approved: false, degraded: false } : {}) },
        summary: `### oncall-gate: error\n\n${message}\n`,
        annotations: [],
        failure: message,
    };
}
async function run(options = {}) {
    const env = options.env ?? process.env;
    const read = options.read ?? envInputReader(env);
    const secrets = [read('incidentio-api-key'), read('github-token'), read('github-teams-token')];
    // One redactor for the run; every sink writes through it (the runner here, GitHub and
    // incident.io writes in their clients, which get this same redactor).
    const redactor = (0,src_redact/* createRedactor */.lY)(secrets);
    const raw = options.runner ?? createRunnerCommands(env);
    // Mask secrets before anything else can print.
    for (const s of secrets)
        raw.setSecret(s);
    const runner = redactingRunner(raw, redactor.redact);
    const log = loggerFor(runner);
    const ran = [];
    let current = 'setup';
    let deadline;
    let ctx;
    // Where the current command's writes start in the run's write plan.
    let firstWrite = 0;
    try {
        const inputs = readInputs(read);
        const run = readRunContext(env, options.cwd ?? process.cwd());
        const event = parseEvent(run.eventName, await readEventPayload(run.eventPath));
        log.info(`oncall-gate: event ${run.eventName || '(none)'} on ${run.repository.owner}/${run.repository.repo}` +
            ` by ${run.actor || '(unknown)'} (triggered by ${run.triggeringActor || '(unknown)'})` +
            (inputs.dryRun ? '; dry run: nothing will be written' : ''));
        // One deadline for all of the run's API work: the clients stop starting requests and abort
        // those in flight when it passes, and the run reports `error` at once, naming what waited.
        const runDeadline = (0,api_deadline/* createApiDeadline */.Z5)(inputs.apiTimeoutSeconds * 1000);
        deadline = runDeadline;
        const expired = runDeadline.expired.then(() => Promise.reject(runDeadline.signal.reason));
        expired.catch(() => undefined);
        const withinDeadline = (work) => Promise.race([work, expired]);
        const context = (ctx = createContext({
            inputs,
            run,
            event,
            log,
            clock: options.clock ?? clock/* systemClock */.ml,
            redactor,
            deadline,
        }));
        const commands = await withinDeadline(resolveCommands(inputs.command, event, async () => {
            const { policyFilesChanged } = await __nccwpck_require__.e(/* import() */ 2978).then(__nccwpck_require__.bind(__nccwpck_require__, 2978));
            return policyFilesChanged(context);
        }, Boolean(inputs.environment || inputs.policy)));
        for (const name of commands) {
            current = name;
            firstWrite = context.writes.planned.length;
            const command = await main_COMMANDS[name]();
            const from = firstWrite;
            const result = await log.group(`oncall-gate ${name}`, async () => withWritePlan(context, name, from, await withinDeadline(command(context)), log));
            ran.push({ name, result });
        }
    }
    catch (error) {
        // Our own errors say what and where; a stack trace (debug log only) helps only with a bug.
        if (!(0,errors/* isError */.bJ)(error))
            log.debug(error instanceof Error && error.stack ? error.stack : String(error));
        // Before the command is known (bad inputs or event), the `command` input says which it was.
        const command = current !== 'setup' ? current : read('command').toLowerCase();
        const result = errorResult((0,describe_error/* describeError */.Uc)(error, redactor.redact), command);
        ran.push({ name: current, result: ctx && current !== 'setup' ? withWritePlan(ctx, current, firstWrite, result, log) : result });
    }
    if (ctx)
        await writeDecisionRecords(ctx, ran, log);
    const results = ran.map((r) => r.result);
    const errorAt = results.findIndex((r) => r.outputs.result === 'error');
    const primary = errorAt >= 0 ? errorAt : primaryIndex(ran.map((r) => r.name));
    report(runner, results, primary);
    const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
    for (const f of failures)
        runner.fail(f);
    log.close();
    deadline?.dispose();
    return failures.length > 0 ? 1 : 0;
}
/**
 * Writes the decision record of every deciding command (one that ended without a record gets an
 * `error` record with the step's message) and sets `decision-record` to its path. A record that
 * cannot be written is a warning: the decision stands (docs/decision-record.md).
 */
async function writeDecisionRecords(ctx, ran, log) {
    const deciding = ran.filter((r) => DECIDING.includes(r.name));
    if (deciding.length === 0)
        return;
    const [{ errorRecord }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(1780), __nccwpck_require__.e(6725)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6725))]);
    const writer = createDecisionRecordWriter(ctx.run, ctx.redactor);
    for (const r of deciding) {
        const name = r.name;
        const record = r.result.record ?? errorRecord(ctx, name, r.result.failure ?? r.result.outputs.result);
        try {
            const path = await writer.write(record);
            if (!path) {
                log.info('Decision record: not written (RUNNER_TEMP is not set: not on a GitHub runner).');
                continue;
            }
            log.info(`Decision record: ${path}`);
            r.result = { ...r.result, outputs: { ...r.result.outputs, decisionRecord: path } };
        }
        catch (error) {
            log.warning(`oncall-gate ${name}: ${(0,describe_error/* describeError */.Uc)(error, ctx.redactor.redact)}`);
        }
    }
}
/**
 * A dry run shows the command's write plan: every request a real run would have made, in the log
 * and in the step summary (an empty plan says so). A real run has made them already.
 */
function withWritePlan(ctx, command, from, result, log) {
    if (!ctx.inputs.dryRun)
        return result;
    const writes = ctx.writes.planned.slice(from);
    for (const line of writePlanLogLines(command, writes))
        log.info(line);
    return { ...result, summary: [result.summary.trimEnd(), renderWritePlan(command, writes)].filter(Boolean).join('\n\n') };
}
function report(runner, results, primary) {
    for (const r of results) {
        for (const a of r.annotations) {
            runner.annotate(a.level, a.message, {
                title: a.title,
                file: a.file,
                line: a.line,
                col: a.column,
            });
        }
    }
    const summary = results
        .map((r) => r.summary)
        .filter(Boolean)
        .join('\n\n');
    if (summary)
        runner.appendSummary(summary);
    const outputs = { ...results.reduce((acc, r) => ({ ...acc, ...r.outputs }), { result: 'error' }) };
    const chosen = results[primary]?.outputs;
    if (chosen)
        Object.assign(outputs, chosen);
    for (const [name, value] of Object.entries((0,report_outputs/* outputRecord */.N)(outputs)))
        runner.setOutput(name, value);
}

;// CONCATENATED MODULE: ./src/index.ts
// The action's entry: the runner executes `node dist/index.js` (runs.using: node24).



run().then((code) => {
    process.exitCode = code;
}, (error) => {
    // run() reports every failure itself; this is only reached when reporting did not work (the
    // runner's output files cannot be written). Fail the step with one redacted line, no stack.
    const { redact } = (0,src_redact/* createRedactor */.lY)([
        process.env['INPUT_INCIDENTIO-API-KEY'] ?? '',
        process.env['INPUT_GITHUB-TOKEN'] ?? '',
        process.env['INPUT_GITHUB-TEAMS-TOKEN'] ?? '',
    ]);
    // formatCommand escapes line breaks, so the message stays inside the one command.
    process.stdout.write(`${formatCommand('error', {}, `oncall-gate could not report its result: ${redact(error instanceof Error ? error.message : String(error))}`)}\n`);
    process.exitCode = 1;
});

