// Composition root: opens the database, applies migrations and reference data, wires modules into the server.
// Used by main.ts (the product), by the scripts and by the tests, so all run the same code.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { citizenRoutes } from './modules/citizens/routes.ts';
import { employerRoutes } from './modules/employers/routes.ts';
import { geographyRoutes } from './modules/geography/routes.ts';
import { identityRoutes } from './modules/identity/routes.ts';
import { sessionResolver } from './modules/identity/sessions.ts';
import { matchingRoutes } from './modules/matching/routes.ts';
import { ensureReferenceData } from './modules/network/reference-data.ts';
import { networkRoutes } from './modules/network/routes.ts';
import { newsletterRoutes } from './modules/newsletters/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { surveyRoutes } from './modules/surveys/routes.ts';
import { taxonomyRoutes } from './modules/taxonomy/routes.ts';
import { ensureStarterTaxonomy } from './modules/taxonomy/starter-loader.ts';
import { territoryRoutes } from './modules/territory/routes.ts';
import { vacancyRoutes } from './modules/vacancies/routes.ts';
import { setAuditCounter } from './platform/audit/audit.ts';
import { createKeyring, loadOrCreateKey, parsePreviousKeys } from './platform/crypto/secrets.ts';
import { type Database, openDatabase } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';
import type { Deps } from './platform/deps.ts';
import { buildServer } from './platform/http/server.ts';
import { outboxRoutes } from './platform/mail/routes.ts';
import { createMetrics } from './platform/metrics/metrics.ts';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

/** Opens and prepares the database: migrations, then reference data (comuni, circoscrizioni). */
export async function prepareDatabase(config: Config, database?: Database) {
  const db = database ?? (await openDatabase(config.database));
  const migrations = await migrate(db);
  const reference = await ensureReferenceData(db.db);
  const taxonomy = await ensureStarterTaxonomy(db.db);
  return { database: db, migrations, reference, taxonomy };
}

export function makeDeps(config: Config, database: Database, now: () => Date = () => new Date()): Deps {
  const key = loadOrCreateKey(config.encryptionKey, config.dataDir, config.database.kind === 'pglite');
  const previous = parsePreviousKeys(config.encryptionKeyPrevious);
  return { db: database.db, config, cipher: createKeyring(key, previous), now };
}

export async function buildApp(
  deps: Deps,
  database: Database,
  opts: { logger?: boolean | object; serveWeb?: boolean } = {},
): Promise<FastifyInstance> {
  const metrics = createMetrics();
  setAuditCounter(() => metrics.auditEvents.inc());
  const app = await buildServer({
    config: deps.config,
    database,
    metrics,
    resolveAuth: sessionResolver(deps.db, deps.config, deps.now),
    webDir: opts.serveWeb === false ? undefined : webDir,
    logger: opts.logger,
  });
  await identityRoutes(app, deps);
  await networkRoutes(app, deps);
  await taxonomyRoutes(app, deps);
  await peopleRoutes(app, deps);
  await citizenRoutes(app, deps);
  await geographyRoutes(app, deps);
  await auditRoutes(app, deps);
  await employerRoutes(app, deps);
  await vacancyRoutes(app, deps);
  await matchingRoutes(app, deps);
  await surveyRoutes(app, deps);
  await newsletterRoutes(app, deps);
  await territoryRoutes(app, deps);
  await outboxRoutes(app, deps);
  return app;
}
