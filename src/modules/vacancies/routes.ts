// HTTP routes of the vacancies module: the editor and list of operators and employers (vacancy.read /
// vacancy.manage), the lifecycle actions (one route each, so each has its operationId), and the public page's
// read-only API for citizens (no session, rate-limited, published offers only).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import './texts.ts';
import {
  codeLabel,
  employerOption,
  employerOptionsQuery,
  lifecycleBody,
  publicVacancyPage,
  publicVacancyQuery,
  publicVacancyView,
  vacancyInput,
  vacancyListQuery,
  vacancyPage,
  vacancyUpdate,
  vacancyView,
} from './contract.ts';
import { vacancyActions } from './domain/lifecycle.ts';
import { getPublicVacancy, listPublicVacancies, publicContractTypes } from './public.ts';
import * as service from './service.ts';
import { shortlistRoutes } from './shortlist-routes.ts';

const tags = ['vacancies'];
/** Public reads: generous for a person browsing, low enough to deter scraping. */
const PUBLIC_RATE = { max: 120, timeWindow: 60_000 };

export async function vacancyRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.post(
    '/api/vacancies',
    {
      schema: {
        operationId: 'createVacancy',
        tags,
        body: vacancyInput,
        response: { 201: vacancyView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'vacancy.manage' },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createVacancy(deps, actorOf(req), req.body, req.locale)),
  );
  app.get(
    '/api/vacancies',
    {
      schema: {
        operationId: 'listVacancies',
        tags,
        querystring: vacancyListQuery,
        response: { 200: vacancyPage, ...problems(400, 401, 403) },
      },
      config: { action: 'vacancy.read' },
    },
    async (req) => service.listVacancies(deps, actorOf(req), req.query, req.locale),
  );
  app.get(
    '/api/vacancies/employer-options',
    {
      schema: {
        operationId: 'listVacancyEmployerOptions',
        description: 'Employers the caller may open a vacancy for, with their sites (the editor’s picker).',
        tags,
        querystring: employerOptionsQuery,
        response: { 200: z.object({ items: z.array(employerOption) }), ...problems(400, 401, 403) },
      },
      config: { action: 'vacancy.manage' },
    },
    async (req) => ({ items: await service.vacancyEmployerOptions(deps, actorOf(req), req.query.q) }),
  );
  app.get(
    '/api/vacancies/:id',
    {
      schema: {
        operationId: 'getVacancy',
        tags,
        params: idParams,
        response: { 200: vacancyView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'vacancy.read' },
    },
    async (req) => service.getVacancy(deps, actorOf(req), req.params.id, req.locale),
  );
  app.put(
    '/api/vacancies/:id',
    {
      schema: {
        operationId: 'updateVacancy',
        tags,
        params: idParams,
        body: vacancyUpdate,
        response: { 200: vacancyView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'vacancy.manage' },
    },
    async (req) => service.updateVacancy(deps, actorOf(req), req.params.id, req.body, req.locale),
  );
  for (const action of vacancyActions) {
    app.post(
      `/api/vacancies/:id/${action}`,
      {
        schema: {
          operationId: `${action}Vacancy`,
          description: `Lifecycle action "${action}" (domain/lifecycle.ts). A state that does not allow it answers 409 with the current state and allowedActions.`,
          tags,
          params: idParams,
          body: lifecycleBody,
          response: { 200: vacancyView, ...problems(400, 401, 403, 404, 409) },
        },
        config: { action: 'vacancy.manage' },
      },
      async (req) =>
        service.runVacancyAction(deps, actorOf(req), req.params.id, action, req.body?.version, req.locale),
    );
  }

  app.get(
    '/api/public/vacancies',
    {
      schema: {
        operationId: 'listPublicVacancies',
        tags,
        querystring: publicVacancyQuery,
        response: { 200: publicVacancyPage, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: PUBLIC_RATE },
    },
    async (req) => listPublicVacancies(deps, req.query, req.query.lang ?? req.locale),
  );
  app.get(
    '/api/public/vacancies/contract-types',
    {
      schema: {
        operationId: 'listPublicContractTypes',
        tags,
        response: { 200: z.object({ items: z.array(codeLabel) }), ...problems(429) },
      },
      config: { public: true, rateLimit: PUBLIC_RATE },
    },
    async (req) => ({ items: await publicContractTypes(deps, req.locale) }),
  );
  app.get(
    '/api/public/vacancies/:id',
    {
      schema: {
        operationId: 'getPublicVacancy',
        tags,
        params: idParams,
        response: { 200: publicVacancyView, ...problems(400, 404, 429) },
      },
      config: { public: true, rateLimit: PUBLIC_RATE },
    },
    async (req) => getPublicVacancy(deps, req.params.id, req.locale),
  );
  await shortlistRoutes(fastify, deps);
}
