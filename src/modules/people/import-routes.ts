// HTTP routes of the spreadsheet import (Banca Dati Lavoro). The body is the file itself (text/csv or the XLSX
// media type), up to 20 MB; what it really is gets decided by its bytes (import/read.ts). A dry run answers with
// the columns, the suggested mapping and every error; a commit writes everything or nothing — in the request for
// small files, as a background job (202, then GET …/:jobId) for big ones or when asked with background=true.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { AppError, validationError } from '../../platform/http/errors.ts';
import { actorOf, problems, typed } from '../../platform/http/route.ts';
import { type ColumnMapping, importTargets } from './import/mapping.ts';
import { MAX_IMPORT_BYTES } from './import/read.ts';
import { commitImport, dryRunImport, getImportJob, startImportJob } from './import/service.ts';

const tags = ['people'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Above this size (≈ 5,000 rows of CSV) the commit runs in the background. */
const BACKGROUND_FROM_BYTES = 1024 * 1024;

const mappingSchema = z.partialRecord(z.enum(importTargets), z.string().min(1).max(200));
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const importQuery = z.strictObject({
  dryRun: bool.default(true),
  /** JSON object: target field → header of the column that feeds it, e.g. {"taxCode":"CF"}. */
  mapping: z.string().max(5000).optional(),
  background: bool.optional(),
  filename: z.string().max(200).optional(),
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
  encoding: z.string().nullable(),
  columns: z.array(z.string()),
  suggestedMapping: mappingSchema,
  mapping: mappingSchema,
  rows: z.number().int(),
  valid: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  errors: z.array(importError),
  errorCount: z.number().int(),
  sample: z.array(z.record(z.string(), z.unknown())),
});
const commitView = z.object({
  importId: z.uuid(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  fileSha256: z.string(),
});
const jobView = z.object({
  jobId: z.uuid(),
  phase: z.enum(['queued', 'reading', 'validating', 'writing', 'done', 'failed']),
  processed: z.number().int(),
  total: z.number().int(),
  done: z.boolean(),
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      errors: z.array(importError).optional(),
      errorCount: z.number().int().optional(),
    })
    .nullable(),
  result: commitView.nullable(),
});

function parseMapping(raw: string | undefined): ColumnMapping | undefined {
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

export async function importRoutes(fastify: FastifyInstance, deps: Deps) {
  typed(fastify).get(
    '/api/people/import/:jobId',
    {
      schema: {
        operationId: 'getPeopleImport',
        tags,
        params: z.strictObject({ jobId: z.uuid() }),
        response: { 200: jobView, ...problems(401, 403, 404) },
      },
      config: { action: 'person.import' },
    },
    async (req) => getImportJob(actorOf(req), req.params.jobId),
  );

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
      '/api/people/import',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          operationId: 'importPeople',
          tags,
          description:
            'Imports people from a spreadsheet: the body is the file (Content-Type text/csv or the XLSX type), ' +
            'at most 20 MB and 200,000 rows. dryRun=true (default) validates and reports; dryRun=false writes ' +
            'all rows or none (upsert by codice fiscale). Big files answer 202 {jobId}: poll getPeopleImport.',
          querystring: importQuery,
          response: {
            200: z.union([dryRunView, commitView]),
            202: jobView,
            ...problems(400, 401, 403, 413, 415),
          },
        },
        config: { action: 'person.import' },
      },
      async (req, reply) => {
        const body = req.body;
        // A JSON body reaches here through the app's JSON parser: the file must be sent as the file itself.
        if (!Buffer.isBuffer(body)) throw new AppError('unsupported_import_type');
        const actor = actorOf(req);
        const file = { bytes: body, name: req.query.filename };
        const options = { mapping: parseMapping(req.query.mapping), locale: req.locale };
        if (req.query.dryRun) return dryRunImport(deps, actor, file, options);
        if (req.query.background ?? body.length >= BACKGROUND_FROM_BYTES)
          return reply.status(202).send(startImportJob(deps, actor, file, options));
        return commitImport(deps, actor, file, options);
      },
    );
  });
}
