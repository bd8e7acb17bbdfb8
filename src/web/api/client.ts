// The API client: JSON over fetch with the session cookie, the CSRF header on every state-changing request, and
// RFC 9457 problem+json errors turned into ApiError (whose texts the server has already localized).

export type FieldProblem = { field: string; code: string; message: string };
export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;
  constructor(problem: Problem, retryAfterSeconds: number | null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
  get code(): string | undefined {
    return this.problem.code;
  }
}

let csrfToken: string | null = null;
let language = 'it';
/** The interface language, sent as Accept-Language so that server texts (errors) match the interface. */
export function setRequestLanguage(lang: string): void {
  language = lang;
}
/** Set from GET /api/auth/session; sent as X-CSRF-Token on every POST/PUT/PATCH/DELETE. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** A query string without empty values, e.g. `?q=chi&limit=20` (or '' when nothing is left). */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

type Options = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; query?: Query };

/** Listeners told when the server answers 401 (the session is gone): the app then reloads the session. */
const unauthenticatedListeners = new Set<() => void>();
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export async function api<T>(path: string, options: Options = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}${queryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ title: '', status: 0, code: 'network_error' }, null);
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  throw await problemOf(response, path);
}

/** The error of a failed response: its problem+json body (or the status line) as an ApiError. */
async function problemOf(response: Response, path: string): Promise<ApiError> {
  let problem: Problem;
  try {
    const body = (await response.json()) as Partial<Problem>;
    problem = { ...body, title: body.title ?? response.statusText, status: body.status ?? response.status };
  } catch {
    problem = { title: response.statusText, status: response.status };
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  const error = new ApiError(problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  if (response.status === 401 && path !== '/auth/session' && !path.startsWith('/auth/')) {
    for (const listener of unauthenticatedListeners) listener();
  }
  return error;
}

/** POSTs a file as the request body (with its own content type), e.g. a spreadsheet to import; JSON answer. */
export async function apiUpload<T>(path: string, file: File, query?: Query): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
    'Content-Type': file.type || 'application/octet-stream',
  };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}${queryString(query)}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError({ title: '', status: 0, code: 'network_error' }, null);
  }
  if (response.ok) return (await response.json()) as T;
  throw await problemOf(response, path);
}

export const apiGet = <T>(path: string, query?: Query) => api<T>(path, { query });
export const apiPost = <T>(path: string, body?: unknown) =>
  api<T>(path, { method: 'POST', body: body ?? {} });
export const apiPut = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body });
export const apiPatch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const apiDelete = <T>(path: string, body?: unknown) => api<T>(path, { method: 'DELETE', body });
