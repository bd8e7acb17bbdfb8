// Maps any thrown error to RFC 9457 problem+json in the user's language. Unknown errors are logged with a
// reference and answered with a generic 500: no stack trace or SQL reaches the client.
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldTexts } from '../i18n/errors.ts';
import { AppError, type FieldError, toProblem } from './errors.ts';

type ZodishIssue = {
  instancePath: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
};

/** zod issues → one entry per field, named by its path (keys of unknown fields are named one by one). */
export function fieldErrorsFromIssues(issues: ZodishIssue[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const field = [prefix, path].filter(Boolean).join('.');
    const keys = issue.params.keys;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const k of keys)
        out.push({ field: [field, String(k)].filter(Boolean).join('.'), code: 'unrecognized_keys' });
      continue;
    }
    const missing = issue.keyword === 'invalid_type' && /received undefined/.test(issue.message);
    const code = fieldTexts[issue.message] ? issue.message : missing ? 'required' : issue.keyword;
    const params: Record<string, unknown> = { ...issue.params, message: issue.message };
    if (Array.isArray(params.values)) params.values = (params.values as unknown[]).join(', ');
    out.push({ field: field || '(body)', code, params });
  }
  return out;
}

function translateFrameworkError(err: FastifyError): AppError | null {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as { validationContext?: string }).validationContext;
    const prefix = where === 'body' ? '' : (where ?? '');
    return new AppError(
      'validation',
      {},
      { fields: fieldErrorsFromIssues(err.validation as ZodishIssue[], prefix) },
    );
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_json', { reason: err.message });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', { limit: '' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupported_media_type');
  }
  if (err instanceof SyntaxError && err.statusCode === 400)
    return new AppError('malformed_json', { reason: err.message });
  if (err.statusCode === 429)
    return new AppError('too_many_requests', { seconds: 60 }, { retryAfterSeconds: 60 });
  if (err.statusCode === 413) return new AppError('payload_too_large', { limit: '' });
  if (err.statusCode === 415) return new AppError('unsupported_media_type');
  if (err.statusCode === 404) return new AppError('not_found');
  return null;
}

export function sendProblem(reply: FastifyReply, req: FastifyRequest, err: AppError) {
  const problem = toProblem(err, req.locale ?? 'it', req.url);
  if (err.retryAfterSeconds !== undefined) reply.header('Retry-After', String(err.retryAfterSeconds));
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

export function problemErrorHandler(bodyLimit: number) {
  return (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    let appError = error instanceof AppError ? error : translateFrameworkError(error);
    // The route's own limit when it has one (uploads), else the app's.
    if (appError?.code === 'payload_too_large')
      appError = new AppError('payload_too_large', { limit: req.routeOptions?.bodyLimit ?? bodyLimit });
    if (!appError) {
      const reference = randomUUID();
      req.log.error({ err: error, reference }, 'unhandled error');
      appError = new AppError('internal', { reference });
    } else if (appError.status >= 500) {
      req.log.error({ err: error }, 'server error');
    }
    return sendProblem(reply, req, appError);
  };
}
