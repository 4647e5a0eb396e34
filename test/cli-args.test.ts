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
