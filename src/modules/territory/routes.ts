// HTTP routes of the territory module: activities and hiring needs by comune of the caller's networks, and the
// outlines of those comuni for the choropleth (territory.read). Counts only, no personal data.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, problems, typed } from '../../platform/http/route.ts';
import * as c from './contract.ts';
import * as service from './service.ts';

const tags = ['territory'];
const config = { action: 'territory.read' as const };

export async function territoryRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/territory/activities',
    {
      schema: {
        operationId: 'territoryActivities',
        tags,
        description:
          'Employers with a site in each comune of your networks and their employees, in total and by ATECO ' +
          'section (of each employer’s own ATECO version); `section` keeps one section only.',
        querystring: c.activitiesQuery,
        response: { 200: c.activitiesView, ...problems(400, 401, 403) },
      },
      config,
    },
    async (req) => service.activities(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/territory/hiring-needs',
    {
      schema: {
        operationId: 'territoryHiringNeeds',
        tags,
        description:
          'Positions wanted (hiring-needs surveys of your networks) by comune of the employer, with the split by ' +
          'horizon; filters: horizon, ATECO section, occupation (ESCO URI).',
        querystring: c.needsQuery,
        response: { 200: c.needsView, ...problems(400, 401, 403) },
      },
      config,
    },
    async (req) => service.hiringNeeds(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/territory/map',
    {
      schema: {
        operationId: 'territoryMap',
        tags,
        description:
          'GeoJSON FeatureCollection of the simplified outlines of your networks’ comuni (feature id and ' +
          'properties.code = ISTAT code). Comuni without imported boundaries are left out: `comuni` and ' +
          '`withOutline` say how many. Cacheable: ETag / If-None-Match.',
        querystring: c.mapQuery,
        response: { 200: c.mapView, ...problems(400, 401, 403) },
      },
      config,
    },
    async (req, reply) => {
      const { etag, body } = await service.territoryMap(
        deps,
        actorOf(req),
        req.query.network,
        req.headers['if-none-match'],
      );
      // Private: the comuni depend on the caller's networks. no-cache = keep it but ask each time: the ETag makes
      // that a cheap 304, and a new boundaries import shows at once (a max-age would hide it until it expired).
      reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
      // 304 has no body, hence no schema: answered through the untyped reply.
      if (!body) return (reply as FastifyReply).status(304).send();
      return body;
    },
  );
}
