export const id = 7718;
export const ids = [7718,4062];
export const modules = {

/***/ 4062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   globMatcher: () => (/* binding */ globMatcher),
/* harmony export */   globProblem: () => (/* binding */ globProblem)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Branch and path globs in `match` (policies/README.md, "Which policies apply"). One matcher for
// everyone, so validation and the request/review code agree on what a pattern means.

// `dot: true`: `services/**` must also match `services/.env` and `.github/...` files; a
// policy that silently skips dotfiles would let such changes through unreviewed.
const OPTIONS = { dot: true };
/**
 * A predicate that is true when `value` matches any of `patterns` (OR within a list, as the
 * policy semantics say). An empty list matches nothing. Patterns are assumed to have passed
 * globProblem(); an invalid one simply never matches.
 */
function globMatcher(patterns) {
    const usable = patterns.filter((p) => p !== '');
    if (usable.length === 0)
        return () => false;
    const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...usable], OPTIONS);
    return (value) => match(value);
}
/**
 * Patterns made only of word characters, `.`, `/`, `-` and `*` (`main`, `release/*`,
 * `services/api/**`): no brackets, braces, parentheses, escapes or extglobs, so picomatch always
 * compiles them (test/policy/duration-glob.test.ts checks this against picomatch). Checking them
 * needs no parse: a folder of 1,000 policies holds thousands of such patterns.
 */
const PLAIN_GLOB = /^[\w./*-]{1,1024}$/;
/** Why a glob can never match anything, or undefined when it is usable. */
function globProblem(pattern) {
    if (pattern === '')
        return 'is empty';
    if (PLAIN_GLOB.test(pattern))
        return undefined;
    // picomatch turns a pattern it cannot compile into the never-matching /$^/ instead of throwing
    // (unless `debug` is set), so that regex is the signal for "invalid".
    if (picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(pattern, OPTIONS).source === '$^') {
        return 'is not a valid glob (check for an unclosed `{`, `[` or `(`, or a trailing `\\`)';
    }
    return undefined;
}


/***/ }),

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

/***/ 301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bQ: () => (/* binding */ DEFAULT_CUSTOM_FIELD),
  R9: () => (/* binding */ buildPolicySet),
  oV: () => (/* binding */ compareDiagnostics)
});

// EXTERNAL MODULE: ./src/policy/duration.ts
var policy_duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/policy/parsed-yaml.ts
var parsed_yaml = __webpack_require__(5133);
// EXTERNAL MODULE: ./src/policy/schema.ts
var policy_schema = __webpack_require__(4139);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
;// CONCATENATED MODULE: ./src/policy/schema-errors.ts



const README = 'policies/README.md';
const EXAMPLE_SCHEDULE_ID = '01G0J1EXE7AXZ2C93K61WBPYEH';
const RULE_SCHEMAS = {
    auto: policy_schema/* autoRuleSchema */.pB,
    escalation: policy_schema/* escalationRuleSchema */.Fo,
    deny: policy_schema/* denyRuleSchema */.g0,
};
/** One Diagnostic per problem in `errors`, positioned on the offending key, in input order. */
function schemaDiagnostics(parsed, errors) {
    const out = [];
    const seen = new Set();
    for (const error of errors) {
        // `discriminator` repeats what the `required`/`enum` error on `kind`/`type` already says, and
        // a `propertyNames` failure arrives twice (the inner pattern without the offending name).
        if (error.keyword === 'discriminator' || error.schemaPath.includes('/propertyNames/'))
            continue;
        if (!aboutWhatWasWritten(error, parsed.value))
            continue;
        const problem = describe(error, parsed.value);
        const id = `${problem.pointer}\u0000${problem.code}\u0000${problem.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const { line, column } = parsed.locate(problem.pointer);
        out.push({ severity: 'error', code: problem.code, file: parsed.file, line, column, message: problem.message, fix: problem.fix });
    }
    return out;
}
/**
 * `whenUnavailable` is `deny` or a fallback mapping (a `oneOf`), so a mistake fails both branches:
 * only the errors of the branch the user wrote (a mapping, or a word) say anything useful.
 */
function aboutWhatWasWritten(error, doc) {
    const branch = /\/properties\/whenUnavailable\/oneOf(?:\/(\d))?/.exec(error.schemaPath);
    if (!branch)
        return true;
    if (branch[1] === undefined)
        return false; // the `oneOf` summary itself
    const written = isRecord(doc) ? doc.whenUnavailable : undefined;
    return branch[1] === (isRecord(written) ? '1' : '0');
}
function describe(error, doc) {
    const segments = (0,parsed_yaml/* pointerSegments */.c)(error.instancePath);
    const here = label(segments, doc);
    const value = valueAt(doc, segments);
    const lastKey = segments[segments.length - 1] ?? '';
    const params = error.params;
    const schema = schemaAt(error.schemaPath, 1);
    const problem = (code, message, fix, pointer = error.instancePath) => ({
        pointer,
        code,
        message,
        fix,
    });
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(propertiesOf(schema));
            const kind = kindOf(doc) ?? 'policy';
            const where = segments.length === 0 ? `${kind === 'policy' ? 'a' : 'an'} ${kind} file` : `\`${here}\``;
            return problem('schema', `Unknown key \`${key}\` in ${where}`, unknownKeyFix(key, allowed, segments, doc), `${error.instancePath}/${escapePointer(key)}`);
        }
        case 'propertyNames': {
            if (lastKey === 'scope') {
                const key = String(params.propertyName);
                return problem('invalid-schedule-id', `\`${schema_errors_short(key)}\` in \`${here}\` is not an incident.io schedule ID`, "Key each `scope` entry by one of the rule's schedule IDs (as in `schedules`), not by the schedule's name.", `${error.instancePath}/${escapePointer(key)}`);
            }
            const login = String(params.propertyName);
            return problem('invalid-login', `\`${schema_errors_short(login)}\` in \`${here}\` is not a GitHub login`, 'Use the login exactly as shown on github.com: letters, digits and hyphens, at most 39 characters (bot accounts cannot be mapped).', `${error.instancePath}/${escapePointer(login)}`);
        }
        case 'required':
            return missing(String(params.missingProperty), segments, doc, schema, error.instancePath);
        case 'type':
            return problem(...wrongType(String(params.type), value, here, lastKey, segments.length === 0, exampleOf(schema)));
        case 'const': {
            if (lastKey === 'version' && segments.length === 1) {
                return typeof value === 'string' && value.trim() === '1'
                    ? problem('unsupported-version', '`version` must be the number 1, not the text "1"', 'Write `version: 1` without quotes.')
                    : problem('unsupported-version', typeof value === 'number'
                        ? `\`version: ${schema_errors_short(String(value))}\` is not supported; this action reads version 1`
                        : `\`version\` is ${describeValue(value)}; this action reads version 1`, 'Set `version: 1`.');
            }
            const expected = String(params.allowedValue);
            if (lastKey === 'whenUnavailable' && segments.length === 1) {
                return problem('schema', `\`whenUnavailable\` is ${describeValue(value)}; it must be \`deny\` or an outage fallback`, `Write \`whenUnavailable: deny\` (the default), or a fallback such as \`whenUnavailable: { approvers: [<GitHub login>], duration: 4h }\` (see ${README}).`);
            }
            return problem('schema', `\`${here}\` is ${describeValue(value)}; it must be \`${expected}\`${lastKey === 'integration' ? ' (the only integration)' : ''}`, `Write \`${lastKey}: ${expected}\`.`);
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const suggestion = typeof value === 'string' ? (0,suggest/* closest */.kp)(value, allowed) : undefined;
            const mean = suggestion ? `Did you mean \`${suggestion}\`? ` : '';
            if (segments.length === 1 && lastKey === 'kind') {
                return problem('unknown-kind', `Unknown kind ${named(value)}; a policy file's \`kind\` is policy, integration or identities`, `${mean}Set \`kind:\` to one of: ${policy_schema/* KINDS */.GW.join(', ')}.`);
            }
            if (isRuleType(segments)) {
                return problem('schema', `Unknown approval rule type ${named(value)} in \`${label(segments.slice(0, -1), doc, false)}\``, `${mean}Use \`type: auto\`, \`type: escalation\` or \`type: deny\`.`);
            }
            return problem('schema', `\`${here}\` is ${describeValue(value)}; allowed: ${allowed.join(', ')}`, `${mean}Use one of: ${allowed.join(', ')}.`);
        }
        case 'pattern':
            return problem(...patternProblem(String(params.pattern), value, here, lastKey, segments));
        case 'minProperties': {
            if (lastKey === 'scope') {
                return problem('schema', `\`${here}\` is empty`, 'Remove `scope` to count every schedule of the rule whole, or add `<schedule ID>: { rotations: [<rotation ID>] }`.');
            }
            if (segments[segments.length - 2] === 'scope') {
                return problem('schema', `\`${here}\` names neither \`rotations\` nor \`layers\`, so nobody on this schedule would count`, 'Add `rotations: [<rotation ID>]` and/or `layers: [<layer ID>]`, or remove the entry to count the whole schedule.');
            }
            return problem('schema', `\`${here}\` is empty`, `Add at least ${String(params.limit)} entry, or remove the key.`);
        }
        case 'minItems': {
            const parent = segments[segments.length - 2];
            if (lastKey === 'services' && segments[0] === 'approval') {
                return problem('empty-services', `The escalation rule \`${label(segments.slice(0, -1), doc, false)}\` has an empty \`services\` list, so nobody can approve`, `List the incident.io schedule IDs whose on-call people may approve, e.g. \`services: [${EXAMPLE_SCHEDULE_ID}]\`.`);
            }
            if (parent === 'match') {
                return problem('match-never-matches', `\`${here}\` is an empty list, so this policy never matches anything`, `List at least one value in \`${lastKey}\`, or remove the \`${lastKey}\` key.`);
            }
            if (lastKey === 'schedules' && segments[0] === 'approval') {
                return problem('schema', `\`${here}\` is an empty list`, "Remove `schedules` to use the integration's `autoApproval.schedules`, or list the incident.io schedule IDs whose on-call person is auto-approved.");
            }
            if (lastKey === 'lookup') {
                return problem('schema', '`lookup` is an empty list, so no GitHub login can be matched to an email', 'Remove `lookup` (the default is [map]) or list some of: map, github-public-email, github-verified-domain-email.');
            }
            return problem('schema', `\`${here}\` is an empty list`, `List at least ${String(params.limit)} item(s), or remove the key.`);
        }
        case 'uniqueItems': {
            const repeated = Array.isArray(value) ? value[Number(params.i)] : undefined;
            return problem('schema', `\`${here}\` lists ${describeValue(repeated)} more than once`, 'Remove the repeated entry.');
        }
        case 'minLength':
            return problem('schema', `\`${here}\` is empty`, `Write a value for \`${lastKey}\`, or remove the key.`);
        case 'maxLength':
            return problem('schema', `\`${here}\` is longer than ${String(params.limit)} characters`, `Shorten it to at most ${String(params.limit)} characters.`);
        default:
            return problem('schema', `\`${here || 'the document'}\` ${error.message ?? `fails the \`${error.keyword}\` rule`}`, `See ${README} for the format.`);
    }
}
function missing(key, segments, doc, schema, pointer) {
    const where = segments.length === 0 ? '' : ` in \`${label(segments, doc)}\``;
    const problem = (code, message, fix) => ({ pointer, code, message, fix });
    if (segments.length === 0 && key === 'version') {
        return problem('unsupported-version', 'Missing `version`', 'Add `version: 1` at the top of the file.');
    }
    if (segments.length === 0 && key === 'kind') {
        return problem('unknown-kind', 'Missing `kind`', 'Add `kind: policy` (or `kind: integration`, `kind: identities`) at the top of the file.');
    }
    if (key === 'type' && segments[0] === 'approval') {
        return problem('schema', `The approval rule \`${label(segments, doc, false)}\` has no \`type\``, 'Add `type: auto`, `type: escalation` or `type: deny`.');
    }
    if (key === 'services') {
        return problem('empty-services', `The escalation rule \`${label(segments, doc, false)}\` has no \`services\`, so nobody can approve`, `Add \`services: [${EXAMPLE_SCHEDULE_ID}]\` with the incident.io schedule IDs whose on-call people may approve.`);
    }
    if (key === 'match') {
        return problem('schema', 'Missing `match`: the policy applies to nothing', 'Add `match:` with `environments: [production]` (jobs using `gate`) and/or `branches: [main]` (pull requests).');
    }
    if (key === 'approval') {
        return problem('schema', 'Missing `approval`: the policy has no rules', `Add \`approval:\` with at least one rule, e.g. \`- type: auto\` / \`integration: incidentio\` (see ${README}).`);
    }
    const example = exampleOf(propertiesOf(schema)[key]);
    return problem('schema', `Missing \`${key}\`${where}`, example !== undefined ? `Add \`${key}: ${example}\`.` : `Add \`${key}:\` (see ${README}).`);
}
function wrongType(expected, value, here, key, root, example) {
    const got = describeValue(value);
    // For a list item (`environments[0]`) the fix shows the item alone, not `0: ...`.
    const write = (text) => (/^\d+$/.test(key) ? text : `${key}: ${text}`);
    if (root) {
        return [
            'schema',
            `A policy file must be a mapping of \`key: value\` lines, but this one is ${got}`,
            'Start the file with `version: 1` and `kind: policy` (or `integration`, `identities`) on their own lines.',
        ];
    }
    if (expected === 'array') {
        // Turn the user's own scalar into a one-item list; else show the schema's example.
        const list = typeof value === 'string' || typeof value === 'number' ? `[${schema_errors_short(String(value))}]` : (example ?? '[...]');
        return ['schema', `\`${here}\` must be a list, but it is ${got}`, `Write a list, e.g. \`${write(list)}\`, or one \`- item\` per line.`];
    }
    if (expected === 'object') {
        return [
            'schema',
            `\`${here}\` must be a mapping of \`key: value\` entries, but it is ${got}`,
            /^\d+$/.test(key) ? `Write a mapping here (see ${README}).` : `Write its entries indented under \`${key}:\` (see ${README}).`,
        ];
    }
    if (expected === 'boolean') {
        return [
            'schema',
            `\`${here}\` must be true or false, but it is ${got}`,
            `Write \`${write('true')}\` or \`${write('false')}\` (without quotes).`,
        ];
    }
    if (expected === 'string') {
        return [
            'schema',
            `\`${here}\` must be text, but it is ${got}`,
            typeof value === 'number' || typeof value === 'boolean'
                ? `Quote it: \`${write(`"${String(value)}"`)}\`.`
                : 'Write a single text value here.',
        ];
    }
    return ['schema', `\`${here}\` must be of type ${expected}, but it is ${got}`, `See ${README} for the format.`];
}
function patternProblem(pattern, value, here, key, segments) {
    const text = typeof value === 'string' ? value : String(value);
    const list = segments[segments.length - 2];
    if (pattern === policy_schema/* SCHEDULE_ID_PATTERN */.v$ && (list === 'rotations' || list === 'layers')) {
        const what = list === 'rotations' ? 'rotation' : 'layer';
        return [
            `invalid-${what}-id`,
            `\`${schema_errors_short(text)}\` in \`${here}\` is not an incident.io ${what} ID`,
            `Use the ${what}'s ID, not its name (a rename must not change who is approved): \`oncall-gate who <schedule ID>\` shows each on-call person's rotation and layer with their IDs, and \`oncall-gate validate\` with INCIDENTIO_API_KEY suggests the ID for a name.`,
        ];
    }
    switch (pattern) {
        case policy_schema/* TEAM_SLUG_PATTERN */.Zx:
            return [
                'invalid-team',
                `\`${schema_errors_short(text)}\` in \`${here}\` is not a GitHub team slug`,
                "Write the team's slug only (the last part of github.com/orgs/<org>/teams/<slug>, lower-case, without the organisation): teams are looked up in the repository's organisation.",
            ];
        case policy_schema/* SCHEDULE_ID_PATTERN */.v$:
            return [
                'invalid-schedule-id',
                `\`${schema_errors_short(text)}\` in \`${here}\` is not an incident.io schedule ID`,
                `Use the schedule's ID, not its name: open the schedule in incident.io (On-call > Schedules); the ID is the last part of its URL, like \`${EXAMPLE_SCHEDULE_ID}\` (20-40 letters and digits).`,
            ];
        case policy_schema/* NAME_PATTERN */.Vh: {
            const slug = slugify(text);
            return [
                'invalid-name',
                `Policy name \`${schema_errors_short(text)}\` may only contain lower-case letters, digits and hyphens, and must start and end with a letter or digit`,
                slug ? `Use \`name: ${slug}\`.` : 'Use a name like `production-deploy`.',
            ];
        }
        case policy_schema/* DURATION_PATTERN */.Cq: {
            const suggestion = suggestDuration(text);
            return [
                'invalid-duration',
                `\`${here}\` is \`${schema_errors_short(text)}\`, which is not a duration`,
                `Write a whole number followed by m, h or d${suggestion ? `: \`${key}: ${suggestion}\`` : ', e.g. `30m`, `1h`, `7d`'}.`,
            ];
        }
        case policy_schema/* EMAIL_PATTERN */.GX:
            return [
                'invalid-email',
                `\`${schema_errors_short(text)}\` in \`${here}\` is not an email address`,
                "Write the person's incident.io login email, e.g. `octo.cat@example.com`.",
            ];
        case policy_schema/* LOGIN_PATTERN */.NT:
            return ['invalid-login', `\`${schema_errors_short(text)}\` is not a GitHub login`, 'Use the login exactly as shown on github.com.'];
        default:
            return ['schema', `\`${here}\` has an unexpected shape (\`${schema_errors_short(text)}\`)`, `See ${README} for the format.`];
    }
}
function unknownKeyFix(key, allowed, segments, doc) {
    const suggestion = (0,suggest/* closest */.kp)(key, allowed);
    const list = `Allowed keys here: ${allowed.join(', ')}.`;
    if (suggestion)
        return `Did you mean \`${suggestion}\`? ${list}`;
    // Common slips: an option written on the rule itself, or another rule type's key.
    if (segments[0] === 'approval' && segments.length === 2) {
        if (key === 'requireReason' || key === 'allowOneParty')
            return `Move it under \`options:\` (\`options: { ${key}: true }\`). ${list}`;
        const type = ruleTypeAt(doc, segments);
        const owner = policy_schema/* RULE_TYPES */.Bs.find((t) => t !== type && Object.hasOwn(RULE_SCHEMAS[t].properties, key));
        if (owner)
            return `\`${key}\` belongs to \`${owner}\` rules; remove it or change the rule's \`type\`. ${list}`;
    }
    return `Remove it. ${list}`;
}
/** `approval[1].services[0]`, or `approval[1] (escalation)` for a rule itself. */
function label(segments, doc, withType = true) {
    let out = '';
    for (const s of segments)
        out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
    if (withType && segments.length === 2 && segments[0] === 'approval') {
        const type = ruleTypeAt(doc, segments);
        if (type)
            out += ` (${type})`;
    }
    return out;
}
function isRuleType(segments) {
    return segments.length === 3 && segments[0] === 'approval' && segments[2] === 'type';
}
function ruleTypeAt(doc, segments) {
    const rule = valueAt(doc, segments.slice(0, 2));
    const type = isRecord(rule) ? rule.type : undefined;
    return policy_schema/* RULE_TYPES */.Bs.find((t) => t === type);
}
function kindOf(doc) {
    return isRecord(doc) && typeof doc.kind === 'string' && policy_schema/* KINDS */.GW.includes(doc.kind) ? doc.kind : undefined;
}
function valueAt(doc, segments) {
    let node = doc;
    for (const s of segments) {
        if (Array.isArray(node))
            node = node[Number(s)];
        else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, s))
            node = node[s];
        else
            return undefined;
    }
    return node;
}
/** The schema object holding the failed keyword (`drop` = 1) or further up. */
function schemaAt(schemaPath, drop) {
    const parts = schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean);
    let node = policy_schema/* policyFileSchema */.Yo;
    for (const part of parts.slice(0, Math.max(0, parts.length - drop))) {
        node = isRecord(node) || Array.isArray(node) ? node[part] : undefined;
    }
    return node;
}
function propertiesOf(schema) {
    return isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
}
function exampleOf(schema) {
    if (!isRecord(schema))
        return undefined;
    if (schema.const !== undefined)
        return flowYaml(schema.const);
    if (!Array.isArray(schema.examples) || schema.examples.length === 0)
        return undefined;
    return flowYaml(schema.examples[0]);
}
/** A short YAML flow rendering of a schema example. */
function flowYaml(value) {
    if (Array.isArray(value))
        return `[${value.map(flowYaml).join(', ')}]`;
    if (isRecord(value))
        return `{ ${Object.entries(value)
            .map(([k, v]) => `${k}: ${flowYaml(v)}`)
            .join(', ')} }`;
    return String(value);
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the text \`${schema_errors_short(value)}\``;
    if (typeof value === 'boolean')
        return `\`${String(value)}\` (true/false)`;
    return `the number \`${schema_errors_short(String(value))}\``;
}
/** A value written where a name was expected: `autoo`, or what it is when not text. */
function named(value) {
    return typeof value === 'string' ? `\`${schema_errors_short(value)}\`` : describeValue(value);
}
function schema_errors_short(text) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
function slugify(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 63)
        .replace(/-+$/, '');
}
/** `90 minutes` -> `90m`, `2 hours` -> `2h`, `1.5h` -> `90m`, when the intent is clear. */
function suggestDuration(text) {
    const found = /^\s*(\d+(?:\.\d+)?)\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?)\s*$/i.exec(text);
    if (!found)
        return undefined;
    const unit = (found[2] ?? '').toLowerCase()[0];
    const minutes = Number(found[1]) * { m: 1, h: 60, d: 1440 }[unit];
    if (!Number.isFinite(minutes) || minutes < 1 || !Number.isInteger(minutes))
        return minutes > 0 && minutes < 1 ? '1m' : undefined;
    if (minutes % 1440 === 0)
        return `${minutes / 1440}d`;
    if (minutes % 60 === 0)
        return `${minutes / 60}h`;
    return `${minutes}m`;
}
function escapePointer(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/policy/glob.ts
var glob = __webpack_require__(4062);
;// CONCATENATED MODULE: ./src/policy/semantic-checks.ts



const DURATION = new RegExp(policy_schema/* DURATION_PATTERN */.Cq);
function semanticDiagnostics(files) {
    const out = [];
    const report = (severity, file, pointer, code, message, fix) => {
        const { line, column } = file.locate(pointer);
        out.push({ severity, code, file: file.file, line, column, message, fix });
    };
    const policies = [];
    const integrations = [];
    const identities = [];
    for (const file of files) {
        const doc = file.value;
        if (!semantic_checks_isRecord(doc))
            continue;
        if (doc.kind === 'policy')
            policies.push({ file, doc });
        if (doc.kind === 'integration')
            integrations.push({ file, doc });
        if (doc.kind === 'identities')
            identities.push({ file, doc });
    }
    for (const { file, doc } of policies)
        checkPolicy(file, doc, report);
    const defaultSchedules = integrations.flatMap(({ doc }) => semantic_checks_isRecord(doc.autoApproval) && Array.isArray(doc.autoApproval.schedules) ? doc.autoApproval.schedules.filter(isString) : []);
    for (const { file, doc } of policies)
        checkScopes(file, doc, defaultSchedules, report);
    for (const { file, doc } of identities)
        checkIdentities(file, doc, report);
    // Names are how `gate`'s `policy` input, the plan and the escalation request key
    // (`oncall-gate/<owner>/<repo>/pull/<n>/<policy>`) refer to a policy, so a name used twice is an
    // error in every place it appears.
    const byName = new Map();
    for (const { file, doc } of policies) {
        if (typeof doc.name !== 'string')
            continue;
        const list = byName.get(doc.name) ?? [];
        list.push({ file, line: file.locate('/name').line });
        byName.set(doc.name, list);
    }
    for (const [name, uses] of byName) {
        if (uses.length < 2)
            continue;
        for (const use of uses) {
            const others = uses.filter((u) => u !== use).map((u) => `${u.file.file}:${u.line}`);
            report('error', use.file, '/name', 'duplicate-name', `Policy name \`${name}\` is also used in ${others.join(', ')}`, 'Rename one of the policies: names must be unique across all policy files.');
        }
    }
    for (const [kind, list] of [
        ['integration', integrations],
        ['identities', identities],
    ]) {
        if (list.length < 2)
            continue;
        for (const { file } of list) {
            const others = list.filter((e) => e.file !== file).map((e) => e.file.file);
            report('error', file, '/kind', kind === 'integration' ? 'duplicate-integration' : 'duplicate-identities', `More than one \`kind: ${kind}\` file: this one and ${others.join(', ')}`, `Keep a single ${kind} file and merge the other's settings into it.`);
        }
    }
    // An auto rule without `schedules` falls back to the integration's autoApproval.schedules;
    // with neither, it denies everyone, as incident.io's own approval integration does with no
    // schedule selected - valid, but almost certainly not what was meant.
    const integrationSchedules = integrations.some(({ doc }) => {
        const auto = doc.autoApproval;
        return semantic_checks_isRecord(auto) && Array.isArray(auto.schedules) && auto.schedules.length > 0;
    });
    if (!integrationSchedules) {
        const where = integrations[0]
            ? `in ${integrations[0].file.file}`
            : 'in an integration file (`kind: integration`, `integration: incidentio`)';
        for (const { file, doc } of policies) {
            if (!Array.isArray(doc.approval))
                continue;
            doc.approval.forEach((rule, i) => {
                if (!semantic_checks_isRecord(rule) || rule.type !== 'auto' || rule.schedules !== undefined)
                    return;
                report('warning', file, `/approval/${i}`, 'auto-no-schedules', 'This `auto` rule has no `schedules` and the integration sets no `autoApproval.schedules`, so it never approves anyone', `Add \`schedules: [<schedule ID>]\` to the rule, or set \`autoApproval: { schedules: [<schedule ID>] }\` ${where}.`);
            });
        }
    }
    return out;
}
function checkPolicy(file, doc, report) {
    const match = doc.match;
    if (semantic_checks_isRecord(match)) {
        // `gate` selects by environments and request/review by branches (policies/README.md, "Which
        // policies apply"); paths and labels only narrow a branch match, so without either list
        // nothing selects it.
        // An unknown key in `match` (reported by the schema, e.g. `environment`) is most likely the
        // intended list, so "never matches" would only repeat that problem.
        const unknownKey = Object.keys(match).some((k) => !policy_schema/* MATCH_KEYS */.rC.includes(k));
        if (match.environments === undefined && match.branches === undefined && !unknownKey) {
            report('error', file, '/match', 'match-never-matches', '`match` has neither `environments` nor `branches`, so this policy never matches a job or a pull request', 'Add `environments: [production]` (jobs using `gate`) and/or `branches: [main]` (pull requests).');
        }
        for (const key of ['branches', 'paths']) {
            const list = match[key];
            if (!Array.isArray(list))
                continue;
            list.forEach((pattern, i) => {
                if (typeof pattern !== 'string' || pattern === '')
                    return;
                const problem = (0,glob.globProblem)(pattern);
                if (problem) {
                    report('error', file, `/match/${key}/${i}`, 'invalid-glob', `\`match.${key}[${i}]\` \`${pattern.slice(0, 80)}\` ${problem}, so it never matches`, 'Fix the pattern: `*` matches within one path segment, `**` across segments, `{a,b}` either (https://github.com/micromatch/picomatch#globbing-features).');
                }
                else if (key === 'branches' && pattern.startsWith('refs/')) {
                    report('error', file, `/match/${key}/${i}`, 'match-never-matches', `Branch pattern \`${pattern.slice(0, 80)}\` starts with \`refs/\`, but it is compared with the pull request's base branch name, so it never matches`, `Write the branch name only: \`${pattern.replace(/^refs\/(heads\/)?/, '')}\`.`);
                }
            });
        }
    }
    if (Array.isArray(doc.approval)) {
        if (doc.approval.length === 0) {
            report('warning', file, '/approval', 'empty-approval', '`approval` is an empty list, so every request this policy matches is denied', 'Add an `auto` or `escalation` rule, or write `- type: deny` with a `reason` if denying is the intent.');
        }
        doc.approval.forEach((rule, i) => {
            if (!semantic_checks_isRecord(rule))
                return;
            checkDuration(file, rule.duration, `/approval/${i}/duration`, rule.type === 'escalation' ? '24h' : '1h', report);
        });
    }
}
/**
 * An `auto` rule's `scope` narrows schedules the rule consults, so each of its keys must be one of
 * them (its own `schedules`, else the integration's `autoApproval.schedules`); and an outage
 * fallback must name someone.
 */
function checkScopes(file, doc, defaults, report) {
    if (Array.isArray(doc.approval)) {
        doc.approval.forEach((rule, i) => {
            if (!semantic_checks_isRecord(rule) || rule.type !== 'auto' || !semantic_checks_isRecord(rule.scope))
                return;
            const own = Array.isArray(rule.schedules) ? rule.schedules.filter(isString) : undefined;
            const consulted = own ?? defaults;
            const from = own ? '`schedules`' : "the integration's `autoApproval.schedules` (the rule has no `schedules`)";
            for (const id of Object.keys(rule.scope)) {
                // A key that is not shaped like an ID is a schema error already.
                if (consulted.includes(id) || !SCHEDULE_ID.test(id))
                    continue;
                report('error', file, `/approval/${i}/scope/${semantic_checks_escapePointer(id)}`, 'scope-unknown-schedule', `\`scope\` names schedule ${id.slice(0, 60)}, which this rule does not consult (${from}: ${consulted.length > 0 ? consulted.join(', ') : 'none'}), so it would narrow nothing`, own
                    ? `Add ${id.slice(0, 60)} to the rule's \`schedules\`, or key the scope by one of them.`
                    : `Key the scope by one of ${from}, or give the rule its own \`schedules:\` that include ${id.slice(0, 60)}.`);
            }
        });
    }
    const fallback = doc.whenUnavailable;
    if (semantic_checks_isRecord(fallback))
        checkDuration(file, fallback.duration, '/whenUnavailable/duration', '24h', report);
    if (semantic_checks_isRecord(fallback) && fallback.approvers === undefined && fallback.approverTeams === undefined) {
        report('error', file, '/whenUnavailable', 'fallback-no-approvers', '`whenUnavailable` names no `approvers` and no `approverTeams`, so nobody could approve while incident.io is unavailable', 'Add `approvers: [<GitHub login>]` and/or `approverTeams: [<team slug>]`, or write `whenUnavailable: deny`.');
    }
}
const isString = (v) => typeof v === 'string';
const SCHEDULE_ID = new RegExp(policy_schema/* SCHEDULE_ID_PATTERN */.v$);
/** A duration of the right shape (the schema checks that) outside 1m-30d. */
function checkDuration(file, duration, pointer, example, report) {
    if (typeof duration !== 'string' || !DURATION.test(duration))
        return;
    let ms;
    try {
        ms = (0,policy_duration/* parseDuration */.E9)(duration);
    }
    catch {
        ms = Infinity;
    }
    if (ms >= policy_duration/* MIN_DURATION_MS */.BC && ms <= policy_duration/* MAX_DURATION_MS */.rG)
        return;
    report('error', file, pointer, 'duration-out-of-range', `\`duration: ${duration.slice(0, 40)}\` is ${ms < policy_duration/* MIN_DURATION_MS */.BC ? 'shorter' : 'longer'} than allowed (${(0,policy_duration/* formatDuration */.a3)(policy_duration/* MIN_DURATION_MS */.BC)} to ${(0,policy_duration/* formatDuration */.a3)(policy_duration/* MAX_DURATION_MS */.rG)})`, `Use a duration between 1m and 30d, e.g. \`duration: ${example}\`.`);
}
function checkIdentities(file, doc, report) {
    const users = doc.users;
    if (!semantic_checks_isRecord(users))
        return;
    // GitHub logins are case-insensitive (no two accounts differ only by case), so `Alice` and
    // `alice` are the same person mapped twice, possibly to different emails.
    const first = new Map();
    for (const login of Object.keys(users)) {
        const folded = login.toLowerCase();
        const earlier = first.get(folded);
        if (earlier === undefined) {
            first.set(folded, login);
            continue;
        }
        report('error', file, `/users/${semantic_checks_escapePointer(login)}`, 'duplicate-login', `Login \`${login}\` is already mapped as \`${earlier}\` (line ${file.locate(`/users/${semantic_checks_escapePointer(earlier)}`).line}); logins are case-insensitive`, 'Keep one entry for this person and remove the other.');
    }
    // Email is the join key with incident.io: two logins with one email would make "who is this
    // login" and "which login is this on-call person" ambiguous (whom to ask for a review, whose
    // approval is whose). One person has one entry.
    const byEmail = new Map();
    for (const [login, email] of Object.entries(users)) {
        if (typeof email !== 'string' || email.trim() === '')
            continue;
        const folded = email.trim().toLowerCase();
        const earlier = byEmail.get(folded);
        if (earlier === undefined) {
            byEmail.set(folded, login);
            continue;
        }
        report('error', file, `/users/${semantic_checks_escapePointer(login)}`, 'duplicate-email', `Login \`${login}\` maps to \`${email.trim()}\`, which \`${earlier}\` (line ${file.locate(`/users/${semantic_checks_escapePointer(earlier)}`).line}) maps to already; emails are case-insensitive and each belongs to one person`, 'Keep one login per incident.io email: remove this entry, or correct its email.');
    }
    const lookup = doc.lookup;
    if (Object.keys(users).length > 0 && Array.isArray(lookup) && !lookup.includes('map')) {
        report('warning', file, '/users', 'users-unused', '`users` is never read: `lookup` does not include `map`', 'Add `map` to `lookup` (e.g. `lookup: [map, github-public-email]`), or remove `users`.');
    }
}
function semantic_checks_escapePointer(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function semantic_checks_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/policy/schema-validator.generated.ts
// @ts-nocheck
// GENERATED from src/policy/schema.ts by scripts/generated-files.ts; do not edit.
// Regenerate: npm run generate
const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/org/oncall-gate/v1/policies/schema.json", "title": "oncall-gate policy file", "description": "One document per file under policies/: a `policy`, the `integration` settings, or the `identities` map. See policies/README.md.", "type": "object", "required": ["version", "kind"], "properties": { "version": { "const": 1 }, "kind": { "type": "string", "enum": ["policy", "integration", "identities"] } }, "discriminator": { "propertyName": "kind" }, "oneOf": [{ "type": "object", "title": "policy", "description": "Who may approve what: which jobs and pull requests it matches, and the rules that approve them.", "additionalProperties": false, "required": ["version", "kind", "name", "match", "approval"], "properties": { "version": { "const": 1, "title": "version", "description": "Format version; always 1." }, "kind": { "const": "policy" }, "name": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "maxLength": 63, "title": "name", "description": "Unique across all policy files: lower-case letters, digits and hyphens.", "examples": ["production-deploy"] }, "description": { "type": "string", "maxLength": 2000, "title": "description" }, "match": { "type": "object", "title": "match", "description": "What the policy applies to. `gate` matches by `environments`; `request`/`review` by `branches`, then `paths` and `labels` when given (AND across lists, OR within one).", "additionalProperties": false, "properties": { "environments": { "type": "array", "title": "environments", "description": "gate: matches when the `environment` input is one of these.", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "examples": [["production"]] }, "branches": { "type": "array", "title": "branches", "description": "request/review: the pull request base branch (globs allowed). Without it the policy never matches a pull request.", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "examples": [["main"]] }, "paths": { "type": "array", "title": "paths", "description": "request/review, optional: some changed file matches one of these globs.", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "examples": [["services/api/**"]] }, "labels": { "type": "array", "title": "labels", "description": "request/review, optional: the pull request has one of these labels.", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 100 }, "examples": [["deploy"]] } } }, "approval": { "type": "array", "title": "approval", "description": "Any one satisfied rule approves (OR); a `deny` rule denies regardless; an empty list always denies.", "items": { "type": "object", "title": "approval rule", "description": "One way to approve (`auto`, `escalation`) or a `deny`.", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["auto", "escalation", "deny"] } }, "discriminator": { "propertyName": "type" }, "oneOf": [{ "type": "object", "title": "auto rule", "description": "Approves when the requester is on call right now for one of the schedules. Any one satisfied rule approves.", "additionalProperties": false, "required": ["type", "integration"], "properties": { "type": { "const": "auto" }, "integration": { "const": "incidentio", "description": "The only integration: incident.io." }, "schedules": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[0-9A-Za-z]{20,40}$", "title": "incident.io schedule ID", "description": "The ID from the schedule's URL in incident.io (On-call > Schedules > open the schedule: the last part of the address), not its name.", "examples": ["01HXYZSCHEDULEPRIMARY00000"] }, "title": "schedules", "description": "incident.io schedule IDs whose on-call person is auto-approved. Optional: defaults to the integration's autoApproval.schedules.", "examples": [["01HXYZSCHEDULEPRIMARY00000"]] }, "scope": { "type": "object", "title": "scope", "description": "Per schedule ID (one of the rule's schedules): only on-call people on these rotations or layers count. Entries without a rotation or layer (some overrides) never count for a scoped schedule. Schedules not listed count whole.", "minProperties": 1, "propertyNames": { "pattern": "^[0-9A-Za-z]{20,40}$" }, "additionalProperties": { "type": "object", "title": "schedule scope", "description": "An entry counts when its rotation is one of `rotations` or its layer is one of `layers`.", "additionalProperties": false, "minProperties": 1, "properties": { "rotations": { "type": "array", "minItems": 1, "uniqueItems": true, "title": "rotations", "items": { "type": "string", "pattern": "^[0-9A-Za-z]{20,40}$", "title": "incident.io rotation ID", "description": "The rotation's ID (not its name): `oncall-gate who <schedule-id>` lists each on-call person's rotation and layer with their IDs.", "examples": ["01HXYZROTATIONPAYPRIMARY00"] }, "examples": [["01HXYZROTATIONPAYPRIMARY00"]], "description": "Rotation IDs whose on-call people count (every layer of each)." }, "layers": { "type": "array", "minItems": 1, "uniqueItems": true, "title": "layers", "items": { "type": "string", "pattern": "^[0-9A-Za-z]{20,40}$", "title": "incident.io layer ID", "description": "The layer's ID (not its name): `oncall-gate who <schedule-id>` lists each on-call person's rotation and layer with their IDs.", "examples": ["01HXYZLAYERPAYPRIMARY00000"] }, "examples": [["01HXYZLAYERPAYPRIMARY00000"]], "description": "Layer IDs whose on-call people count." } } }, "examples": [{ "01HXYZSCHEDULEPAYMENTS0000": { "rotations": ["01HXYZROTATIONPAYPRIMARY00"] } }] }, "duration": { "type": "string", "pattern": "^[1-9][0-9]*(m|h|d)$", "description": "How long an auto-approval lasts, capped by the end of the on-call shift (default 1h). A whole number followed by m (minutes), h (hours) or d (days), between 1m and 30d.", "title": "duration", "examples": ["1h"] }, "options": { "type": "object", "title": "options", "additionalProperties": false, "properties": { "requireReason": { "type": "boolean", "description": "Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false." } } } } }, { "type": "object", "title": "escalation rule", "description": "Pages the on-call people of `services` through an incident.io incident; one of them approves by approving the pull request.", "additionalProperties": false, "required": ["type", "integration", "services"], "properties": { "type": { "const": "escalation" }, "integration": { "const": "incidentio", "description": "The only integration: incident.io." }, "services": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[0-9A-Za-z]{20,40}$", "title": "incident.io schedule ID", "description": "The ID from the schedule's URL in incident.io (On-call > Schedules > open the schedule: the last part of the address), not its name.", "examples": ["01HXYZSCHEDULEPRIMARY00000"] }, "title": "services", "description": "incident.io schedule IDs whose on-call people may approve (required, at least one).", "examples": [["01HXYZSCHEDULEPRIMARY00000"]] }, "duration": { "type": "string", "pattern": "^[1-9][0-9]*(m|h|d)$", "description": "An approval older than this no longer counts (default 24h). A whole number followed by m (minutes), h (hours) or d (days), between 1m and 30d.", "title": "duration", "examples": ["24h"] }, "options": { "type": "object", "title": "options", "additionalProperties": false, "properties": { "allowOneParty": { "type": "boolean", "description": "Let a requester who is on call for `services` approve their own request (GitHub forbids approving your own PR). Default false." }, "requireReason": { "type": "boolean", "description": "Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false." } } } } }, { "type": "object", "title": "deny rule", "description": "Denies every request the policy matches, whatever the other rules say (e.g. a change freeze).", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "deny" }, "reason": { "type": "string", "minLength": 1, "maxLength": 500, "title": "reason", "description": "Shown with the denial. Default \"Denied by policy <name>\".", "examples": ["Change freeze until 2026-12-01"] } } }] } }, "whenUnavailable": { "title": "whenUnavailable", "description": "What happens when incident.io is unavailable: `deny` (the default: every decision is an error, fail closed) or an outage fallback reviewed as code.", "oneOf": [{ "const": "deny" }, { "type": "object", "title": "outage fallback", "description": "When incident.io is unreachable or failing (5xx after retries, or the API deadline passed; never a 429, a bad key, a missing role or an unknown schedule): an APPROVED review of the pull request by one of these people approves, under every second-party rule of escalation. Name `approvers`, `approverTeams` or both.", "additionalProperties": false, "properties": { "approvers": { "type": "array", "title": "approvers", "description": "GitHub logins whose approving review counts while incident.io is unavailable.", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, "examples": [["alice", "bob"]] }, "approverTeams": { "type": "array", "title": "approverTeams", "description": "GitHub team slugs of the repository's organisation whose members' approving review counts; needs the `github-teams-token` input (the workflow token cannot read team membership).", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,99}$" }, "examples": [["platform-leads"]] }, "duration": { "type": "string", "pattern": "^[1-9][0-9]*(m|h|d)$", "description": "An approval older than this no longer counts (default 24h). A whole number followed by m (minutes), h (hours) or d (days), between 1m and 30d.", "title": "duration", "examples": ["24h"] } } }], "examples": ["deny", { "approvers": ["alice", "bob"], "duration": "4h" }] } } }, { "type": "object", "title": "integration", "description": "incident.io settings for auto-approval and escalation incidents (at most one file).", "additionalProperties": false, "required": ["version", "kind", "integration"], "properties": { "version": { "const": 1, "title": "version", "description": "Format version; always 1." }, "kind": { "const": "integration" }, "integration": { "const": "incidentio", "title": "integration", "description": "The only integration: incident.io." }, "autoApproval": { "type": "object", "title": "autoApproval", "additionalProperties": false, "properties": { "schedules": { "type": "array", "title": "schedules", "description": "`auto` rules without their own `schedules` use these. None selected: auto-approval denies everything.", "items": { "type": "string", "pattern": "^[0-9A-Za-z]{20,40}$", "title": "incident.io schedule ID", "description": "The ID from the schedule's URL in incident.io (On-call > Schedules > open the schedule: the last part of the address), not its name.", "examples": ["01HXYZSCHEDULEPRIMARY00000"] }, "examples": [["01HXYZSCHEDULEPRIMARY00000"]] } } }, "escalation": { "type": "object", "title": "escalation", "additionalProperties": false, "properties": { "customField": { "type": "string", "minLength": 1, "maxLength": 255, "title": "customField", "description": "Text custom field holding the schedule IDs on escalation incidents; `apply` creates it. Default \"On-call gate schedules\".", "examples": ["On-call gate schedules"] }, "visibility": { "type": "string", "enum": ["public", "private"], "title": "visibility", "description": "Incident visibility. Default public." }, "mode": { "type": "string", "enum": ["standard", "test"], "title": "mode", "description": "standard, or test (test incidents do not page; use for trials). Default standard." }, "severity": { "type": "string", "minLength": 1, "maxLength": 255, "title": "severity", "description": "Optional severity name or ID.", "examples": ["Minor"] }, "incidentType": { "type": "string", "minLength": 1, "maxLength": 255, "title": "incidentType", "description": "Optional incident type name or ID.", "examples": ["Default"] }, "notifyIncidentChannel": { "type": "boolean", "title": "notifyIncidentChannel", "description": "Post summary updates to the incident channel. Default false." } } } } }, { "type": "object", "title": "identities", "description": "How GitHub logins map to incident.io emails (at most one file).", "additionalProperties": false, "required": ["version", "kind"], "properties": { "version": { "const": 1, "title": "version", "description": "Format version; always 1." }, "kind": { "const": "identities" }, "lookup": { "type": "array", "title": "lookup", "description": "Ways to find a login's email, in order (default [map]). github-verified-domain-email needs an org-capable token.", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "enum": ["map", "github-public-email", "github-verified-domain-email"] }, "examples": [["map", "github-public-email"]] }, "users": { "type": "object", "title": "users", "description": "GitHub login: incident.io email. Logins and emails are compared case-insensitively.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, "additionalProperties": { "type": "string", "pattern": "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "maxLength": 254 }, "examples": [{ "octocat": "octo.cat@example.com" }] } } }] };
const pattern0 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
const pattern1 = new RegExp("^[0-9A-Za-z]{20,40}$", "u");
const pattern5 = new RegExp("^[1-9][0-9]*(m|h|d)$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u");
const pattern9 = new RegExp("^[a-z0-9][a-z0-9_-]{0,99}$", "u");
const pattern13 = new RegExp("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/org/oncall-gate/v1/policies/schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.kind === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.version !== undefined) {
            if (1 !== data.version) {
                const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            let data1 = data.kind;
            if (typeof data1 !== "string") {
                const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (!(((data1 === "policy") || (data1 === "integration")) || (data1 === "identities"))) {
                const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        const tag0 = data.kind;
        if (typeof tag0 == "string") {
            if (tag0 === "policy") {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.version === undefined) {
                        const err5 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                    if (data.kind === undefined) {
                        const err6 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data.name === undefined) {
                        const err7 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (data.match === undefined) {
                        const err8 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property '" + "match" + "'" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    if (data.approval === undefined) {
                        const err9 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "approval" }, message: "must have required property '" + "approval" + "'" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    for (const key0 in data) {
                        if (!(((((((key0 === "version") || (key0 === "kind")) || (key0 === "name")) || (key0 === "description")) || (key0 === "match")) || (key0 === "approval")) || (key0 === "whenUnavailable"))) {
                            const err10 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data.version !== undefined) {
                        if (1 !== data.version) {
                            const err11 = { instancePath: instancePath + "/version", schemaPath: "#/oneOf/0/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data.kind !== undefined) {
                        if ("policy" !== data.kind) {
                            const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/0/properties/kind/const", keyword: "const", params: { allowedValue: "policy" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data.name !== undefined) {
                        let data4 = data.name;
                        if (typeof data4 === "string") {
                            if (data4.length > 63) {
                                const err13 = { instancePath: instancePath + "/name", schemaPath: "#/oneOf/0/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                            if (!pattern0.test(data4)) {
                                const err14 = { instancePath: instancePath + "/name", schemaPath: "#/oneOf/0/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err15 = { instancePath: instancePath + "/name", schemaPath: "#/oneOf/0/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data.description !== undefined) {
                        let data5 = data.description;
                        if (typeof data5 === "string") {
                            if (data5.length > 2000) {
                                const err16 = { instancePath: instancePath + "/description", schemaPath: "#/oneOf/0/properties/description/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/description", schemaPath: "#/oneOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data.match !== undefined) {
                        let data6 = data.match;
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            for (const key1 in data6) {
                                if (!((((key1 === "environments") || (key1 === "branches")) || (key1 === "paths")) || (key1 === "labels"))) {
                                    const err18 = { instancePath: instancePath + "/match", schemaPath: "#/oneOf/0/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.environments !== undefined) {
                                let data7 = data6.environments;
                                if (Array.isArray(data7)) {
                                    if (data7.length < 1) {
                                        const err19 = { instancePath: instancePath + "/match/environments", schemaPath: "#/oneOf/0/properties/match/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                        if (vErrors === null) {
                                            vErrors = [err19];
                                        }
                                        else {
                                            vErrors.push(err19);
                                        }
                                        errors++;
                                    }
                                    const len0 = data7.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                        let data8 = data7[i0];
                                        if (typeof data8 === "string") {
                                            if (data8.length > 255) {
                                                const err20 = { instancePath: instancePath + "/match/environments/" + i0, schemaPath: "#/oneOf/0/properties/match/properties/environments/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err20];
                                                }
                                                else {
                                                    vErrors.push(err20);
                                                }
                                                errors++;
                                            }
                                            if (data8.length < 1) {
                                                const err21 = { instancePath: instancePath + "/match/environments/" + i0, schemaPath: "#/oneOf/0/properties/match/properties/environments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err21];
                                                }
                                                else {
                                                    vErrors.push(err21);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err22 = { instancePath: instancePath + "/match/environments/" + i0, schemaPath: "#/oneOf/0/properties/match/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err22];
                                            }
                                            else {
                                                vErrors.push(err22);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err23 = { instancePath: instancePath + "/match/environments", schemaPath: "#/oneOf/0/properties/match/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err23];
                                    }
                                    else {
                                        vErrors.push(err23);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.branches !== undefined) {
                                let data9 = data6.branches;
                                if (Array.isArray(data9)) {
                                    if (data9.length < 1) {
                                        const err24 = { instancePath: instancePath + "/match/branches", schemaPath: "#/oneOf/0/properties/match/properties/branches/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                        if (vErrors === null) {
                                            vErrors = [err24];
                                        }
                                        else {
                                            vErrors.push(err24);
                                        }
                                        errors++;
                                    }
                                    const len1 = data9.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                        let data10 = data9[i1];
                                        if (typeof data10 === "string") {
                                            if (data10.length > 255) {
                                                const err25 = { instancePath: instancePath + "/match/branches/" + i1, schemaPath: "#/oneOf/0/properties/match/properties/branches/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err25];
                                                }
                                                else {
                                                    vErrors.push(err25);
                                                }
                                                errors++;
                                            }
                                            if (data10.length < 1) {
                                                const err26 = { instancePath: instancePath + "/match/branches/" + i1, schemaPath: "#/oneOf/0/properties/match/properties/branches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err26];
                                                }
                                                else {
                                                    vErrors.push(err26);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err27 = { instancePath: instancePath + "/match/branches/" + i1, schemaPath: "#/oneOf/0/properties/match/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err27];
                                            }
                                            else {
                                                vErrors.push(err27);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err28 = { instancePath: instancePath + "/match/branches", schemaPath: "#/oneOf/0/properties/match/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.paths !== undefined) {
                                let data11 = data6.paths;
                                if (Array.isArray(data11)) {
                                    if (data11.length < 1) {
                                        const err29 = { instancePath: instancePath + "/match/paths", schemaPath: "#/oneOf/0/properties/match/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                        if (vErrors === null) {
                                            vErrors = [err29];
                                        }
                                        else {
                                            vErrors.push(err29);
                                        }
                                        errors++;
                                    }
                                    const len2 = data11.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                        let data12 = data11[i2];
                                        if (typeof data12 === "string") {
                                            if (data12.length > 1024) {
                                                const err30 = { instancePath: instancePath + "/match/paths/" + i2, schemaPath: "#/oneOf/0/properties/match/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err30];
                                                }
                                                else {
                                                    vErrors.push(err30);
                                                }
                                                errors++;
                                            }
                                            if (data12.length < 1) {
                                                const err31 = { instancePath: instancePath + "/match/paths/" + i2, schemaPath: "#/oneOf/0/properties/match/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err31];
                                                }
                                                else {
                                                    vErrors.push(err31);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err32 = { instancePath: instancePath + "/match/paths/" + i2, schemaPath: "#/oneOf/0/properties/match/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err32];
                                            }
                                            else {
                                                vErrors.push(err32);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err33 = { instancePath: instancePath + "/match/paths", schemaPath: "#/oneOf/0/properties/match/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err33];
                                    }
                                    else {
                                        vErrors.push(err33);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.labels !== undefined) {
                                let data13 = data6.labels;
                                if (Array.isArray(data13)) {
                                    if (data13.length < 1) {
                                        const err34 = { instancePath: instancePath + "/match/labels", schemaPath: "#/oneOf/0/properties/match/properties/labels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                        if (vErrors === null) {
                                            vErrors = [err34];
                                        }
                                        else {
                                            vErrors.push(err34);
                                        }
                                        errors++;
                                    }
                                    const len3 = data13.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                        let data14 = data13[i3];
                                        if (typeof data14 === "string") {
                                            if (data14.length > 100) {
                                                const err35 = { instancePath: instancePath + "/match/labels/" + i3, schemaPath: "#/oneOf/0/properties/match/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err35];
                                                }
                                                else {
                                                    vErrors.push(err35);
                                                }
                                                errors++;
                                            }
                                            if (data14.length < 1) {
                                                const err36 = { instancePath: instancePath + "/match/labels/" + i3, schemaPath: "#/oneOf/0/properties/match/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                    vErrors = [err36];
                                                }
                                                else {
                                                    vErrors.push(err36);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err37 = { instancePath: instancePath + "/match/labels/" + i3, schemaPath: "#/oneOf/0/properties/match/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err37];
                                            }
                                            else {
                                                vErrors.push(err37);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err38 = { instancePath: instancePath + "/match/labels", schemaPath: "#/oneOf/0/properties/match/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err39 = { instancePath: instancePath + "/match", schemaPath: "#/oneOf/0/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data.approval !== undefined) {
                        let data15 = data.approval;
                        if (Array.isArray(data15)) {
                            const len4 = data15.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                                let data16 = data15[i4];
                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                    if (data16.type === undefined) {
                                        const err40 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                    if (data16.type !== undefined) {
                                        let data17 = data16.type;
                                        if (typeof data17 !== "string") {
                                            const err41 = { instancePath: instancePath + "/approval/" + i4 + "/type", schemaPath: "#/oneOf/0/properties/approval/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err41];
                                            }
                                            else {
                                                vErrors.push(err41);
                                            }
                                            errors++;
                                        }
                                        if (!(((data17 === "auto") || (data17 === "escalation")) || (data17 === "deny"))) {
                                            const err42 = { instancePath: instancePath + "/approval/" + i4 + "/type", schemaPath: "#/oneOf/0/properties/approval/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.oneOf[0].properties.approval.items.properties.type.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                                vErrors = [err42];
                                            }
                                            else {
                                                vErrors.push(err42);
                                            }
                                            errors++;
                                        }
                                    }
                                    const tag1 = data16.type;
                                    if (typeof tag1 == "string") {
                                        if (tag1 === "auto") {
                                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                if (data16.type === undefined) {
                                                    const err43 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err43];
                                                    }
                                                    else {
                                                        vErrors.push(err43);
                                                    }
                                                    errors++;
                                                }
                                                if (data16.integration === undefined) {
                                                    const err44 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "integration" }, message: "must have required property '" + "integration" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err44];
                                                    }
                                                    else {
                                                        vErrors.push(err44);
                                                    }
                                                    errors++;
                                                }
                                                for (const key2 in data16) {
                                                    if (!((((((key2 === "type") || (key2 === "integration")) || (key2 === "schedules")) || (key2 === "scope")) || (key2 === "duration")) || (key2 === "options"))) {
                                                        const err45 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                                        if (vErrors === null) {
                                                            vErrors = [err45];
                                                        }
                                                        else {
                                                            vErrors.push(err45);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.type !== undefined) {
                                                    if ("auto" !== data16.type) {
                                                        const err46 = { instancePath: instancePath + "/approval/" + i4 + "/type", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant" };
                                                        if (vErrors === null) {
                                                            vErrors = [err46];
                                                        }
                                                        else {
                                                            vErrors.push(err46);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.integration !== undefined) {
                                                    if ("incidentio" !== data16.integration) {
                                                        const err47 = { instancePath: instancePath + "/approval/" + i4 + "/integration", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/integration/const", keyword: "const", params: { allowedValue: "incidentio" }, message: "must be equal to constant" };
                                                        if (vErrors === null) {
                                                            vErrors = [err47];
                                                        }
                                                        else {
                                                            vErrors.push(err47);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.schedules !== undefined) {
                                                    let data20 = data16.schedules;
                                                    if (Array.isArray(data20)) {
                                                        if (data20.length < 1) {
                                                            const err48 = { instancePath: instancePath + "/approval/" + i4 + "/schedules", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/schedules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                            if (vErrors === null) {
                                                                vErrors = [err48];
                                                            }
                                                            else {
                                                                vErrors.push(err48);
                                                            }
                                                            errors++;
                                                        }
                                                        const len5 = data20.length;
                                                        for (let i5 = 0; i5 < len5; i5++) {
                                                            let data21 = data20[i5];
                                                            if (typeof data21 === "string") {
                                                                if (!pattern1.test(data21)) {
                                                                    const err49 = { instancePath: instancePath + "/approval/" + i4 + "/schedules/" + i5, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/schedules/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]{20,40}$" }, message: "must match pattern \"" + "^[0-9A-Za-z]{20,40}$" + "\"" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err49];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err49);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err50 = { instancePath: instancePath + "/approval/" + i4 + "/schedules/" + i5, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/schedules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err50];
                                                                }
                                                                else {
                                                                    vErrors.push(err50);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err51 = { instancePath: instancePath + "/approval/" + i4 + "/schedules", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/schedules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                        if (vErrors === null) {
                                                            vErrors = [err51];
                                                        }
                                                        else {
                                                            vErrors.push(err51);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.scope !== undefined) {
                                                    let data22 = data16.scope;
                                                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                        if (Object.keys(data22).length < 1) {
                                                            const err52 = { instancePath: instancePath + "/approval/" + i4 + "/scope", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                                                            if (vErrors === null) {
                                                                vErrors = [err52];
                                                            }
                                                            else {
                                                                vErrors.push(err52);
                                                            }
                                                            errors++;
                                                        }
                                                        for (const key3 in data22) {
                                                            const _errs51 = errors;
                                                            if (typeof key3 === "string") {
                                                                if (!pattern1.test(key3)) {
                                                                    const err53 = { instancePath: instancePath + "/approval/" + i4 + "/scope", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]{20,40}$" }, message: "must match pattern \"" + "^[0-9A-Za-z]{20,40}$" + "\"", propertyName: key3 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err53];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err53);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            var valid21 = _errs51 === errors;
                                                            if (!valid21) {
                                                                const err54 = { instancePath: instancePath + "/approval/" + i4 + "/scope", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err54];
                                                                }
                                                                else {
                                                                    vErrors.push(err54);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        for (const key4 in data22) {
                                                            let data23 = data22[key4];
                                                            if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                                if (Object.keys(data23).length < 1) {
                                                                    const err55 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err55];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err55);
                                                                    }
                                                                    errors++;
                                                                }
                                                                for (const key5 in data23) {
                                                                    if (!((key5 === "rotations") || (key5 === "layers"))) {
                                                                        const err56 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err56];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err56);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                if (data23.rotations !== undefined) {
                                                                    let data24 = data23.rotations;
                                                                    if (Array.isArray(data24)) {
                                                                        if (data24.length < 1) {
                                                                            const err57 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotations", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/rotations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err57];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err57);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        const len6 = data24.length;
                                                                        for (let i6 = 0; i6 < len6; i6++) {
                                                                            let data25 = data24[i6];
                                                                            if (typeof data25 === "string") {
                                                                                if (!pattern1.test(data25)) {
                                                                                    const err58 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotations/" + i6, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/rotations/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]{20,40}$" }, message: "must match pattern \"" + "^[0-9A-Za-z]{20,40}$" + "\"" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err58];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err58);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err59 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotations/" + i6, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/rotations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err59];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err59);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        let i7 = data24.length;
                                                                        let j0;
                                                                        if (i7 > 1) {
                                                                            const indices0 = {};
                                                                            for (; i7--;) {
                                                                                let item0 = data24[i7];
                                                                                if (typeof item0 !== "string") {
                                                                                    continue;
                                                                                }
                                                                                if (typeof indices0[item0] == "number") {
                                                                                    j0 = indices0[item0];
                                                                                    const err60 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotations", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/rotations/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i7 + " are identical)" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err60];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err60);
                                                                                    }
                                                                                    errors++;
                                                                                    break;
                                                                                }
                                                                                indices0[item0] = i7;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err61 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotations", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/rotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err61];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err61);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                if (data23.layers !== undefined) {
                                                                    let data26 = data23.layers;
                                                                    if (Array.isArray(data26)) {
                                                                        if (data26.length < 1) {
                                                                            const err62 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/layers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err62];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err62);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        const len7 = data26.length;
                                                                        for (let i8 = 0; i8 < len7; i8++) {
                                                                            let data27 = data26[i8];
                                                                            if (typeof data27 === "string") {
                                                                                if (!pattern1.test(data27)) {
                                                                                    const err63 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers/" + i8, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/layers/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]{20,40}$" }, message: "must match pattern \"" + "^[0-9A-Za-z]{20,40}$" + "\"" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err63];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err63);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err64 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers/" + i8, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/layers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err64];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err64);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        let i9 = data26.length;
                                                                        let j1;
                                                                        if (i9 > 1) {
                                                                            const indices1 = {};
                                                                            for (; i9--;) {
                                                                                let item1 = data26[i9];
                                                                                if (typeof item1 !== "string") {
                                                                                    continue;
                                                                                }
                                                                                if (typeof indices1[item1] == "number") {
                                                                                    j1 = indices1[item1];
                                                                                    const err65 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/layers/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i9 + " are identical)" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err65];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err65);
                                                                                    }
                                                                                    errors++;
                                                                                    break;
                                                                                }
                                                                                indices1[item1] = i9;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err66 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/layers", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err66];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err66);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err67 = { instancePath: instancePath + "/approval/" + i4 + "/scope/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err67];
                                                                }
                                                                else {
                                                                    vErrors.push(err67);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err68 = { instancePath: instancePath + "/approval/" + i4 + "/scope", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        if (vErrors === null) {
                                                            vErrors = [err68];
                                                        }
                                                        else {
                                                            vErrors.push(err68);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.duration !== undefined) {
                                                    let data28 = data16.duration;
                                                    if (typeof data28 === "string") {
                                                        if (!pattern5.test(data28)) {
                                                            const err69 = { instancePath: instancePath + "/approval/" + i4 + "/duration", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(m|h|d)$" + "\"" };
                                                            if (vErrors === null) {
                                                                vErrors = [err69];
                                                            }
                                                            else {
                                                                vErrors.push(err69);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err70 = { instancePath: instancePath + "/approval/" + i4 + "/duration", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err70];
                                                        }
                                                        else {
                                                            vErrors.push(err70);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.options !== undefined) {
                                                    let data29 = data16.options;
                                                    if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                        for (const key6 in data29) {
                                                            if (!(key6 === "requireReason")) {
                                                                const err71 = { instancePath: instancePath + "/approval/" + i4 + "/options", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err71];
                                                                }
                                                                else {
                                                                    vErrors.push(err71);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data29.requireReason !== undefined) {
                                                            if (typeof data29.requireReason !== "boolean") {
                                                                const err72 = { instancePath: instancePath + "/approval/" + i4 + "/options/requireReason", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/options/properties/requireReason/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err72];
                                                                }
                                                                else {
                                                                    vErrors.push(err72);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err73 = { instancePath: instancePath + "/approval/" + i4 + "/options", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        if (vErrors === null) {
                                                            vErrors = [err73];
                                                        }
                                                        else {
                                                            vErrors.push(err73);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err74 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                    vErrors = [err74];
                                                }
                                                else {
                                                    vErrors.push(err74);
                                                }
                                                errors++;
                                            }
                                        }
                                        else if (tag1 === "escalation") {
                                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                if (data16.type === undefined) {
                                                    const err75 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err75];
                                                    }
                                                    else {
                                                        vErrors.push(err75);
                                                    }
                                                    errors++;
                                                }
                                                if (data16.integration === undefined) {
                                                    const err76 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "integration" }, message: "must have required property '" + "integration" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err76];
                                                    }
                                                    else {
                                                        vErrors.push(err76);
                                                    }
                                                    errors++;
                                                }
                                                if (data16.services === undefined) {
                                                    const err77 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property '" + "services" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err77];
                                                    }
                                                    else {
                                                        vErrors.push(err77);
                                                    }
                                                    errors++;
                                                }
                                                for (const key7 in data16) {
                                                    if (!(((((key7 === "type") || (key7 === "integration")) || (key7 === "services")) || (key7 === "duration")) || (key7 === "options"))) {
                                                        const err78 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                                        if (vErrors === null) {
                                                            vErrors = [err78];
                                                        }
                                                        else {
                                                            vErrors.push(err78);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.type !== undefined) {
                                                    if ("escalation" !== data16.type) {
                                                        const err79 = { instancePath: instancePath + "/approval/" + i4 + "/type", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "escalation" }, message: "must be equal to constant" };
                                                        if (vErrors === null) {
                                                            vErrors = [err79];
                                                        }
                                                        else {
                                                            vErrors.push(err79);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.integration !== undefined) {
                                                    if ("incidentio" !== data16.integration) {
                                                        const err80 = { instancePath: instancePath + "/approval/" + i4 + "/integration", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/integration/const", keyword: "const", params: { allowedValue: "incidentio" }, message: "must be equal to constant" };
                                                        if (vErrors === null) {
                                                            vErrors = [err80];
                                                        }
                                                        else {
                                                            vErrors.push(err80);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.services !== undefined) {
                                                    let data33 = data16.services;
                                                    if (Array.isArray(data33)) {
                                                        if (data33.length < 1) {
                                                            const err81 = { instancePath: instancePath + "/approval/" + i4 + "/services", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                            if (vErrors === null) {
                                                                vErrors = [err81];
                                                            }
                                                            else {
                                                                vErrors.push(err81);
                                                            }
                                                            errors++;
                                                        }
                                                        const len8 = data33.length;
                                                        for (let i10 = 0; i10 < len8; i10++) {
                                                            let data34 = data33[i10];
                                                            if (typeof data34 === "string") {
                                                                if (!pattern1.test(data34)) {
                                                                    const err82 = { instancePath: instancePath + "/approval/" + i4 + "/services/" + i10, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]{20,40}$" }, message: "must match pattern \"" + "^[0-9A-Za-z]{20,40}$" + "\"" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err82];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err82);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err83 = { instancePath: instancePath + "/approval/" + i4 + "/services/" + i10, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err83];
                                                                }
                                                                else {
                                                                    vErrors.push(err83);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err84 = { instancePath: instancePath + "/approval/" + i4 + "/services", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                        if (vErrors === null) {
                                                            vErrors = [err84];
                                                        }
                                                        else {
                                                            vErrors.push(err84);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.duration !== undefined) {
                                                    let data35 = data16.duration;
                                                    if (typeof data35 === "string") {
                                                        if (!pattern5.test(data35)) {
                                                            const err85 = { instancePath: instancePath + "/approval/" + i4 + "/duration", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(m|h|d)$" + "\"" };
                                                            if (vErrors === null) {
                                                                vErrors = [err85];
                                                            }
                                                            else {
                                                                vErrors.push(err85);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err86 = { instancePath: instancePath + "/approval/" + i4 + "/duration", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err86];
                                                        }
                                                        else {
                                                            vErrors.push(err86);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.options !== undefined) {
                                                    let data36 = data16.options;
                                                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                                        for (const key8 in data36) {
                                                            if (!((key8 === "allowOneParty") || (key8 === "requireReason"))) {
                                                                const err87 = { instancePath: instancePath + "/approval/" + i4 + "/options", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err87];
                                                                }
                                                                else {
                                                                    vErrors.push(err87);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data36.allowOneParty !== undefined) {
                                                            if (typeof data36.allowOneParty !== "boolean") {
                                                                const err88 = { instancePath: instancePath + "/approval/" + i4 + "/options/allowOneParty", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/options/properties/allowOneParty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err88];
                                                                }
                                                                else {
                                                                    vErrors.push(err88);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data36.requireReason !== undefined) {
                                                            if (typeof data36.requireReason !== "boolean") {
                                                                const err89 = { instancePath: instancePath + "/approval/" + i4 + "/options/requireReason", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/options/properties/requireReason/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err89];
                                                                }
                                                                else {
                                                                    vErrors.push(err89);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err90 = { instancePath: instancePath + "/approval/" + i4 + "/options", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        if (vErrors === null) {
                                                            vErrors = [err90];
                                                        }
                                                        else {
                                                            vErrors.push(err90);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err91 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                    vErrors = [err91];
                                                }
                                                else {
                                                    vErrors.push(err91);
                                                }
                                                errors++;
                                            }
                                        }
                                        else if (tag1 === "deny") {
                                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                if (data16.type === undefined) {
                                                    const err92 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err92];
                                                    }
                                                    else {
                                                        vErrors.push(err92);
                                                    }
                                                    errors++;
                                                }
                                                for (const key9 in data16) {
                                                    if (!((key9 === "type") || (key9 === "reason"))) {
                                                        const err93 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                                        if (vErrors === null) {
                                                            vErrors = [err93];
                                                        }
                                                        else {
                                                            vErrors.push(err93);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.type !== undefined) {
                                                    if ("deny" !== data16.type) {
                                                        const err94 = { instancePath: instancePath + "/approval/" + i4 + "/type", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "deny" }, message: "must be equal to constant" };
                                                        if (vErrors === null) {
                                                            vErrors = [err94];
                                                        }
                                                        else {
                                                            vErrors.push(err94);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data16.reason !== undefined) {
                                                    let data40 = data16.reason;
                                                    if (typeof data40 === "string") {
                                                        if (data40.length > 500) {
                                                            const err95 = { instancePath: instancePath + "/approval/" + i4 + "/reason", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/2/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                                                            if (vErrors === null) {
                                                                vErrors = [err95];
                                                            }
                                                            else {
                                                                vErrors.push(err95);
                                                            }
                                                            errors++;
                                                        }
                                                        if (data40.length < 1) {
                                                            const err96 = { instancePath: instancePath + "/approval/" + i4 + "/reason", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/2/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                            if (vErrors === null) {
                                                                vErrors = [err96];
                                                            }
                                                            else {
                                                                vErrors.push(err96);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err97 = { instancePath: instancePath + "/approval/" + i4 + "/reason", schemaPath: "#/oneOf/0/properties/approval/items/oneOf/2/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err97];
                                                        }
                                                        else {
                                                            vErrors.push(err97);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err98 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                    vErrors = [err98];
                                                }
                                                else {
                                                    vErrors.push(err98);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err99 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag1 }, message: "value of tag \"type\" must be in oneOf" };
                                            if (vErrors === null) {
                                                vErrors = [err99];
                                            }
                                            else {
                                                vErrors.push(err99);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err100 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag1 }, message: "tag \"type\" must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err100];
                                        }
                                        else {
                                            vErrors.push(err100);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err101 = { instancePath: instancePath + "/approval/" + i4, schemaPath: "#/oneOf/0/properties/approval/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err101];
                                    }
                                    else {
                                        vErrors.push(err101);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err102 = { instancePath: instancePath + "/approval", schemaPath: "#/oneOf/0/properties/approval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                    }
                    if (data.whenUnavailable !== undefined) {
                        let data41 = data.whenUnavailable;
                        const _errs96 = errors;
                        let valid38 = false;
                        let passing0 = null;
                        const _errs97 = errors;
                        if ("deny" !== data41) {
                            const err103 = { instancePath: instancePath + "/whenUnavailable", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/0/const", keyword: "const", params: { allowedValue: "deny" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                        var _valid0 = _errs97 === errors;
                        if (_valid0) {
                            valid38 = true;
                            passing0 = 0;
                        }
                        const _errs98 = errors;
                        if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                            for (const key10 in data41) {
                                if (!(((key10 === "approvers") || (key10 === "approverTeams")) || (key10 === "duration"))) {
                                    const err104 = { instancePath: instancePath + "/whenUnavailable", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err104];
                                    }
                                    else {
                                        vErrors.push(err104);
                                    }
                                    errors++;
                                }
                            }
                            if (data41.approvers !== undefined) {
                                let data42 = data41.approvers;
                                if (Array.isArray(data42)) {
                                    if (data42.length < 1) {
                                        const err105 = { instancePath: instancePath + "/whenUnavailable/approvers", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                        if (vErrors === null) {
                                            vErrors = [err105];
                                        }
                                        else {
                                            vErrors.push(err105);
                                        }
                                        errors++;
                                    }
                                    const len9 = data42.length;
                                    for (let i11 = 0; i11 < len9; i11++) {
                                        let data43 = data42[i11];
                                        if (typeof data43 === "string") {
                                            if (!pattern8.test(data43)) {
                                                const err106 = { instancePath: instancePath + "/whenUnavailable/approvers/" + i11, schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err106];
                                                }
                                                else {
                                                    vErrors.push(err106);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err107 = { instancePath: instancePath + "/whenUnavailable/approvers/" + i11, schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err107];
                                            }
                                            else {
                                                vErrors.push(err107);
                                            }
                                            errors++;
                                        }
                                    }
                                    let i12 = data42.length;
                                    let j2;
                                    if (i12 > 1) {
                                        const indices2 = {};
                                        for (; i12--;) {
                                            let item2 = data42[i12];
                                            if (typeof item2 !== "string") {
                                                continue;
                                            }
                                            if (typeof indices2[item2] == "number") {
                                                j2 = indices2[item2];
                                                const err108 = { instancePath: instancePath + "/whenUnavailable/approvers", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i12 + " are identical)" };
                                                if (vErrors === null) {
                                                    vErrors = [err108];
                                                }
                                                else {
                                                    vErrors.push(err108);
                                                }
                                                errors++;
                                                break;
                                            }
                                            indices2[item2] = i12;
                                        }
                                    }
                                }
                                else {
                                    const err109 = { instancePath: instancePath + "/whenUnavailable/approvers", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err109];
                                    }
                                    else {
                                        vErrors.push(err109);
                                    }
                                    errors++;
                                }
                            }
                            if (data41.approverTeams !== undefined) {
                                let data44 = data41.approverTeams;
                                if (Array.isArray(data44)) {
                                    if (data44.length < 1) {
                                        const err110 = { instancePath: instancePath + "/whenUnavailable/approverTeams", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approverTeams/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                        if (vErrors === null) {
                                            vErrors = [err110];
                                        }
                                        else {
                                            vErrors.push(err110);
                                        }
                                        errors++;
                                    }
                                    const len10 = data44.length;
                                    for (let i13 = 0; i13 < len10; i13++) {
                                        let data45 = data44[i13];
                                        if (typeof data45 === "string") {
                                            if (!pattern9.test(data45)) {
                                                const err111 = { instancePath: instancePath + "/whenUnavailable/approverTeams/" + i13, schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approverTeams/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,99}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]{0,99}$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err111];
                                                }
                                                else {
                                                    vErrors.push(err111);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err112 = { instancePath: instancePath + "/whenUnavailable/approverTeams/" + i13, schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approverTeams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err112];
                                            }
                                            else {
                                                vErrors.push(err112);
                                            }
                                            errors++;
                                        }
                                    }
                                    let i14 = data44.length;
                                    let j3;
                                    if (i14 > 1) {
                                        const indices3 = {};
                                        for (; i14--;) {
                                            let item3 = data44[i14];
                                            if (typeof item3 !== "string") {
                                                continue;
                                            }
                                            if (typeof indices3[item3] == "number") {
                                                j3 = indices3[item3];
                                                const err113 = { instancePath: instancePath + "/whenUnavailable/approverTeams", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approverTeams/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i14 + " are identical)" };
                                                if (vErrors === null) {
                                                    vErrors = [err113];
                                                }
                                                else {
                                                    vErrors.push(err113);
                                                }
                                                errors++;
                                                break;
                                            }
                                            indices3[item3] = i14;
                                        }
                                    }
                                }
                                else {
                                    const err114 = { instancePath: instancePath + "/whenUnavailable/approverTeams", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/approverTeams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err114];
                                    }
                                    else {
                                        vErrors.push(err114);
                                    }
                                    errors++;
                                }
                            }
                            if (data41.duration !== undefined) {
                                let data46 = data41.duration;
                                if (typeof data46 === "string") {
                                    if (!pattern5.test(data46)) {
                                        const err115 = { instancePath: instancePath + "/whenUnavailable/duration", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(m|h|d)$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err115];
                                        }
                                        else {
                                            vErrors.push(err115);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err116 = { instancePath: instancePath + "/whenUnavailable/duration", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err116];
                                    }
                                    else {
                                        vErrors.push(err116);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err117 = { instancePath: instancePath + "/whenUnavailable", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err117];
                            }
                            else {
                                vErrors.push(err117);
                            }
                            errors++;
                        }
                        var _valid0 = _errs98 === errors;
                        if (_valid0 && valid38) {
                            valid38 = false;
                            passing0 = [passing0, 1];
                        }
                        else {
                            if (_valid0) {
                                valid38 = true;
                                passing0 = 1;
                            }
                        }
                        if (!valid38) {
                            const err118 = { instancePath: instancePath + "/whenUnavailable", schemaPath: "#/oneOf/0/properties/whenUnavailable/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err118];
                            }
                            else {
                                vErrors.push(err118);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs96;
                            if (vErrors !== null) {
                                if (_errs96) {
                                    vErrors.length = _errs96;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    const err119 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err119];
                    }
                    else {
                        vErrors.push(err119);
                    }
                    errors++;
                }
            }
            else if (tag0 === "integration") {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.version === undefined) {
                        const err120 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                    if (data.kind === undefined) {
                        const err121 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                        if (vErrors === null) {
                            vErrors = [err121];
                        }
                        else {
                            vErrors.push(err121);
                        }
                        errors++;
                    }
                    if (data.integration === undefined) {
                        const err122 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "integration" }, message: "must have required property '" + "integration" + "'" };
                        if (vErrors === null) {
                            vErrors = [err122];
                        }
                        else {
                            vErrors.push(err122);
                        }
                        errors++;
                    }
                    for (const key11 in data) {
                        if (!(((((key11 === "version") || (key11 === "kind")) || (key11 === "integration")) || (key11 === "autoApproval")) || (key11 === "escalation"))) {
                            const err123 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err123];
                            }
                            else {
                                vErrors.push(err123);
                            }
                            errors++;
                        }
                    }
                    if (data.version !== undefined) {
                        if (1 !== data.version) {
                            const err124 = { instancePath: instancePath + "/version", schemaPath: "#/oneOf/1/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                    }
                    if (data.kind !== undefined) {
                        if ("integration" !== data.kind) {
                            const err125 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "integration" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err125];
                            }
                            else {
                                vErrors.push(err125);
                            }
                            errors++;
                        }
                    }
                    if (data.integration !== undefined) {
                        if ("incidentio" !== data.integration) {
                            const err126 = { instancePath: instancePath + "/integration", schemaPath: "#/oneOf/1/properties/integration/const", keyword: "const", params: { allowedValue: "incidentio" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err126];
                            }
                            else {
                                vErrors.push(err126);
                            }
                            errors++;
                        }
                    }
                    if (data.autoApproval !== undefined) {
                        let data50 = data.autoApproval;
                        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                            for (const key12 in data50) {
                                if (!(key12 === "schedules")) {
                                    const err127 = { instancePath: instancePath + "/autoApproval", schemaPath: "#/oneOf/1/properties/autoApproval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err127];
                                    }
                                    else {
                                        vErrors.push(err127);
                                    }
                                    errors++;
                                }
                            }
                            if (data50.schedules !== undefined) {
                                let data51 = data50.schedules;
                                if (Array.isArray(data51)) {
                                    const len11 = data51.length;
                                    for (let i15 = 0; i15 < len11; i15++) {
                                        let data52 = data51[i15];
                                        if (typeof data52 === "string") {
                                            if (!pattern1.test(data52)) {
                                                const err128 = { instancePath: instancePath + "/autoApproval/schedules/" + i15, schemaPath: "#/oneOf/1/properties/autoApproval/properties/schedules/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z]{20,40}$" }, message: "must match pattern \"" + "^[0-9A-Za-z]{20,40}$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err128];
                                                }
                                                else {
                                                    vErrors.push(err128);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err129 = { instancePath: instancePath + "/autoApproval/schedules/" + i15, schemaPath: "#/oneOf/1/properties/autoApproval/properties/schedules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err129];
                                            }
                                            else {
                                                vErrors.push(err129);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err130 = { instancePath: instancePath + "/autoApproval/schedules", schemaPath: "#/oneOf/1/properties/autoApproval/properties/schedules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err130];
                                    }
                                    else {
                                        vErrors.push(err130);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err131 = { instancePath: instancePath + "/autoApproval", schemaPath: "#/oneOf/1/properties/autoApproval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                    }
                    if (data.escalation !== undefined) {
                        let data53 = data.escalation;
                        if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                            for (const key13 in data53) {
                                if (!((((((key13 === "customField") || (key13 === "visibility")) || (key13 === "mode")) || (key13 === "severity")) || (key13 === "incidentType")) || (key13 === "notifyIncidentChannel"))) {
                                    const err132 = { instancePath: instancePath + "/escalation", schemaPath: "#/oneOf/1/properties/escalation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err132];
                                    }
                                    else {
                                        vErrors.push(err132);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.customField !== undefined) {
                                let data54 = data53.customField;
                                if (typeof data54 === "string") {
                                    if (data54.length > 255) {
                                        const err133 = { instancePath: instancePath + "/escalation/customField", schemaPath: "#/oneOf/1/properties/escalation/properties/customField/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err133];
                                        }
                                        else {
                                            vErrors.push(err133);
                                        }
                                        errors++;
                                    }
                                    if (data54.length < 1) {
                                        const err134 = { instancePath: instancePath + "/escalation/customField", schemaPath: "#/oneOf/1/properties/escalation/properties/customField/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err134];
                                        }
                                        else {
                                            vErrors.push(err134);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err135 = { instancePath: instancePath + "/escalation/customField", schemaPath: "#/oneOf/1/properties/escalation/properties/customField/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err135];
                                    }
                                    else {
                                        vErrors.push(err135);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.visibility !== undefined) {
                                let data55 = data53.visibility;
                                if (typeof data55 !== "string") {
                                    const err136 = { instancePath: instancePath + "/escalation/visibility", schemaPath: "#/oneOf/1/properties/escalation/properties/visibility/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err136];
                                    }
                                    else {
                                        vErrors.push(err136);
                                    }
                                    errors++;
                                }
                                if (!((data55 === "public") || (data55 === "private"))) {
                                    const err137 = { instancePath: instancePath + "/escalation/visibility", schemaPath: "#/oneOf/1/properties/escalation/properties/visibility/enum", keyword: "enum", params: { allowedValues: schema11.oneOf[1].properties.escalation.properties.visibility.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err137];
                                    }
                                    else {
                                        vErrors.push(err137);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.mode !== undefined) {
                                let data56 = data53.mode;
                                if (typeof data56 !== "string") {
                                    const err138 = { instancePath: instancePath + "/escalation/mode", schemaPath: "#/oneOf/1/properties/escalation/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err138];
                                    }
                                    else {
                                        vErrors.push(err138);
                                    }
                                    errors++;
                                }
                                if (!((data56 === "standard") || (data56 === "test"))) {
                                    const err139 = { instancePath: instancePath + "/escalation/mode", schemaPath: "#/oneOf/1/properties/escalation/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.oneOf[1].properties.escalation.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err139];
                                    }
                                    else {
                                        vErrors.push(err139);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.severity !== undefined) {
                                let data57 = data53.severity;
                                if (typeof data57 === "string") {
                                    if (data57.length > 255) {
                                        const err140 = { instancePath: instancePath + "/escalation/severity", schemaPath: "#/oneOf/1/properties/escalation/properties/severity/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err140];
                                        }
                                        else {
                                            vErrors.push(err140);
                                        }
                                        errors++;
                                    }
                                    if (data57.length < 1) {
                                        const err141 = { instancePath: instancePath + "/escalation/severity", schemaPath: "#/oneOf/1/properties/escalation/properties/severity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err141];
                                        }
                                        else {
                                            vErrors.push(err141);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err142 = { instancePath: instancePath + "/escalation/severity", schemaPath: "#/oneOf/1/properties/escalation/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err142];
                                    }
                                    else {
                                        vErrors.push(err142);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.incidentType !== undefined) {
                                let data58 = data53.incidentType;
                                if (typeof data58 === "string") {
                                    if (data58.length > 255) {
                                        const err143 = { instancePath: instancePath + "/escalation/incidentType", schemaPath: "#/oneOf/1/properties/escalation/properties/incidentType/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err143];
                                        }
                                        else {
                                            vErrors.push(err143);
                                        }
                                        errors++;
                                    }
                                    if (data58.length < 1) {
                                        const err144 = { instancePath: instancePath + "/escalation/incidentType", schemaPath: "#/oneOf/1/properties/escalation/properties/incidentType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err144];
                                        }
                                        else {
                                            vErrors.push(err144);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err145 = { instancePath: instancePath + "/escalation/incidentType", schemaPath: "#/oneOf/1/properties/escalation/properties/incidentType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err145];
                                    }
                                    else {
                                        vErrors.push(err145);
                                    }
                                    errors++;
                                }
                            }
                            if (data53.notifyIncidentChannel !== undefined) {
                                if (typeof data53.notifyIncidentChannel !== "boolean") {
                                    const err146 = { instancePath: instancePath + "/escalation/notifyIncidentChannel", schemaPath: "#/oneOf/1/properties/escalation/properties/notifyIncidentChannel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err146];
                                    }
                                    else {
                                        vErrors.push(err146);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err147 = { instancePath: instancePath + "/escalation", schemaPath: "#/oneOf/1/properties/escalation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err147];
                            }
                            else {
                                vErrors.push(err147);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err148 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err148];
                    }
                    else {
                        vErrors.push(err148);
                    }
                    errors++;
                }
            }
            else if (tag0 === "identities") {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                    if (data.version === undefined) {
                        const err149 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                        if (vErrors === null) {
                            vErrors = [err149];
                        }
                        else {
                            vErrors.push(err149);
                        }
                        errors++;
                    }
                    if (data.kind === undefined) {
                        const err150 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                        if (vErrors === null) {
                            vErrors = [err150];
                        }
                        else {
                            vErrors.push(err150);
                        }
                        errors++;
                    }
                    for (const key14 in data) {
                        if (!((((key14 === "version") || (key14 === "kind")) || (key14 === "lookup")) || (key14 === "users"))) {
                            const err151 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err151];
                            }
                            else {
                                vErrors.push(err151);
                            }
                            errors++;
                        }
                    }
                    if (data.version !== undefined) {
                        if (1 !== data.version) {
                            const err152 = { instancePath: instancePath + "/version", schemaPath: "#/oneOf/2/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err152];
                            }
                            else {
                                vErrors.push(err152);
                            }
                            errors++;
                        }
                    }
                    if (data.kind !== undefined) {
                        if ("identities" !== data.kind) {
                            const err153 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/2/properties/kind/const", keyword: "const", params: { allowedValue: "identities" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err153];
                            }
                            else {
                                vErrors.push(err153);
                            }
                            errors++;
                        }
                    }
                    if (data.lookup !== undefined) {
                        let data62 = data.lookup;
                        if (Array.isArray(data62)) {
                            if (data62.length < 1) {
                                const err154 = { instancePath: instancePath + "/lookup", schemaPath: "#/oneOf/2/properties/lookup/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                    vErrors = [err154];
                                }
                                else {
                                    vErrors.push(err154);
                                }
                                errors++;
                            }
                            const len12 = data62.length;
                            for (let i16 = 0; i16 < len12; i16++) {
                                let data63 = data62[i16];
                                if (typeof data63 !== "string") {
                                    const err155 = { instancePath: instancePath + "/lookup/" + i16, schemaPath: "#/oneOf/2/properties/lookup/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err155];
                                    }
                                    else {
                                        vErrors.push(err155);
                                    }
                                    errors++;
                                }
                                if (!(((data63 === "map") || (data63 === "github-public-email")) || (data63 === "github-verified-domain-email"))) {
                                    const err156 = { instancePath: instancePath + "/lookup/" + i16, schemaPath: "#/oneOf/2/properties/lookup/items/enum", keyword: "enum", params: { allowedValues: schema11.oneOf[2].properties.lookup.items.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err156];
                                    }
                                    else {
                                        vErrors.push(err156);
                                    }
                                    errors++;
                                }
                            }
                            let i17 = data62.length;
                            let j4;
                            if (i17 > 1) {
                                const indices4 = {};
                                for (; i17--;) {
                                    let item4 = data62[i17];
                                    if (typeof item4 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices4[item4] == "number") {
                                        j4 = indices4[item4];
                                        const err157 = { instancePath: instancePath + "/lookup", schemaPath: "#/oneOf/2/properties/lookup/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i17 + " are identical)" };
                                        if (vErrors === null) {
                                            vErrors = [err157];
                                        }
                                        else {
                                            vErrors.push(err157);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices4[item4] = i17;
                                }
                            }
                        }
                        else {
                            const err158 = { instancePath: instancePath + "/lookup", schemaPath: "#/oneOf/2/properties/lookup/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err158];
                            }
                            else {
                                vErrors.push(err158);
                            }
                            errors++;
                        }
                    }
                    if (data.users !== undefined) {
                        let data64 = data.users;
                        if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                            for (const key15 in data64) {
                                const _errs150 = errors;
                                if (typeof key15 === "string") {
                                    if (!pattern8.test(key15)) {
                                        const err159 = { instancePath: instancePath + "/users", schemaPath: "#/oneOf/2/properties/users/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" + "\"", propertyName: key15 };
                                        if (vErrors === null) {
                                            vErrors = [err159];
                                        }
                                        else {
                                            vErrors.push(err159);
                                        }
                                        errors++;
                                    }
                                }
                                var valid57 = _errs150 === errors;
                                if (!valid57) {
                                    const err160 = { instancePath: instancePath + "/users", schemaPath: "#/oneOf/2/properties/users/propertyNames", keyword: "propertyNames", params: { propertyName: key15 }, message: "property name must be valid" };
                                    if (vErrors === null) {
                                        vErrors = [err160];
                                    }
                                    else {
                                        vErrors.push(err160);
                                    }
                                    errors++;
                                }
                            }
                            for (const key16 in data64) {
                                let data65 = data64[key16];
                                if (typeof data65 === "string") {
                                    if (data65.length > 254) {
                                        const err161 = { instancePath: instancePath + "/users/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/oneOf/2/properties/users/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err161];
                                        }
                                        else {
                                            vErrors.push(err161);
                                        }
                                        errors++;
                                    }
                                    if (!pattern13.test(data65)) {
                                        const err162 = { instancePath: instancePath + "/users/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/oneOf/2/properties/users/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$" }, message: "must match pattern \"" + "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err162];
                                        }
                                        else {
                                            vErrors.push(err162);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err163 = { instancePath: instancePath + "/users/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/oneOf/2/properties/users/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err163];
                                    }
                                    else {
                                        vErrors.push(err163);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err164 = { instancePath: instancePath + "/users", schemaPath: "#/oneOf/2/properties/users/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err164];
                            }
                            else {
                                vErrors.push(err164);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err165 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err165];
                    }
                    else {
                        vErrors.push(err165);
                    }
                    errors++;
                }
            }
            else {
                const err166 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "kind", tagValue: tag0 }, message: "value of tag \"kind\" must be in oneOf" };
                if (vErrors === null) {
                    vErrors = [err166];
                }
                else {
                    vErrors.push(err166);
                }
                errors++;
            }
        }
        else {
            const err167 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "tag", tag: "kind", tagValue: tag0 }, message: "tag \"kind\" must be string" };
            if (vErrors === null) {
                vErrors = [err167];
            }
            else {
                vErrors.push(err167);
            }
            errors++;
        }
    }
    else {
        const err168 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err168];
        }
        else {
            vErrors.push(err168);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/policy/validate-schema.ts

/** Every way `value` breaks the schema (ajv `allErrors`), empty when it conforms. */
function schemaErrors(value) {
    const check = validate;
    return check(value) ? [] : [...(check.errors ?? [])];
}

;// CONCATENATED MODULE: ./src/policy/policy-set.ts




const DEFAULT_CUSTOM_FIELD = 'On-call gate schedules';
/** The policy set of `files`, each read by `parse` (parse-yaml.ts's parseYamlFile, or what gives the same answer). */
function buildPolicySet(files, parse) {
    const sorted = [...files].sort((a, b) => compare(a.path, b.path));
    const diagnostics = [];
    const checked = [];
    for (const file of sorted) {
        try {
            const parsed = parse(file);
            diagnostics.push(...parsed.diagnostics);
            const entry = { parsed };
            if (parsed.value !== undefined) {
                const errors = schemaErrors(parsed.value);
                if (errors.length === 0)
                    entry.doc = parsed.value;
                else
                    diagnostics.push(...schemaDiagnostics(parsed, errors));
            }
            checked.push(entry);
        }
        catch (cause) {
            diagnostics.push(internalError(file.path, cause));
        }
    }
    try {
        diagnostics.push(...semanticDiagnostics(checked.map((c) => c.parsed)));
    }
    catch (cause) {
        diagnostics.push(internalError(sorted[0]?.path ?? '', cause));
    }
    const integration = resolveIntegration(checked);
    const identities = resolveIdentities(checked);
    const policies = [];
    for (const { parsed, doc } of checked) {
        if (doc?.kind === 'policy')
            policies.push(resolvePolicy(doc, parsed, integration));
    }
    diagnostics.sort(compareDiagnostics);
    return {
        policies,
        integration,
        identities,
        diagnostics,
        valid: !diagnostics.some((d) => d.severity === 'error'),
        files: sorted.map((f) => f.path),
    };
}
function resolvePolicy(doc, parsed, integration) {
    const match = {};
    if (doc.match.environments)
        match.environments = [...doc.match.environments];
    if (doc.match.branches)
        match.branches = [...doc.match.branches];
    if (doc.match.paths)
        match.paths = [...doc.match.paths];
    if (doc.match.labels)
        match.labels = [...doc.match.labels];
    const policy = {
        name: doc.name,
        match,
        rules: doc.approval.map((rule, i) => resolveRule(rule, doc.name, at(parsed, `/approval/${i}`), integration)),
        at: at(parsed, '/name'),
    };
    if (doc.whenUnavailable !== undefined)
        policy.whenUnavailable = resolveWhenUnavailable(doc.whenUnavailable, parsed);
    if (doc.description !== undefined)
        policy.description = doc.description;
    return policy;
}
function resolveRule(rule, policyName, position, integration) {
    switch (rule.type) {
        case 'auto': {
            const own = rule.schedules;
            const fromIntegration = integration.autoApprovalSchedules;
            return {
                type: 'auto',
                schedules: [...(own ?? fromIntegration)],
                schedulesFrom: own ? 'rule' : fromIntegration.length > 0 ? 'integration' : 'none',
                ...(rule.scope
                    ? {
                        scope: new Map(Object.entries(rule.scope).map(([id, s]) => [id, { rotations: [...(s.rotations ?? [])], layers: [...(s.layers ?? [])] }])),
                    }
                    : {}),
                durationMs: durationOr(rule.duration, policy_duration/* DEFAULT_AUTO_DURATION_MS */.Q0),
                requireReason: rule.options?.requireReason ?? false,
                at: position,
            };
        }
        case 'escalation':
            return {
                type: 'escalation',
                services: [...rule.services],
                durationMs: durationOr(rule.duration, policy_duration/* DEFAULT_ESCALATION_DURATION_MS */.eG),
                allowOneParty: rule.options?.allowOneParty ?? false,
                requireReason: rule.options?.requireReason ?? false,
                at: position,
            };
        case 'deny':
            return { type: 'deny', reason: rule.reason ?? `Denied by policy ${policyName}`, at: position };
    }
}
function resolveWhenUnavailable(doc, parsed) {
    if (doc === 'deny')
        return { kind: 'deny', at: at(parsed, '/whenUnavailable') };
    return {
        kind: 'fallback',
        approvers: (doc.approvers ?? []).map((l) => l.toLowerCase()),
        approverTeams: [...(doc.approverTeams ?? [])],
        durationMs: durationOr(doc.duration, policy_duration/* DEFAULT_ESCALATION_DURATION_MS */.eG),
        at: at(parsed, '/whenUnavailable'),
    };
}
function resolveIntegration(checked) {
    const found = checked.find((c) => c.doc?.kind === 'integration');
    const doc = found?.doc;
    const escalation = doc?.escalation;
    const settings = {
        autoApprovalSchedules: [...(doc?.autoApproval?.schedules ?? [])],
        escalation: {
            customField: escalation?.customField ?? DEFAULT_CUSTOM_FIELD,
            visibility: escalation?.visibility ?? 'public',
            mode: escalation?.mode ?? 'standard',
            notifyIncidentChannel: escalation?.notifyIncidentChannel ?? false,
        },
    };
    if (escalation?.severity !== undefined)
        settings.escalation.severity = escalation.severity;
    if (escalation?.incidentType !== undefined)
        settings.escalation.incidentType = escalation.incidentType;
    if (found)
        settings.at = at(found.parsed, '/kind');
    return settings;
}
function resolveIdentities(checked) {
    const found = checked.find((c) => c.doc?.kind === 'identities');
    const doc = found?.doc;
    const users = new Map();
    // GitHub logins are case-insensitive: key by the lower-cased login; on a
    // case-only collision (reported as `duplicate-login`) the first entry wins.
    for (const [login, email] of Object.entries(doc?.users ?? {})) {
        const key = login.toLowerCase();
        if (!users.has(key))
            users.set(key, email);
    }
    const settings = { lookup: [...(doc?.lookup ?? ['map'])], users };
    if (found)
        settings.at = at(found.parsed, '/kind');
    return settings;
}
/** A valid duration, or the default when the text is missing or was rejected (already reported). */
function durationOr(text, fallback) {
    if (text === undefined)
        return fallback;
    try {
        const ms = (0,policy_duration/* parseDuration */.E9)(text);
        return ms >= policy_duration/* MIN_DURATION_MS */.BC && ms <= policy_duration/* MAX_DURATION_MS */.rG ? ms : fallback;
    }
    catch {
        return fallback;
    }
}
function at(parsed, pointer) {
    return { file: parsed.file, ...parsed.locate(pointer) };
}
function internalError(file, cause) {
    return {
        severity: 'error',
        code: 'internal-error',
        file,
        line: 1,
        column: 1,
        message: `oncall-gate could not check this file (${String(cause).slice(0, 200)})`,
        fix: 'This is a bug in oncall-gate; please report it with the file attached. The policy set is treated as invalid meanwhile.',
    };
}
/** The order every diagnostic list is shown in: file, line, column, errors first, then code. */
function compareDiagnostics(a, b) {
    return (compare(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        compare(a.code, b.code));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
/* harmony export */   eg: () => (/* binding */ typoDistance),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
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
