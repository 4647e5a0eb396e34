// Turns any thrown value into one line a user can act on. Known error types carry their own
// fix; anything else is reported as unexpected, with what to do (never a stack trace).
export function describeError(error: unknown, secrets: string[] = []): string {
  let message: string;
  if (error instanceof Error) {
    const fix = (error as { fix?: unknown }).fix;
    const known = /Error$/.test(error.name) && error.name !== 'Error' && error.name !== 'TypeError' && error.name !== 'RangeError' && error.name !== 'SyntaxError' && error.name !== 'ReferenceError';
    message = known
      ? `${error.message}${typeof fix === 'string' && fix && !error.message.includes(fix) ? ` ${fix}` : ''}`
      : `Unexpected error: ${error.message}. This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.`;
  } else {
    message = `Unexpected error: ${String(error)}`;
  }
  return secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('***'), message);
}
