// HTTP routes of the surveys module: the builder (survey.manage), campaigns and their sending and reminders
// (survey.manage), results, XLSX and hiring needs (survey.results), and the public answer page's API, where the
// personal token in the path stands for a session.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, idParams, problems, typed } from '../../platform/http/route.ts';
import { occupationSkillsForToken, occupationsForToken, openSurvey, submitAnswers } from './answer.ts';
import * as campaigns from './campaigns.ts';
import * as c from './contract.ts';
import type { Answers } from './domain/questions.ts';
import { remindCampaign } from './reminders.ts';
import { getNeeds, getResults, resultsXlsx } from './survey-results.ts';
import * as surveys from './surveys.ts';
import './texts.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function surveyRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  const tags = ['surveys'];
  const manage = { action: 'survey.manage' } as const;
  const results = { action: 'survey.results' } as const;

  app.get(
    '/api/surveys',
    {
      schema: {
        operationId: 'listSurveys',
        tags,
        response: { 200: z.array(c.surveySummary), ...problems(401, 403) },
      },
      config: results,
    },
    async (req) => surveys.listSurveys(deps, actorOf(req)),
  );
  app.post(
    '/api/surveys',
    {
      schema: {
        operationId: 'createSurvey',
        tags,
        body: c.surveyInput,
        response: { 201: c.surveyView, ...problems(400, 401, 403) },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await surveys.createSurvey(deps, actorOf(req), req.body)),
  );
  app.post(
    '/api/surveys/from-template',
    {
      schema: {
        operationId: 'createSurveyFromTemplate',
        tags,
        description:
          'Creates a draft from the "Fabbisogni professionali" template (hiring-needs grid and a few questions).',
        body: c.surveyFromTemplate,
        response: { 201: c.surveyView, ...problems(400, 401, 403) },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await surveys.createSurveyFromTemplate(deps, actorOf(req))),
  );
  app.get(
    '/api/surveys/:id',
    {
      schema: {
        operationId: 'getSurvey',
        tags,
        params: idParams,
        response: { 200: c.surveyView, ...problems(401, 403, 404) },
      },
      config: results,
    },
    async (req) => surveys.getSurvey(deps, actorOf(req), req.params.id),
  );
  app.put(
    '/api/surveys/:id',
    {
      schema: {
        operationId: 'updateSurvey',
        tags,
        params: idParams,
        body: c.surveyUpdate,
        response: { 200: c.surveyView, ...problems(400, 401, 403, 404, 409) },
      },
      config: manage,
    },
    async (req) => surveys.updateSurvey(deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/surveys/:id/close',
    {
      schema: {
        operationId: 'closeSurvey',
        tags,
        params: idParams,
        response: { 200: c.surveyView, ...problems(401, 403, 404) },
      },
      config: manage,
    },
    async (req) => surveys.closeSurvey(deps, actorOf(req), req.params.id),
  );

  // Campaigns.
  app.post(
    '/api/surveys/:id/recipients/preview',
    {
      schema: {
        operationId: 'previewSurveyRecipients',
        tags,
        params: idParams,
        body: c.recipientFilters,
        response: { 200: c.recipientPreview, ...problems(400, 401, 403, 404) },
      },
      config: manage,
    },
    async (req) => campaigns.previewRecipients(deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/surveys/:id/campaigns',
    {
      schema: {
        operationId: 'listSurveyCampaigns',
        tags,
        params: idParams,
        response: { 200: z.array(c.campaignView), ...problems(401, 403, 404) },
      },
      config: results,
    },
    async (req) => campaigns.listCampaigns(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/surveys/:id/campaigns',
    {
      schema: {
        operationId: 'createSurveyCampaign',
        tags,
        params: idParams,
        body: c.campaignInput,
        response: { 201: c.campaignView, ...problems(400, 401, 403, 404, 409) },
      },
      config: manage,
    },
    async (req, reply) =>
      reply.status(201).send(await campaigns.createCampaign(deps, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/survey-campaigns/:id',
    {
      schema: {
        operationId: 'getSurveyCampaign',
        tags,
        params: idParams,
        response: { 200: c.campaignView, ...problems(401, 403, 404) },
      },
      config: results,
    },
    async (req) => campaigns.getCampaign(deps, actorOf(req), req.params.id),
  );
  app.get(
    '/api/survey-campaigns/:id/recipients',
    {
      schema: {
        operationId: 'listSurveyRecipients',
        tags,
        params: idParams,
        response: { 200: c.recipientList, ...problems(401, 403, 404) },
      },
      config: manage,
    },
    async (req) => campaigns.listRecipients(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/survey-campaigns/:id/send',
    {
      schema: {
        operationId: 'sendSurveyCampaign',
        tags,
        params: idParams,
        response: { 200: c.sendResult, ...problems(401, 403, 404, 409) },
      },
      config: manage,
    },
    async (req) => campaigns.sendCampaign(deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/survey-campaigns/:id/remind',
    {
      schema: {
        operationId: 'remindSurveyCampaign',
        tags,
        params: idParams,
        response: { 200: c.sendResult, ...problems(401, 403, 404, 409) },
      },
      config: manage,
    },
    async (req) => remindCampaign(deps, actorOf(req), req.params.id),
  );

  // Results.
  app.get(
    '/api/surveys/:id/results',
    {
      schema: {
        operationId: 'getSurveyResults',
        tags,
        params: idParams,
        response: { 200: c.resultsView, ...problems(401, 403, 404) },
      },
      config: results,
    },
    async (req) => getResults(deps, actorOf(req), req.params.id),
  );
  app.get(
    '/api/surveys/:id/results.xlsx',
    {
      schema: { operationId: 'exportSurveyResults', tags, params: idParams, produces: [XLSX] },
      config: results,
    },
    async (req, reply) => {
      const { data } = await resultsXlsx(deps, actorOf(req), req.params.id);
      reply.header(
        'Content-Disposition',
        `attachment; filename="risultati-questionario-${deps.now().toISOString().slice(0, 10)}.xlsx"`,
      );
      return reply.type(XLSX).send(data);
    },
  );
  app.get(
    '/api/hiring-needs',
    {
      schema: {
        operationId: 'getHiringNeeds',
        tags,
        description:
          'Hiring needs declared in survey answers, summed by occupation, sector (ATECO section) or comune, with the split by horizon.',
        querystring: c.needsQuery,
        response: { 200: c.needsView, ...problems(400, 401, 403, 404) },
      },
      config: results,
    },
    async (req) => getNeeds(deps, actorOf(req), req.query, req.locale),
  );

  // The public answer page: no session, the token identifies the recipient; rate-limited like the other links.
  const open = { public: true, rateLimit: { max: 30, timeWindow: 60_000 } };
  app.get(
    '/api/questionario/:token',
    {
      schema: {
        operationId: 'openSurveyByToken',
        tags,
        security: [],
        params: c.tokenParams,
        response: { 200: c.publicSurveyView, ...problems(400, 409, 429) },
      },
      config: open,
    },
    async (req) => openSurvey(deps, req.params.token),
  );
  app.put(
    '/api/questionario/:token',
    {
      schema: {
        operationId: 'answerSurvey',
        tags,
        security: [],
        params: c.tokenParams,
        body: c.answersInput,
        response: { 200: c.answerResult, ...problems(400, 409, 429) },
      },
      config: open,
    },
    async (req) => submitAnswers(deps, req.params.token, req.body.answers as Answers, req.ip),
  );
  app.get(
    '/api/questionario/:token/occupations',
    {
      schema: {
        operationId: 'searchOccupationsForSurvey',
        tags,
        security: [],
        params: c.tokenParams,
        querystring: c.occupationQuery,
        response: { 200: c.occupationHits, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 120, timeWindow: 60_000 } },
    },
    async (req) => occupationsForToken(deps, req.params.token, req.query.q),
  );
  app.get(
    '/api/questionario/:token/skills',
    {
      schema: {
        operationId: 'listOccupationSkillsForSurvey',
        tags,
        security: [],
        params: c.tokenParams,
        querystring: c.skillsQuery,
        response: { 200: c.occupationHits, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 120, timeWindow: 60_000 } },
    },
    async (req) => occupationSkillsForToken(deps, req.params.token, req.query.occupationUri),
  );
}
