// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links: whoever opens a pull
// request controls that text.
// Characters that start markup inline; `@` gets a zero-width joiner so it never pings anyone.
const SPECIALS = /[\\`*_[\]()#|<>~@&]/g;

export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(SPECIALS, (c) => (c === '@' ? '@\u200b' : `\\${c}`));
  // A leading list/heading/quote marker would change the block; escape it.
  return flat.replace(/^([-+=>])/, '\\$1');
}

/** A code span that survives backticks inside the text (CommonMark: longer fence). */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
export function table(header: string[], rows: string[][]): string {
  const cell = (c: string): string => c.replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A fenced code block that survives backtick runs inside the text (CommonMark: a longer fence). */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}
