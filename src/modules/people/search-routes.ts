// HTTP routes of the Banca Dati Lavoro search: the paged search, its XLSX/CSV export and the user's saved
// searches. GET /api/people/export is a static path: Fastify's router prefers it to /api/people/:id.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, okSchema, problems, typed } from '../../platform/http/route.ts';
import {
  createSavedSearch,
  deleteSavedSearch,
  exportSearch,
  listSavedSearches,
  searchPeople,
} from './search.ts';
import {
  savedSearchInput,
  savedSearchView,
  searchExportQuery,
  searchPage,
  searchQuery,
} from './search-contract.ts';
import { searchCsv, searchXlsx } from './search-export.ts';

const tags = ['people'];

export async function searchRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/people',
    {
      schema: {
        operationId: 'searchPeople',
        tags,
        querystring: searchQuery,
        response: { 200: searchPage, ...problems(400, 401, 403) },
      },
      config: { action: 'person.read' },
    },
    async (req) => searchPeople(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/people/export',
    {
      schema: {
        operationId: 'exportPeople',
        tags,
        querystring: searchExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
      config: { action: 'person.export' },
    },
    async (req, reply) => {
      const { rows, truncated } = await exportSearch(deps, actorOf(req), req.query);
      const stamp = deps.now().toISOString().slice(0, 10);
      const format = req.query.format;
      reply.header('Content-Disposition', `attachment; filename="banca-dati-lavoro-${stamp}.${format}"`);
      reply.header('X-Result-Truncated', String(truncated));
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(searchCsv(rows));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await searchXlsx(rows));
    },
  );
  app.post(
    '/api/saved-searches',
    {
      schema: {
        operationId: 'createSavedSearch',
        tags,
        body: savedSearchInput,
        response: { 201: savedSearchView, ...problems(400, 401, 403) },
      },
      config: { action: 'person.read' },
    },
    async (req, reply) => reply.status(201).send(await createSavedSearch(deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/saved-searches',
    {
      schema: {
        operationId: 'listSavedSearches',
        tags,
        response: { 200: z.object({ items: z.array(savedSearchView) }), ...problems(401, 403) },
      },
      config: { action: 'person.read' },
    },
    async (req) => ({ items: await listSavedSearches(deps, actorOf(req)) }),
  );
  app.delete(
    '/api/saved-searches/:id',
    {
      schema: {
        operationId: 'deleteSavedSearch',
        tags,
        params: idParams,
        response: { 200: okSchema, ...problems(401, 403, 404) },
      },
      config: { action: 'person.read' },
    },
    async (req) => {
      await deleteSavedSearch(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
