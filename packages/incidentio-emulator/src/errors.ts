// The error envelope every incident.io API error uses (docs/incidentio.md, "Basics"):
// `{type, status, request_id, errors: [{code, message, source?: {field, pointer}}]}`; 429s add a
// `rate_limit` block. Handlers throw ApiError; the server renders it.
import { randomUUID } from 'node:crypto';

export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'resource_forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'validation_error'
  | 'too_many_requests'
  | 'api_error';

export interface ApiErrorDetail {
  code: string;
  message: string;
  source?: { field: string; pointer: string };
  metadata?: Record<string, string>;
}

export interface ErrorResponseBody {
  type: ErrorType;
  status: number;
  request_id: string;
  errors: ApiErrorDetail[];
  rate_limit?: { name: string; limit: number; remaining: number; retry_after: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    readonly errors: ApiErrorDetail[],
    readonly headers: Record<string, string> = {},
    readonly extra: Partial<Pick<ErrorResponseBody, 'rate_limit'>> = {},
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
  }

  body(): ErrorResponseBody {
    return { type: this.type, status: this.status, request_id: randomUUID(), errors: this.errors, ...this.extra };
  }
}

/** `source` for a body field given as a dotted path (`incident.summary` -> pointer `/incident/summary`). */
export function sourceOf(field: string): { field: string; pointer: string } {
  return {
    field,
    pointer: `/${field
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .join('/')}`,
  };
}

/** 422 `is_required` for a missing field (the documented shape). */
export function isRequired(field: string, message = `${field} is required`): ApiErrorDetail {
  return { code: 'is_required', message, source: sourceOf(field) };
}

export function invalidValue(field: string, message: string): ApiErrorDetail {
  return { code: 'invalid_value', message, source: sourceOf(field) };
}

export function validationError(errors: ApiErrorDetail[]): ApiError {
  return new ApiError(422, 'validation_error', errors);
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, 'not_found', [{ code: 'not_found', message: `No ${what} found with ID "${id}"` }]);
}
