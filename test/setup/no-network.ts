// Every test file starts with real network access disabled: a request nock does not
// intercept fails the test instead of leaving the machine. Loopback stays allowed for the
// local incident.io emulator and the fake GitHub API (packages/), which the end-to-end tests run
// the action against.
import nock from 'nock';
import { afterAll, beforeAll } from 'vitest';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});
