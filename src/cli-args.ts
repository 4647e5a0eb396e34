// Command-line arguments for every CLI subcommand: Node's own `util.parseArgs` (strict, long
// string options, `-h`/`--help`), with its errors reworded into one short line a user can act on.
import { parseArgs } from 'node:util';
import { isError, OncallGateError } from './errors.js';

/** A command line the command cannot run: an `input` error, exit code 2. */
export function usageError(message: string): OncallGateError {
  return new OncallGateError({ kind: 'input', message, fix: '' });
}

/**
 * Whether `error` is a usage error: a flag, argument or environment variable the command cannot
 * use. An input a service refused (a malformed key) is not: it is reported with its fix, exit 1.
 */
export const isUsageError = (error: unknown): error is OncallGateError => isError(error, 'input') && error.service === undefined;

export interface ParsedFlags {
  /** Option name (without `--`) -> value, for the options given. */
  flags: Map<string, string>;
  positionals: string[];
  help: boolean;
}

/**
 * Parses `args` allowing the long string options `known` and the long options without a value
 * `switches` (in `flags` as "true" when given); throws a usage error on any misuse.
 */
export function parseFlags(args: readonly string[], known: readonly string[], switches: readonly string[] = []): ParsedFlags {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const name of known) options[name] = { type: 'string' };
  for (const name of switches) options[name] = { type: 'boolean' };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw usageError(usageMessage(error));
  }
  const flags = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === 'help') continue;
    if (flags.has(token.name)) throw usageError(`Option --${token.name} is given twice.`);
    if (switches.includes(token.name)) {
      flags.set(token.name, 'true');
      continue;
    }
    if (!token.value) throw usageError(`Option --${token.name} needs a value.`);
    flags.set(token.name, token.value);
  }
  return { flags, positionals: parsed.positionals, help: (parsed.values as Record<string, unknown>).help === true };
}

/** util.parseArgs explains its errors at length; name the option and what is wrong with it. */
function usageMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Messages quote the option as '--name' or '-h, --help'; keep the long form.
  const option = /'(?:-[^-\s], )?(-{1,2}[^' ,]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? `Option ${option} takes no value.` : `Option ${option} needs a value.`;
  }
  return message;
}
