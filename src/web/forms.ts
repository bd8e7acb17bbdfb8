// Form helpers: zod issues and problem+json field errors → one message per field.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { ApiError } from './api/client.ts';

export type FieldErrors = Record<string, string>;

type Issue = { path: PropertyKey[]; code: string; message: string; minimum?: unknown; maximum?: unknown };

/** Translates a zod issue: by the custom message key when it is one (e.g. invalid_tax_code), else by its code. */
export function issueMessage(issue: Issue, t: TFunction): string {
  const byMessage = `validation.${issue.message}`;
  if (/^[a-z_]+$/.test(issue.message) && t(byMessage) !== byMessage) return t(byMessage);
  if (issue.code === 'too_small' && issue.minimum === 1) return t('validation.required');
  const byCode = `validation.${issue.code}`;
  const params = { min: issue.minimum, max: issue.maximum };
  return t(byCode) !== byCode ? t(byCode, params) : t('validation.invalid');
}

/** Validates `value` with a zod schema: the parsed data, or the first message of each field. */
export function validate<T>(
  schema: ZodType<T>,
  value: unknown,
  t: TFunction,
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues as Issue[]) {
    const field = issue.path.map(String).join('.') || '_';
    errors[field] ??= issueMessage(issue, t);
  }
  return { ok: false, errors };
}

/** The server's field errors (already localized) by field name. */
export function serverFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (error instanceof ApiError) {
    for (const e of error.problem.errors ?? []) errors[e.field] ??= e.message;
  }
  return errors;
}

/** '' → null, so optional text fields are sent as null rather than as empty strings. */
export function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The state every form shares — field errors, the request's problem, busy — and one `submit` that validates with
 * the contract's zod schema, sends, and puts the server's field errors back on the fields. `extra` adds checks the
 * schema cannot make (e.g. "passwords differ"). Resolves to true when the request succeeded.
 */
export function useSubmit() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit<T>(
    schema: ZodType<T>,
    value: unknown,
    send: (data: T) => Promise<unknown>,
    extra: FieldErrors = {},
  ): Promise<boolean> {
    setError(null);
    const checked = validate(schema, value, t);
    if (!checked.ok || Object.keys(extra).length > 0) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...extra });
      return false;
    }
    setErrors({});
    setBusy(true);
    try {
      await send(checked.data);
      return true;
    } catch (err) {
      setError(err);
      setErrors(serverFieldErrors(err));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { errors, error, busy, submit };
}
