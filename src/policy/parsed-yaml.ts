// What reading one policy file gives (parse-yaml.ts, plain-yaml.ts): the document as data and
// where each part of it was written, so every problem can name its file, line and column.
import type { Diagnostic } from './diagnostic.js';

export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface ParsedYaml {
  file: string;
  /**
   * The document as plain data (mappings are null-prototype objects, so `__proto__` or
   * `constructor` keys are ordinary own keys), or undefined when it could not be read.
   */
  value: unknown;
  /** YAML-level problems (all errors). */
  diagnostics: Diagnostic[];
  /**
   * Where a JSON pointer (an ajv `instancePath`, e.g. `/approval/1/services/0`) was written: the
   * key of a mapping entry, the start of a list item, or the start of the document for `''`.
   * A pointer that runs past what exists resolves to the deepest node that does exist, so a
   * missing key is reported on the mapping that lacks it.
   */
  locate(pointer: string): SourcePosition;
}

/** Splits a JSON pointer (RFC 6901, as ajv writes `instancePath`) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
