// HTTP routes of the merge of duplicate person records (person.merge).
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { mergePeople } from './merge.ts';
import { listPersonDuplicates } from './merge-candidates.ts';
import { duplicatesOfPerson, mergeInput, mergePreview } from './merge-contract.ts';

const tags = ['people'];

export async function mergeRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/people/:id/duplicates',
    {
      schema: {
        operationId: 'listPersonDuplicates',
        tags,
        params: idParams,
        response: { 200: duplicatesOfPerson, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.merge' },
    },
    async (req) => listPersonDuplicates(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/people/merges',
    {
      schema: {
        operationId: 'mergePeople',
        tags,
        body: mergeInput,
        response: { 200: mergePreview, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'person.merge' },
    },
    async (req) => mergePeople(deps, actorOf(req), req.body),
  );
}
