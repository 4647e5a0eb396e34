// One line a user can act on, for the action and for the command line.
import { describe, expect, it } from 'vitest';
import { cliWording, describeCliError, describeError } from '../../src/report/describe-error.js';
import { errorForStatus, unreachableError } from '../../src/incidentio/errors.js';

const req = { method: 'GET', path: '/v2/schedule_entries', call: 'listScheduleEntries' };
const summary = { baseUrl: 'http://127.0.0.1:9', attempts: 4, elapsedMs: 5000 };

describe('describeError (action)', () => {
  it('keeps the action wording and adds the fix once', () => {
    const e = errorForStatus(req, 401, { errors: [] }, summary);
    const text = describeError(e);
    expect(text).toMatch(/Check the `incidentio-api-key` secret/);
    expect(text.split(e.fix).length).toBe(2);
  });

  it('calls anything else a bug, names debug logging, and hides secrets', () => {
    expect(describeError(new TypeError('x is undefined, key sekret-1234'), ['sekret-1234'])).toBe(
      'Unexpected error: x is undefined, key ***. This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.',
    );
  });
});

describe('describeCliError (command line)', () => {
  it('a rejected key: INCIDENTIO_API_KEY instead of the secret', () => {
    const text = describeCliError(errorForStatus(req, 401, { errors: [] }, summary));
    expect(text).toMatch(/Check INCIDENTIO_API_KEY: it must be a current incident\.io API key/);
    expect(text).toMatch(/create a new key and set INCIDENTIO_API_KEY to it\.$/);
    expect(text).not.toMatch(/incidentio-api-key|secret/);
  });

  it('a missing role: the key in INCIDENTIO_API_KEY', () => {
    const text = describeCliError(errorForStatus(req, 403, { errors: [] }, summary));
    expect(text).toMatch(/INCIDENTIO_API_KEY/);
    expect(text).not.toMatch(/incidentio-api-key/);
  });

  it('unreachable: the API URL options, this machine, try again', () => {
    const text = describeCliError(unreachableError(req, 'connect ECONNREFUSED 127.0.0.1:9', summary));
    expect(text).toMatch(/instead of hanging\. Check the API URL http:\/\/127\.0\.0\.1:9 \(--api-url or INCIDENTIO_API_URL\) and that this machine can reach it \(DNS, proxy, firewall\)/);
    expect(text).toMatch(/then try again\.$/);
    expect(text).not.toMatch(/incidentio-api-url|runner|the job/);
  });

  it('a server error and a rate limit: try again, not re-run the job', () => {
    expect(describeCliError(errorForStatus(req, 503, { errors: [] }, summary))).not.toMatch(/re-run the job/);
    expect(cliWording('Wait a minute and re-run the job.')).toBe('Wait a minute and try again.');
  });

  it('an unexpected error asks for a report without workflow advice, and hides secrets', () => {
    expect(describeCliError(new Error('boom sekret-1234'), ['sekret-1234'])).toBe(
      'Unexpected error: boom ***. This is a bug in oncall-gate; please report it with the command you ran.',
    );
  });
});
