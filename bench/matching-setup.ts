// What the matching bench shares with the people bench, kept apart so that neither file grows: a throwaway (or
// kept, or reused) database, the generated people with CVs, and percentiles. Same reference day and generator as
// bench/people.ts, so a database kept by `npm run bench -- people --keep` serves here with --reuse.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { makeDeps } from '../src/app.ts';
import { demoPeopleParts } from '../src/demo/people.ts';
import { demoOrganisationId, seedDemo } from '../src/demo/seed.ts';
import { demoNetworks } from '../src/demo/territory.ts';
import { cvGenerator } from '../src/modules/people/generator/cv.ts';
import { generatePeople, type Owner } from '../src/modules/people/generator/generate.ts';
import { insertPeople } from '../src/modules/people/generator/insert.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { openDatabase } from '../src/platform/db/client.ts';

/** The reference day of the generated data (the people bench's). */
export const TODAY = new Date('2026-11-01T00:00:00Z');

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

export async function benchDatabase(kind: 'pglite' | 'postgres', keep = false, reuse?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rl-bench-'));
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'db') });
    return { database, dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL for --db postgres');
  if (reuse && !/^rl_bench_[0-9a-f]{10}$/.test(reuse))
    throw new Error(`--reuse ${reuse}: not a bench database name`);
  const name = reuse ?? `rl_bench_${randomBytes(5).toString('hex')}`;
  if (!reuse) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    dir,
    drop: async () => {
      rmSync(dir, { recursive: true, force: true });
      if (keep) {
        console.log(`\nKept database ${name}: measure again with --reuse ${name}.`);
        return;
      }
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The territory, organisations and users, then N generated people with CVs (the people bench's), ANALYZE. */
export async function importPeopleForBench(deps: ReturnType<typeof makeDeps>, size: number, seed: number) {
  await seedDemo(deps.db, { hashPassword });
  const part = demoPeopleParts[0]!;
  const network = demoNetworks.find((n) => n.slug === part.network)!;
  const owners: Owner[] = part.owners.map((w) => ({ ...w, id: demoOrganisationId(w.key) }));
  const rows = generatePeople({
    seed,
    count: size,
    networkComuni: network.comuni.map((c) => c.code),
    owners,
    today: TODAY,
  });
  const started = performance.now();
  let last = started;
  await insertPeople(deps.db, rows, {
    batchSize: 1000,
    cv: cvGenerator({ seed, today: TODAY }),
    onProgress: (n) => {
      if (performance.now() - last > 10_000) {
        last = performance.now();
        process.stderr.write(`  imported ${n.toLocaleString('en')} people…\n`);
      }
    },
  });
  process.stderr.write(
    `  ${size.toLocaleString('en')} people in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  await deps.db.execute(sql`ANALYZE`);
}
