// A model of how the GitHub runner reads workflow commands from a step's output, strict enough to
// catch injections: the runner tries the `::command::` form (a line that starts with `::` after
// leading white space, .NET's notion of it, which includes NEL, U+0085), then the legacy
// `##[command]` form, found ANYWHERE in a line. Its comparisons are culture-sensitive, so
// characters that collate as nothing (zero-width and other format or control characters) are
// skipped here too. `::stop-commands::<token>` turns processing off until `::<token>::`.
// docs/security.md, "Workflow commands in the log", says why this matters.

/** The commands the runner registers (its command extensions, plus stop-commands). */
const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

/** Characters a culture-sensitive comparison skips: format and control characters other than white space. */
const ignorable = (s: string): string => s.replace(/[\p{Cf}\p{Cc}]/gu, (c) => (/[\s\u0085]/.test(c) ? c : ''));

function parseLine(line: string, registered: Set<string>): ParsedCommand | undefined {
  const bare = ignorable(line);
  // `::command k=v,k=v::data`
  const v2 = bare.replace(/^[\s\u0085]+/, '');
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2);
    if (end >= 0) {
      const info = v2.slice(2, end);
      const space = info.indexOf(' ');
      const command = space < 0 ? info : info.slice(0, space);
      if (registered.has(command)) {
        const properties: Record<string, string> = {};
        if (space > 0)
          for (const p of info.slice(space + 1).split(',')) {
            const eq = p.indexOf('=');
            if (eq > 0) properties[p.slice(0, eq)] = p.slice(eq + 1);
          }
        return { command, properties, data: v2.slice(end + 2), line };
      }
    }
  }
  // `##[command k=v;k=v]data`, anywhere in the line.
  const at = bare.indexOf('##[');
  if (at < 0) return undefined;
  const rb = bare.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = bare.slice(at + 3, rb);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0)
    for (const p of info.slice(space + 1).split(';')) {
      const eq = p.indexOf('=');
      if (eq > 0) properties[p.slice(0, eq)] = p.slice(eq + 1);
    }
  return { command, properties, data: bare.slice(rb + 1), line };
}

/** The commands the runner would act on in `stdout`, in order, and whether it is left with commands stopped. */
export function runnerCommands(stdout: string): { commands: ParsedCommand[]; stoppedAtEnd: boolean } {
  const registered = new Set(REGISTERED);
  const commands: ParsedCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const parsed = parseLine(line, registered);
    if (!parsed) continue;
    if (stopToken !== undefined) {
      if (parsed.command === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
      }
      continue;
    }
    commands.push(parsed);
    if (parsed.command === 'stop-commands' && parsed.data) {
      stopToken = parsed.data;
      registered.add(stopToken);
    }
  }
  return { commands, stoppedAtEnd: stopToken !== undefined };
}
