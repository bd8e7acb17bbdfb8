// HTTP routes of consent per purpose: the current state and the full history (read with ?purpose=…, audited), and
// the recording of a grant or a withdrawal (appended, audited).
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { listConsents, recordConsent } from './consent.ts';
import { consentInput, consentReadQuery, consentsView } from './consent-contract.ts';

const tags = ['people'];

export async function consentRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/people/:id/consents',
    {
      schema: {
        operationId: 'listConsents',
        tags,
        params: idParams,
        querystring: consentReadQuery,
        response: { 200: consentsView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.read' },
    },
    async (req) => listConsents(deps, actorOf(req), req.params.id, req.query.purpose),
  );
  app.post(
    '/api/people/:id/consents',
    {
      schema: {
        operationId: 'recordConsent',
        tags,
        params: idParams,
        body: consentInput,
        response: { 201: consentsView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.update' },
    },
    async (req, reply) =>
      reply.status(201).send(await recordConsent(deps, actorOf(req), req.params.id, req.body)),
  );
}
