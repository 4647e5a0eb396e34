// `oncall-gate explain <record.json>`: prints a decision record (the file a gate, request or review
// step wrote, named by its `decision-record` output) for a person. Reads the file only: no API.
// Exit 0 printed, 1 the file is not a record this version can read (the message names the field
// and the fix), 2 usage.
import { readFile, stat } from 'node:fs/promises';
import { isUsageError, parseFlags, usageError } from '../cli-args.js';
import type { CliContext } from '../context.js';
import { parseDecisionRecord } from '../record/read-record.js';
import { describeCliError } from '../report/describe-error.js';
import { renderDecisionRecordText } from '../report/render-decision-record.js';
import { OncallGateError } from '../errors.js';

export const EXPLAIN_USAGE =
  'Usage: oncall-gate explain <record.json>\n' +
  '  Prints a decision record for a person: the verdict, the policy commit and file digests, every\n' +
  '  rule with its outcome, and the evidence. The record is the JSON file named by a gate, request or\n' +
  "  review step's `decision-record` output (upload it with actions/upload-artifact).\n" +
  '  Exit codes: 0 printed, 1 not a record this version can read, 2 usage error.';

/** Records are a few kilobytes; anything far larger is not one. */
const MAX_RECORD_BYTES = 5 * 1024 * 1024;

export async function runExplainCommand(args: string[], cli: CliContext): Promise<number> {
  const { out } = cli;
  let file: string;
  try {
    const parsed = parseFlags(args, []);
    if (parsed.help) {
      out.log(EXPLAIN_USAGE);
      return 0;
    }
    const [only, ...more] = parsed.positionals;
    if (only === undefined || more.length > 0) throw usageError('oncall-gate explain takes one record file.');
    file = only;
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${EXPLAIN_USAGE}`);
    return 2;
  }
  try {
    const info = await stat(file).catch(() => {
      throw usageError(`There is no file ${file}; pass the path of a decision record (the step's \`decision-record\` output).`);
    });
    if (!info.isFile()) throw usageError(`${file} is not a file; pass the path of a decision record.`);
    if (info.size > MAX_RECORD_BYTES) {
      throw new OncallGateError({
        kind: 'input',
        file,
        message: `${file}: the file is ${info.size} bytes, far larger than a decision record`,
        fix: 'Pass the JSON file named by the `decision-record` output of a gate, request or review step.',
      });
    }
    const record = parseDecisionRecord(await readFile(file, 'utf8'), file);
    for (const line of renderDecisionRecordText(record)) out.log(line);
    return 0;
  } catch (error) {
    // A refused record names its file; a usage error does not.
    if (isUsageError(error) && error.file === undefined) {
      out.error(error.message);
      return 2;
    }
    out.error(describeCliError(error, cli.redactor.redact));
    return 1;
  }
}
