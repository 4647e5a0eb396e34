// A failure of plan, apply or audit that the user can act on: main.ts (describeError) shows the
// message followed by the fix, and sets `result=error`.
export class ReconcileCommandError extends Error {
  constructor(
    name: 'PlanError' | 'ApplyError' | 'AuditError',
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** The message every command gives when the incident.io key is needed but absent. */
export function missingKeyError(name: 'ApplyError' | 'AuditError', command: string, why: string): ReconcileCommandError {
  return new ReconcileCommandError(
    name,
    `The \`incidentio-api-key\` input is empty, so ${command} cannot ${why}.`,
    'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step.',
  );
}
