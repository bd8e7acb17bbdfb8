// HTTP routes of the employers registry. A record outside the caller's scope answers 404 (employer users see only
// their own company); bad input answers 400 with the fields named; a codice fiscale already recorded answers 409
// naming the existing employer; a stale version answers 409 with the fields changed meanwhile.
import './texts.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import {
  contactInput,
  employerInput,
  employerListQuery,
  employerListView,
  employerUpdate,
  employerView,
  siteInput,
} from './contract.ts';
import { employerImportRoutes } from './import-routes.ts';
import * as service from './service.ts';
import { changeContact, changeSite } from './sites.ts';

const tags = ['employers'];
const partParams = z.strictObject({ id: z.uuid(), partId: z.uuid() });

export async function employerRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.post(
    '/api/employers',
    {
      schema: {
        operationId: 'createEmployer',
        tags,
        body: employerInput,
        response: { 201: employerView, ...problems(400, 401, 403, 409) },
      },
      config: { action: 'employer.create' },
    },
    async (req, reply) => reply.status(201).send(await service.createEmployer(deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/employers',
    {
      schema: {
        operationId: 'listEmployers',
        tags,
        querystring: employerListQuery,
        response: { 200: employerListView, ...problems(400, 401, 403) },
      },
      config: { action: 'employer.read' },
    },
    async (req) => service.listEmployers(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/employers/mine',
    {
      schema: {
        operationId: 'getOwnEmployer',
        tags,
        description:
          'The employer record of the caller’s organisation (“La mia azienda”); 404 when there is none.',
        response: { 200: employerView, ...problems(401, 403, 404) },
      },
      config: { action: 'employer.read' },
    },
    async (req) => service.getOwnEmployer(deps, actorOf(req)),
  );
  app.get(
    '/api/employers/:id',
    {
      schema: {
        operationId: 'getEmployer',
        tags,
        params: idParams,
        response: { 200: employerView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'employer.read' },
    },
    async (req) => service.getEmployer(deps, actorOf(req), req.params.id),
  );
  app.put(
    '/api/employers/:id',
    {
      schema: {
        operationId: 'updateEmployer',
        tags,
        params: idParams,
        body: employerUpdate,
        response: { 200: employerView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'employer.update' },
    },
    async (req) => service.updateEmployer(deps, actorOf(req), req.params.id, req.body),
  );
  // Sites and contacts, one by one.
  const parts = [
    { path: 'sites', name: 'EmployerSite', body: siteInput, change: changeSite },
    { path: 'contacts', name: 'EmployerContact', body: contactInput, change: changeContact },
  ] as const;
  for (const part of parts) {
    app.post(
      `/api/employers/:id/${part.path}`,
      {
        schema: {
          operationId: `add${part.name}`,
          tags,
          params: idParams,
          body: part.body,
          response: { 201: employerView, ...problems(400, 401, 403, 404) },
        },
        config: { action: 'employer.update' },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await part.change(deps, actorOf(req), req.params.id, 'add', null, req.body as never)),
    );
    app.put(
      `/api/employers/:id/${part.path}/:partId`,
      {
        schema: {
          operationId: `update${part.name}`,
          tags,
          params: partParams,
          body: part.body,
          response: { 200: employerView, ...problems(400, 401, 403, 404) },
        },
        config: { action: 'employer.update' },
      },
      async (req) =>
        part.change(deps, actorOf(req), req.params.id, 'update', req.params.partId, req.body as never),
    );
    app.delete(
      `/api/employers/:id/${part.path}/:partId`,
      {
        schema: {
          operationId: `remove${part.name}`,
          tags,
          params: partParams,
          response: { 200: employerView, ...problems(400, 401, 403, 404) },
        },
        config: { action: 'employer.update' },
      },
      async (req) => part.change(deps, actorOf(req), req.params.id, 'remove', req.params.partId, null),
    );
  }
  await employerImportRoutes(fastify, deps);
}
