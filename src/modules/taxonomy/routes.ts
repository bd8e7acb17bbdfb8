// HTTP routes of the taxonomy module. Thin: validate (zod), ask the service, return the contract's shape.
// An occupation is read with its URI in the query string (?uri=…): concept URIs contain slashes, which do not
// survive every proxy when encoded in a path segment.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { validationError } from '../../platform/http/errors.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import {
  codeListEntry,
  codeListParams,
  importJob,
  importQuery,
  langQuery,
  occupationDetail,
  occupationQuery,
  occupationSearchQuery,
  occupationSummary,
  skillSearchQuery,
  skillSummary,
} from './contract.ts';
import * as service from './service.ts';

const tags = ['taxonomy'];
/** An ESCO bundle in one language is ≈ 80 MB uncompressed but ≈ 10 MB zipped; 200 MB leaves room. */
const IMPORT_BODY_LIMIT = 200 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function taxonomyRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/taxonomy/occupations',
    {
      schema: {
        operationId: 'searchOccupations',
        tags,
        querystring: occupationSearchQuery,
        response: { 200: z.object({ items: z.array(occupationSummary) }), ...problems(400, 401, 403) },
      },
      config: { action: 'taxonomy.read' },
    },
    async (req) => ({ items: await service.searchOccupations(deps, actorOf(req), req.query) }),
  );
  app.get(
    '/api/taxonomy/occupation',
    {
      schema: {
        operationId: 'getOccupation',
        tags,
        querystring: occupationQuery,
        response: { 200: occupationDetail, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'taxonomy.read' },
    },
    async (req) => service.getOccupation(deps, actorOf(req), req.query.uri, req.query.lang),
  );
  app.get(
    '/api/taxonomy/skills',
    {
      schema: {
        operationId: 'searchSkills',
        tags,
        querystring: skillSearchQuery,
        response: { 200: z.object({ items: z.array(skillSummary) }), ...problems(400, 401, 403) },
      },
      config: { action: 'taxonomy.read' },
    },
    async (req) => ({ items: await service.searchSkills(deps, actorOf(req), req.query) }),
  );
  app.get(
    '/api/taxonomy/code-lists/:scheme',
    {
      schema: {
        operationId: 'listCodeList',
        tags,
        params: codeListParams,
        querystring: langQuery,
        response: { 200: z.object({ items: z.array(codeListEntry) }), ...problems(400, 401, 403, 404) },
      },
      config: { action: 'taxonomy.read' },
    },
    async (req) => ({
      items: await service.listCodeList(deps, actorOf(req), req.params.scheme, req.query.lang),
    }),
  );
  app.get(
    '/api/taxonomy/imports',
    {
      schema: {
        operationId: 'listTaxonomyImports',
        tags,
        response: { 200: z.object({ items: z.array(importJob) }), ...problems(401, 403) },
      },
      config: { action: 'taxonomy.manage' },
    },
    async (req) => ({ items: await service.listImports(deps, actorOf(req)) }),
  );
  app.get(
    '/api/taxonomy/imports/:id',
    {
      schema: {
        operationId: 'getTaxonomyImport',
        tags,
        params: idParams,
        response: { 200: importJob, ...problems(401, 403, 404) },
      },
      config: { action: 'taxonomy.manage' },
    },
    async (req) => service.getImport(deps, actorOf(req), req.params.id),
  );

  // The upload takes the zip itself as the body; the zip parser and the large body limit exist in this scope only.
  await fastify.register(async (scope) => {
    scope.addContentTypeParser(
      'application/zip',
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    typed(scope).post(
      '/api/taxonomy/imports',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          operationId: 'importTaxonomy',
          tags,
          description:
            'Imports an official ESCO CSV bundle (any language, v1.1 or later). Body: the zip file, ' +
            'Content-Type application/zip. Answers 202 with the job; poll getTaxonomyImport.',
          querystring: importQuery,
          response: { 202: importJob, ...problems(400, 401, 403, 413, 415) },
        },
        config: { action: 'taxonomy.manage' },
      },
      async (req, reply) => {
        const body = req.body;
        if (!Buffer.isBuffer(body) || !body.subarray(0, 4).equals(ZIP_MAGIC)) {
          throw validationError([
            { field: '(body)', code: 'invalid_esco_bundle', params: { message: 'not a zip file' } },
          ]);
        }
        const file = path.join(tmpdir(), `retelavoro-import-${randomUUID()}.zip`);
        await writeFile(file, body, { mode: 0o600 });
        const filename = path.basename(req.query.filename ?? 'upload.zip');
        const job = await service.startImport(deps, actorOf(req), {
          file,
          filename,
          version: req.query.version,
          onFinished: (err) => {
            if (err) req.log.warn({ err, job: file }, 'taxonomy import failed');
          },
        });
        return reply.status(202).send(job);
      },
    );
  });
}
