export const id = 1641;
export const ids = [1641];
export const modules = {

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


/***/ })

};
