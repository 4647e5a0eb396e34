// The one applier of write plans (write-plan.ts). A run has one, built with its clients by the
// composition root. It makes the planned writes in the order given, one at a time, each through
// its adapter (which redacts what it sends, keeps idempotency keys and handles retries), and
// stops at the first failure: no write after it is made, and the error goes up to the command,
// which reports it (fail closed). In a dry run it makes none and keeps them all, so that the
// run's write plan can be shown (report/render-write-plan.ts).
import type { CheckRunResult } from '../github/checks.js';
import type { StickyCommentResult } from '../github/comments.js';
import type { GitHubPort } from '../github/port.js';
import type { ReviewRequestResult } from '../github/pulls.js';
import type { IncidentIoClient } from '../incidentio/client.js';
import type { CustomField, Incident } from '../incidentio/types.js';
import type { Logger } from '../log.js';
import type { PlannedWrite, WriteAction } from './write-plan.js';
import { isServiceError, OncallGateError } from '../errors.js';
import { describeError, type Redact } from '../report/describe-error.js';

/** What each kind of write answers. */
export interface WriteAnswers {
  comment: StickyCommentResult;
  'check-run': CheckRunResult;
  'review-request': ReviewRequestResult;
  'create-incident': Incident;
  'edit-incident': Incident;
  'create-custom-field': CustomField;
}

export type AnswerOf<W extends PlannedWrite> = WriteAnswers[W['action']['kind']];

export type WriteOutcome<W extends PlannedWrite = PlannedWrite> =
  /** Made; the service's answer. */
  | { write: W; status: 'made'; answer: AnswerOf<W> }
  /** A dry run: not made. */
  | { write: W; status: 'dry-run' }
  /** An optional write its service refused: reported, and the writes after it went on. */
  | { write: W; status: 'failed'; error: OncallGateError };

/** The answer of a made write of this kind, undefined for any other outcome. */
export function answerOf<K extends WriteAction['kind']>(outcome: WriteOutcome | undefined, kind: K): WriteAnswers[K] | undefined {
  return outcome?.status === 'made' && outcome.write.action.kind === kind ? (outcome.answer as WriteAnswers[K]) : undefined;
}

export interface WriteApplier {
  readonly dryRun: boolean;
  /**
   * Makes `writes` in order (a dry run: none), stopping at the first failure, which it throws.
   * An undefined entry (a builder that found nothing to write) is skipped.
   */
  apply<W extends PlannedWrite>(writes: readonly (W | undefined)[]): Promise<WriteOutcome<W>[]>;
  /** Every write handed to apply so far, in order: in a dry run, the run's write plan. */
  readonly planned: readonly PlannedWrite[];
}

/** The adapter calls the writes go through. */
export interface WriteTargets {
  github(): Promise<Pick<GitHubPort, 'upsertStickyComment' | 'upsertCheckRun' | 'requestReviewers'>>;
  incidentio(): Promise<Pick<IncidentIoClient, 'createIncident' | 'editIncident' | 'createCustomField'>>;
}

export interface WriteApplierOptions {
  dryRun: boolean;
  targets: WriteTargets;
  log: Pick<Logger, 'info' | 'warning'>;
  redact?: Redact;
}

const SERVICE: Record<PlannedWrite['service'], string> = { github: 'GitHub', incidentio: 'incident.io' };

/** Text from policies and pull requests stays on its line in the log. */
const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

export function createWriteApplier(options: WriteApplierOptions): WriteApplier {
  const planned: PlannedWrite[] = [];
  const { targets, log } = options;
  const redact = options.redact ?? ((t: string) => t);

  async function make(action: WriteAction): Promise<unknown> {
    switch (action.kind) {
      case 'comment':
        return (await targets.github()).upsertStickyComment(action.number, action.marker, action.body, {
          existing: action.existing,
          ...(action.summaryUrl ? { summaryUrl: action.summaryUrl } : {}),
        });
      case 'check-run':
        return (await targets.github()).upsertCheckRun(action.headSha, action.name, action.state, { existing: action.existing });
      case 'review-request':
        return (await targets.github()).requestReviewers(action.number, action.logins, action.author);
      case 'create-incident': {
        const incident = await (await targets.incidentio()).createIncident(action.payload);
        // The answer to our own create must be the incident we asked for: were a key ever
        // answered with an unrelated incident, editing or recording it would touch somebody
        // else's incident. Checked here, so no write after it is made.
        const { carriesRequestKey } = await import('../escalation/incident-text.js');
        if (!carriesRequestKey(incident.summary, action.requestKey)) {
          throw new OncallGateError({
            kind: 'bad-response',
            service: 'incidentio',
            message:
              `incident.io answered the create of the incident for ${action.requestKey} (idempotency_key ${action.payload.idempotency_key}) with incident ${incident.reference} (${incident.id}), ` +
              'whose summary does not carry that request key, so oncall-gate will not use it',
            fix: 'Re-run the job (a new run attempt uses a new idempotency key). If it happens again, check that `incidentio-api-url` is the incident.io API.',
          });
        }
        return incident;
      }
      case 'edit-incident':
        return (await targets.incidentio()).editIncident(action.id, action.payload);
      case 'create-custom-field':
        return (await targets.incidentio()).createCustomField(action.payload);
    }
  }

  return {
    dryRun: options.dryRun,
    planned,
    async apply<W extends PlannedWrite>(writes: readonly (W | undefined)[]): Promise<WriteOutcome<W>[]> {
      const given = writes.filter((w): w is W => w !== undefined);
      planned.push(...given);
      if (options.dryRun) return given.map((write) => ({ write, status: 'dry-run' }));
      const outcomes: WriteOutcome<W>[] = [];
      for (const write of given) {
        log.info(`${SERVICE[write.service]} ${write.method} ${write.target}: ${oneLine(write.description)}.`);
        try {
          outcomes.push({ write, status: 'made', answer: (await make(write.action)) as AnswerOf<W> });
        } catch (error) {
          if (write.whenRefused && isServiceError(error, write.service, 'permission')) {
            throw new OncallGateError({ ...error.data(), message: write.whenRefused.message, fix: write.whenRefused.fix });
          }
          if (!(write.optional && isServiceError(error, write.service))) throw error;
          log.warning(`Could not ${oneLine(write.description)}: ${describeError(error, redact)}`);
          outcomes.push({ write, status: 'failed', error });
        }
      }
      return outcomes;
    },
  };
}
