// One problem found in a policy file (or in what a policy refers to). Every renderer
// (annotations, step summary, CLI lines, plan comment) works from this one shape.
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine code, e.g. `yaml-syntax`, `schema`, `duplicate-name`, `unknown-schedule`. */
  code: string;
  /** Path relative to the repository root, with forward slashes (annotation `file=`). */
  file: string;
  /** 1-based line of the offending key (for a missing key: the mapping that lacks it). */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong, one sentence, no trailing period needed. */
  message: string;
  /** What to do about it. */
  fix: string;
}
