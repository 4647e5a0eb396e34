// How a dry run shows its write plan: log lines and a step-summary section that list every
// request a real run would make (service, method, path, what for, and the body), in order. An
// empty plan is shown too: "no writes" is the dry run's answer for the commands that only read.
import type { PlannedWrite } from '../write-plan/write-plan.js';
import { code, escapeMarkdown, fenced, table } from './markdown.js';

const SERVICE: Record<PlannedWrite['service'], string> = { github: 'GitHub', incidentio: 'incident.io' };

/** `POST /v2/incidents`: the request line of a planned write. */
export const writeRequestLine = (w: PlannedWrite): string => `${w.method} ${w.target}`;

/** Text inside an HTML element (a <summary>, where Markdown is not rendered). */
const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A description on one line: it may quote text from policies or pull requests. */
const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

const count = (n: number): string => `${n} request${n === 1 ? '' : 's'}`;

/** A write's body as shown: a comment as its Markdown, anything else as the JSON sent. */
const shownBody = (w: PlannedWrite): string => w.markdown ?? JSON.stringify(w.body, null, 2);

/**
 * The log lines of a dry run's write plan: the numbered list of requests, then for each what it
 * would do, the request and its body.
 */
export function writePlanLogLines(command: string, writes: readonly PlannedWrite[]): string[] {
  if (writes.length === 0) return [`Dry run: the write plan of ${command} is empty: no writes (it only reads).`];
  return [
    [
      `Dry run: the write plan of ${command}, ${count(writes.length)}, none made:`,
      ...writes.map((w, i) => `  ${i + 1}. ${SERVICE[w.service]} ${writeRequestLine(w)}: ${oneLine(w.description)}`),
    ].join('\n'),
    ...writes.map((w) => `Dry run: would ${oneLine(w.description)}:\n${SERVICE[w.service]} ${writeRequestLine(w)}\n${shownBody(w)}`),
  ];
}

/** The step summary section of a dry run's write plan. */
export function renderWritePlan(command: string, writes: readonly PlannedWrite[]): string {
  const out = ['### Write plan (dry run)', ''];
  if (writes.length === 0) {
    out.push(
      `No writes: a real run of ${code(command)} makes no request that changes anything in GitHub or incident.io (the write plan is empty).`,
    );
    return out.join('\n') + '\n';
  }
  out.push(
    `Nothing was written. A real run of ${code(command)} would make these ${count(writes.length)}, in this order:`,
    '',
    table(
      ['#', 'Request', 'Service', 'What'],
      writes.map((w, i) => [String(i + 1), code(writeRequestLine(w)), SERVICE[w.service], escapeMarkdown(w.description)]),
    ),
  );
  writes.forEach((w, i) => {
    out.push(
      '',
      `<details><summary>${i + 1}. ${html(writeRequestLine(w))}</summary>`,
      '',
      fenced(shownBody(w), w.markdown !== undefined ? 'markdown' : 'json'),
      '',
      '</details>',
    );
  });
  return out.join('\n') + '\n';
}
