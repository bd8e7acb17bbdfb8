// Start: configuration → database → migrations and reference data → demo territory (first start) → HTTP.
// SIGTERM/SIGINT: stop accepting, drain in-flight requests, stop workers, close the database.
import { existsSync } from 'node:fs';
import { buildApp, makeDeps, prepareDatabase, webDir } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ensureDemoBoundaries } from './demo/boundaries.ts';
import { loginBanner, seedDemoIfEmpty } from './demo/start.ts';
import { startJobs } from './jobs.ts';
import { warmCandidateIndex } from './modules/matching/candidate-index/index.ts';
import { startMailWorker } from './platform/mail/outbox.ts';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const { database, migrations, reference } = await prepareDatabase(config);
  const deps = makeDeps(config, database);
  const app = await buildApp(deps, database);
  app.log.info(
    { database: database.describe, applied: migrations.applied, comuniLoaded: reference.comuniLoaded },
    'database ready',
  );
  const demo = config.demoSeed ? await seedDemoIfEmpty(deps) : null;
  // Not inside seedDemoIfEmpty: the tests seed the demo too, and must not depend on a file next to the checkout.
  if (demo)
    await ensureDemoBoundaries(deps, app.log).catch((err) =>
      app.log.warn({ err }, 'demo: comuni boundaries not imported'),
    );
  if (!existsSync(`${webDir}/index.html`))
    app.log.warn('web app not built: run `npm run build:web` (npm start does it)');

  const mail = startMailWorker({
    db: deps.db,
    smtpUrl: config.mail.smtpUrl,
    from: config.mail.from,
    log: app.log,
  });
  const stopJobs = startJobs(deps, app.log);
  // Matching's candidate index is built in the background (≈ 1 minute at 1,000,000 people): the first match
  // would otherwise wait for it.
  void warmCandidateIndex(deps, app.log);

  await app.listen({ port: config.port, host: config.host });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  app.log.info({ seconds }, 'ReteLavoro started');
  process.stdout.write(
    `\nReteLavoro — ${config.publicUrl}  (started in ${seconds} s, ${database.describe})\n`,
  );
  if (demo) process.stdout.write(loginBanner(demo));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => {
      app.log.error('shutdown grace period exceeded, exiting');
      process.exit(1);
    }, config.shutdownGraceMs);
    try {
      stopJobs();
      await app.close();
      await mail.stop();
      await database.close();
      app.log.info('database closed, bye');
      clearTimeout(force);
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else
    process.stderr.write(`ReteLavoro failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
