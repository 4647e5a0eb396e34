// Turns any thrown value into one line a user can act on. Known error types carry their own
// fix; anything else is reported as unexpected, with what to do (never a stack trace).
import { createRedactor } from '../redact.js';

/** A named error class of ours (`IncidentIoError`, `GateError`, ...), not a JavaScript built-in. */
export function isKnownError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /Error$/.test(error.name) &&
    !['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError'].includes(error.name)
  );
}

const withFix = (error: Error): string => {
  const fix = (error as { fix?: unknown }).fix;
  return `${error.message}${typeof fix === 'string' && fix && !error.message.includes(fix) ? ` ${fix}` : ''}`;
};

const scrubAll = (text: string, secrets: string[]): string => createRedactor(secrets).redact(text);

export function describeError(error: unknown, secrets: string[] = []): string {
  let message: string;
  if (error instanceof Error) {
    message = isKnownError(error)
      ? withFix(error)
      : `Unexpected error: ${error.message}. This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.`;
  } else {
    message = `Unexpected error: ${String(error)}`;
  }
  return scrubAll(message, secrets);
}

/**
 * The fixes the shared core writes name the action's inputs and the runner (`incidentio-api-key`,
 * "re-run the job"); on the command line the same settings are INCIDENTIO_API_KEY and
 * --api-url / INCIDENTIO_API_URL, so the advice is reworded to what a CLI user can change.
 */
const CLI_WORDING: [RegExp, string][] = [
  [/create a new key and update the secret/g, 'create a new key and set INCIDENTIO_API_KEY to it'],
  [/the key used in `incidentio-api-key`/g, 'the key in INCIDENTIO_API_KEY'],
  [/(the )?`incidentio-api-key`( secret| input)?/g, 'INCIDENTIO_API_KEY'],
  [/`incidentio-api-url` \(([^)]+)\)/g, 'the API URL $1 (--api-url or INCIDENTIO_API_URL)'],
  [/`incidentio-api-url`/g, 'the API URL (--api-url or INCIDENTIO_API_URL)'],
  [/incidentio-api-url/g, 'API URL'],
  [/the runner can reach it \(DNS, proxy, firewall, egress rules of self-hosted runners\)/g, 'this machine can reach it (DNS, proxy, firewall)'],
  [/re-run the job/g, 'try again'],
  [/ instead of hanging the job/g, ' instead of hanging'],
];

export function cliWording(text: string): string {
  return CLI_WORDING.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

/** describeError for the command line: CLI wording, and no advice about workflow debug logs. */
export function describeCliError(error: unknown, secrets: string[] = []): string {
  const message =
    error instanceof Error
      ? isKnownError(error)
        ? cliWording(withFix(error))
        : `Unexpected error: ${error.message}. This is a bug in oncall-gate; please report it with the command you ran.`
      : `Unexpected error: ${String(error)}`;
  return scrubAll(message, secrets);
}
