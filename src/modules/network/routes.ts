// HTTP routes of the network module. Thin: validate (zod), ask the service, return the contract's shape.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, okSchema, problems, typed } from '../../platform/http/route.ts';
import {
  comune,
  comuneQuery,
  networkInput,
  networkSummary,
  networkTiers,
  organisationDetail,
  organisationInput,
  organisationList,
  organisationListQuery,
  organisationUpdate,
  subdivision,
} from './contract.ts';
import * as service from './service.ts';

const tags = ['network'];

export async function networkRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/networks',
    {
      schema: {
        operationId: 'listNetworks',
        tags,
        response: { 200: z.object({ items: z.array(networkSummary) }), ...problems(401, 403) },
      },
      config: { action: 'network.read' },
    },
    async (req) => ({ items: await service.listNetworks(deps, actorOf(req)) }),
  );
  app.get(
    '/api/networks/:id',
    {
      schema: {
        operationId: 'getNetwork',
        tags,
        params: idParams,
        response: { 200: networkSummary, ...problems(401, 403, 404) },
      },
      config: { action: 'network.read' },
    },
    async (req) => service.getNetwork(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/networks',
    {
      schema: {
        operationId: 'createNetwork',
        tags,
        body: networkInput,
        response: { 201: networkSummary, ...problems(400, 401, 403) },
      },
      config: { action: 'network.manage' },
    },
    async (req, reply) => reply.status(201).send(await service.createNetwork(deps, actorOf(req), req.body)),
  );
  app.put(
    '/api/networks/:id',
    {
      schema: {
        operationId: 'updateNetwork',
        tags,
        params: idParams,
        body: networkInput,
        response: { 200: networkSummary, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'network.manage' },
    },
    async (req) => service.updateNetwork(deps, actorOf(req), req.params.id, req.body),
  );
  const memberParams = z.strictObject({ id: z.uuid(), organisationId: z.uuid() });
  app.put(
    '/api/networks/:id/members/:organisationId',
    {
      schema: {
        operationId: 'setNetworkMember',
        tags,
        params: memberParams,
        body: z.strictObject({ tier: z.enum(networkTiers) }),
        response: { 200: okSchema, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'network.manage' },
    },
    async (req) => {
      await service.setNetworkMember(
        deps,
        actorOf(req),
        req.params.id,
        req.params.organisationId,
        req.body.tier,
      );
      return { ok: true as const };
    },
  );
  app.delete(
    '/api/networks/:id/members/:organisationId',
    {
      schema: {
        operationId: 'removeNetworkMember',
        tags,
        params: memberParams,
        response: { 200: okSchema, ...problems(401, 403, 404, 409) },
      },
      config: { action: 'network.manage' },
    },
    async (req) => {
      await service.removeNetworkMember(deps, actorOf(req), req.params.id, req.params.organisationId);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        tags,
        querystring: organisationListQuery,
        response: { 200: organisationList, ...problems(400, 401, 403) },
      },
      config: { action: 'organisation.read' },
    },
    async (req) => service.listOrganisations(deps, actorOf(req), req.query),
  );
  app.post(
    '/api/organisations',
    {
      schema: {
        operationId: 'createOrganisation',
        tags,
        body: organisationInput,
        response: { 201: organisationDetail, ...problems(400, 401, 403, 409) },
      },
      config: { action: 'organisation.create' },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createOrganisation(deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/organisations/:id',
    {
      schema: {
        operationId: 'getOrganisation',
        tags,
        params: idParams,
        response: { 200: organisationDetail, ...problems(401, 403, 404) },
      },
      config: { action: 'organisation.read' },
    },
    async (req) => service.getOrganisation(deps, actorOf(req), req.params.id),
  );
  app.put(
    '/api/organisations/:id',
    {
      schema: {
        operationId: 'updateOrganisation',
        tags,
        params: idParams,
        body: organisationUpdate,
        response: { 200: organisationDetail, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'organisation.update' },
    },
    async (req) => service.updateOrganisation(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/comuni',
    {
      schema: {
        operationId: 'searchComuni',
        tags,
        querystring: comuneQuery,
        response: { 200: z.object({ items: z.array(comune) }), ...problems(400, 401) },
      },
    },
    async (req) => ({ items: await service.searchComuni(deps, actorOf(req), req.query.q, req.query.limit) }),
  );
  app.get(
    '/api/comuni/:code/subdivisions',
    {
      schema: {
        operationId: 'listSubdivisions',
        tags,
        params: z.strictObject({ code: z.string().regex(/^\d{6}$/) }),
        response: { 200: z.object({ items: z.array(subdivision) }), ...problems(400, 401) },
      },
    },
    async (req) => ({ items: await service.listSubdivisions(deps, req.params.code) }),
  );
}
