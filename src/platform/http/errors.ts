// Errors carry a code; the code decides the HTTP status here, in one place, and the texts come from
// platform/i18n/errors.ts in the user's language. Clients get RFC 9457 problem+json, never a stack trace or SQL.
import { conflictTexts, errorTexts, fieldTexts } from '../i18n/errors.ts';
import { interpolate, type Locale } from '../i18n/locale.ts';

export const statusByCode: Record<string, number> = {
  validation: 400,
  import_invalid: 400,
  malformed_json: 400,
  invalid_token: 400,
  wrong_password: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  mfa_required: 401,
  invalid_totp: 401,
  mfa_enrolment_required: 403,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  no_linked_person: 404,
  conflict: 409,
  possible_duplicates: 409,
  version_conflict: 409,
  person_merged: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unsupported_import_type: 415,
  unsupported_document_type: 415,
  account_locked: 429,
  too_many_requests: 429,
  internal: 500,
  service_unavailable: 503,
};

export type FieldError = { field: string; code: string; params?: Record<string, unknown> };

export class AppError extends Error {
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly fields: FieldError[];
  readonly retryAfterSeconds: number | undefined;
  /** Extension members of the problem document (RFC 9457 §3.2), e.g. the likely duplicates of a person. */
  readonly members: Record<string, unknown>;
  constructor(
    code: keyof typeof statusByCode,
    params: Record<string, unknown> = {},
    extra: { fields?: FieldError[]; retryAfterSeconds?: number; members?: Record<string, unknown> } = {},
  ) {
    super(code);
    this.code = code;
    this.params = params;
    this.fields = extra.fields ?? [];
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.members = extra.members ?? {};
  }
  get status(): number {
    return statusByCode[this.code] ?? 500;
  }
}

export const notFound = () => new AppError('not_found');
export const validationError = (fields: FieldError[]) => new AppError('validation', {}, { fields });

export type Problem = {
  [member: string]: unknown;
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: { field: string; code: string; message: string }[];
};

export function fieldMessage(
  code: string,
  params: Record<string, unknown> | undefined,
  locale: Locale,
): string {
  const text = fieldTexts[code]?.[locale] ?? fieldTexts.custom![locale];
  return interpolate(text, { message: code, ...params });
}

export function toProblem(err: AppError, locale: Locale, instance?: string): Problem {
  const texts = errorTexts[err.code]?.[locale] ?? errorTexts.internal![locale];
  const reason =
    typeof err.params.reason === 'string' ? conflictTexts[err.params.reason]?.[locale] : undefined;
  const problem: Problem = {
    type: `https://retelavoro.example/problems/${err.code.replace(/_/g, '-')}`,
    title: texts.title,
    status: err.status,
    detail: reason ? interpolate(reason, err.params) : interpolate(texts.detail, err.params),
    code: err.code,
  };
  if (instance) problem.instance = instance;
  Object.assign(problem, err.members);
  const changed = err.members.changedFields;
  if (Array.isArray(changed) && changed.length > 0) {
    problem.detail += ` ${locale === 'it' ? 'Campi modificati nel frattempo' : 'Fields changed meanwhile'}: ${changed.join(', ')}.`;
  }
  if (err.fields.length) {
    problem.errors = err.fields.map((f) => ({
      field: f.field,
      code: f.code,
      message: fieldMessage(f.code, f.params, locale),
    }));
    const list = problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    problem.detail = `${problem.detail} ${list}`;
  }
  return problem;
}
