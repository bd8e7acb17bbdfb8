// HTTP routes of the data-subject rights: access request (JSON or PDF download), erasure, retention preview.
// GET /api/people/retention-preview is a static path: Fastify's router prefers it to /api/people/:id.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { erasePerson, exportPersonData } from './rights.ts';
import { personDataPdf } from './rights-pdf.ts';
import { flagInactive } from './rights-retention.ts';

const tags = ['people'];

export async function rightsRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/people/:id/data-export',
    {
      schema: {
        operationId: 'exportPersonData',
        tags,
        params: idParams,
        querystring: z.strictObject({ format: z.enum(['json', 'pdf']).default('json') }),
        produces: ['application/json', 'application/pdf'],
      },
      config: { action: 'person.data_export' },
    },
    async (req, reply) => {
      const format = req.query.format;
      const data = await exportPersonData(deps, actorOf(req), req.params.id, format);
      const stamp = deps.now().toISOString().slice(0, 10);
      reply.header('Content-Disposition', `attachment; filename="dati-personali-${stamp}.${format}"`);
      if (format === 'pdf') return reply.type('application/pdf').send(await personDataPdf(data));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
    },
  );
  app.post(
    '/api/people/:id/erase',
    {
      schema: {
        operationId: 'erasePerson',
        tags,
        params: idParams,
        response: {
          200: z.object({ ok: z.literal(true), anonymisedAt: z.string() }),
          ...problems(401, 403, 404),
        },
      },
      config: { action: 'person.erase' },
    },
    async (req) => erasePerson(deps, actorOf(req), req.params.id),
  );
  app.get(
    '/api/people/retention-preview',
    {
      schema: {
        operationId: 'previewRetention',
        tags,
        response: {
          200: z.object({
            inactiveMonths: z.number().int(),
            items: z.array(
              z.object({
                id: z.uuid(),
                givenName: z.string(),
                familyName: z.string(),
                ownerOrganisationName: z.string(),
                updatedAt: z.string(),
                anonymiseFrom: z.string(),
              }),
            ),
          }),
          ...problems(401, 403),
        },
      },
      config: { action: 'person.erase' },
    },
    async (req) => ({
      inactiveMonths: deps.config.retention.inactiveMonths,
      items: await flagInactive(deps, actorOf(req), deps.now()),
    }),
  );
}
