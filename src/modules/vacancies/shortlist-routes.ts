// HTTP routes of the shortlists (registered from the vacancies module's routes.ts). Cards and stage labels follow
// the caller's language.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { addToShortlist, updateShortlistEntry } from './shortlist.ts';
import { getShortlistBoard, getShortlistIdentity, listShortlistEntries } from './shortlist-board.ts';
import * as c from './shortlist-contract.ts';
import { listMyApplications, recordMyDisclosure, recordShortlistDisclosure } from './shortlist-disclosure.ts';
import './shortlist-texts.ts';

export async function shortlistRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  const tags = ['shortlists'];
  app.get(
    '/api/vacancies/:id/shortlist',
    {
      schema: {
        operationId: 'getShortlist',
        tags,
        params: idParams,
        response: { 200: c.shortlistBoardView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'shortlist.read' },
    },
    async (req) => getShortlistBoard(deps, actorOf(req), req.params.id, req.locale),
  );
  app.post(
    '/api/vacancies/:id/shortlist',
    {
      schema: {
        operationId: 'addToShortlist',
        tags,
        params: idParams,
        body: c.addToShortlistInput,
        response: { 201: c.shortlistEntryView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'shortlist.propose' },
    },
    async (req, reply) =>
      reply.status(201).send(await addToShortlist(deps, actorOf(req), req.params.id, req.body, req.locale)),
  );
  app.patch(
    '/api/shortlist-entries/:id',
    {
      schema: {
        operationId: 'updateShortlistEntry',
        tags,
        params: idParams,
        body: c.updateShortlistEntryInput,
        response: { 200: c.shortlistEntryView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'shortlist.update' },
    },
    async (req) => updateShortlistEntry(deps, actorOf(req), req.params.id, req.body, req.locale),
  );
  app.get(
    '/api/shortlist-entries/:id/identity',
    {
      schema: {
        operationId: 'getShortlistIdentity',
        tags,
        params: idParams,
        response: { 200: c.identityView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'shortlist.read' },
    },
    async (req) => getShortlistIdentity(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/shortlist-entries/:id/disclosure',
    {
      schema: {
        operationId: 'recordShortlistDisclosure',
        tags,
        params: idParams,
        body: c.disclosureInput,
        response: { 200: c.shortlistEntryView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'shortlist.propose' },
    },
    async (req) => recordShortlistDisclosure(deps, actorOf(req), req.params.id, req.body.granted, req.locale),
  );
  app.get(
    '/api/shortlist-entries',
    {
      schema: {
        operationId: 'listShortlistEntries',
        tags,
        querystring: c.staleListQuery,
        response: { 200: c.staleListView, ...problems(400, 401, 403) },
      },
      config: { action: 'shortlist.propose' },
    },
    async (req) => listShortlistEntries(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/me/applications',
    {
      schema: {
        operationId: 'listMyApplications',
        tags: ['citizens', ...tags],
        response: { 200: c.myApplicationsView, ...problems(401, 403, 404) },
      },
      config: { action: 'person.self.read' },
    },
    async (req) => listMyApplications(deps, actorOf(req)),
  );
  app.post(
    '/api/me/applications/:id/disclosure',
    {
      schema: {
        operationId: 'recordMyDisclosure',
        tags: ['citizens', ...tags],
        params: idParams,
        body: c.disclosureInput,
        response: { 200: c.myApplicationView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.self.update' },
    },
    async (req) => recordMyDisclosure(deps, actorOf(req), req.params.id, req.body.granted),
  );
}
