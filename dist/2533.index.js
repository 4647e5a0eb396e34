export const id = 2533;
export const ids = [2533];
export const modules = {

/***/ 5133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pointerSegments)
/* harmony export */ });
/** Splits a JSON pointer (RFC 6901, as ajv writes `instancePath`) into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}


/***/ }),

/***/ 1592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parsePlainFile)
/* harmony export */ });
/* unused harmony export parsePlainYaml */
/* harmony import */ var _parsed_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5133);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4695);
// A fast reader for the plain YAML that policy files are almost always written in, so loading a
// folder of them does not pay for a full YAML parser on every file (at the 1,000-file cap that
// parser is most of the time `validate` takes, and much of the gate's start-up).
//
// It reads only a strict subset and answers undefined for anything else, which parse-yaml.ts then
// reads with the full parser as before. The subset: printable ASCII lines indented with spaces;
// comment and blank lines; block mappings of plain keys (`name: value`); block sequences of
// values or of mappings (`- type: auto`), indented under their key; values that are plain words
// on one line, "double-" or 'single-quoted' text without escapes, or one-line flow lists
// (`[a, "b"]`) and mappings (`{ a: b }`) of such values. Anything that could mean something else
// (a duplicate key, an empty value, a value continued on the next line, a tag, an anchor, a
// document marker, a number other than a small integer, ...) is outside it.
//
// Within the subset the answer is exactly the full parser's (test/policy/plain-yaml.test.ts
// compares them on generated and mutated documents): the same data, as null-prototype mappings,
// and the same position for every key and list item.


/** Thrown inside the reader when the text leaves the subset; never escapes parsePlainYaml. */
class OutsideSubset extends Error {
}
const outside = () => {
    throw new OutsideSubset();
};
const MAX_DEPTH = 32;
// A key: a plain word that cannot be mistaken for anything else.
const KEY = /^[A-Za-z0-9_][\w./-]*/;
// A plain value in a flow list or mapping: one word.
const FLOW_WORD = /^[A-Za-z0-9_][\w./*@+-]*/;
// Characters a plain value may not start with (YAML indicators), and ones this reader does not
// accept anywhere in a plain value.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_IN_PLAIN = /[#[\]{}]|: |:$/;
// The YAML 1.2 core schema's plain words that are not text. Null, the booleans and small
// integers are read here; a word of any other of its number forms is outside the subset.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const SMALL_INT = /^(?:0|[1-9][0-9]{0,8})$/;
const OTHER_NUMBER = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/** Longer keys are not plain keys (YAML limits an implicit key to 1,024 characters). */
const MAX_KEY = 256;
/** The document in `text`, or undefined when the text is outside the subset. */
function parsePlainYaml(text) {
    try {
        return read(text);
    }
    catch {
        // Outside the subset (or anything unforeseen): the full parser reads the file.
        return undefined;
    }
}
function read(text) {
    // Printable ASCII and line feeds only: no tabs, carriage returns, byte order marks or
    // non-ASCII text, whose handling differs in details.
    if (/[^\n\x20-\x7e]/.test(text))
        outside();
    const lineStarts = [0];
    const lines = [];
    let start = 0;
    for (;;) {
        const end = text.indexOf('\n', start);
        const raw = end < 0 ? text.slice(start) : text.slice(start, end);
        const body = raw.trimStart();
        const indent = raw.length - body.length;
        // Blank lines and comment lines carry nothing; directives and document markers are outside.
        if (body !== '' && !body.startsWith('#')) {
            if (indent === 0 && /^(?:%|---|\.\.\.)/.test(body))
                outside();
            lines.push({ start, indent, text: body });
        }
        if (end < 0)
            break;
        start = end + 1;
        lineStarts.push(start);
    }
    const first = lines[0];
    if (!first || first.indent !== 0)
        outside();
    const cursor = { i: 0 };
    const root = block(lines, cursor, 0, 0);
    if (cursor.i !== lines.length)
        outside();
    return { value: root.value, place: root.place, lineStarts };
}
const isItem = (text) => text === '-' || text.startsWith('- ');
/** The block node whose first line is lines[cursor.i], indented `indent`. */
function block(lines, cursor, indent, depth) {
    if (depth > MAX_DEPTH)
        outside();
    const line = lines[cursor.i] ?? outside();
    return isItem(line.text) ? sequence(lines, cursor, indent, depth) : mapping(lines, cursor, indent, 0, depth);
}
/**
 * A block mapping whose keys are at column `indent`. Its first key may start `column` characters
 * into lines[cursor.i] (after `- `, for a mapping that is a sequence item); the others start lines.
 */
function mapping(lines, cursor, indent, column, depth) {
    const value = Object.create(null);
    const keys = new Map();
    let at = -1;
    for (let firstLine = true;; firstLine = false) {
        const line = lines[cursor.i];
        if (!line || (!firstLine && line.indent < indent))
            break;
        if (!firstLine && (line.indent !== indent || isItem(line.text)))
            outside();
        const text = firstLine ? line.text.slice(column) : line.text;
        const offset = line.start + line.indent + (firstLine ? column : 0);
        const key = KEY.exec(text)?.[0] ?? outside();
        if (key.length > MAX_KEY)
            outside();
        if (text[key.length] !== ':' || (text.length > key.length + 1 && text[key.length + 1] !== ' '))
            outside();
        if (keys.has(key))
            outside();
        if (at < 0)
            at = offset;
        const rest = text.slice(key.length + 1);
        cursor.i++;
        let child;
        if (rest.trim() === '' || rest.trimStart().startsWith('#')) {
            // The value is the block below, indented further (an empty value is outside the subset).
            const next = lines[cursor.i] ?? outside();
            if (next.indent <= indent)
                outside();
            child = block(lines, cursor, next.indent, depth + 1);
        }
        else {
            child = inline(rest, offset + key.length + 1, depth);
            const next = lines[cursor.i];
            // A more indented line after a value would continue it.
            if (next && next.indent > indent)
                outside();
        }
        keys.set(key, { key: offset, value: child.place });
        value[key] = child.value;
    }
    return { value, place: { at, keys } };
}
/** A block sequence whose `-` are at column `indent`. */
function sequence(lines, cursor, indent, depth) {
    const value = [];
    const items = [];
    const first = lines[cursor.i] ?? outside();
    for (let line = first; line && line.indent >= indent; line = lines[cursor.i]) {
        if (line.indent !== indent || !line.text.startsWith('- '))
            outside();
        const afterDash = line.text.slice(2);
        const column = 2 + afterDash.length - afterDash.trimStart().length;
        const text = line.text.slice(column);
        if (text === '' || text.startsWith('#') || isItem(text))
            outside();
        let item;
        const key = KEY.exec(text)?.[0];
        if (key !== undefined &&
            key.length <= MAX_KEY &&
            text[key.length] === ':' &&
            (text.length === key.length + 1 || text[key.length + 1] === ' ')) {
            // `- key: value`: a mapping whose keys line up with this first one.
            item = mapping(lines, cursor, indent + column, column, depth + 1);
        }
        else {
            item = inline(text, line.start + line.indent + column, depth);
            cursor.i++;
            const next = lines[cursor.i];
            if (next && next.indent > indent)
                outside();
        }
        value.push(item.value);
        items.push(item.place);
    }
    // A block sequence starts at its first `-`.
    return { value, place: { at: first.start + first.indent, items } };
}
/**
 * A value written on the rest of a line: `text` starts at `offset` (spaces before the value
 * allowed); after the value only spaces and a comment may follow.
 */
function inline(text, offset, depth) {
    const body = text.trimStart();
    const at = offset + text.length - body.length;
    let node;
    let rest;
    if (body.startsWith('[') || body.startsWith('{')) {
        if (depth + 1 > MAX_DEPTH)
            outside();
        ({ node, rest } = flow(body, at));
    }
    else if (body.startsWith('"') || body.startsWith("'")) {
        ({ node, rest } = quoted(body, at));
    }
    else {
        const comment = body.indexOf(' #');
        const word = (comment < 0 ? body : body.slice(0, comment)).trimEnd();
        if (word === '' || INDICATOR_START.test(word) || NOT_IN_PLAIN.test(word))
            outside();
        return { value: plain(word), place: { at } };
    }
    const after = rest.trimStart();
    if (after !== '' && (rest === after || !after.startsWith('#')))
        outside();
    return node;
}
function quoted(text, at) {
    const quote = text[0] ?? outside();
    const end = text.indexOf(quote, 1);
    if (end < 0)
        outside();
    const value = text.slice(1, end);
    // Escapes (`\` in double quotes, `''` in single quotes) are outside the subset.
    if ((quote === '"' && value.includes('\\')) || (quote === "'" && text[end + 1] === "'"))
        outside();
    return { node: { value, place: { at } }, rest: text.slice(end + 1) };
}
/** A one-line flow list or mapping of words and quoted text, from `[` or `{` to its closing bracket. */
function flow(text, at) {
    const list = text[0] === '[';
    const close = list ? ']' : '}';
    const values = [];
    const items = [];
    const map = Object.create(null);
    const keys = new Map();
    let i = 1;
    const skipSpaces = () => {
        while (text[i] === ' ')
            i++;
    };
    const scalar = () => {
        const start = at + i;
        if (text[i] === '"' || text[i] === "'") {
            const { node, rest } = quoted(text.slice(i), start);
            i = text.length - rest.length;
            return node;
        }
        const word = FLOW_WORD.exec(text.slice(i))?.[0] ?? outside();
        i += word.length;
        return { value: plain(word), place: { at: start } };
    };
    skipSpaces();
    if (text[i] === close)
        i++;
    else {
        for (;;) {
            if (list) {
                const item = scalar();
                values.push(item.value);
                items.push(item.place);
            }
            else {
                const keyAt = at + i;
                const key = KEY.exec(text.slice(i))?.[0] ?? outside();
                if (key.length > MAX_KEY)
                    outside();
                i += key.length;
                if (text[i] !== ':' || text[i + 1] !== ' ' || keys.has(key))
                    outside();
                i += 2;
                skipSpaces();
                const entry = scalar();
                keys.set(key, { key: keyAt, value: entry.place });
                map[key] = entry.value;
            }
            skipSpaces();
            if (text[i] === close) {
                i++;
                break;
            }
            if (text[i] !== ',')
                outside();
            i++;
            skipSpaces();
            // A trailing comma, or a closing bracket of the other kind, is outside the subset.
            if (text[i] === close || text[i] === ',')
                outside();
        }
    }
    const node = list ? { value: values, place: { at, items } } : { value: map, place: { at, keys } };
    return { node, rest: text.slice(i) };
}
/** A plain word as the core schema reads it: null, a boolean, a small integer, or text. */
function plain(word) {
    if (NULL.test(word))
        return null;
    if (TRUE.test(word))
        return true;
    if (FALSE.test(word))
        return false;
    if (SMALL_INT.test(word))
        return Number(word);
    if (OTHER_NUMBER.test(word))
        outside();
    return word;
}
/**
 * The policy file read by this reader, as parse-yaml.ts's parseYamlFile would read it; undefined
 * when the file is outside the subset or over the size limit (the full parser then reads it).
 */
function parsePlainFile(file) {
    // ASCII only, so the length is the size in bytes. A control character anywhere (a comment
    // included) is the full parser's to report.
    const plain = !file.problem && file.text.length <= _policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_POLICY_FILE_BYTES */ .ph && !_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_TEXT */ .QL.test(file.text) ? parsePlainYaml(file.text) : undefined;
    if (!plain)
        return undefined;
    return { file: file.path, value: plain.value, diagnostics: [], locate: (pointer) => locatePlace(plain.place, pointer, plain.lineStarts) };
}
/** parse-yaml.ts's locateNode over what this reader keeps of a document: the same answer. */
function locatePlace(root, pointer, lineStarts) {
    const at = (offset) => linePosition(lineStarts, offset);
    let place = root;
    let position = at(root.at);
    for (const segment of (0,_parsed_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerSegments */ .c)(pointer)) {
        if (place?.keys) {
            const entry = place.keys.get(segment);
            if (!entry)
                break;
            position = at(entry.key);
            place = entry.value;
        }
        else if (place?.items) {
            const item = place.items[/^\d+$/.test(segment) ? Number(segment) : -1];
            if (!item)
                break;
            position = at(item.at);
            place = item;
        }
        else {
            break;
        }
    }
    return position;
}
/** The 1-based line and column of an offset, as yaml's LineCounter.linePos gives them. */
function linePosition(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if ((lineStarts[mid] ?? 0) < offset)
            low = mid + 1;
        else
            high = mid;
    }
    if (lineStarts[low] === offset)
        return { line: low + 1, column: 1 };
    if (low === 0)
        return { line: 1, column: Math.max(1, offset) };
    return { line: low, column: Math.max(1, offset - (lineStarts[low - 1] ?? 0) + 1) };
}


/***/ }),

/***/ 4139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ RULE_TYPES),
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   Fo: () => (/* binding */ escalationRuleSchema),
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   GX: () => (/* binding */ EMAIL_PATTERN),
/* harmony export */   NT: () => (/* binding */ LOGIN_PATTERN),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   Yo: () => (/* binding */ policyFileSchema),
/* harmony export */   Zx: () => (/* binding */ TEAM_SLUG_PATTERN),
/* harmony export */   g0: () => (/* binding */ denyRuleSchema),
/* harmony export */   pB: () => (/* binding */ autoRuleSchema),
/* harmony export */   rC: () => (/* binding */ MATCH_KEYS),
/* harmony export */   v$: () => (/* binding */ SCHEDULE_ID_PATTERN)
/* harmony export */ });
/* unused harmony exports ROTATION_ID_PATTERN, SCHEMA_ID, approvalRuleSchema, fallbackSchema, whenUnavailableSchema, policyDocSchema, integrationDocSchema, IDENTITY_LOOKUPS, identitiesDocSchema */
// The JSON Schema for every policy file kind (documented in policies/README.md). This object is the
// source of truth: the *Doc types in types.ts are derived from it with json-schema-to-ts, and the
// published policies/schema.json (for editors, via `# yaml-language-server: $schema=./schema.json`)
// is this object serialised. `npm run generate` rewrites it and the standalone validator from this
// file; test/scripts/generate.test.ts fails while either committed file is stale.
//
// Draft-07, because it is the draft editors (yaml-language-server) and ajv's default class
// share. `discriminator` is an OpenAPI keyword that ajv understands (option `discriminator`) and
// editors ignore: it makes ajv validate only the branch named by `kind` / `type`, so errors point
// at the right rule instead of listing every branch of the `oneOf`.
/** Policy names: lower-case letters, digits and inner hyphens (a DNS label, like GitHub environments in URLs). */
const NAME_PATTERN = '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$';
/**
 * incident.io schedule IDs are opaque ULID-like strings (e.g. `01G0J1EXE7AXZ2C93K61WBPYEH`, the last
 * part of a schedule's permalink, `https://app.incident.io/<org>/on-call/schedules/<ID>`). Names such as
 * "Platform primary" contain spaces and are rejected here with a fix.
 */
const SCHEDULE_ID_PATTERN = '^[0-9A-Za-z]{20,40}$';
/**
 * Rotation and layer IDs have the same shape as schedule IDs (incident.io's ULID-like IDs); a
 * rotation's or layer's name is rejected here, and `validate` with a key suggests its ID.
 */
const ROTATION_ID_PATTERN = SCHEDULE_ID_PATTERN;
/** A GitHub team slug (the last part of github.com/orgs/<org>/teams/<slug>), in the repository's organisation. */
const TEAM_SLUG_PATTERN = '^[a-z0-9][a-z0-9_-]{0,99}$';
/** A whole number of minutes, hours or days; the semantic pass bounds the value. */
const DURATION_PATTERN = '^[1-9][0-9]*(m|h|d)$';
/** Deliberately loose (one `@`, a dot in the domain, no spaces): incident.io is the real judge. */
const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
/** GitHub logins: letters, digits and hyphens, starting with a letter or digit, at most 39 characters. */
const LOGIN_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$';
const SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/policies/schema.json';
const scheduleIdList = {
    type: 'array',
    minItems: 1,
    items: {
        type: 'string',
        pattern: SCHEDULE_ID_PATTERN,
        title: 'incident.io schedule ID',
        description: "The ID from the schedule's URL in incident.io (On-call > Schedules > open the schedule: the last part of the address), not its name.",
        examples: ['01HXYZSCHEDULEPRIMARY00000'],
    },
};
const duration = {
    type: 'string',
    pattern: DURATION_PATTERN,
    description: 'A whole number followed by m (minutes), h (hours) or d (days), between 1m and 30d.',
};
const stringList = (title, description, maxLength, example) => ({
    type: 'array',
    title,
    description,
    minItems: 1,
    items: { type: 'string', minLength: 1, maxLength },
    examples: [[example]],
});
const incidentIoIdList = (what, example) => ({
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    title: `${what}s`,
    items: {
        type: 'string',
        pattern: ROTATION_ID_PATTERN,
        title: `incident.io ${what} ID`,
        description: `The ${what}'s ID (not its name): \`oncall-gate who <schedule-id>\` lists each on-call person's rotation and layer with their IDs.`,
        examples: [example],
    },
    examples: [[example]],
});
/** Per schedule, the rotations and layers whose on-call people count (by ID, so a rename changes nothing). */
const scopeSchema = {
    type: 'object',
    title: 'scope',
    description: "Per schedule ID (one of the rule's schedules): only on-call people on these rotations or layers count. Entries without a rotation or layer (some overrides) never count for a scoped schedule. Schedules not listed count whole.",
    minProperties: 1,
    propertyNames: { pattern: SCHEDULE_ID_PATTERN },
    additionalProperties: {
        type: 'object',
        title: 'schedule scope',
        description: 'An entry counts when its rotation is one of `rotations` or its layer is one of `layers`.',
        additionalProperties: false,
        minProperties: 1,
        properties: {
            rotations: {
                ...incidentIoIdList('rotation', '01HXYZROTATIONPAYPRIMARY00'),
                description: 'Rotation IDs whose on-call people count (every layer of each).',
            },
            layers: {
                ...incidentIoIdList('layer', '01HXYZLAYERPAYPRIMARY00000'),
                description: 'Layer IDs whose on-call people count.',
            },
        },
    },
    examples: [{ '01HXYZSCHEDULEPAYMENTS0000': { rotations: ['01HXYZROTATIONPAYPRIMARY00'] } }],
};
const autoRuleSchema = {
    type: 'object',
    title: 'auto rule',
    description: 'Approves when the requester is on call right now for one of the schedules. Any one satisfied rule approves.',
    additionalProperties: false,
    required: ['type', 'integration'],
    properties: {
        type: { const: 'auto' },
        integration: { const: 'incidentio', description: 'The only integration: incident.io.' },
        schedules: {
            ...scheduleIdList,
            title: 'schedules',
            description: "incident.io schedule IDs whose on-call person is auto-approved. Optional: defaults to the integration's autoApproval.schedules.",
            examples: [['01HXYZSCHEDULEPRIMARY00000']],
        },
        scope: scopeSchema,
        duration: {
            ...duration,
            title: 'duration',
            description: `How long an auto-approval lasts, capped by the end of the on-call shift (default 1h). ${duration.description}`,
            examples: ['1h'],
        },
        options: {
            type: 'object',
            title: 'options',
            additionalProperties: false,
            properties: {
                requireReason: {
                    type: 'boolean',
                    description: 'Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false.',
                },
            },
        },
    },
};
const escalationRuleSchema = {
    type: 'object',
    title: 'escalation rule',
    description: 'Pages the on-call people of `services` through an incident.io incident; one of them approves by approving the pull request.',
    additionalProperties: false,
    required: ['type', 'integration', 'services'],
    properties: {
        type: { const: 'escalation' },
        integration: { const: 'incidentio', description: 'The only integration: incident.io.' },
        services: {
            ...scheduleIdList,
            title: 'services',
            description: 'incident.io schedule IDs whose on-call people may approve (required, at least one).',
            examples: [['01HXYZSCHEDULEPRIMARY00000']],
        },
        duration: {
            ...duration,
            title: 'duration',
            description: `An approval older than this no longer counts (default 24h). ${duration.description}`,
            examples: ['24h'],
        },
        options: {
            type: 'object',
            title: 'options',
            additionalProperties: false,
            properties: {
                allowOneParty: {
                    type: 'boolean',
                    description: 'Let a requester who is on call for `services` approve their own request (GitHub forbids approving your own PR). Default false.',
                },
                requireReason: {
                    type: 'boolean',
                    description: 'Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false.',
                },
            },
        },
    },
};
const denyRuleSchema = {
    type: 'object',
    title: 'deny rule',
    description: 'Denies every request the policy matches, whatever the other rules say (e.g. a change freeze).',
    additionalProperties: false,
    required: ['type'],
    properties: {
        type: { const: 'deny' },
        reason: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
            title: 'reason',
            description: 'Shown with the denial. Default "Denied by policy <name>".',
            examples: ['Change freeze until 2026-12-01'],
        },
    },
};
const RULE_TYPES = ['auto', 'escalation', 'deny'];
const approvalRuleSchema = {
    type: 'object',
    title: 'approval rule',
    description: 'One way to approve (`auto`, `escalation`) or a `deny`.',
    required: ['type'],
    properties: { type: { type: 'string', enum: RULE_TYPES } },
    discriminator: { propertyName: 'type' },
    oneOf: [autoRuleSchema, escalationRuleSchema, denyRuleSchema],
};
const MATCH_KEYS = ['environments', 'branches', 'paths', 'labels'];
/** The outage fallback: approval by a pull request review from people the policy names. */
const fallbackSchema = {
    type: 'object',
    title: 'outage fallback',
    description: 'When incident.io is unreachable or failing (5xx after retries, or the API deadline passed; never a 429, a bad key, a missing role or an unknown schedule): an APPROVED review of the pull request by one of these people approves, under every second-party rule of escalation. Name `approvers`, `approverTeams` or both.',
    additionalProperties: false,
    properties: {
        approvers: {
            type: 'array',
            title: 'approvers',
            description: 'GitHub logins whose approving review counts while incident.io is unavailable.',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: LOGIN_PATTERN },
            examples: [['alice', 'bob']],
        },
        approverTeams: {
            type: 'array',
            title: 'approverTeams',
            description: "GitHub team slugs of the repository's organisation whose members' approving review counts; needs the `github-teams-token` input (the workflow token cannot read team membership).",
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: TEAM_SLUG_PATTERN },
            examples: [['platform-leads']],
        },
        duration: {
            ...duration,
            title: 'duration',
            description: `An approval older than this no longer counts (default 24h). ${duration.description}`,
            examples: ['24h'],
        },
    },
};
const whenUnavailableSchema = {
    title: 'whenUnavailable',
    description: 'What happens when incident.io is unavailable: `deny` (the default: every decision is an error, fail closed) or an outage fallback reviewed as code.',
    oneOf: [{ const: 'deny' }, fallbackSchema],
    examples: ['deny', { approvers: ['alice', 'bob'], duration: '4h' }],
};
const policyDocSchema = {
    type: 'object',
    title: 'policy',
    description: 'Who may approve what: which jobs and pull requests it matches, and the rules that approve them.',
    additionalProperties: false,
    required: ['version', 'kind', 'name', 'match', 'approval'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'policy' },
        name: {
            type: 'string',
            pattern: NAME_PATTERN,
            maxLength: 63,
            title: 'name',
            description: 'Unique across all policy files: lower-case letters, digits and hyphens.',
            examples: ['production-deploy'],
        },
        description: { type: 'string', maxLength: 2000, title: 'description' },
        match: {
            type: 'object',
            title: 'match',
            description: 'What the policy applies to. `gate` matches by `environments`; `request`/`review` by `branches`, then `paths` and `labels` when given (AND across lists, OR within one).',
            additionalProperties: false,
            properties: {
                environments: stringList('environments', 'gate: matches when the `environment` input is one of these.', 255, 'production'),
                branches: stringList('branches', 'request/review: the pull request base branch (globs allowed). Without it the policy never matches a pull request.', 255, 'main'),
                paths: stringList('paths', 'request/review, optional: some changed file matches one of these globs.', 1024, 'services/api/**'),
                labels: stringList('labels', 'request/review, optional: the pull request has one of these labels.', 100, 'deploy'),
            },
        },
        approval: {
            type: 'array',
            title: 'approval',
            description: 'Any one satisfied rule approves (OR); a `deny` rule denies regardless; an empty list always denies.',
            items: approvalRuleSchema,
        },
        whenUnavailable: whenUnavailableSchema,
    },
};
const integrationDocSchema = {
    type: 'object',
    title: 'integration',
    description: 'incident.io settings for auto-approval and escalation incidents (at most one file).',
    additionalProperties: false,
    required: ['version', 'kind', 'integration'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'integration' },
        integration: { const: 'incidentio', title: 'integration', description: 'The only integration: incident.io.' },
        autoApproval: {
            type: 'object',
            title: 'autoApproval',
            additionalProperties: false,
            properties: {
                schedules: {
                    type: 'array',
                    title: 'schedules',
                    description: '`auto` rules without their own `schedules` use these. None selected: auto-approval denies everything.',
                    items: scheduleIdList.items,
                    examples: [['01HXYZSCHEDULEPRIMARY00000']],
                },
            },
        },
        escalation: {
            type: 'object',
            title: 'escalation',
            additionalProperties: false,
            properties: {
                customField: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'customField',
                    description: 'Text custom field holding the schedule IDs on escalation incidents; `apply` creates it. Default "On-call gate schedules".',
                    examples: ['On-call gate schedules'],
                },
                visibility: {
                    type: 'string',
                    enum: ['public', 'private'],
                    title: 'visibility',
                    description: 'Incident visibility. Default public.',
                },
                mode: {
                    type: 'string',
                    enum: ['standard', 'test'],
                    title: 'mode',
                    description: 'standard, or test (test incidents do not page; use for trials). Default standard.',
                },
                severity: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'severity',
                    description: 'Optional severity name or ID.',
                    examples: ['Minor'],
                },
                incidentType: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'incidentType',
                    description: 'Optional incident type name or ID.',
                    examples: ['Default'],
                },
                notifyIncidentChannel: {
                    type: 'boolean',
                    title: 'notifyIncidentChannel',
                    description: 'Post summary updates to the incident channel. Default false.',
                },
            },
        },
    },
};
const IDENTITY_LOOKUPS = ['map', 'github-public-email', 'github-verified-domain-email'];
const identitiesDocSchema = {
    type: 'object',
    title: 'identities',
    description: 'How GitHub logins map to incident.io emails (at most one file).',
    additionalProperties: false,
    required: ['version', 'kind'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'identities' },
        lookup: {
            type: 'array',
            title: 'lookup',
            description: "Ways to find a login's email, in order (default [map]). github-verified-domain-email needs an org-capable token.",
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', enum: IDENTITY_LOOKUPS },
            examples: [['map', 'github-public-email']],
        },
        users: {
            type: 'object',
            title: 'users',
            description: 'GitHub login: incident.io email. Logins and emails are compared case-insensitively.',
            propertyNames: { pattern: LOGIN_PATTERN },
            additionalProperties: { type: 'string', pattern: EMAIL_PATTERN, maxLength: 254 },
            examples: [{ octocat: 'octo.cat@example.com' }],
        },
    },
};
const KINDS = ['policy', 'integration', 'identities'];
const policyFileSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'oncall-gate policy file',
    description: 'One document per file under policies/: a `policy`, the `integration` settings, or the `identities` map. See policies/README.md.',
    type: 'object',
    required: ['version', 'kind'],
    properties: {
        version: { const: 1 },
        kind: { type: 'string', enum: KINDS },
    },
    discriminator: { propertyName: 'kind' },
    oneOf: [policyDocSchema, integrationDocSchema, identitiesDocSchema],
};


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export typoDistance */
// "Did you mean" suggestions for misspelt keys and values.
/** Levenshtein distance (insert, delete, substitute), case-insensitive. */
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[t.length] ?? 0;
}
/** The closest candidate when it is close enough to be a likely typo, else undefined. */
function closest(input, candidates) {
    if (input.length > 100)
        return undefined;
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(input, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(1, Math.floor(Math.max(input.length, 3) / 3));
    return bestDistance <= allowed ? best : undefined;
}
/**
 * Edit distance that also counts swapping two neighbouring characters as one edit (optimal string
 * alignment), case-insensitive: "daev" is one slip away from "dave".
 */
function typoDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    // Three rows of the table: two back (for a swap), the previous one and the current one.
    let before = [];
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
                best = Math.min(best, (before[j - 2] ?? 0) + 1);
            current[j] = best;
        }
        before = previous;
        previous = current;
    }
    return previous[t.length] ?? 0;
}


/***/ })

};
