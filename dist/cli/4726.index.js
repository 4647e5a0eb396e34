export const id = 4726;
export const ids = [4726];
export const modules = {

/***/ 4726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkGitHubLogins: () => (/* binding */ checkGitHubLogins),
/* harmony export */   nearestLogin: () => (/* binding */ nearestLogin)
/* harmony export */ });
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7297);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5016);


/** How many logins are looked up at once. */
const CONCURRENCY = 4;
/** The logins of the identities file as written, with their email and position, in file order. */
function writtenLogins(files, set) {
    const at = set.identities.at;
    const file = at ? files.find((f) => f.path === at.file) : undefined;
    if (!file)
        return [];
    const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file);
    const doc = parsed.value;
    const users = doc && typeof doc.users === 'object' && doc.users !== null && !Array.isArray(doc.users) ? doc.users : {};
    const seen = new Set();
    const out = [];
    for (const [login, email] of Object.entries(users)) {
        // A case-only duplicate is already an error of its own; the first spelling is the one used.
        if (typeof email !== 'string' || seen.has(login.toLowerCase()))
            continue;
        seen.add(login.toLowerCase());
        const p = parsed.locate(`/users/${login.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        out.push({ login, email, at: { file: file.path, line: p.line, column: p.column } });
    }
    return out;
}
/** Runs `f` over `items`, at most `limit` at a time, keeping the order. */
async function mapLimited(items, limit, f) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await f(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * The repository's login nearest to `login` (case-insensitive; a swapped pair of letters is one
 * edit) when it is a likely slip: one edit, or two in a login of five characters or more.
 */
function nearestLogin(login, people) {
    const allowed = login.length >= 5 ? 2 : 1;
    let best;
    let bestDistance = allowed + 1;
    for (const person of people) {
        if (person.toLowerCase() === login.toLowerCase())
            continue;
        const d = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .typoDistance */ .eg)(login, person);
        if (d < bestDistance) {
            best = person;
            bestDistance = d;
        }
    }
    return best;
}
const LOGIN_FIX = 'Write the login as it appears in the person’s GitHub profile address (https://github.com/<login>).';
/**
 * The problems with the identities file's logins, as diagnostics on their lines. Throws a `github`
 * error when GitHub cannot be asked at all (a refused token, GitHub down): the caller reports that
 * the logins were not checked.
 */
async function checkGitHubLogins(set, files, github) {
    const written = writtenLogins(files, set);
    const accounts = await mapLimited(written, CONCURRENCY, (w) => github.getUser(w.login));
    const missing = written.filter((_, i) => accounts[i] === null);
    // The repository's people, read once and only for a miss; they only improve the message.
    let people = [];
    if (missing.length > 0 && github.listAssignees)
        people = await github.listAssignees().catch(() => []);
    const diagnostics = [];
    written.forEach((w, i) => {
        const account = accounts[i];
        const where = { file: w.at.file, line: w.at.line, column: w.at.column };
        if (account === null || account === undefined) {
            const near = nearestLogin(w.login, people);
            diagnostics.push({
                severity: 'error',
                code: 'unknown-github-login',
                ...where,
                message: `\`${w.login}\` is not a GitHub account (GitHub has no user with that login), so the email ${w.email} is never matched to anyone`,
                fix: (near ? `Did you mean \`${near}\`? ` : '') + LOGIN_FIX,
            });
        }
        else if (account.type === 'Organization') {
            diagnostics.push({
                severity: 'error',
                code: 'github-login-not-a-user',
                ...where,
                message: `\`${w.login}\` is a GitHub organization, not a person's account, so nobody is ever matched to ${w.email}`,
                fix: `Map each person's own GitHub login to their incident.io email instead.`,
            });
        }
    });
    return diagnostics;
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
