// HTTP route of a person's audit trail (who read or changed the record, including the person themselves).
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { personAuditPage, personAuditQuery, personAuditTrail } from './audit-trail.ts';

export async function auditTrailRoutes(fastify: FastifyInstance, deps: Deps) {
  typed(fastify).get(
    '/api/people/:id/audit-trail',
    {
      schema: {
        operationId: 'getPersonAuditTrail',
        tags: ['people'],
        params: idParams,
        querystring: personAuditQuery,
        response: { 200: personAuditPage, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.read' },
    },
    async (req) => personAuditTrail(deps, actorOf(req), req.params.id, req.query),
  );
}
