// Diagnostics rendered three ways from one model (conftest's pattern): runner annotations,
// a step-summary table, and CLI lines `file:line:col: message (fix)`.
import type { Annotation } from './command-result.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import { code, messageMarkdown, table } from './markdown.js';

const TITLES: Record<string, string> = {
  'yaml-syntax': 'policy YAML syntax',
  schema: 'policy schema',
};

export function diagnosticTitle(d: Diagnostic): string {
  return TITLES[d.code] ?? `policy ${d.code.replace(/-/g, ' ')}`;
}

export function diagnosticsToAnnotations(diagnostics: Diagnostic[]): Annotation[] {
  return diagnostics.map((d) => ({
    level: d.severity,
    title: diagnosticTitle(d),
    file: d.file,
    line: d.line,
    column: d.column,
    message: `${d.message}. Fix: ${d.fix}`,
  }));
}

export function formatDiagnosticLine(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column}: ${tag}${d.message} (${d.fix})`;
}

export function countBySeverity(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

export function totalsLine(files: number, diagnostics: Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

export function renderDiagnosticsTable(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  return table(
    ['', 'Where', 'Problem', 'Fix'],
    diagnostics.map((d) => [
      d.severity === 'error' ? '❌ error' : '⚠️ warning',
      code(`${d.file}:${d.line}:${d.column}`),
      messageMarkdown(d.message),
      messageMarkdown(d.fix),
    ]),
  );
}
