// Builds the Fastify server: security headers and CSP, rate and body limits, zod contracts with OpenAPI 3.1,
// problem+json errors, the auth/policy/CSRF hooks, health and metrics, and the built web app.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { safeEqual } from '../crypto/tokens.ts';
import type { Database } from '../db/client.ts';
import { sql } from '../db/client.ts';
import { pickLocale } from '../i18n/locale.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { authorize } from '../policy/policy.ts';
import type { RequestAuth } from './context.ts';
import { AppError } from './errors.ts';
import { problemErrorHandler, sendProblem } from './problem.ts';

export type App = FastifyInstance;

/** Every route with its policy settings: the permission snapshot test and the docs read it. */
export type RouteInfo = {
  method: string;
  url: string;
  operationId?: string;
  action?: string;
  public: boolean;
};
const catalogs = new WeakMap<FastifyInstance, RouteInfo[]>();
export const routeCatalog = (app: FastifyInstance): RouteInfo[] => catalogs.get(app) ?? [];
export type AuthResolver = (req: FastifyRequest) => Promise<RequestAuth | null>;

export type ServerDeps = {
  config: Config;
  database: Database;
  metrics: Metrics;
  resolveAuth: AuthResolver;
  webDir?: string;
  logger?: boolean | object;
};

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** API paths need a session unless the route says `public`; the OpenAPI viewer is public. */
const isApiPath = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const { config, database, metrics } = deps;
  const app = Fastify({
    logger: deps.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    // Access logs for API calls only (static files and probes would drown them).
    logController: new LogController({ disableRequestLogging: (req) => !isApiPath(req.url ?? '') }),
  }).withTypeProvider<ZodTypeProvider>();

  const catalog: RouteInfo[] = [];
  catalogs.set(app, catalog);
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { operationId?: string } | undefined;
    if (!schema?.operationId) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      catalog.push({
        method,
        url: route.url,
        operationId: schema.operationId,
        action: route.config?.action,
        public: Boolean(route.config?.public),
      });
    }
  });
  // The API speaks JSON only: other bodies get 415 (and cross-site HTML forms cannot post to it).
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('locale', 'it');
  app.decorateRequest('auth', null);
  app.setErrorHandler(problemErrorHandler(config.bodyLimitBytes));

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.session.secureCookie ? [] : null,
      },
    },
    strictTransportSecurity: config.session.secureCookie,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    allowList: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics',
    errorResponseBuilder: (_req, ctx) => {
      const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
      return new AppError('too_many_requests', { seconds }, { retryAfterSeconds: seconds });
    },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'ReteLavoro API',
        version: '0.1.0',
        description:
          'API of ReteLavoro. Authentication: session cookie `rl_session`; writes need the `X-CSRF-Token` header ' +
          'returned by getSession. Errors are RFC 9457 problem+json in the language of `Accept-Language`.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'rl_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // Locale and authentication for every request.
  app.addHook('onRequest', async (req) => {
    req.locale = pickLocale(req.cookies.rl_lang, req.headers['accept-language']);
    if (isApiPath(req.url)) req.auth = await deps.resolveAuth(req);
  });

  // Policy, two-factor stage and CSRF, before any handler runs.
  app.addHook('preHandler', async (req, reply) => {
    const settings = req.routeOptions.config;
    // Unmatched paths fall through to the not-found handler (404), whatever the session.
    if (!isApiPath(req.url) || settings.public || !req.routeOptions.url) return;
    const auth = req.auth;
    if (!auth) return sendProblem(reply, req, new AppError('unauthenticated'));
    if (auth.stage !== 'complete' && !settings.duringMfa) {
      const code = auth.stage === 'mfa_pending' ? 'mfa_required' : 'mfa_enrolment_required';
      return sendProblem(reply, req, new AppError(code));
    }
    const csrf = req.headers['x-csrf-token'];
    if (unsafeMethods.has(req.method) && (typeof csrf !== 'string' || !safeEqual(csrf, auth.csrfToken))) {
      return sendProblem(reply, req, new AppError('csrf'));
    }
    if (settings.action) authorize(auth.actor, settings.action);
  });

  app.addHook('onResponse', async (req, reply) => {
    metrics.httpDuration
      .labels(req.method, req.routeOptions.url ?? 'unmatched', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });

  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
  app.get('/healthz', { schema: { hide: true }, config: { public: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true }, config: { public: true } }, async (_req, reply) => {
    try {
      await database.db.execute(sql`SELECT 1`);
      return { status: 'ready', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
  });
  app.get('/metrics', { schema: { hide: true }, config: { public: true } }, async (_req, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  const webDir = deps.webDir;
  if (webDir && existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
    // The single-page app answers every non-API path.
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/') || req.method !== 'GET') {
        return sendProblem(reply, req, new AppError('not_found'));
      }
      if (/^\/assets\//.test(req.url)) return sendProblem(reply, req, new AppError('not_found'));
      return reply.type('text/html').sendFile('index.html');
    });
    app.get('/', { schema: { hide: true }, config: { public: true } }, (_req, reply) =>
      reply.type('text/html').sendFile('index.html'),
    );
  } else {
    app.setNotFoundHandler((req, reply) => sendProblem(reply, req, new AppError('not_found')));
  }
  return app;
}
