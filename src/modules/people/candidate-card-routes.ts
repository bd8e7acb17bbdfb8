// HTTP route of the anonymised candidate card (employers of the network see it only with the person's consent).
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { getCandidateCard } from './candidate-card.ts';
import { candidateCard, candidateCardQuery } from './candidate-card-contract.ts';

export async function candidateCardRoutes(fastify: FastifyInstance, deps: Deps) {
  typed(fastify).get(
    '/api/people/:id/card',
    {
      schema: {
        operationId: 'getCandidateCard',
        tags: ['people'],
        params: idParams,
        querystring: candidateCardQuery,
        response: { 200: candidateCard, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.card.read' },
    },
    async (req) => getCandidateCard(deps, actorOf(req), req.params.id, req.query.lang),
  );
}
