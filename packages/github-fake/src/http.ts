// The fake's HTTP plumbing shared by its route files: GitHub's error bodies and `Link` pagination.
export const DOCS = 'https://docs.github.com/rest';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}
export const notFound = (): HttpError => new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
export const validationFailed = (message: string, errors: unknown[] = []): HttpError =>
  new HttpError(422, { message, errors, documentation_url: DOCS, status: '422' });

/** What a request was authenticated as, when it carried a GitHub App credential (app.ts). */
export type AppCredential =
  | { kind: 'jwt'; appId: number }
  | { kind: 'installation'; installationId: number; repositories: string[] | null; actor: string; appId: number };

export interface Ctx {
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  actor: string;
  /** The bearer token of the request. */
  token: string;
  base: string;
  path: string;
  /** Lower-case request headers (authorization removed). */
  headers: Record<string, string>;
  /** An App JWT or installation token, when the request carried one. */
  credential?: AppCredential;
}
export interface Reply {
  /** The request was not something the fake supports (recorded with route null). */
  unsupported?: boolean;
  status?: number;
  body: unknown;
  /** Sent as is instead of JSON (with a content-type in `headers`). */
  text?: string;
  headers?: Record<string, string>;
}
export type Handler = (ctx: Ctx) => Reply;

export function paginate(ctx: Ctx, items: unknown[]): { page: unknown[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page) || 30));
  const page = Math.max(1, Number(ctx.query.page) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number): string => {
    const q = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(p) });
    return `${ctx.base}${ctx.path}?${q.toString()}`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
  if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: rels.length > 0 ? { link: rels.join(', ') } : {},
  };
}
