// Load test of the Banca Dati Lavoro search: N deterministic people (with generated CVs) in a fresh database,
// the import rate, then p50/p95 latency of five typical searches through `searchPeople` (authorisation, tenant
// filter, count, audit row included), each compared with a naive ILIKE scan of search_text in the same run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { makeDeps, prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { demoPeopleParts } from '../src/demo/people.ts';
import { demoOrganisationId, demoUserId, seedDemo } from '../src/demo/seed.ts';
import { demoNetworks } from '../src/demo/territory.ts';
import { networkIdsOf } from '../src/modules/network/scope.ts';
import { cvGenerator } from '../src/modules/people/generator/cv.ts';
import { generatePeople, type Owner } from '../src/modules/people/generator/generate.ts';
import { insertPeople } from '../src/modules/people/generator/insert.ts';
import { searchPeople } from '../src/modules/people/search.ts';
import type { SearchQuery } from '../src/modules/people/search-contract.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { type Database, openDatabase, queryRows } from '../src/platform/db/client.ts';
import type { Actor } from '../src/platform/policy/policy.ts';

export type PeopleBenchOptions = {
  size: number;
  db: 'pglite' | 'postgres';
  runs: number;
  seed: number;
  /** PostgreSQL only: keep the database afterwards (its name is printed) to measure again with `reuse`. */
  keep?: boolean;
  /** PostgreSQL only: the name of a database kept by an earlier run: no import, only the searches. */
  reuse?: string;
  /** Measure the naive ILIKE baseline too (default true). */
  baseline?: boolean;
};

/** The reference day of the generated data and of the searches (fixed: same data, same answers). */
const TODAY = new Date('2026-11-01T00:00:00Z');
const CPI_OPERATOR = 'marco.bosio@agenziapiemontelavoro.example';

type Case = {
  name: string;
  query: Omit<SearchQuery, 'purpose' | 'limit'>;
  /** The naive equivalent: ILIKE on search_text (every word) plus the same filters, written plainly. */
  baseline: SQL;
};

async function freshDatabase(kind: 'pglite' | 'postgres', keep = false, reuse?: string) {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rl-bench-'));
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
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rl-bench-'));
  return {
    database,
    dir,
    drop: async () => {
      rmSync(dir, { recursive: true, force: true });
      if (keep) {
        console.log(
          `\nKept database ${name}: measure again with --reuse ${name}; drop it with DROP DATABASE ${name}.`,
        );
        return;
      }
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** p50/p95 over `runs` runs after 3 warm-up runs; with a budget, stops once it is spent and 10 runs are done. */
async function time(runs: number, fn: () => Promise<unknown>, budgetMs = Number.POSITIVE_INFINITY) {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const ms: number[] = [];
  const began = performance.now();
  for (let i = 0; i < runs; i++) {
    if (ms.length >= 10 && performance.now() - began > budgetMs) break;
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), runs: ms.length };
}

/** "YYYY-MM-DD" `years` before TODAY (for the baseline's plain age conditions). */
const yearsAgo = (years: number) =>
  `${TODAY.getUTCFullYear() - years}-${String(TODAY.getUTCMonth() + 1).padStart(2, '0')}-${String(TODAY.getUTCDate()).padStart(2, '0')}`;

function cases(scope: SQL): Case[] {
  const text = (...words: string[]) =>
    sql.join(
      words.map((w) => sql`search_text ILIKE ${`%${w}%`}`),
      sql` AND `,
    );
  const page = (where: SQL) => sql`SELECT count(*) OVER () AS total, id, given_name, family_name, birth_date
    FROM people WHERE ${scope} AND anonymised_at IS NULL AND ${where}
    ORDER BY family_name, given_name, id LIMIT 26`;
  return [
    { name: '"saldatore"', query: { q: 'saldatore' }, baseline: page(text('saldator')) },
    {
      name: '"cuoco" + 2 comuni + age 25–45',
      query: { q: 'cuoco', comuneCodes: ['001156', '001164'], ageMin: 25, ageMax: 45 },
      baseline: page(
        sql`${text('cuoc')} AND residence_comune_code IN ('001156', '001164')
          AND birth_date <= ${yearsAgo(25)} AND birth_date > ${yearsAgo(46)}`,
      ),
    },
    {
      name: 'long-term unemployed + status unemployed',
      query: { targetGroups: ['long_term_unemployed'], status: ['unemployed'] },
      baseline: page(
        sql`employment_status = 'unemployed'
          AND coalesce(unemployed_since, did_date) <= (${TODAY.toISOString().slice(0, 10)}::date - interval '12 months')`,
      ),
    },
    {
      name: 'over 58 in 3 comuni',
      query: { targetGroups: ['over_58'], comuneCodes: ['001078', '001156', '001059'] },
      baseline: page(
        sql`residence_comune_code IN ('001078', '001156', '001059') AND birth_date <= ${yearsAgo(58)}`,
      ),
    },
    {
      name: '"magazziniere carrellista" + licence B',
      query: { q: 'magazziniere carrellista', licences: ['B'] },
      baseline: page(
        sql`${text('magazzinier', 'carrellist')}
          AND EXISTS (SELECT 1 FROM person_licences l WHERE l.person_id = people.id AND l.code = 'B')`,
      ),
    },
  ];
}

export async function runPeopleBench(o: PeopleBenchOptions) {
  if ((o.keep || o.reuse) && o.db !== 'postgres') throw new Error('--keep and --reuse need --db postgres');
  const { database, dir, drop } = await freshDatabase(o.db, o.keep || !!o.reuse, o.reuse);
  try {
    await run(o, database, dir);
  } finally {
    await database.close();
    await drop();
  }
}

async function run(o: PeopleBenchOptions, database: Database, dir: string) {
  const config = loadConfig({
    DATA_DIR: dir,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  });
  const migrating = performance.now();
  const { migrations } = await prepareDatabase(config, database);
  const deps = makeDeps(config, database, () => TODAY);
  // A kept database older than the code: its pending migrations ran now (as on an upgrade, backfills included,
  // e.g. people.search_facets in 0012).
  let upgrade = '';
  if (o.reuse && migrations.applied.length) {
    const seconds = (performance.now() - migrating) / 1000;
    const vacuum = performance.now();
    // Plain VACUUM (as autovacuum would do): frees the old row versions and marks pages all-visible for
    // index-only scans. The table keeps the space of the old versions (twice its size after a full backfill).
    await deps.db.execute(sql`VACUUM (ANALYZE) people`);
    upgrade = `- Upgrade of the kept database: ${migrations.applied.join(', ')} in ${seconds.toFixed(1)} s (backfills included), then VACUUM ANALYZE people in ${((performance.now() - vacuum) / 1000).toFixed(1)} s`;
  }
  const { importSeconds, analyseSeconds } = o.reuse
    ? { importSeconds: Number.NaN, analyseSeconds: Number.NaN }
    : await importPeople(o, deps);
  const [version] = await queryRows<{ v: string; sb: string }>(
    deps.db,
    sql`SELECT version() AS v, current_setting('shared_buffers') AS sb`,
  );

  const [counts] = await queryRows<{ people: string; cv_rows: string }>(
    deps.db,
    sql`SELECT (SELECT count(*) FROM people) AS people,
      (SELECT (SELECT count(*) FROM person_experiences) + (SELECT count(*) FROM person_education)
        + (SELECT count(*) FROM person_trainings) + (SELECT count(*) FROM person_languages)
        + (SELECT count(*) FROM person_licences) + (SELECT count(*) FROM person_skills)
        + (SELECT count(*) FROM person_desired_occupations)) AS cv_rows`,
  );

  const organisationId = demoOrganisationId('cpi-chieri');
  const actor: Actor = {
    userId: demoUserId(CPI_OPERATOR),
    role: 'cpi_operator',
    organisationId,
    networkIds: await networkIdsOf(deps.db, organisationId),
    ip: null,
  };
  const scope = sql`owner_organisation_id IN (SELECT organisation_id FROM network_members
    WHERE network_id IN (${sql.join(
      actor.networkIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}))`;

  const lines: string[] = [];
  for (const c of cases(scope)) {
    const query = { ...c.query, purpose: 'job_matching', limit: 25 } as SearchQuery;
    const first = await searchPeople(deps, actor, query);
    const withBaseline = o.baseline !== false;
    const [base] = withBaseline ? await queryRows<{ total: string }>(deps.db, c.baseline) : [];
    const ours = await time(o.runs, () => searchPeople(deps, actor, query));
    // The naive scan takes seconds at 1,000,000 people: a minute per query is enough to know its median.
    const naive = withBaseline
      ? await time(o.runs, () => queryRows(deps.db, c.baseline), 60_000)
      : { p50: Number.NaN, p95: Number.NaN, runs: 0 };
    const matched = first.total === null ? '> 10,000' : first.total.toLocaleString('en');
    // Without the baseline (--no-baseline) its cells say "–", not NaN.
    const f = (ms: number) => (Number.isNaN(ms) ? '–' : `${ms.toFixed(1)} ms`);
    const speedUp = Number.isNaN(naive.p50) ? '–' : `${(naive.p50 / ours.p50).toFixed(1)}×`;
    lines.push(
      `| ${c.name} | ${matched} | ${base ? Number(base.total).toLocaleString('en') : '–'} | ${f(ours.p50)} | ${f(ours.p95)} | ${f(naive.p50)} | ${f(naive.p95)} | ${naive.runs} | ${speedUp} |`,
    );
  }

  const cpus = os.cpus();
  console.log(`\n## Banca Dati Lavoro search — ${o.size.toLocaleString('en')} people on ${o.db}\n`);
  console.log(
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}`,
  );
  console.log(
    `- Node ${process.version}; database: ${database.describe.replace(/ at .*/, ' (temp dir)')} — ${version?.v.split(',')[0]}, shared_buffers ${version?.sb}`,
  );
  console.log(
    Number.isNaN(importSeconds)
      ? `- Reused database ${o.reuse}: ${Number(counts?.people).toLocaleString('en')} people + ${Number(counts?.cv_rows).toLocaleString('en')} CV rows (import measured when it was created)`
      : `- Import: ${Number(counts?.people).toLocaleString('en')} people + ${Number(counts?.cv_rows).toLocaleString('en')} CV rows in ${importSeconds.toFixed(1)} s = ${Math.round(o.size / importSeconds).toLocaleString('en')} people/s (ANALYZE ${analyseSeconds.toFixed(1)} s)`,
  );
  if (upgrade) console.log(upgrade);
  console.log(
    `- Latency over ${o.runs} runs after 3 warm-up runs, page of 25 + total; searchPeople includes authorisation, tenant filter, exact count (≤ 10,000) and the audit row; the baseline is one ILIKE query with count(*) OVER () (up to ${o.runs} runs or 60 s, at least 10).\n`,
  );
  console.log(
    '| Query | Rows matched | Baseline rows | p50 | p95 | Baseline p50 | Baseline p95 | Baseline runs | Speed-up (p50) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const l of lines) console.log(l);
}

/** The territory, organisations and users (no demo people), then N generated people with CVs; ANALYZE. */
async function importPeople(o: PeopleBenchOptions, deps: ReturnType<typeof makeDeps>) {
  await seedDemo(deps.db, { hashPassword });
  // The people: the Patto Territoriale Torino Sud's comuni and owners (the demo's first part), scaled up.
  const part = demoPeopleParts[0]!;
  const network = demoNetworks.find((n) => n.slug === part.network)!;
  const owners: Owner[] = part.owners.map((w) => ({ ...w, id: demoOrganisationId(w.key) }));
  const rows = generatePeople({
    seed: o.seed,
    count: o.size,
    networkComuni: network.comuni.map((c) => c.code),
    owners,
    today: TODAY,
  });
  const cv = cvGenerator({ seed: o.seed, today: TODAY });
  const started = performance.now();
  let lastReport = started;
  await insertPeople(deps.db, rows, {
    batchSize: 1000,
    cv,
    onProgress: (n) => {
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        process.stderr.write(`  imported ${n.toLocaleString('en')} people…\n`);
      }
    },
  });
  const importSeconds = (performance.now() - started) / 1000;
  const analyse = performance.now();
  await deps.db.execute(sql`ANALYZE`);
  const analyseSeconds = (performance.now() - analyse) / 1000;
  return { importSeconds, analyseSeconds };
}
