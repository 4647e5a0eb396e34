// The decision record's one write: a JSON file under the runner's temporary folder (RUNNER_TEMP,
// emptied at the end of every job), whose path the `decision-record` output gives so a later step
// can upload it (docs/decision-record.md). Built once by src/compose.ts for main.ts.
//
// The file is created exclusively (O_EXCL): an earlier step of the job cannot plant a link at the
// path to make the action write elsewhere, and a second oncall-gate step in the same job gets its
// own file. Every string passes through the run's redactor before it is written.
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OncallGateError } from '../errors.js';
import type { Redactor } from '../redact.js';
import type { DecisionRecord } from './build-record.js';

export interface RecordWriter {
  /** Writes the record; resolves to its path, or undefined when there is nowhere to write (no RUNNER_TEMP). */
  write(record: DecisionRecord): Promise<string | undefined>;
}

/** How many numbered names are tried when earlier steps of the job wrote records already. */
const MAX_TRIES = 100;

/** A file-name-safe part: letters, digits, `.`, `_` and `-`; anything else becomes `-`. */
const safe = (s: string): string =>
  s
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);

/**
 * `oncall-gate-<command>-<run id>-<attempt>[-<n>].json` in `dir`. `dir` is the runner's
 * RUNNER_TEMP; '' (a run outside a runner) writes nothing.
 */
export function createRecordWriter(options: { dir: string; redactor: Redactor }): RecordWriter {
  return {
    async write(record) {
      if (!options.dir) return undefined;
      const text = `${JSON.stringify(options.redactor.redactDeep(record), null, 2)}\n`;
      const stem = ['oncall-gate', record.command, safe(record.run.id), safe(record.run.attempt)].filter(Boolean).join('-');
      for (let n = 1; n <= MAX_TRIES; n++) {
        const path = join(options.dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
        // Synchronous: the run's last step, with nothing to overlap (and no fs/promises to load).
        let fd: number;
        try {
          fd = openSync(path, 'wx', 0o644);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
          throw cannotWrite(path, (error as Error).message, error);
        }
        try {
          writeFileSync(fd, text, 'utf8');
        } finally {
          closeSync(fd);
        }
        return path;
      }
      throw cannotWrite(join(options.dir, `${stem}.json`), `${MAX_TRIES} records of this name exist already`);
    },
  };
}

function cannotWrite(path: string, why: string, cause?: unknown): OncallGateError {
  return new OncallGateError({
    kind: 'environment',
    file: path,
    message: `The decision record could not be written to ${path} (${why})`,
    fix: 'Check that RUNNER_TEMP is a folder the job can write to; the decision itself stands.',
    ...(cause !== undefined ? { cause } : {}),
  });
}
