// Policy test results (src/policy-test/run-tests.ts) three ways: a per-case table for the terminal,
// a Markdown table for the step summary, and annotations on the test file's lines (a failed case
// on the line of the expectation it broke).
import type { Diagnostic } from '../policy/diagnostic.js';
import type { CaseOutcome, CaseResult, TestRun } from '../policy-test/run-tests.js';
import type { TestCase } from '../policy-test/load-tests.js';
import type { Annotation } from './command-result.js';
import { code, escapeMarkdown, messageMarkdown, table } from './markdown.js';
import { diagnosticsToAnnotations, formatDiagnosticLine } from './render-diagnostics.js';
import { rfc3339 } from './explain.js';

export interface TestCounts {
  passed: number;
  failed: number;
  /** Cases that could not run, and problems in the test files. */
  errors: number;
}

/** Counts of a run; `problems` are the test files' own errors (load-tests.ts). */
export function testCounts(run: TestRun, problems: readonly Diagnostic[]): TestCounts {
  const by = (s: CaseResult['status']): number => run.results.filter((r) => r.status === s).length;
  return { passed: by('pass'), failed: by('fail'), errors: by('error') + problems.filter((d) => d.severity === 'error').length };
}

function expected(c: TestCase): string {
  const e = c.expect;
  const rule = e.rule === undefined ? '' : typeof e.rule === 'number' ? ` rule ${e.rule}` : ` ${e.rule} rule`;
  const which = e.policy ? `${e.policy}${rule}` : rule.trim();
  const parts = [which ? `${e.result}, ${which}` : e.result];
  if (e.expiresAt) parts.push(`until ${rfc3339(e.expiresAt)}`);
  if (e.approvedBy) parts.push(`by ${e.approvedBy}`);
  return parts.join(', ');
}

function actual(o: CaseOutcome | undefined): string {
  if (!o) return '';
  const parts: string[] = [o.result];
  if (o.policy) parts.push(`${o.policy}${o.rule ? ` rule ${o.rule.index + 1} (${o.rule.type})` : ''}`);
  if (o.expiresAt) parts.push(`until ${rfc3339(o.expiresAt)}`);
  if (o.approvedBy && o.approvedBy !== 'auto') parts.push(`by ${o.approvedBy}`);
  return parts.join(', ');
}

const where = (c: TestCase): string => `${c.file}:${c.at.line}`;
const STATUS: Record<CaseResult['status'], string> = { pass: 'pass', fail: 'FAIL', error: 'ERROR' };

export function totalsText(run: TestRun, problems: readonly Diagnostic[]): string {
  const n = testCounts(run, problems);
  const cases = run.results.length;
  return `${cases} case${cases === 1 ? '' : 's'}: ${n.passed} passed, ${n.failed} failed, ${n.errors} error${n.errors === 1 ? '' : 's'}.`;
}

/** The terminal table: one line per case, then what each failure and error was, then the totals. */
export function renderTestsText(run: TestRun, problems: readonly Diagnostic[]): string[] {
  const lines: string[] = problems.map(formatDiagnosticLine);
  if (lines.length > 0) lines.push('');
  const rows = run.results.map((r) => [STATUS[r.status], where(r.case), r.case.name, r.status === 'error' ? '' : actual(r.actual)]);
  const widths = [0, 1, 2].map((i) => Math.min(60, Math.max(0, ...rows.map((row) => (row[i] ?? '').length))));
  for (const row of rows)
    lines.push(
      row
        .map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell))
        .join('  ')
        .trimEnd(),
    );
  const details = run.results.filter((r) => r.status !== 'pass');
  if (details.length > 0 && rows.length > 0) lines.push('');
  for (const r of details) {
    if (r.problem) {
      lines.push(`${formatDiagnosticLine(r.problem)}`);
      continue;
    }
    for (const m of r.mismatches) {
      lines.push(`${m.at.file}:${m.at.line}:${m.at.column}: ${r.case.name}: expected ${m.key} ${m.expected}, got ${m.actual}`);
    }
  }
  lines.push('', totalsText(run, problems));
  return lines;
}

/** The step summary section. */
export function renderTestsMarkdown(run: TestRun, problems: readonly Diagnostic[], folder: string): string {
  const n = testCounts(run, problems);
  const ok = n.failed === 0 && n.errors === 0;
  const out = [`### ${ok ? '✅' : '❌'} Policy tests (${code(`${folder}/`)})`, '', totalsText(run, problems)];
  if (run.results.length > 0) {
    out.push(
      '',
      table(
        ['', 'Case', 'Where', 'Expected', 'Actual'],
        run.results.map((r) => [
          r.status === 'pass' ? '✅' : r.status === 'fail' ? '❌ failed' : '⛔ error',
          escapeMarkdown(r.case.name),
          code(where(r.case)),
          escapeMarkdown(expected(r.case)),
          // A problem is worded like a diagnostic (names in code spans); the rest is plain text.
          r.status === 'error' && r.problem
            ? messageMarkdown(`${r.problem.message}${/[.?!]$/.test(r.problem.message) ? '' : '.'} ${r.problem.fix}`)
            : escapeMarkdown(r.status === 'fail' ? r.mismatches.map((m) => `${m.key}: ${m.actual}`).join('; ') : actual(r.actual)),
        ]),
      ),
    );
  }
  return out.join('\n') + '\n';
}

/** Annotations: the test files' problems and each case that could not run on their lines; a failed case on each expectation it broke. */
export function testAnnotations(run: TestRun, problems: readonly Diagnostic[]): Annotation[] {
  const out = diagnosticsToAnnotations([...problems, ...run.diagnostics]).map((a) => ({
    ...a,
    title: `policy test: ${a.title ?? ''}`.trim(),
  }));
  for (const r of run.results) {
    for (const m of r.mismatches) {
      out.push({
        level: 'error',
        title: 'policy test failed',
        file: m.at.file,
        line: m.at.line,
        column: m.at.column,
        message: `Policy test "${r.case.name}" failed: expected ${m.key} ${m.expected}, got ${m.actual}. Fix the policy, or the expectation if the policy is right.`,
      });
    }
  }
  return out;
}
