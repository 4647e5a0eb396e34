// The composition root: the one place that builds the run's API clients. main.ts (the action) and
// cli.ts (the command line) call it; commands and the escalation flow get what it builds through
// the context (src/context.ts) and never build a client themselves.
//
// Both clients are created on first use and then shared: a command that never calls incident.io
// loads none of its code, and the gate's on-call path never loads Octokit (the GitHub port loads
// it on the first call that needs it). Every client gets the run's redactor and API deadline.
import type { ApiDeadline } from './api-deadline.js';
import type { Clock } from './clock.js';
import type { CliContext, CliOutput, Context, Services } from './context.js';
import type { GitHubEvent } from './event/event.js';
import type { RunContext } from './event/run-context.js';
import type { GitHubClientTuning, RepoRef } from './github/client.js';
import type { GitHubPort } from './github/port.js';
import type { IncidentIoClient, IncidentIoClientOptions } from './incidentio/client.js';
import { OncallGateError, setting, text } from './errors.js';
import type { Inputs } from './inputs.js';
import type { Logger } from './log.js';
import { createRedactor, type Redactor } from './redact.js';
import { createWriteApplier } from './write-plan/apply-writes.js';
import { createRecordWriter, type RecordWriter } from './record/write-record.js';

const DEFAULT_INCIDENTIO_URL = 'https://api.incident.io';

export interface ServiceSettings {
  incidentio: { apiUrl: string; apiKey: string };
  github: { apiUrl: string; graphqlUrl?: string; token: string; repository: RepoRef; teamsToken?: string };
  /** dry-run, or a command line that only reads: both clients refuse every write. */
  readOnly: boolean;
  /** Knows every secret of the run (the incident.io key and the GitHub token). */
  redactor: Redactor;
  deadline?: ApiDeadline;
  log?: Logger;
  /** Tests only: drop the production spacing of GitHub writes, shorten incident.io retries. */
  tuning?: ServiceTuning;
}

export interface ServiceTuning {
  github?: GitHubClientTuning;
  incidentio?: Pick<IncidentIoClientOptions, 'maxAttempts' | 'timeoutMs' | 'maxCallMs' | 'maxRetryAfterMs' | 'sleep'>;
}

/** The run's clients, each built once, on first use. */
export function createServices(settings: ServiceSettings): Services {
  let github: Promise<GitHubPort> | undefined;
  let githubTeams: Promise<GitHubPort> | undefined;
  let incidentio: Promise<IncidentIoClient> | undefined;
  const shared = {
    redactor: settings.redactor,
    ...(settings.deadline ? { deadline: settings.deadline } : {}),
  };
  return {
    github: () =>
      (github ??= import('./github/port.js').then(({ createGitHubPort }) =>
        createGitHubPort({
          ...settings.github,
          readOnly: settings.readOnly,
          ...shared,
          ...(settings.log ? { log: settings.log } : {}),
          ...(settings.tuning?.github ? { tuning: settings.tuning.github } : {}),
        }),
      )),
    githubTeams: () =>
      (githubTeams ??= settings.github.teamsToken
        ? import('./github/port.js').then(({ createGitHubPort }) =>
            createGitHubPort({
              ...settings.github,
              token: settings.github.teamsToken ?? '',
              // Only ever reads team membership.
              readOnly: true,
              ...shared,
              ...(settings.log ? { log: settings.log } : {}),
              ...(settings.tuning?.github ? { tuning: settings.tuning.github } : {}),
            }),
          )
        : Promise.reject(
            new OncallGateError({
              kind: 'input',
              setting: 'github-teams-token',
              message:
                'The `github-teams-token` input is empty, and an outage fallback names `approverTeams`, whose members only a token that can read organisation teams can see',
              fix: 'Pass `github-teams-token: ${{ secrets.<name> }}` with a GitHub App installation token that has the organisation permission "Members: read" (or a fine-grained token with it); the workflow\'s GITHUB_TOKEN cannot read team membership. Or name the approvers by login (`approvers`).',
            }),
          )),
    incidentio: () =>
      (incidentio ??= settings.incidentio.apiKey
        ? import('./incidentio/client.js').then(({ createIncidentIoClient }) =>
            createIncidentIoClient({
              baseUrl: settings.incidentio.apiUrl,
              apiKey: settings.incidentio.apiKey,
              readOnly: settings.readOnly,
              ...shared,
              ...settings.tuning?.incidentio,
            }),
          )
        : Promise.reject(
            new OncallGateError({
              kind: 'input',
              setting: 'incidentio-api-key',
              message: text`${setting('incidentio-api-key')} is empty, so oncall-gate cannot call incident.io.`,
              fix: text`Set ${setting('incidentio-api-key')} to an incident.io API key.`,
            }),
          )),
  };
}

export interface ContextParts {
  inputs: Inputs;
  run: RunContext;
  event: GitHubEvent;
  log: Logger;
  clock: Clock;
  redactor: Redactor;
  deadline?: ApiDeadline;
  tuning?: ServiceTuning;
  /** Clients built already for the same token and repository (App mode: one per repository and piece of work). */
  services?: Services;
}

/**
 * The action's context: the run's facts, clients configured from its inputs (dry-run: read-only),
 * and the applier of the run's writes over those clients (dry-run: it makes none).
 */
export function createContext(parts: ContextParts): Context {
  const { inputs, run, tuning, services: built, ...rest } = parts;
  const services =
    built ??
    createServices({
      incidentio: { apiUrl: inputs.incidentioApiUrl, apiKey: inputs.incidentioApiKey },
      github: {
        apiUrl: run.apiUrl,
        graphqlUrl: run.graphqlUrl,
        token: inputs.githubToken,
        repository: run.repository,
        ...(inputs.githubTeamsToken ? { teamsToken: inputs.githubTeamsToken } : {}),
      },
      readOnly: inputs.dryRun,
      redactor: parts.redactor,
      log: parts.log,
      ...(parts.deadline ? { deadline: parts.deadline } : {}),
      ...(tuning ? { tuning } : {}),
    });
  return {
    inputs,
    run,
    ...rest,
    ...services,
    writes: createWriteApplier({ dryRun: inputs.dryRun, targets: services, log: parts.log, redact: parts.redactor.redact }),
  };
}

/**
 * The command line's context: the secrets of the environment in one redactor, and read-only
 * clients configured from the environment (GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL,
 * GITHUB_REPOSITORY, INCIDENTIO_API_KEY).
 */
export function createCliContext(env: NodeJS.ProcessEnv, out: CliOutput, clock: Clock, cwd: string = process.cwd()): CliContext {
  const redactor = createRedactor([env.INCIDENTIO_API_KEY ?? '', env.GITHUB_TOKEN ?? '', env.GH_TOKEN ?? '']);
  const printed: CliOutput = { log: (line) => out.log(redactor.redact(line)), error: (line) => out.error(redactor.redact(line)) };
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const byUrl = new Map<string, Services>();
  const servicesAt = (apiUrl: string): Services => {
    let services = byUrl.get(apiUrl);
    if (!services) {
      services = createServices({
        incidentio: { apiUrl, apiKey: (env.INCIDENTIO_API_KEY ?? '').trim() },
        github: {
          apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
          token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
          repository: { owner, repo },
        },
        readOnly: true,
        redactor,
      });
      byUrl.set(apiUrl, services);
    }
    return services;
  };
  // The GitHub port does not depend on the incident.io URL: one for the whole command.
  const github = servicesAt(DEFAULT_INCIDENTIO_URL).github;
  return { env, out: printed, clock, cwd, redactor, github, incidentio: (apiUrl) => servicesAt(apiUrl).incidentio() };
}

/** Where the action writes its decision records: the job's RUNNER_TEMP, through the run's redactor. */
export function createDecisionRecordWriter(run: RunContext, redactor: Redactor): RecordWriter {
  return createRecordWriter({ dir: run.runnerTemp ?? '', redactor });
}
