// One line a user can act on, for the action and for the command line, from the error's data:
// the same error names the action's inputs in a workflow and the variables and flags on the
// command line.
import { describe, expect, it } from 'vitest';
import { describeCliError, describeCliErrorReport, describeError } from '../../src/report/describe-error.js';
import { errorForStatus, unreachableError } from '../../src/incidentio/errors.js';
import { OncallGateError, RETRY, setting, spell, text } from '../../src/errors.js';
import { createRedactor } from '../../src/redact.js';

const req = { method: 'GET', path: '/v2/schedule_entries', call: 'listScheduleEntries' };
const summary = { baseUrl: 'http://127.0.0.1:9', attempts: 4, elapsedMs: 5000 };
const redact = createRedactor(['sekret-1234']).redact;

describe('describeError (action)', () => {
  it('keeps the action wording and adds the fix once', () => {
    const e = errorForStatus(req, 401, { errors: [] }, summary);
    const line = describeError(e);
    expect(line).toMatch(/Check the `incidentio-api-key` secret/);
    expect(line.split(e.fix).length).toBe(2);
  });

  it('calls anything else a bug, names debug logging, and hides secrets', () => {
    expect(describeError(new TypeError('x is undefined, key sekret-1234'), redact)).toBe(
      'Unexpected error: x is undefined, key ***. This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.',
    );
  });

  it('is not fooled by a name: an error class that merely ends in "Error" is still a bug', () => {
    class LookalikeError extends Error {
      override name = 'LookalikeError';
      readonly fix = 'do nothing';
    }
    expect(describeError(new LookalikeError('boom'))).toMatch(/^Unexpected error: boom\. This is a bug/);
  });
});

describe('describeCliError (command line)', () => {
  it('a rejected key: INCIDENTIO_API_KEY instead of the secret', () => {
    const line = describeCliError(errorForStatus(req, 401, { errors: [] }, summary));
    expect(line).toMatch(/Check INCIDENTIO_API_KEY: it must be a current incident\.io API key/);
    expect(line).toMatch(/create a new key and set INCIDENTIO_API_KEY to it\.$/);
    expect(line).not.toMatch(/incidentio-api-key|secret/);
  });

  it('a missing role: the key in INCIDENTIO_API_KEY', () => {
    const line = describeCliError(errorForStatus(req, 403, { errors: [] }, summary));
    expect(line).toMatch(/INCIDENTIO_API_KEY/);
    expect(line).not.toMatch(/incidentio-api-key/);
  });

  it('unreachable: the API URL options, this machine, try again', () => {
    const line = describeCliError(unreachableError(req, 'connect ECONNREFUSED 127.0.0.1:9', summary));
    expect(line).toMatch(
      /instead of hanging\. Check the API URL http:\/\/127\.0\.0\.1:9 \(--api-url or INCIDENTIO_API_URL\) and that this machine can reach it \(DNS, proxy, firewall\)/,
    );
    expect(line).toMatch(/then try again\.$/);
    expect(line).not.toMatch(/incidentio-api-url|runner|the job/);
  });

  it('a server error and a rate limit: try again, not re-run the job', () => {
    expect(describeCliError(errorForStatus(req, 503, { errors: [] }, summary))).not.toMatch(/re-run the job/);
    expect(describeCliError(errorForStatus(req, 429, { errors: [] }, summary))).toMatch(/Wait a minute and try again/);
  });

  it('an unexpected error asks for a report without workflow advice, and hides secrets', () => {
    expect(describeCliError(new Error('boom sekret-1234'), redact)).toBe(
      'Unexpected error: boom ***. This is a bug in oncall-gate; please report it with the command you ran.',
    );
  });
});

describe('the error model', () => {
  it('keeps the message and fix as data: each audience spells the terms its own way', () => {
    const e = new OncallGateError({
      kind: 'unavailable',
      message: text`Could not reach ${setting('incidentio-api-url', 'https://proxy.example')}.`,
      fix: text`Check it, then ${RETRY}.`,
    });
    expect(e.message).toBe('Could not reach `incidentio-api-url` (https://proxy.example).');
    expect(e.fix).toBe('Check it, then re-run the job.');
    expect(spell(e.text.message, 'cli')).toBe('Could not reach the API URL https://proxy.example (--api-url or INCIDENTIO_API_URL).');
    expect(describeCliError(e)).toBe(
      'Could not reach the API URL https://proxy.example (--api-url or INCIDENTIO_API_URL). Check it, then try again.',
    );
  });

  it('redacts the values of terms too', () => {
    const e = new OncallGateError({
      kind: 'bad-response',
      message: text`At ${setting('incidentio-api-url', 'https://x/sekret-1234')}.`,
      fix: '',
    });
    expect(e.mapText(redact).message).toBe('At `incidentio-api-url` (https://x/***).');
  });
});

describe('describeCliErrorReport (--json)', () => {
  it('a service error: its kind, service and status, worded for the command line, the fix apart', () => {
    const report = describeCliErrorReport(errorForStatus(req, 401, { errors: [] }, summary));
    expect(report).toMatchObject({ kind: 'auth', service: 'incidentio', status: 401 });
    expect(report.message).toMatch(/^incident\.io rejected the API key \(401\)/);
    expect(report.fix).toMatch(/^Check INCIDENTIO_API_KEY:/);
  });

  it('a command line the command cannot run is kind usage; an input a service refused keeps its kind', () => {
    expect(describeCliErrorReport(new OncallGateError({ kind: 'input', message: 'Option --x needs a value.', fix: '' }))).toEqual({
      kind: 'usage',
      message: 'Option --x needs a value.',
    });
    const refused = new OncallGateError({ kind: 'input', service: 'incidentio', message: 'bad', fix: 'fix it' });
    expect(describeCliErrorReport(refused)).toMatchObject({ kind: 'input', service: 'incidentio', fix: 'fix it' });
  });

  it('anything else is internal (a bug), with secrets hidden', () => {
    expect(describeCliErrorReport(new TypeError('key sekret-1234'), redact)).toEqual({
      kind: 'internal',
      message: 'Unexpected error: key ***',
      fix: 'This is a bug in oncall-gate; please report it with the command you ran.',
    });
  });
});
