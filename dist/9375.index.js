export const id = 9375;
export const ids = [9375,6944,6403,8784];
export const modules = {

/***/ 8328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RIGHT_KINDS: () => (/* binding */ RIGHT_KINDS),
/* harmony export */   diffPeople: () => (/* binding */ diffPeople),
/* harmony export */   policyRights: () => (/* binding */ policyRights),
/* harmony export */   rightsSchedulesOf: () => (/* binding */ rightsSchedulesOf),
/* harmony export */   scheduleIdsOf: () => (/* binding */ scheduleIdsOf)
/* harmony export */ });
/* harmony import */ var _decide_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3056);
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8785);
/* harmony import */ var _policy_live_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7490);
/* harmony import */ var _intervals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(237);
// The effect of a policy change on people (the people section of `plan`): who gains or loses
// auto-approval or approver (escalation) rights, now and over the next 7 days of the rota, per
// policy. Pure: it reads `final` on-call shifts fetched once for the whole window (one windowed
// schedule-entries query per schedule, with all its pages), never one query per hour. The shifts
// come from live incident.io, or without a key from rota snapshots over their own window
// (snapshot-entries.ts); this one computation serves both.
//
// A person's rights under a policy are the times they are on call for a schedule the policy's
// rules name: `auto` rules give auto-approval (only on the rotations and layers of their `scope`,
// decide/scope.ts), `escalation` rules make them an approver. A `deny` rule denies regardless (a
// deny in a matching policy always wins), so under it nobody holds any right.




const RIGHT_KINDS = ['auto-approval', 'approver'];
/** Who holds which right under `policy`, and when, inside `window`. */
function policyRights(policy, shifts, window) {
    const rights = { 'auto-approval': new Map(), approver: new Map() };
    if (!policy)
        return rights;
    if (policy.rules.some((r) => r.type === 'deny'))
        return rights;
    // Per right, the shifts that give it: an auto rule's own schedules through its scope, an
    // escalation rule's services whole.
    const giving = { 'auto-approval': [], approver: [] };
    for (const rule of policy.rules) {
        if (rule.type === 'auto') {
            for (const id of new Set(rule.schedules))
                giving['auto-approval'].push(...(shifts.get(id) ?? []).filter((s) => (0,_decide_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .countsFor */ .iu)(rule, s)));
        }
        else if (rule.type === 'escalation') {
            for (const id of new Set(rule.services))
                giving.approver.push(...(shifts.get(id) ?? []));
        }
    }
    for (const kind of RIGHT_KINDS) {
        const holders = rights[kind];
        for (const s of giving[kind]) {
            if (!s.email)
                continue;
            const h = holders.get(s.email) ?? { email: s.email, name: s.name, userId: s.userId, intervals: [] };
            h.intervals.push({ start: s.startAt.getTime(), end: s.endAt.getTime() });
            holders.set(s.email, h);
        }
        for (const h of holders.values())
            h.intervals = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__.clip)(h.intervals, window);
        for (const [email, h] of holders)
            if (h.intervals.length === 0)
                holders.delete(email);
    }
    return rights;
}
/** The schedules a policy's rights come from: its auto rules' schedules and escalation services (none under a deny). */
function rightsSchedulesOf(policy) {
    if (!policy || policy.rules.some((r) => r.type === 'deny'))
        return [];
    const ids = new Set();
    for (const rule of policy.rules) {
        if (rule.type === 'auto')
            rule.schedules.forEach((id) => ids.add(id));
        else if (rule.type === 'escalation')
            rule.services.forEach((id) => ids.add(id));
    }
    return [...ids];
}
/**
 * Who gains or loses rights from base to head, per policy, over [now, now + 7 days) or the given
 * window. Logins come from the head identities map, else the base's (`kind: identities`,
 * policies/README.md). `unknown` schedules have no shifts to read (never "nobody on call"): each
 * policy taking rights from one is listed with it.
 */
function diffPeople(base, head, shifts, when, unknown = new Set()) {
    const live = when instanceof Date;
    const window = live ? { start: when.getTime(), end: when.getTime() + _policy_live_checks_js__WEBPACK_IMPORTED_MODULE_0__.LOOKAHEAD_MS } : when.window;
    const t = live ? when.getTime() : undefined;
    const headLogins = (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .loginsByEmail */ .Ob)(head.identities);
    const baseLogins = base ? (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .loginsByEmail */ .Ob)(base.identities) : new Map();
    const loginOf = (email) => headLogins.get(email) ?? baseLogins.get(email);
    const baseByName = new Map((base?.policies ?? []).map((p) => [p.name, p]));
    const headByName = new Map(head.policies.map((p) => [p.name, p]));
    const names = [...headByName.keys(), ...[...baseByName.keys()].filter((n) => !headByName.has(n))];
    const policies = [];
    for (const name of names) {
        const before = policyRights(baseByName.get(name), shifts, window);
        const after = policyRights(headByName.get(name), shifts, window);
        const changes = [];
        for (const kind of RIGHT_KINDS) {
            const emails = new Set([...before[kind].keys(), ...after[kind].keys()]);
            for (const email of emails) {
                const b = before[kind].get(email);
                const a = after[kind].get(email);
                const who = a ?? b;
                if (!who)
                    continue;
                const login = loginOf(email);
                const gained = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__.subtract)(a?.intervals ?? [], b?.intervals ?? []);
                const lost = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__.subtract)(b?.intervals ?? [], a?.intervals ?? []);
                for (const [change, intervals] of [
                    ['gain', gained],
                    ['lose', lost],
                ]) {
                    if (intervals.length === 0)
                        continue;
                    changes.push({
                        kind,
                        change,
                        email,
                        name: who.name,
                        userId: who.userId,
                        ...(login ? { login } : {}),
                        intervals: (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__.normalize)(intervals),
                        now: t !== undefined && (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__.covers)(intervals, t),
                    });
                }
            }
        }
        const unknownSchedules = [...new Set([...rightsSchedulesOf(baseByName.get(name)), ...rightsSchedulesOf(headByName.get(name))])].filter((id) => unknown.has(id));
        if (changes.length === 0 && unknownSchedules.length === 0)
            continue;
        const label = (c) => (c.login ?? c.name).toLowerCase();
        changes.sort((x, y) => RIGHT_KINDS.indexOf(x.kind) - RIGHT_KINDS.indexOf(y.kind) ||
            (x.change === y.change ? 0 : x.change === 'gain' ? -1 : 1) ||
            label(x).localeCompare(label(y)) ||
            (x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0));
        policies.push({
            policy: name,
            inBase: baseByName.has(name),
            inHead: headByName.has(name),
            changes,
            ...(unknownSchedules.length > 0 ? { unknownSchedules } : {}),
        });
    }
    return { ...(t !== undefined ? { now: t } : {}), window, policies };
}
/** Every schedule either side names: the ones whose shifts the people effect needs. */
function scheduleIdsOf(...sets) {
    const ids = new Set();
    for (const set of sets) {
        if (!set)
            continue;
        for (const id of set.integration.autoApprovalSchedules)
            ids.add(id);
        for (const p of set.policies) {
            for (const r of p.rules) {
                if (r.type === 'auto')
                    r.schedules.forEach((s) => ids.add(s));
                if (r.type === 'escalation')
                    r.services.forEach((s) => ids.add(s));
            }
        }
    }
    return [...ids];
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

/***/ 6403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CUSTOM_FIELD: () => (/* reexport safe */ _policy_set_js__WEBPACK_IMPORTED_MODULE_1__.bQ),
/* harmony export */   compareDiagnostics: () => (/* reexport safe */ _policy_set_js__WEBPACK_IMPORTED_MODULE_1__.oV),
/* harmony export */   loadPolicySet: () => (/* binding */ loadPolicySet)
/* harmony export */ });
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7297);
/* harmony import */ var _policy_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(301);
// Policy files -> the resolved PolicySet every command decides from (policy-set.ts), each file
// read by parse-yaml.ts.



function loadPolicySet(files) {
    return (0,_policy_set_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPolicySet */ .R9)(files, _parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU);
}


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile),
/* harmony export */   cP: () => (/* reexport safe */ _parsed_yaml_js__WEBPACK_IMPORTED_MODULE_3__.c)
/* harmony export */ });
/* unused harmony export parseYamlFully */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _parsed_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5133);
/* harmony import */ var _plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1592);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);
// Reads one policy file into plain data while keeping where every key was written, so schema
// and semantic problems can be annotated on the exact line of the offending key (every problem
// carries file, line and column; policies/README.md "What validation reports"). Policy files come
// from pull requests, so the YAML is hardened: size limit, no aliases, no tags, duplicate keys
// rejected, prototype keys harmless, one document per file. Aliases are rejected outright rather
// than counted (the "alias limit" is zero): policies never need them, and the document is
// converted to data by our own walk, never by yaml's toJS(), so no alias is ever expanded.




/** Files above this many bytes (UTF-8) are rejected unparsed. */


/** Policy documents are at most ~5 levels deep; anything far deeper is hostile or broken. */
const MAX_DEPTH = 64;
const START = { line: 1, column: 1 };
// yaml error codes (https://eemeli.org/yaml/#errors) with a fix that says what to change.
const YAML_FIXES = {
    TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
    BAD_INDENT: 'Line up the keys of one mapping at the same indentation, using spaces.',
    MISSING_CHAR: 'Add the missing closing quote or bracket.',
    BLOCK_AS_IMPLICIT_KEY: 'Put each `key: value` on its own line, or quote a value that contains `: `.',
    MULTILINE_IMPLICIT_KEY: 'Put each `key: value` on its own line, or quote a value that contains `: `.',
    BAD_SCALAR_START: 'Quote the value: plain values cannot start with `@`, `` ` ``, `%`, `|` or `>` followed by text.',
    UNEXPECTED_TOKEN: 'Check the indentation and punctuation around this position (a list item `- x` and a `key: value` cannot share a level).',
};
const FLOW_FIX = 'Close every `[` with `]` and `{` with `}`, and indent a list or mapping that spans lines further than its key (or write one `- item` per line).';
const GENERIC_YAML_FIX = 'Fix the YAML at this position: indent with spaces, and quote values that contain `: `, ` #` or start with a special character.';
const TOO_DEEP_MESSAGE = `The document is nested more than ${MAX_DEPTH} levels deep`;
const TOO_DEEP_FIX = 'Policy files are at most a few levels deep; remove the nesting.';
function parseYamlFile(file) {
    // Most policy files are plain YAML that plain-yaml.ts reads directly, with the same answer as
    // the full parser below; every other file goes to the full parser.
    return (0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlainFile */ ._)(file) ?? parseYamlFully(file);
}
/** parseYamlFile through the full YAML parser, whatever the file holds. */
function parseYamlFully(file) {
    const diagnostics = [];
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: Math.max(1, line), column: Math.max(1, col) };
    };
    const error = (code, pos, message, fix) => {
        diagnostics.push({ severity: 'error', code, file: file.path, line: pos.line, column: pos.column, message, fix });
    };
    const result = (value, root) => ({
        file: file.path,
        value,
        diagnostics,
        locate: (pointer) => locateNode(root, pointer, at),
    });
    const bytes = Buffer.byteLength(file.text, 'utf8');
    // A file that could not be read as a policy (policy-tree.ts), or one larger than the limit.
    const problem = file.problem ?? (bytes > _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph ? (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .tooLargeProblem */ .zc)() : undefined);
    if (problem) {
        error(problem.code, START, problem.message, problem.fix);
        return result(undefined, null);
    }
    const bad = _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_TEXT */ .QL.exec(file.text);
    if (bad) {
        const before = file.text.slice(0, bad.index);
        const lineStart = before.lastIndexOf('\n') + 1;
        const notText = (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notTextProblem */ .sD)(bad[0]);
        error(notText.code, { line: before.split('\n').length, column: bad.index - lineStart + 1 }, notText.message, notText.fix);
        return result(undefined, null);
    }
    let docs;
    try {
        docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(file.text, {
            lineCounter,
            // Duplicate keys are found in the walk below: yaml's own check compares every key with
            // every earlier one, which takes seconds on a file of a few thousand keys.
            uniqueKeys: false,
            stringKeys: true,
            // Pin the YAML 1.2 core schema even under a `%YAML 1.1` directive: no `yes`/`on` booleans,
            // no `<<` merge keys, no extra 1.1 tags.
            schema: 'core',
            merge: false,
            resolveKnownTags: false,
            customTags: [],
            prettyErrors: false,
            logLevel: 'silent',
        });
    }
    catch (cause) {
        // The parser recurses per nesting level: thousands of unclosed `[` or `{` exhaust the stack
        // before the depth check below can see the document.
        if (cause instanceof RangeError)
            error('yaml-syntax', START, TOO_DEEP_MESSAGE, TOO_DEEP_FIX);
        else
            error('yaml-syntax', START, `The file could not be read as YAML (${String(cause).slice(0, 200)})`, GENERIC_YAML_FIX);
        return result(undefined, null);
    }
    // parseAllDocuments returns an EmptyStream (an array with no documents) for blank files.
    const doc = docs[0];
    const blank = !doc || doc.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && doc.contents.value === null);
    if (!doc || (blank && docs.length === 1 && doc.errors.length === 0)) {
        error('empty-file', START, 'The file has no content', 'Delete the file, or start it with `version: 1` and `kind: policy` (or `integration`, `identities`).');
        return result(undefined, null);
    }
    let blocking = false;
    const seenLines = new Set();
    const yamlErrors = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
    for (const e of yamlErrors) {
        const pos = at(e.pos[0]);
        // The parser often reports one mistake several times on the same line; one is enough.
        if (seenLines.has(pos.line))
            continue;
        seenLines.add(pos.line);
        blocking = true;
        if (e.code === 'RESOURCE_EXHAUSTION') {
            // yaml gives up on deep nesting with the engine's "Maximum call stack size exceeded".
            error('yaml-syntax', pos, TOO_DEEP_MESSAGE, TOO_DEEP_FIX);
            continue;
        }
        const message = firstLine(e.message);
        const fix = /flow (sequence|mapping|collection)/i.test(message) ? FLOW_FIX : (YAML_FIXES[e.code] ?? GENERIC_YAML_FIX);
        error('yaml-syntax', pos, `YAML syntax: ${message}`, fix);
    }
    if (docs.length > 1) {
        blocking = true;
        const second = docs[1];
        error('yaml-multiple-documents', second ? at(second.range[0]) : START, 'The file holds more than one YAML document (a `---` separator); each policy file holds exactly one', 'Move each document after a `---` into its own file, and remove the `---`.');
    }
    const startOf = (node) => (node.range ? at(node.range[0]) : START);
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Node(_key, node) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                // A repeated key is reported on its own line; the first value is the one kept (toData).
                const first = new Map();
                for (const pair of node.items) {
                    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                        continue;
                    const key = String(pair.key.value);
                    const earlier = first.get(key);
                    if (!earlier) {
                        first.set(key, pair.key);
                        continue;
                    }
                    error('duplicate-key', startOf(pair.key), `Duplicate key \`${key.replace(/\s+/g, ' ').slice(0, 80)}\`: it is already set on line ${startOf(earlier).line} of the same mapping`, 'Remove one of the two entries, or merge them into one.');
                }
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
                blocking = true;
                error('yaml-alias', startOf(node), `YAML alias \`*${node.source}\` is not allowed in policy files`, 'Write the value out in full instead of referring to an anchor (`&name` / `*name`).');
            }
            else if (node.tag) {
                blocking = true;
                const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
                // The node's range starts at its value; point at the tag itself when it is on that line.
                const valueAt = node.range?.[0] ?? 0;
                let tagAt = file.text.lastIndexOf(tag, valueAt);
                if (tagAt >= 2 && file.text.slice(tagAt - 2, tagAt) === '!<')
                    tagAt -= 2; // verbatim `!<tag>`
                const onLine = tagAt >= 0 && !file.text.slice(tagAt, valueAt).includes('\n');
                error('yaml-tag', onLine ? at(tagAt) : startOf(node), `YAML tag \`${tag}\` is not allowed in policy files`, 'Remove the `!`/`!!` tag and write a plain value (quote it if it should be text).');
            }
        },
    });
    if (blocking)
        return result(undefined, doc.contents);
    const converted = toData(doc.contents, 0);
    if (converted.tooDeep) {
        error('yaml-syntax', START, TOO_DEEP_MESSAGE, TOO_DEEP_FIX);
        return result(undefined, doc.contents);
    }
    return result(converted.value, doc.contents);
}
/** Converts the YAML AST to plain data, keeping the first of any duplicate keys. */
function toData(node, depth) {
    if (depth > MAX_DEPTH)
        return { value: undefined, tooDeep: true };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        // A null-prototype object: `__proto__` and `constructor` become plain own keys, which the
        // schema then rejects as unknown (or, under `users`, as a login).
        const out = Object.create(null);
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            if (Object.prototype.hasOwnProperty.call(out, key))
                continue;
            const child = toData(pair.value, depth + 1);
            if (child.tooDeep)
                return child;
            out[key] = child.value;
        }
        return { value: out, tooDeep: false };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const out = [];
        for (const item of node.items) {
            const child = toData(item, depth + 1);
            if (child.tooDeep)
                return child;
            out.push(child.value);
        }
        return { value: out, tooDeep: false };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return { value: node.value, tooDeep: false };
    // An empty value (`key:` with nothing after it) has no node at all.
    return { value: null, tooDeep: false };
}
function locateNode(root, pointer, at) {
    if (!root)
        return START;
    let node = root;
    let position = root.range ? at(root.range[0]) : START;
    for (const segment of (0,_parsed_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerSegments */ .c)(pointer)) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === segment);
            if (!pair)
                break;
            const key = pair.key;
            if (key.range)
                position = at(key.range[0]);
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const index = /^\d+$/.test(segment) ? Number(segment) : -1;
            const item = node.items[index];
            if (!item)
                break;
            if (item.range)
                position = at(item.range[0]);
            node = item;
        }
        else {
            break;
        }
    }
    return position;
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
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


/***/ })

};
