// The message every command that reconciles incident.io gives when the incident.io key is needed
// but absent: an `input` error naming the input, which main.ts reports with `result=error`.
import { OncallGateError } from '../errors.js';

export function missingKeyError(command: string, why: string): OncallGateError {
  return new OncallGateError({
    kind: 'input',
    setting: 'incidentio-api-key',
    message: `The \`incidentio-api-key\` input is empty, so ${command} cannot ${why}.`,
    fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step.',
  });
}
