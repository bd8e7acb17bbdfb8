// HTTP routes of the geography module: importing comuni boundaries (platform administrators) and reading a
// comune's coordinates (reference data, any signed-in user, like GET /api/comuni).
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, problems, typed } from '../../platform/http/route.ts';
import { boundariesQuery, comuneCodeParams, comuneGeographyView, importReport } from './contract.ts';
import * as service from './service.ts';

const tags = ['geography'];
/** The openpolis TopoJSON of all Italy is ≈ 10 MB; a GeoJSON of the same, unsimplified, several times that. */
const BOUNDARIES_BODY_LIMIT = 100 * 1024 * 1024;
const JSON_TYPES = ['application/json', 'application/geo+json', 'application/topo+json'];

export async function geographyRoutes(fastify: FastifyInstance, deps: Deps) {
  typed(fastify).get(
    '/api/geography/comuni/:code',
    {
      schema: {
        operationId: 'getComuneGeography',
        tags,
        params: comuneCodeParams,
        response: { 200: comuneGeographyView, ...problems(400, 401, 404) },
      },
    },
    async (req) => service.getComuneGeography(deps, req.params.code),
  );

  // The upload takes the file itself as the body, kept as bytes (the domain parses it and says what is wrong);
  // the raw parser and the large body limit exist in this scope only.
  await fastify.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      JSON_TYPES,
      { parseAs: 'buffer', bodyLimit: BOUNDARIES_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    typed(scope).post(
      '/api/geography/boundaries',
      {
        bodyLimit: BOUNDARIES_BODY_LIMIT,
        schema: {
          operationId: 'importBoundaries',
          tags,
          description:
            'Imports comuni boundaries: a TopoJSON Topology (openpolis/ISTAT limits_*_municipalities.topo.json) or ' +
            'a GeoJSON FeatureCollection whose features carry com_istat_code (or pro_com_t). Body: the file, ' +
            'Content-Type application/json. All or nothing; importing again replaces the same comuni.',
          querystring: boundariesQuery,
          response: { 200: importReport, ...problems(400, 401, 403, 413, 415) },
        },
        config: { action: 'geography.manage' },
      },
      async (req) => {
        const body = req.body as unknown;
        const data = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const source = path.basename(req.query.filename ?? 'upload.json');
        return service.importBoundaries(deps, actorOf(req), { data, source });
      },
    );
  });
}
