// HTTP routes of the Banca Dati Lavoro (people). Reads state their purpose (?purpose=…): it goes into the audit log.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, okSchema, problems, typed } from '../../platform/http/route.ts';
import { auditTrailRoutes } from './audit-trail-routes.ts';
import { candidateCardRoutes } from './candidate-card-routes.ts';
import { consentRoutes } from './consent-routes.ts';
import {
  duplicateCandidate,
  duplicateCheckInput,
  personInput,
  personReadQuery,
  personUpdate,
  personView,
  specialRecordInput,
  specialRecordView,
} from './contract.ts';
import { cvRoutes } from './cv-routes.ts';
import { documentRoutes } from './documents-routes.ts';
import { importRoutes } from './import-routes.ts';
import { mergeRoutes } from './merge-routes.ts';
import { rightsRoutes } from './rights-routes.ts';
import { searchRoutes } from './search-routes.ts';
import * as service from './service.ts';

const tags = ['people'];

export async function peopleRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.post(
    '/api/people',
    {
      schema: {
        operationId: 'createPerson',
        tags,
        body: personInput,
        response: { 201: personView, ...problems(400, 401, 403, 409) },
      },
      config: { action: 'person.create' },
    },
    async (req, reply) => reply.status(201).send(await service.createPerson(deps, actorOf(req), req.body)),
  );
  app.post(
    '/api/people/duplicates',
    {
      schema: {
        operationId: 'findPersonDuplicates',
        tags,
        body: duplicateCheckInput,
        response: { 200: z.object({ items: z.array(duplicateCandidate) }), ...problems(400, 401, 403) },
      },
      config: { action: 'person.read' },
    },
    async (req) => ({
      items: await deps.db.transaction((tx) => service.findDuplicates(tx, actorOf(req), req.body)),
    }),
  );
  app.get(
    '/api/people/:id',
    {
      schema: {
        operationId: 'getPerson',
        tags,
        params: idParams,
        querystring: personReadQuery,
        // 410 person_merged: the record was merged into another (`survivorId` names it).
        response: { 200: personView, ...problems(400, 401, 403, 404, 410) },
      },
      config: { action: 'person.read' },
    },
    async (req) => service.getPerson(deps, actorOf(req), req.params.id, req.query.purpose),
  );
  app.put(
    '/api/people/:id',
    {
      schema: {
        operationId: 'updatePerson',
        tags,
        params: idParams,
        body: personUpdate,
        response: { 200: personView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'person.update' },
    },
    async (req) => service.updatePerson(deps, actorOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/people/:id/special-records',
    {
      schema: {
        operationId: 'putSpecialRecord',
        tags,
        params: idParams,
        body: specialRecordInput,
        response: { 200: okSchema, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.special_category.write' },
    },
    async (req) => {
      await service.putSpecialRecord(deps, actorOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/people/:id/special-records',
    {
      schema: {
        operationId: 'listSpecialRecords',
        tags,
        params: idParams,
        querystring: personReadQuery,
        response: { 200: z.object({ items: z.array(specialRecordView) }), ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.special_category.read' },
    },
    async (req) => ({
      items: await service.listSpecialRecords(deps, actorOf(req), req.params.id, req.query.purpose),
    }),
  );
  await cvRoutes(fastify, deps);
  await auditTrailRoutes(fastify, deps);
  await documentRoutes(fastify, deps);
  await consentRoutes(fastify, deps);
  await candidateCardRoutes(fastify, deps);
  await searchRoutes(fastify, deps);
  await importRoutes(fastify, deps);
  await rightsRoutes(fastify, deps);
  await mergeRoutes(fastify, deps);
}
