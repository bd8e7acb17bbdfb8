// HTTP routes of the CV of a person: read with a stated purpose (?purpose=…, audited) and labels in ?lang=it|en;
// replaced as a whole with the person's version (409 version_conflict with the fields changed meanwhile).
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { personReadQuery } from './contract.ts';
import { getCv, replaceCv } from './cv.ts';
import { cvReadQuery, cvUpdate, cvView } from './cv-contract.ts';
import { getEuropassCv } from './cv-europass.ts';
import { europassPdf } from './cv-pdf.ts';

const tags = ['people'];

export async function cvRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/people/:id/cv',
    {
      schema: {
        operationId: 'getPersonCv',
        tags,
        params: idParams,
        querystring: cvReadQuery,
        response: { 200: cvView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.read' },
    },
    async (req) => getCv(deps, actorOf(req), req.params.id, req.query.purpose, req.query.lang),
  );
  app.get(
    '/api/people/:id/cv.pdf',
    {
      schema: {
        operationId: 'getPersonCvPdf',
        tags,
        description:
          'The CV as a Europass-style PDF in Italian (no codice fiscale, no special-category data).',
        params: idParams,
        querystring: personReadQuery,
        produces: ['application/pdf'],
      },
      config: { action: 'person.read' },
    },
    async (req, reply) => {
      const cv = await getEuropassCv(deps, actorOf(req), req.params.id, req.query.purpose);
      const pdf = await europassPdf(cv);
      const name = cv.name
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      return reply
        .header('Content-Disposition', `attachment; filename="CV-Europass-${name || 'persona'}.pdf"`)
        .header('Cache-Control', 'private, no-store')
        .type('application/pdf')
        .send(pdf);
    },
  );
  app.put(
    '/api/people/:id/cv',
    {
      schema: {
        operationId: 'updatePersonCv',
        tags,
        params: idParams,
        body: cvUpdate,
        response: { 200: cvView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'person.update' },
    },
    async (req) => replaceCv(deps, actorOf(req), req.params.id, req.body),
  );
}
