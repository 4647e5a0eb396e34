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

import { pointerSegments, type ParsedYaml, type SourcePosition } from './parsed-yaml.js';
import { MAX_POLICY_FILE_BYTES, NOT_TEXT } from './policy-tree.js';
import type { PolicyFile } from './types.js';

/** Where a node starts (an offset into the text), and where its keys or items start. */
export interface Place {
  at: number;
  /** A mapping's entries: the offset of each key and the place of its value. */
  keys?: Map<string, { key: number; value: Place }>;
  /** A sequence's items. */
  items?: Place[];
}

export interface PlainYaml {
  /** The document as data: mappings are null-prototype objects. */
  value: unknown;
  place: Place;
  /** The offset of the first character of each line, as the full parser's LineCounter keeps them. */
  lineStarts: number[];
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  indent: number;
  /** The text after the indentation (no line break). */
  text: string;
}

interface Node {
  value: unknown;
  place: Place;
}

/** Thrown inside the reader when the text leaves the subset; never escapes parsePlainYaml. */
class OutsideSubset extends Error {}
const outside = (): never => {
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
const OTHER_NUMBER =
  /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/** Longer keys are not plain keys (YAML limits an implicit key to 1,024 characters). */
const MAX_KEY = 256;

/** The document in `text`, or undefined when the text is outside the subset. */
export function parsePlainYaml(text: string): PlainYaml | undefined {
  try {
    return read(text);
  } catch {
    // Outside the subset (or anything unforeseen): the full parser reads the file.
    return undefined;
  }
}

function read(text: string): PlainYaml {
  // Printable ASCII and line feeds only: no tabs, carriage returns, byte order marks or
  // non-ASCII text, whose handling differs in details.
  if (/[^\n\x20-\x7e]/.test(text)) outside();
  const lineStarts = [0];
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const raw = end < 0 ? text.slice(start) : text.slice(start, end);
    const body = raw.trimStart();
    const indent = raw.length - body.length;
    // Blank lines and comment lines carry nothing; directives and document markers are outside.
    if (body !== '' && !body.startsWith('#')) {
      if (indent === 0 && /^(?:%|---|\.\.\.)/.test(body)) outside();
      lines.push({ start, indent, text: body });
    }
    if (end < 0) break;
    start = end + 1;
    lineStarts.push(start);
  }
  const first = lines[0];
  if (!first || first.indent !== 0) outside();
  const cursor = { i: 0 };
  const root = block(lines, cursor, 0, 0);
  if (cursor.i !== lines.length) outside();
  return { value: root.value, place: root.place, lineStarts };
}

const isItem = (text: string): boolean => text === '-' || text.startsWith('- ');

/** The block node whose first line is lines[cursor.i], indented `indent`. */
function block(lines: Line[], cursor: { i: number }, indent: number, depth: number): Node {
  if (depth > MAX_DEPTH) outside();
  const line = lines[cursor.i] ?? outside();
  return isItem(line.text) ? sequence(lines, cursor, indent, depth) : mapping(lines, cursor, indent, 0, depth);
}

/**
 * A block mapping whose keys are at column `indent`. Its first key may start `column` characters
 * into lines[cursor.i] (after `- `, for a mapping that is a sequence item); the others start lines.
 */
function mapping(lines: Line[], cursor: { i: number }, indent: number, column: number, depth: number): Node {
  const value = Object.create(null) as Record<string, unknown>;
  const keys = new Map<string, { key: number; value: Place }>();
  let at = -1;
  for (let firstLine = true; ; firstLine = false) {
    const line = lines[cursor.i];
    if (!line || (!firstLine && line.indent < indent)) break;
    if (!firstLine && (line.indent !== indent || isItem(line.text))) outside();
    const text = firstLine ? line.text.slice(column) : line.text;
    const offset = line.start + line.indent + (firstLine ? column : 0);
    const key = KEY.exec(text)?.[0] ?? outside();
    if (key.length > MAX_KEY) outside();
    if (text[key.length] !== ':' || (text.length > key.length + 1 && text[key.length + 1] !== ' ')) outside();
    if (keys.has(key)) outside();
    if (at < 0) at = offset;
    const rest = text.slice(key.length + 1);
    cursor.i++;
    let child: Node;
    if (rest.trim() === '' || rest.trimStart().startsWith('#')) {
      // The value is the block below, indented further (an empty value is outside the subset).
      const next = lines[cursor.i] ?? outside();
      if (next.indent <= indent) outside();
      child = block(lines, cursor, next.indent, depth + 1);
    } else {
      child = inline(rest, offset + key.length + 1, depth);
      const next = lines[cursor.i];
      // A more indented line after a value would continue it.
      if (next && next.indent > indent) outside();
    }
    keys.set(key, { key: offset, value: child.place });
    value[key] = child.value;
  }
  return { value, place: { at, keys } };
}

/** A block sequence whose `-` are at column `indent`. */
function sequence(lines: Line[], cursor: { i: number }, indent: number, depth: number): Node {
  const value: unknown[] = [];
  const items: Place[] = [];
  const first = lines[cursor.i] ?? outside();
  for (let line: Line | undefined = first; line && line.indent >= indent; line = lines[cursor.i]) {
    if (line.indent !== indent || !line.text.startsWith('- ')) outside();
    const afterDash = line.text.slice(2);
    const column = 2 + afterDash.length - afterDash.trimStart().length;
    const text = line.text.slice(column);
    if (text === '' || text.startsWith('#') || isItem(text)) outside();
    let item: Node;
    const key = KEY.exec(text)?.[0];
    if (
      key !== undefined &&
      key.length <= MAX_KEY &&
      text[key.length] === ':' &&
      (text.length === key.length + 1 || text[key.length + 1] === ' ')
    ) {
      // `- key: value`: a mapping whose keys line up with this first one.
      item = mapping(lines, cursor, indent + column, column, depth + 1);
    } else {
      item = inline(text, line.start + line.indent + column, depth);
      cursor.i++;
      const next = lines[cursor.i];
      if (next && next.indent > indent) outside();
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
function inline(text: string, offset: number, depth: number): Node {
  const body = text.trimStart();
  const at = offset + text.length - body.length;
  let node: Node;
  let rest: string;
  if (body.startsWith('[') || body.startsWith('{')) {
    if (depth + 1 > MAX_DEPTH) outside();
    ({ node, rest } = flow(body, at));
  } else if (body.startsWith('"') || body.startsWith("'")) {
    ({ node, rest } = quoted(body, at));
  } else {
    const comment = body.indexOf(' #');
    const word = (comment < 0 ? body : body.slice(0, comment)).trimEnd();
    if (word === '' || INDICATOR_START.test(word) || NOT_IN_PLAIN.test(word)) outside();
    return { value: plain(word), place: { at } };
  }
  const after = rest.trimStart();
  if (after !== '' && (rest === after || !after.startsWith('#'))) outside();
  return node;
}

function quoted(text: string, at: number): { node: Node; rest: string } {
  const quote = text[0] ?? outside();
  const end = text.indexOf(quote, 1);
  if (end < 0) outside();
  const value = text.slice(1, end);
  // Escapes (`\` in double quotes, `''` in single quotes) are outside the subset.
  if ((quote === '"' && value.includes('\\')) || (quote === "'" && text[end + 1] === "'")) outside();
  return { node: { value, place: { at } }, rest: text.slice(end + 1) };
}

/** A one-line flow list or mapping of words and quoted text, from `[` or `{` to its closing bracket. */
function flow(text: string, at: number): { node: Node; rest: string } {
  const list = text[0] === '[';
  const close = list ? ']' : '}';
  const values: unknown[] = [];
  const items: Place[] = [];
  const map = Object.create(null) as Record<string, unknown>;
  const keys = new Map<string, { key: number; value: Place }>();
  let i = 1;
  const skipSpaces = (): void => {
    while (text[i] === ' ') i++;
  };
  const scalar = (): Node => {
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
  if (text[i] === close) i++;
  else {
    for (;;) {
      if (list) {
        const item = scalar();
        values.push(item.value);
        items.push(item.place);
      } else {
        const keyAt = at + i;
        const key = KEY.exec(text.slice(i))?.[0] ?? outside();
        if (key.length > MAX_KEY) outside();
        i += key.length;
        if (text[i] !== ':' || text[i + 1] !== ' ' || keys.has(key)) outside();
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
      if (text[i] !== ',') outside();
      i++;
      skipSpaces();
      // A trailing comma, or a closing bracket of the other kind, is outside the subset.
      if (text[i] === close || text[i] === ',') outside();
    }
  }
  const node: Node = list ? { value: values, place: { at, items } } : { value: map, place: { at, keys } };
  return { node, rest: text.slice(i) };
}

/** A plain word as the core schema reads it: null, a boolean, a small integer, or text. */
function plain(word: string): unknown {
  if (NULL.test(word)) return null;
  if (TRUE.test(word)) return true;
  if (FALSE.test(word)) return false;
  if (SMALL_INT.test(word)) return Number(word);
  if (OTHER_NUMBER.test(word)) outside();
  return word;
}

/**
 * The policy file read by this reader, as parse-yaml.ts's parseYamlFile would read it; undefined
 * when the file is outside the subset or over the size limit (the full parser then reads it).
 */
export function parsePlainFile(file: PolicyFile): ParsedYaml | undefined {
  // ASCII only, so the length is the size in bytes. A control character anywhere (a comment
  // included) is the full parser's to report.
  const plain =
    !file.problem && file.text.length <= MAX_POLICY_FILE_BYTES && !NOT_TEXT.test(file.text) ? parsePlainYaml(file.text) : undefined;
  if (!plain) return undefined;
  return { file: file.path, value: plain.value, diagnostics: [], locate: (pointer) => locatePlace(plain.place, pointer, plain.lineStarts) };
}

/** parse-yaml.ts's locateNode over what this reader keeps of a document: the same answer. */
function locatePlace(root: Place, pointer: string, lineStarts: readonly number[]): SourcePosition {
  const at = (offset: number): SourcePosition => linePosition(lineStarts, offset);
  let place: Place | undefined = root;
  let position = at(root.at);
  for (const segment of pointerSegments(pointer)) {
    if (place?.keys) {
      const entry = place.keys.get(segment);
      if (!entry) break;
      position = at(entry.key);
      place = entry.value;
    } else if (place?.items) {
      const item: Place | undefined = place.items[/^\d+$/.test(segment) ? Number(segment) : -1];
      if (!item) break;
      position = at(item.at);
      place = item;
    } else {
      break;
    }
  }
  return position;
}

/** The 1-based line and column of an offset, as yaml's LineCounter.linePos gives them. */
function linePosition(lineStarts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 1, column: Math.max(1, offset) };
  return { line: low, column: Math.max(1, offset - (lineStarts[low - 1] ?? 0) + 1) };
}
