// HTTP routes of the matching module: candidates for a vacancy (matchVacancy), vacancies for a person
// (matchPerson) and for the signed-in citizen ("Offerte per te").
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import './texts.ts';
import { matchQuery, personMatches, vacancyMatches } from './contract.ts';
import { matchMe, matchPerson } from './match-person.ts';
import { matchVacancy } from './match-vacancy.ts';

export async function matchingRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  const tags = ['matching'];
  app.get(
    '/api/vacancies/:id/matches',
    {
      schema: {
        operationId: 'matchVacancy',
        tags,
        description:
          'The best candidates of the Banca Dati for the vacancy, in the caller’s scope, with the score per factor, ' +
          'what is missing and how distances were obtained. Closed or filled vacancies answer 409. Audited.',
        params: idParams,
        querystring: matchQuery,
        response: { 200: vacancyMatches, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'match.run' },
    },
    async (req) => matchVacancy(deps, actorOf(req), req.params.id, req.query, req.locale),
  );
  app.get(
    '/api/people/:id/matches',
    {
      schema: {
        operationId: 'matchPerson',
        tags,
        description: 'The published vacancies that fit the person best (reverse matching). Audited.',
        params: idParams,
        querystring: matchQuery,
        response: { 200: personMatches, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'match.run' },
    },
    async (req) => matchPerson(deps, actorOf(req), req.params.id, req.query, req.locale),
  );
  app.get(
    '/api/me/matches',
    {
      schema: {
        operationId: 'matchMe',
        tags,
        description: 'The published vacancies that fit the signed-in citizen’s own profile.',
        querystring: matchQuery,
        response: { 200: personMatches, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'match.self' },
    },
    async (req) => matchMe(deps, actorOf(req), req.query, req.locale),
  );
}
