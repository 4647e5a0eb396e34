// The clients the escalation flow uses, taken from the run's context (src/context.ts), with the
// missing credential named in the flow's own terms: the flow cannot run on half of them.
import type { Context } from '../context.js';
import { OncallGateError } from '../errors.js';
import type { GitHubPort } from '../github/port.js';
import type { IncidentIoClient } from '../incidentio/client.js';

export async function escalationGitHub(ctx: Pick<Context, 'inputs' | 'github'>): Promise<GitHubPort> {
  if (!ctx.inputs.githubToken) {
    throw new OncallGateError({
      kind: 'input',
      setting: 'github-token',
      message: 'The `github-token` input is empty, and the escalation flow needs the GitHub API',
      fix: 'Leave `github-token` at its default (`${{ github.token }}`) and grant the job the permissions listed in docs/escalation.md.',
    });
  }
  return ctx.github();
}

export async function escalationIncidentIo(ctx: Pick<Context, 'inputs' | 'incidentio'>): Promise<IncidentIoClient> {
  if (!ctx.inputs.incidentioApiKey) {
    throw new OncallGateError({
      kind: 'input',
      setting: 'incidentio-api-key',
      message: 'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call or page them',
      fix:
        'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (a key with the viewer, incident_creator and incident_editor roles). ' +
        'GitHub gives no repository secrets to workflows of Dependabot pull requests: add the key as a Dependabot secret too, or see "Fork pull requests" in docs/escalation.md.',
    });
  }
  return ctx.incidentio();
}
