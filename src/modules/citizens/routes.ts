// HTTP routes of citizen self-service: the public sign-up and verification, the operator's link invitation, and
// "my profile" (/api/me/…) for the citizen's own record (policy actions person.self.*, scope 'self').
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, okSchema, problems, typed } from '../../platform/http/route.ts';
import { comune, comuneQuery } from '../network/contract.ts';
import { searchComuni } from '../network/service.ts';
import { consentInput, consentsView } from '../people/consent-contract.ts';
import { cvUpdate, cvView } from '../people/cv-contract.ts';
import type { PersonDataExport } from '../people/rights.ts';
import { personDataPdf } from '../people/rights-pdf.ts';
import * as c from './contract.ts';
import { acceptSelfServiceInvitation, invitePersonToSelfService } from './link.ts';
import * as me from './me.ts';
import { signUp, verifySignUp } from './sign-up.ts';

export async function citizenRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  const tags = ['citizens'];
  app.post(
    '/api/citizens/sign-up',
    {
      schema: {
        operationId: 'citizenSignUp',
        tags,
        security: [],
        body: c.signUpInput,
        response: { 202: okSchema, ...problems(400, 429) },
      },
      // As strict as the password reset: each call may send an e-mail.
      config: { public: true, rateLimit: { max: 5, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      await signUp(deps, req.body, req.locale, req.ip);
      return reply.status(202).send({ ok: true as const });
    },
  );
  app.post(
    '/api/citizens/verify',
    {
      schema: {
        operationId: 'verifyCitizenEmail',
        tags,
        security: [],
        body: c.verifyInput,
        response: { 200: c.verifyResult, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (req) => verifySignUp(deps, req.body.token, req.ip),
  );
  // The sign-up form picks comuni before any account exists: public reference data (ISTAT names and codes).
  app.get(
    '/api/citizens/comuni',
    {
      schema: {
        operationId: 'searchComuniForSignUp',
        tags,
        security: [],
        querystring: comuneQuery,
        response: { 200: z.object({ items: z.array(comune) }), ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 60, timeWindow: 60_000 } },
    },
    async (req) => {
      const nobody = {
        userId: '',
        role: 'citizen' as const,
        organisationId: null,
        networkIds: [],
        ip: req.ip,
      };
      return { items: await searchComuni(deps, nobody, req.query.q, req.query.limit) };
    },
  );
  app.post(
    '/api/people/:id/self-service-invitation',
    {
      schema: {
        operationId: 'invitePersonToSelfService',
        tags: ['people'],
        params: idParams,
        response: { 201: c.selfServiceInvitationView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'person.update' },
    },
    async (req, reply) =>
      reply.status(201).send(await invitePersonToSelfService(deps, actorOf(req), req.params.id)),
  );

  // --- my profile -------------------------------------------------------------------------------------------
  const meTags = ['me'];
  app.post(
    '/api/me/link',
    {
      schema: {
        operationId: 'acceptSelfServiceInvitation',
        tags: meTags,
        body: c.linkInput,
        response: { 200: c.linkResult, ...problems(400, 401, 403, 409) },
      },
      config: { action: 'person.self.update', rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (req) => acceptSelfServiceInvitation(deps, actorOf(req), req.body.token),
  );
  app.get(
    '/api/me/person',
    {
      schema: {
        operationId: 'getMyPerson',
        tags: meTags,
        querystring: c.myCvQuery,
        response: { 200: c.myPersonView, ...problems(401, 403, 404) },
      },
      config: { action: 'person.self.read' },
    },
    async (req) => me.getMyPerson(deps, actorOf(req), req.query.lang),
  );
  app.patch(
    '/api/me/person',
    {
      schema: {
        operationId: 'updateMyPerson',
        tags: meTags,
        body: c.myPersonPatch,
        response: { 200: c.myPersonView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'person.self.update' },
    },
    async (req) => me.updateMyPerson(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/me/cv',
    {
      schema: {
        operationId: 'getMyCv',
        tags: meTags,
        querystring: c.myCvQuery,
        response: { 200: cvView, ...problems(401, 403, 404) },
      },
      config: { action: 'person.self.read' },
    },
    async (req) => me.getMyCv(deps, actorOf(req), req.query.lang),
  );
  app.put(
    '/api/me/cv',
    {
      schema: {
        operationId: 'replaceMyCv',
        tags: meTags,
        body: cvUpdate,
        response: { 200: cvView, ...problems(400, 401, 403, 404, 409) },
      },
      config: { action: 'person.self.update' },
    },
    async (req) => me.replaceMyCv(deps, actorOf(req), req.body),
  );
  app.get(
    '/api/me/consents',
    {
      schema: {
        operationId: 'listMyConsents',
        tags: meTags,
        response: { 200: consentsView, ...problems(401, 403, 404) },
      },
      config: { action: 'person.self.read' },
    },
    async (req) => me.listMyConsents(deps, actorOf(req)),
  );
  app.post(
    '/api/me/consents',
    {
      schema: {
        operationId: 'recordMyConsent',
        tags: meTags,
        body: consentInput,
        response: { 201: consentsView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.self.update' },
    },
    async (req, reply) => reply.status(201).send(await me.recordMyConsent(deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/me/data-export',
    {
      schema: {
        operationId: 'exportMyData',
        tags: meTags,
        querystring: c.myExportQuery,
        produces: ['application/json', 'application/pdf'],
      },
      config: { action: 'person.self.read' },
    },
    async (req, reply) => {
      const format = req.query.format;
      const data = await me.exportMyData(deps, actorOf(req), format);
      const stamp = deps.now().toISOString().slice(0, 10);
      reply.header('Content-Disposition', `attachment; filename="i-miei-dati-${stamp}.${format}"`);
      if (format === 'pdf')
        return reply.type('application/pdf').send(await personDataPdf(data as unknown as PersonDataExport));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
    },
  );
}
