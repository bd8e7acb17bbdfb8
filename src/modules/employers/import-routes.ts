// HTTP route of the employers import: the body is the file itself (text/csv or the XLSX media type), like the
// people import. dryRun=true (default) lists every bad row with its reason and field; dryRun=false writes all rows
// or none (upsert by codice fiscale).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { AppError, validationError } from '../../platform/http/errors.ts';
import { actorOf, problems, typed } from '../../platform/http/route.ts';
import { MAX_IMPORT_BYTES } from '../people/import/read.ts';
import { commitEmployerImport, dryRunEmployerImport } from './import/import.ts';
import { type EmployerMapping, employerImportTargets } from './import/mapping.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const mappingSchema = z.partialRecord(z.enum(employerImportTargets), z.string().min(1).max(200));
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const importQuery = z.strictObject({
  dryRun: bool.default(true),
  /** JSON object: target field → header of the column that feeds it, e.g. {"taxCode":"CF"}. */
  mapping: z.string().max(5000).optional(),
  /** ATECO version of the codes when the file has no version column (default 2025, in force since April 2025). */
  atecoVersion: z.enum(['2007', '2025']).optional(),
});
const importError = z.object({
  row: z.number().int(),
  column: z.string(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
const dryRunView = z.object({
  format: z.enum(['csv', 'xlsx']),
  columns: z.array(z.string()),
  mapping: mappingSchema,
  rows: z.number().int(),
  valid: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  errors: z.array(importError),
  errorCount: z.number().int(),
});
const commitView = z.object({
  importId: z.uuid(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  fileSha256: z.string(),
});

function parseMapping(raw: string | undefined): EmployerMapping | undefined {
  if (raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw validationError([{ field: 'mapping', code: 'custom', params: { message: 'mapping is not JSON' } }]);
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success)
    throw validationError([
      { field: 'mapping', code: 'custom', params: { message: parsed.error.issues[0]?.message ?? 'invalid' } },
    ]);
  return parsed.data;
}

export async function employerImportRoutes(fastify: FastifyInstance, deps: Deps) {
  // The spreadsheet parsers and the 20 MB limit exist in this scope only (the rest of the API speaks JSON).
  await fastify.register(async (scope) => {
    for (const type of ['text/csv', XLSX_TYPE]) {
      scope.addContentTypeParser(
        type,
        { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
        (_req, body, done) => done(null, body),
      );
    }
    typed(scope).post(
      '/api/employers/import',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          operationId: 'importEmployers',
          tags: ['employers'],
          description:
            'Imports employers from a spreadsheet (Content-Type text/csv or the XLSX type, at most 20,000 rows). ' +
            'dryRun=true (default) validates and lists every bad row; dryRun=false writes all rows or none ' +
            '(upsert by codice fiscale: a known code updates the employer).',
          querystring: importQuery,
          response: { 200: z.union([dryRunView, commitView]), ...problems(400, 401, 403, 413, 415) },
        },
        config: { action: 'employer.import' },
      },
      async (req) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_import_type');
        const options = {
          mapping: parseMapping(req.query.mapping),
          atecoVersion: req.query.atecoVersion,
          locale: req.locale,
        };
        return req.query.dryRun
          ? dryRunEmployerImport(deps, actorOf(req), req.body, options)
          : commitEmployerImport(deps, actorOf(req), req.body, options);
      },
    );
  });
}
