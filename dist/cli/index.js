#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   dR: () => (/* binding */ monotonicMs),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports fixedClock, clockStartingAt */
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

/***/ 4276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cX: () => (/* binding */ createCliContext),
  q6: () => (/* binding */ createContext),
  h4: () => (/* binding */ createServices)
});

// UNUSED EXPORTS: createDecisionRecordWriter

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
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
function write_record_createRecordWriter(options) {
    return {
        async write(record) {
            if (!options.dir)
                return undefined;
            const text = `${JSON.stringify(options.redactor.redactDeep(record), null, 2)}\n`;
            const stem = ['oncall-gate', record.command, safe(record.run.id), safe(record.run.attempt)].filter(Boolean).join('-');
            for (let n = 1; n <= MAX_TRIES; n++) {
                const path = join(options.dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
                // Synchronous: the run's last step, with nothing to overlap (and no fs/promises to load).
                let fd;
                try {
                    fd = openSync(path, 'wx', 0o644);
                }
                catch (error) {
                    if (error.code === 'EEXIST')
                        continue;
                    throw cannotWrite(path, error.message, error);
                }
                try {
                    writeFileSync(fd, text, 'utf8');
                }
                finally {
                    closeSync(fd);
                }
                return path;
            }
            throw cannotWrite(join(options.dir, `${stem}.json`), `${MAX_TRIES} records of this name exist already`);
        },
    };
}
function cannotWrite(path, why, cause) {
    return new OncallGateError({
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
            ? __nccwpck_require__.e(/* import() */ 9415).then(__nccwpck_require__.bind(__nccwpck_require__, 9415)).then(({ createIncidentIoClient }) => createIncidentIoClient({
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
    const redactor = (0,redact/* createRedactor */.lY)([env.INCIDENTIO_API_KEY ?? '', env.GITHUB_TOKEN ?? '', env.GH_TOKEN ?? '']);
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

/***/ 1511:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ JSON_COMMANDS),
/* harmony export */   renderCliJson: () => (/* binding */ renderCliJson)
/* harmony export */ });
/* unused harmony export JSON_FORMAT_VERSION */
/* harmony import */ var _version_generated_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5544);

/** The subcommands that answer with `--json`. */
const JSON_COMMANDS = ['validate', 'plan', 'check', 'who'];
/** Bumped when a field changes meaning or goes away; new fields may appear without a bump. */
const JSON_FORMAT_VERSION = 1;
/** Maps to objects, Dates to RFC 3339 (their own toJSON), undefined fields left out. */
function replacer(_key, value) {
    if (value instanceof Map)
        return Object.fromEntries(value);
    if (value instanceof Set)
        return [...value];
    return value;
}
/** The one JSON document `--json` prints on stdout. */
function renderCliJson(command, outcome) {
    const document = {
        formatVersion: JSON_FORMAT_VERSION,
        oncallGateVersion: _version_generated_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
        command,
        verdict: outcome.verdict,
        exitCode: outcome.exitCode,
        diagnostics: (outcome.diagnostics ?? []).map((d) => ({
            severity: d.severity,
            code: d.code,
            file: d.file,
            line: d.line,
            column: d.column,
            message: d.message,
            fix: d.fix,
        })),
        facts: outcome.facts ?? {},
        ...(outcome.error ? { error: outcome.error } : {}),
    };
    return JSON.stringify(document, replacer, 2);
}


/***/ }),

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   describeCliError: () => (/* binding */ describeCliError),
/* harmony export */   describeCliErrorReport: () => (/* binding */ describeCliErrorReport)
/* harmony export */ });
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
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isError */ .bJ)(error)) {
        const message = redact((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.message, 'cli'));
        const fix = redact((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.fix, 'cli'));
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

/***/ 5544:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// GENERATED from package.json by scripts/generated-files.ts; do not edit.
// Regenerate: npm run generate
const VERSION = "0.1.0";


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
                    log.warning(`Could not ${oneLine(write.description)}: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .U)(error, redact)}`);
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

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/version.generated.ts
var version_generated = __nccwpck_require__(5544);
// EXTERNAL MODULE: ./src/compose.ts + 1 modules
var compose = __nccwpck_require__(4276);
// EXTERNAL MODULE: ./src/report/cli-json.ts
var cli_json = __nccwpck_require__(1511);
;// CONCATENATED MODULE: ./src/cli.ts
// `oncall-gate` command line: the same core as the action, for local use before pushing and for
// the demo. Subcommands load on demand. Exit codes: 0 ok, 1 failed/denied/invalid, 2 usage error.




const USAGE = `Usage: oncall-gate <command> [options]

Commands:
  validate [folder] [--api-url URL]       check every policy file (default folder: policies);
                                          with INCIDENTIO_API_KEY also schedules, people and roles,
                                          with GITHUB_TOKEN also the GitHub logins
  plan --base <git ref> [--policy-path P] [--tests-path T]
                                          what a policy change does, against a base ref
  check <login|email> [--environment E | --policy P] [--reason TEXT] [--policy-path P] [--api-url URL] [--at T]
                                          would this person pass the gate now (or at T), and why;
                                          --assume-unavailable previews outage mode
  who <schedule-id> [--policy-path P] [--api-url URL] [--at T]
                                          who is on call now (or at T), and who is next
  emulator [--port N] [--fixture FILE] [--now T]
                                          run the local incident.io emulator (demo data)
  test [--policy-path P] [--tests-path T] run the policy tests offline (default folder: policy-tests)
  record --schedule <id> --from T --to T  record a rota snapshot for policy tests (schedule entries and users)
  explain <record.json>                   print a decision record (the decision-record output)
  app [--sweep] [--env-file FILE]         run as a GitHub App: a deployment protection rule
                                          (docs/app-mode.md)
  help <command>, <command> --help        the options of one command

--json (validate, plan, check, who) prints one JSON document on stdout instead of text.
Times (T) are RFC 3339 with an offset: 2026-12-11T18:00:00Z or 2026-12-11T18:00:00+01:00.

Environment: INCIDENTIO_API_KEY (the key), INCIDENTIO_API_URL (default https://api.incident.io),
GITHUB_TOKEN or GH_TOKEN, GITHUB_REPOSITORY (owner/repo).
Exit codes: 0 success, 1 invalid / not approved / failed, 2 usage error (docs/cli.md).`;
const consoleOutput = {
    log: (line) => process.stdout.write(line + '\n'),
    error: (line) => process.stderr.write(line + '\n'),
};
/**
 * `clock` is the CLI's "now" (the system clock; tests pin it). `--at` / `--now` override it per
 * command. `cwd` is the folder the command runs in.
 */
async function runCli(argv, env, rawOut = consoleOutput, clock = src_clock/* systemClock */.ml, cwd = process.cwd()) {
    const [command, ...args] = argv;
    if (isJsonCommand(command))
        return runAnswering(command, args, env, rawOut, clock, cwd);
    // Every line the CLI prints goes through the one redactor, with the secrets it may hold.
    const cli = (0,compose/* createCliContext */.cX)(env, rawOut, clock, cwd);
    const { out } = cli;
    switch (command) {
        case 'test':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(75)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75))).runTestCommand(args, cli);
        case 'record':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(2377)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2377))).runRecordCommand(args, cli);
        case 'explain':
            return (await __nccwpck_require__.e(/* import() */ 4261).then(__nccwpck_require__.bind(__nccwpck_require__, 4261))).runExplainCommand(args, cli);
        case 'emulator':
            if (args.length === 1 && (args[0] === '--help' || args[0] === '-h'))
                return help('emulator', out);
            return (await emulatorCli()).runEmulatorCommand(args, env, { clock });
        case 'app':
            // App mode (src/app/): loaded only for this command, so nothing of it reaches the action's path.
            return (await Promise.all(/* import() */[__nccwpck_require__.e(5468), __nccwpck_require__.e(2565), __nccwpck_require__.e(333), __nccwpck_require__.e(2755)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2755))).runAppCommand(args, env, { out, clock });
        case undefined:
            // No command is a usage error: the usage goes to stderr, as for any other usage error.
            out.error(USAGE);
            return 2;
        case 'help':
        case '--help':
        case '-h':
            return help(args[0], out);
        case 'version':
        case '--version':
        case '-V':
            out.log(`oncall-gate ${version_generated/* VERSION */.x}`);
            return 0;
        default:
            out.error(`Unknown command "${command}".\n\n${USAGE}`);
            return 2;
    }
}
// The emulator is a test double (packages/incidentio-emulator); this is the one place the product
// imports it (test/boundaries.test.ts keeps it so). Loaded only for `oncall-gate emulator`.
const emulatorCli = () => Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(8485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8485));
const isJsonCommand = (command) => cli_json/* JSON_COMMANDS */.g.includes(command ?? '');
/** Runs one of the subcommands that answer with an outcome: as text, or with --json as one JSON document on stdout and nothing else. */
async function runAnswering(command, args, env, rawOut, clock, cwd) {
    // `--json` before a `--`; --help stays text (it is for people).
    const end = args.includes('--') ? args.indexOf('--') : args.length;
    const before = args.slice(0, end);
    const json = before.includes('--json') && !before.some((a) => a === '--help' || a === '-h');
    const rest = [...before.filter((a) => a !== '--json'), ...args.slice(end)];
    // In JSON mode the subcommand's own lines are not printed: the document says it all.
    const quiet = { log: () => undefined, error: () => undefined };
    const cli = (0,compose/* createCliContext */.cX)(env, json ? quiet : rawOut, clock, cwd);
    let outcome;
    try {
        outcome = await answer(command, rest, cli);
    }
    catch (error) {
        if (!json)
            throw error;
        // A bug: still one document, with the error; the entry prints no second line.
        const { describeCliErrorReport } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 262));
        outcome = { exitCode: 1, verdict: 'error', error: describeCliErrorReport(error, cli.redactor.redact) };
    }
    if (json) {
        const { renderCliJson } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1511));
        // Printed through the redactor, like every other line.
        (0,compose/* createCliContext */.cX)(env, rawOut, clock, cwd).out.log(renderCliJson(command, outcome));
    }
    return outcome.exitCode;
}
async function answer(command, args, cli) {
    switch (command) {
        case 'validate':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(4149)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4149))).runValidateCli(args, cli);
        case 'check':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9238))).runCheckCommand(args, cli);
        case 'who':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(333), __nccwpck_require__.e(3374)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3374))).runWhoCommand(args, cli);
        case 'plan':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(192)]).then(__nccwpck_require__.bind(__nccwpck_require__, 192))).runPlanCli(args, cli);
    }
}
/** `oncall-gate help [command]`: the usage of one command, or of all. */
async function help(command, out) {
    const usages = {
        validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(4149)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4149))).VALIDATE_USAGE,
        check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9238))).CHECK_USAGE,
        who: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(333), __nccwpck_require__.e(3374)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3374))).WHO_USAGE,
        plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(192)]).then(__nccwpck_require__.bind(__nccwpck_require__, 192))).PLAN_USAGE,
        test: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(75)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75))).TEST_USAGE,
        record: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2565), __nccwpck_require__.e(9238), __nccwpck_require__.e(2377)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2377))).RECORD_USAGE,
        explain: async () => (await __nccwpck_require__.e(/* import() */ 4261).then(__nccwpck_require__.bind(__nccwpck_require__, 4261))).EXPLAIN_USAGE,
    };
    if (command === undefined) {
        out.log(USAGE);
        return 0;
    }
    if (command === 'emulator')
        return (await emulatorCli()).runEmulatorCommand(['--help'], {}, { stdout: out.log, stderr: out.error });
    const usage = usages[command];
    if (!usage) {
        out.error(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
    out.log(await usage());
    return 0;
}

// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/cli-main.ts
// The CLI's entry (bundled to dist/cli/index.js, the package `bin`).


// Output piped into a program that stops reading early (`oncall-gate who ... | head -1`): stop
// quietly, as command-line tools do, instead of crashing on the closed pipe.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
}
runCli(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
}, (error) => {
    // runCli reports its own errors; this is a bug. One line, redacted, no stack trace.
    const { redact } = (0,src_redact/* createRedactor */.lY)([process.env.INCIDENTIO_API_KEY ?? '', process.env.GITHUB_TOKEN ?? '', process.env.GH_TOKEN ?? '']);
    const message = redact(error instanceof Error ? error.message : String(error));
    process.stderr.write(`oncall-gate: unexpected error: ${message}. This is a bug in oncall-gate; please report it with the command you ran.\n`);
    process.exitCode = 1;
});

