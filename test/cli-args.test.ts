// CLI arguments: util.parseArgs under one wording for every subcommand.
import { describe, expect, it } from 'vitest';
import { OncallGateError } from '../src/errors.js';
import { parseFlags } from '../src/cli-args.js';

describe('parseFlags', () => {
  it('both flag forms, positionals, help', () => {
    expect(
      parseFlags(['octocat', '--environment', 'production', '--policy-path=ops/policies', '-h'], ['environment', 'policy-path']),
    ).toEqual({
      flags: new Map([
        ['environment', 'production'],
        ['policy-path', 'ops/policies'],
      ]),
      positionals: ['octocat'],
      help: true,
    });
  });

  it('unknown, missing and repeated options are usage errors', () => {
    expect(() => parseFlags(['--nope', 'x'], ['environment'])).toThrow('Unknown option --nope.');
    expect(() => parseFlags(['--environment'], ['environment'])).toThrow('Option --environment needs a value.');
    expect(() => parseFlags(['--environment', 'a', '--environment', 'b'], ['environment'])).toThrow('given twice');
  });

  it('a switch takes no value, is "true" when given, and may be given once', () => {
    expect(parseFlags(['x', '--assume-unavailable'], ['reason'], ['assume-unavailable']).flags).toEqual(
      new Map([['assume-unavailable', 'true']]),
    );
    expect(parseFlags(['x'], ['reason'], ['assume-unavailable']).flags.has('assume-unavailable')).toBe(false);
    expect(() => parseFlags(['--assume-unavailable=yes'], [], ['assume-unavailable'])).toThrow(
      'Option --assume-unavailable takes no value.',
    );
    expect(() => parseFlags(['--assume-unavailable', '--assume-unavailable'], [], ['assume-unavailable'])).toThrow('given twice');
    expect(() => parseFlags(['--assume-unavailable'], [])).toThrow('Unknown option --assume-unavailable.');
  });

  it('names the option in every misuse: short options, empty values, values on --help', () => {
    expect(() => parseFlags(['-e', 'prod'], ['environment'])).toThrow(/^Unknown option -e\.$/);
    expect(() => parseFlags(['--environment=', 'a'], ['environment'])).toThrow('Option --environment needs a value.');
    expect(() => parseFlags(['--environment', '--policy-path'], ['environment', 'policy-path'])).toThrow(
      'Option --environment needs a value.',
    );
    expect(() => parseFlags(['--help=yes'], [])).toThrow('Option --help takes no value.');
    expect(() => parseFlags(['x'], [])).not.toThrow();
    expect(() => parseFlags(['--nope'], [])).toThrow(OncallGateError);
  });
});
