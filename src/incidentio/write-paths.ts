// The paths of the writes oncall-gate makes to incident.io, in one place: the client sends its
// requests to them, and the write plan shows them as the requests a run makes.
export const CREATE_INCIDENT_PATH = '/v2/incidents';
export const CREATE_CUSTOM_FIELD_PATH = '/v2/custom_fields';
export const editIncidentPath = (id: string): string => `/v2/incidents/${encodeURIComponent(id)}/actions/edit`;
