// HTTP routes of the newsletters module: lists, subscribers (double opt-in), issues and their delivery status for
// operators (newsletter.manage), and the public confirm / unsubscribe endpoints of the links in the e-mails.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, okSchema, problems, typed } from '../../platform/http/route.ts';
import { subscriberCandidates } from './candidates.ts';
import * as c from './contract.ts';
import * as issues from './issues.ts';
import * as pub from './public.ts';
import * as service from './service.ts';
import './texts.ts';

const tags = ['newsletters'];
const config = { action: 'newsletter.manage' as const };
const subscriberParams = z.strictObject({ id: z.uuid(), subscriberId: z.uuid() });

export async function newsletterRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/newsletters/lists',
    {
      schema: {
        operationId: 'listNewsletterLists',
        tags,
        response: { 200: z.object({ items: z.array(c.listView) }), ...problems(401, 403) },
      },
      config,
    },
    async (req) => ({ items: await service.listLists(deps, actorOf(req)) }),
  );
  app.post(
    '/api/newsletters/lists',
    {
      schema: {
        operationId: 'createNewsletterList',
        tags,
        body: c.listInput,
        response: { 201: c.listView, ...problems(400, 401, 403) },
      },
      config,
    },
    async (req, reply) => reply.status(201).send(await service.createList(deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/newsletters/lists/:id',
    {
      schema: {
        operationId: 'getNewsletterList',
        tags,
        params: idParams,
        response: { 200: c.listDetail, ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req) => service.getList(deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/newsletters/lists/:id',
    {
      schema: {
        operationId: 'updateNewsletterList',
        tags,
        params: idParams,
        body: c.listInput,
        response: { 200: c.listView, ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req) => service.updateList(deps, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/newsletters/lists/:id',
    {
      schema: {
        operationId: 'deleteNewsletterList',
        tags,
        description:
          'Deletes a list that never sent an issue, with its subscribers; a list that sent issues answers 409.',
        params: idParams,
        response: { 200: okSchema, ...problems(401, 403, 404, 409) },
      },
      config,
    },
    async (req) => {
      await service.deleteList(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/newsletters/lists/:id/subscribers',
    {
      schema: {
        operationId: 'addNewsletterSubscribers',
        tags,
        description:
          'Sends an opt-in e-mail to each address (employer contacts, users of the network, typed addresses). ' +
          'They stay pending, and receive no issue, until they open the confirmation link.',
        params: idParams,
        body: c.addSubscribersInput,
        response: { 200: c.addSubscribersResult, ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req) => service.addSubscribers(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/newsletters/lists/:id/subscribers/:subscriberId/unsubscribe',
    {
      schema: {
        operationId: 'unsubscribeNewsletterSubscriber',
        tags,
        params: subscriberParams,
        response: { 200: okSchema, ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req) => {
      await service.unsubscribeByOperator(deps, actorOf(req), req.params.id, req.params.subscriberId);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/newsletters/candidates',
    {
      schema: {
        operationId: 'listNewsletterCandidates',
        tags,
        querystring: c.candidateQuery,
        response: { 200: c.candidates, ...problems(400, 401, 403) },
      },
      config,
    },
    async (req) => subscriberCandidates(deps, actorOf(req), req.query.q),
  );
  app.post(
    '/api/newsletters/lists/:id/preview',
    {
      schema: {
        operationId: 'previewNewsletterIssue',
        tags,
        params: idParams,
        body: c.issueInput,
        response: { 200: c.issuePreview, ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req) => issues.previewIssue(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/newsletters/lists/:id/issues',
    {
      schema: {
        operationId: 'sendNewsletterIssue',
        tags,
        description:
          'Sends the issue through the outbox: one message per confirmed subscriber, each with its own ' +
          'unsubscribe link and the List-Unsubscribe / List-Unsubscribe-Post headers (RFC 8058).',
        params: idParams,
        body: c.issueInput,
        response: { 201: c.issueView, ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req, reply) =>
      reply.status(201).send(await issues.sendIssue(deps, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/newsletters/lists/:id/issues',
    {
      schema: {
        operationId: 'listNewsletterIssues',
        tags,
        params: idParams,
        response: { 200: z.object({ items: z.array(c.issueView) }), ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req) => ({ items: await issues.listIssues(deps, actorOf(req), req.params.id) }),
  );
  app.get(
    '/api/newsletters/issues/:id',
    {
      schema: {
        operationId: 'getNewsletterIssue',
        tags,
        params: idParams,
        response: { 200: c.issueDetail, ...problems(400, 401, 403, 404) },
      },
      config,
    },
    async (req) => issues.getIssue(deps, actorOf(req), req.params.id),
  );

  // Public: the links of the e-mails, for people without an account.
  app.post(
    '/api/newsletters/confirm/:token',
    {
      schema: {
        operationId: 'confirmNewsletterSubscription',
        tags,
        security: [],
        params: c.tokenParams,
        response: { 200: c.confirmResult, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 20, timeWindow: 60_000 } },
    },
    async (req) => pub.confirmSubscription(deps, req.params.token, req.ip),
  );
  app.get(
    '/api/newsletters/unsubscribe/:token',
    {
      schema: {
        operationId: 'getNewsletterUnsubscribe',
        tags,
        security: [],
        params: c.tokenParams,
        response: { 200: c.unsubscribeInfo, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 30, timeWindow: 60_000 } },
    },
    async (req) => pub.unsubscribeInfo(deps, req.params.token),
  );
  // RFC 8058: mail clients POST `List-Unsubscribe=One-Click` as a form to the List-Unsubscribe URL, without a
  // session or cookies; our page posts JSON. The form body is accepted (and ignored) in this scope only.
  await fastify.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'string', bodyLimit: 4096 },
      (_req, body, done) => done(null, { form: String(body) }),
    );
    typed(scope).post(
      '/api/newsletters/unsubscribe/:token',
      {
        schema: {
          operationId: 'unsubscribeNewsletter',
          tags,
          security: [],
          description:
            'One-click unsubscribe (RFC 8058): POST with body List-Unsubscribe=One-Click, or from the public page.',
          params: c.tokenParams,
          response: { 200: c.unsubscribeResult, ...problems(400, 429) },
        },
        config: { public: true, rateLimit: { max: 30, timeWindow: 60_000 } },
      },
      async (req) => {
        const fromForm = typeof req.body === 'object' && req.body !== null && 'form' in req.body;
        return pub.unsubscribe(deps, req.params.token, fromForm ? 'one_click' : 'page', req.ip);
      },
    );
  });
}
