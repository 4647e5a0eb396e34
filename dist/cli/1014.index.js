export const id = 1014;
export const ids = [1014];
export const modules = {

/***/ 863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BU: () => (/* binding */ parseYamlFile),
  cP: () => (/* binding */ pointerSegments)
});

// UNUSED EXPORTS: MAX_POLICY_FILE_BYTES, parseYamlFully

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/plain-yaml.ts
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
    catch (error) {
        if (error instanceof OutsideSubset)
            return undefined;
        throw error;
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

// EXTERNAL MODULE: ./src/policy/policy-tree.ts
var policy_tree = __webpack_require__(4695);
;// CONCATENATED MODULE: ./src/policy/parse-yaml.ts
// Reads one policy file into plain data while keeping where every key was written, so schema
// and semantic problems can be annotated on the exact line of the offending key (every problem
// carries file, line and column; policies/README.md "What validation reports"). Policy files come
// from pull requests, so the YAML is hardened: size limit, no aliases, no tags, duplicate keys
// rejected, prototype keys harmless, one document per file. Aliases are rejected outright rather
// than counted (the "alias limit" is zero): policies never need them, and the document is
// converted to data by our own walk, never by yaml's toJS(), so no alias is ever expanded.



/** Files above this many bytes (UTF-8) are rejected unparsed. */

/** Policy documents are at most ~5 levels deep; anything far deeper is hostile or broken. */
const parse_yaml_MAX_DEPTH = 64;
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
const TOO_DEEP_MESSAGE = `The document is nested more than ${parse_yaml_MAX_DEPTH} levels deep`;
const TOO_DEEP_FIX = 'Policy files are at most a few levels deep; remove the nesting.';
function parseYamlFile(file) {
    // Most policy files are plain YAML that plain-yaml.ts reads directly, with the same answer as
    // the full parser below; every other file goes to the full parser.
    const plain = !file.problem && file.text.length <= policy_tree/* MAX_POLICY_FILE_BYTES */.ph ? parsePlainYaml(file.text) : undefined;
    if (!plain)
        return parseYamlFully(file);
    return { file: file.path, value: plain.value, diagnostics: [], locate: (pointer) => locatePlace(plain.place, pointer, plain.lineStarts) };
}
/** parseYamlFile through the full YAML parser, whatever the file holds. */
function parseYamlFully(file) {
    const diagnostics = [];
    const lineCounter = new dist/* LineCounter */.HN();
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
    const problem = file.problem ?? (bytes > policy_tree/* MAX_POLICY_FILE_BYTES */.ph ? (0,policy_tree/* tooLargeProblem */.zc)() : undefined);
    if (problem) {
        error(problem.code, START, problem.message, problem.fix);
        return result(undefined, null);
    }
    let docs;
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(file.text, {
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
        error('yaml-syntax', START, `The file could not be read as YAML (${String(cause).slice(0, 200)})`, GENERIC_YAML_FIX);
        return result(undefined, null);
    }
    // parseAllDocuments returns an EmptyStream (an array with no documents) for blank files.
    const doc = docs[0];
    const blank = !doc || doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null);
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
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if ((0,dist/* isMap */.jh)(node)) {
                // A repeated key is reported on its own line; the first value is the one kept (toData).
                const first = new Map();
                for (const pair of node.items) {
                    if (!(0,dist/* isScalar */.jn)(pair.key))
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
            if ((0,dist/* isAlias */.Vj)(node)) {
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
    if (depth > parse_yaml_MAX_DEPTH)
        return { value: undefined, tooDeep: true };
    if ((0,dist/* isMap */.jh)(node)) {
        // A null-prototype object: `__proto__` and `constructor` become plain own keys, which the
        // schema then rejects as unknown (or, under `users`, as a login).
        const out = Object.create(null);
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            if (Object.prototype.hasOwnProperty.call(out, key))
                continue;
            const child = toData(pair.value, depth + 1);
            if (child.tooDeep)
                return child;
            out[key] = child.value;
        }
        return { value: out, tooDeep: false };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const out = [];
        for (const item of node.items) {
            const child = toData(item, depth + 1);
            if (child.tooDeep)
                return child;
            out.push(child.value);
        }
        return { value: out, tooDeep: false };
    }
    if ((0,dist/* isScalar */.jn)(node))
        return { value: node.value, tooDeep: false };
    // An empty value (`key:` with nothing after it) has no node at all.
    return { value: null, tooDeep: false };
}
/** Splits a JSON pointer (RFC 6901, as ajv writes `instancePath`) into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function locateNode(root, pointer, at) {
    if (!root)
        return START;
    let node = root;
    let position = root.range ? at(root.range[0]) : START;
    for (const segment of pointerSegments(pointer)) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === segment);
            if (!pair)
                break;
            const key = pair.key;
            if (key.range)
                position = at(key.range[0]);
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
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
/** locateNode over what plain-yaml.ts keeps of a document (the same answer for the same document). */
function locatePlace(root, pointer, lineStarts) {
    const at = (offset) => linePosition(lineStarts, offset);
    let place = root;
    let position = at(root.at);
    for (const segment of pointerSegments(pointer)) {
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
function firstLine(text) {
    return (text.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
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
