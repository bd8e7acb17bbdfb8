// Load test of matching (`npm run bench -- matching`): N generated people (or a database kept by the people bench,
// --reuse), vacancies generated from the starter taxonomy's occupations, then
//   1. top-50 candidates for one vacancy through `matchVacancy` (authorisation, tenant filter, pre-selection,
//      profiles, the pure engine, fairness, audit row): p50/p95 over ≥ 30 different vacancies, with each
//      pre-selection source (the in-memory candidate index of ADR 0012, and the SQL ones of ADR 0011: CV tables,
//      search facets), against a plain SQL baseline in the same run — one query ranking the people in scope by
//      the number of the vacancy's skills they hold;
//   2. a batch of vacancies ranked one after another (rankCandidates, no audit): throughput, against the baseline.
// People get a consent to share their CV (4 in 5, deterministic) where they have none: generated people have none.

import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import { makeDeps, prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { demoOrganisationId, demoUserId } from '../src/demo/seed.ts';
import { demoNetworks } from '../src/demo/territory.ts';
import { candidateIndexOf } from '../src/modules/matching/candidate-index/index.ts';
import {
  matchVacancy,
  preselectSize,
  type RetrievalSource,
  rankCandidates,
  retrievalFor,
  setRetrievalSource,
} from '../src/modules/matching/match-vacancy.ts';
import { textArray } from '../src/modules/matching/retrieval.ts';
import { networkIdsOf, organisationScope, organisationsInScope } from '../src/modules/network/scope.ts';
import { people } from '../src/modules/people/db.ts';
import { starterOccupations } from '../src/modules/taxonomy/starter/index.ts';
import { vacancies } from '../src/modules/vacancies/db.ts';
import { vacancyProfile } from '../src/modules/vacancies/profile.ts';
import { type Database, queryRows } from '../src/platform/db/client.ts';
import type { Actor } from '../src/platform/policy/policy.ts';
import { cutAgreement } from './matching-cut.ts';
import { benchDatabase, importPeopleForBench, percentile, TODAY } from './matching-setup.ts';

export type MatchingBenchOptions = {
  size: number;
  db: 'pglite' | 'postgres';
  runs: number;
  seed: number;
  keep?: boolean;
  reuse?: string;
  /** Vacancies in the batch (default 10,000). */
  batch: number;
  /** Seconds the batch may take at most; the throughput is measured on what ran (default 600). */
  batchBudget: number;
  /** Pre-selections to time (default all three); the batch uses the fastest of them. */
  sources: string[];
};

const CPI_OPERATOR = 'marco.bosio@agenziapiemontelavoro.example';
const sourceNames: Record<RetrievalSource, string> = {
  memory: 'the candidate index (in memory)',
  cv: 'CV tables (SQL)',
  facets: 'search facets (SQL)',
};
const BENCH_EMPLOYER_TAX_CODE = '99999999999';

const knownSources: RetrievalSource[] = ['memory', 'cv', 'facets'];

export async function runMatchingBench(o: MatchingBenchOptions) {
  const unknown = o.sources.filter((x) => !knownSources.includes(x as RetrievalSource));
  if (unknown.length)
    throw new Error(`--sources ${unknown.join(',')}: expected some of ${knownSources.join(',')}`);
  if ((o.keep || o.reuse) && o.db !== 'postgres') throw new Error('--keep and --reuse need --db postgres');
  const { database, dir, drop } = await benchDatabase(o.db, o.keep || !!o.reuse, o.reuse);
  try {
    await run(o, database, dir);
  } finally {
    await database.close();
    await drop();
  }
}

/** Consent to share the CV for 4 people in 5 (by a hash of the id) who have no consent event yet. */
// In batches of ids (keyset), so that 1,000,000 people are written in short statements that show progress.
async function ensureConsents(deps: ReturnType<typeof makeDeps>) {
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const [last] = await queryRows<{ id: string | null; n: string }>(
      deps.db,
      sql`SELECT max(id::text) AS id, count(*) AS n FROM
            (SELECT id FROM people WHERE id > ${after}::uuid ORDER BY id LIMIT 50000) batch`,
    );
    if (!last?.id) break;
    await deps.db.execute(sql`INSERT INTO person_consents (person_id, purpose, granted, notice_version, at)
      SELECT p.id, 'share_cv_with_employers', abs(hashtext(p.id::text)) % 5 <> 0, 'bench', ${TODAY.toISOString()}
      FROM people p WHERE p.id > ${after}::uuid AND p.id <= ${last.id}::uuid
        AND NOT EXISTS (SELECT 1 FROM person_consents c WHERE c.person_id = p.id
          AND c.purpose = 'share_cv_with_employers')`);
    after = last.id;
    done += Number(last.n);
    if (done % 200_000 === 0)
      process.stderr.write(`  consents checked for ${done.toLocaleString('en')} people…\n`);
  }
}

/** `count` vacancies of the bench employer (kept between runs on a reused database), occupations in turn. */
async function ensureVacancies(deps: ReturnType<typeof makeDeps>, count: number, comuni: string[]) {
  const owner = demoOrganisationId('cpi-chieri');
  await deps.db.execute(sql`INSERT INTO employers (tax_code, name, owner_organisation_id)
    VALUES (${BENCH_EMPLOYER_TAX_CODE}, 'Bench S.r.l.', ${owner}) ON CONFLICT (tax_code) DO NOTHING`);
  const [e] = await queryRows<{ id: string }>(
    deps.db,
    sql`SELECT id FROM employers WHERE tax_code = ${BENCH_EMPLOYER_TAX_CODE}`,
  );
  const [have] = await queryRows<{ n: string }>(
    deps.db,
    sql`SELECT count(*) AS n FROM vacancies WHERE employer_id = ${e!.id}`,
  );
  const withSkills = starterOccupations.filter((x) => x.skills.some((s) => s.relation === 'essential'));
  const rows: (typeof vacancies.$inferInsert)[] = [];
  for (let i = Number(have?.n ?? 0); i < count; i++) {
    const occ = withSkills[(i * 7919) % withSkills.length]!;
    rows.push({
      employerId: e!.id,
      ownerOrganisationId: owner,
      title: `Bench ${i}: ${occ.labelIt}`,
      occupationUri: occ.uri,
      essentialSkills: occ.skills
        .filter((s) => s.relation === 'essential')
        .slice(0, 5)
        .map((s) => s.uri),
      optionalSkills: occ.skills
        .filter((s) => s.relation === 'optional')
        .slice(0, 3)
        .map((s) => s.uri),
      minExperienceMonths: (i % 4) * 6,
      licences: i % 5 === 0 ? ['B'] : [],
      contractType: i % 3 === 0 ? 'A.01.00' : 'A.02.00',
      workingTime: i % 4 === 0 ? 'part_time' : 'full_time',
      siteComuneCode: comuni[i % comuni.length]!,
      state: 'published',
    });
  }
  for (let i = 0; i < rows.length; i += 500) await deps.db.insert(vacancies).values(rows.slice(i, i + 500));
  return queryRows<{ id: string }>(
    deps.db,
    sql`SELECT id FROM vacancies WHERE employer_id = ${e!.id} ORDER BY title LIMIT ${count}`,
  );
}

/** The plain baseline: people in scope ranked by how many of the vacancy's skills they hold. */
const baseline = (scope: SQL, skills: string[]) =>
  sql`SELECT s.person_id, count(*) AS overlap FROM person_skills s JOIN people p ON p.id = s.person_id
      WHERE s.skill_uri = ANY(${textArray(skills)}) AND ${scope} AND p.anonymised_at IS NULL
      GROUP BY s.person_id ORDER BY overlap DESC, s.person_id LIMIT 50`;

async function run(o: MatchingBenchOptions, database: Database, dir: string) {
  const config = loadConfig({
    DATA_DIR: dir,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  });
  await prepareDatabase(config, database);
  const deps = makeDeps(config, database, () => TODAY);
  if (!o.reuse) await importPeopleForBench(deps, o.size, o.seed);
  const setup = performance.now();
  process.stderr.write('  consents and vacancies…\n');
  await ensureConsents(deps);
  const network = demoNetworks.find((n) => n.slug === 'patto-torino-sud')!;
  const ids = (
    await ensureVacancies(
      deps,
      o.batch,
      network.comuni.map((c) => c.code),
    )
  ).map((r) => r.id);
  await deps.db.execute(sql`ANALYZE vacancies`);
  await deps.db.execute(sql`ANALYZE person_consents`);
  const setupSeconds = (performance.now() - setup) / 1000;

  const organisationId = demoOrganisationId('cpi-chieri');
  const actor: Actor = {
    userId: demoUserId(CPI_OPERATOR),
    role: 'cpi_operator',
    organisationId,
    networkIds: await networkIdsOf(deps.db, organisationId),
    ip: null,
  };
  const peopleScope = organisationScope(people.ownerOrganisationId, actor, 'network');
  const baseScope = sql`p.owner_organisation_id IN (SELECT organisation_id FROM network_members
    WHERE network_id IN (${sql.join(
      actor.networkIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}))`;
  const [counts] = await queryRows<{ people: string; facets: string }>(
    deps.db,
    sql`SELECT count(*) AS people, count(*) FILTER (WHERE cardinality(search_facets) > 0) AS facets FROM people`,
  );
  const hasFacets = Number(counts?.facets ?? 0) > 0;

  // 1. One vacancy at a time: ≥ 30 vacancies, each timed once after 3 warm-up vacancies.
  const singles = ids.slice(0, Math.max(30, o.runs));
  const lines: string[] = [];
  const profiles = new Map<string, Awaited<ReturnType<typeof vacancyProfile>>>();
  for (const id of singles) {
    const [row] = await deps.db.select().from(vacancies).where(sql`${vacancies.id} = ${id}`);
    profiles.set(id, await vacancyProfile(deps.db, row!));
  }
  const timeEach = async (fn: (id: string) => Promise<unknown>) => {
    for (const id of ids.slice(-3)) await fn(id);
    const ms: number[] = [];
    for (const id of singles) {
      const t0 = performance.now();
      await fn(id);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    return { p50: percentile(ms, 50), p95: percentile(ms, 95), n: ms.length };
  };
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  const base = await timeEach((id) => {
    const v = profiles.get(id) ?? { essentialSkills: [], optionalSkills: [] };
    return queryRows(deps.db, baseline(baseScope, [...v.essentialSkills, ...v.optionalSkills]));
  });
  // The candidate index is built before it is timed (a server builds it at start): its build is reported apart.
  const before = process.memoryUsage();
  const b0 = performance.now();
  await candidateIndexOf(deps.db).current();
  const buildSeconds = (performance.now() - b0) / 1000;
  const after = process.memoryUsage();
  const indexMiB = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20;
  process.stderr.write(
    `  candidate index built in ${buildSeconds.toFixed(1)} s, ≈ ${indexMiB.toFixed(0)} MiB\n`,
  );
  const sources = knownSources.filter((x) => o.sources.includes(x) && (x !== 'facets' || hasFacets));
  const p95By = new Map<RetrievalSource, number>();
  process.stderr.write(`  baseline p50 ${base.p50.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms\n`);
  for (const source of sources) {
    setRetrievalSource(source);
    let returned = 0;
    const ours = await timeEach(async (id) => {
      const r = await matchVacancy(deps, actor, id, { limit: 50 });
      returned += r.items.length;
    });
    p95By.set(source, ours.p95);
    process.stderr.write(`  ${source}: p50 ${ours.p50.toFixed(1)} ms, p95 ${ours.p95.toFixed(1)} ms\n`);
    lines.push(
      `| matchVacancy, pre-selection from ${sourceNames[source]} | ${ours.n} | ${Math.round(returned / (ours.n + 3))} | ${f(ours.p50)} | ${f(ours.p95)} | ${f(base.p50)} | ${f(base.p95)} | ${(base.p50 / ours.p50).toFixed(2)}× |`,
    );
  }

  // 2. The batch: every vacancy in turn until the budget is spent; the baseline on the same vacancies.
  // The batch uses the faster source of the single-vacancy runs.
  const source = [...p95By].sort((a, b) => a[1] - b[1])[0]![0];
  setRetrievalSource(source);
  const budget = o.batchBudget * 1000;
  const audience = { sql: peopleScope, owners: await organisationsInScope(deps.db, actor, 'network') };
  const t0 = performance.now();
  let done = 0;
  for (const id of ids) {
    if (performance.now() - t0 > budget) break;
    const [row] = await deps.db.select().from(vacancies).where(sql`${vacancies.id} = ${id}`);
    const v = await vacancyProfile(deps.db, row!);
    await rankCandidates(
      deps.db,
      deps,
      v,
      audience,
      50,
      TODAY,
      // As a request would: the index is brought up to date before each vacancy.
      await retrievalFor(deps, source),
    );
    done++;
  }
  const oursRate = done / ((performance.now() - t0) / 1000);
  const cut = await cutAgreement(
    deps,
    singles.map((id) => profiles.get(id)!),
    audience,
    () => retrievalFor(deps, source),
    TODAY,
  );
  const base0 = performance.now();
  let bdone = 0;
  for (const id of ids) {
    if (performance.now() - base0 > budget) break;
    const [row] = await deps.db.select().from(vacancies).where(sql`${vacancies.id} = ${id}`);
    await queryRows(deps.db, baseline(baseScope, [...row!.essentialSkills, ...row!.optionalSkills]));
    bdone++;
  }
  const baseRate = bdone / ((performance.now() - base0) / 1000);

  const [version] = await queryRows<{ v: string; sb: string }>(
    deps.db,
    sql`SELECT version() AS v, current_setting('shared_buffers') AS sb`,
  );
  const cpus = os.cpus();
  console.log(`\n## Matching — ${Number(counts?.people).toLocaleString('en')} people on ${o.db}\n`);
  console.log(
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Node ${process.version}; ${version?.v.split(',')[0]}, shared_buffers ${version?.sb}`,
  );
  console.log(
    `- ${o.reuse ? `Reused database ${o.reuse}` : 'Fresh database'}; ${ids.length.toLocaleString('en')} published vacancies of the starter occupations; consents and vacancies set up in ${setupSeconds.toFixed(1)} s; search facets ${hasFacets ? 'present' : 'absent'}; candidate index built in ${buildSeconds.toFixed(1)} s, ≈ ${indexMiB.toFixed(0)} MiB of heap`,
  );
  console.log(
    '- One vacancy: p50/p95 over the vacancies listed (each once, after 3 warm-up vacancies); baseline = one SQL query ranking the people in scope by skills held (top 50).\n',
  );
  console.log(
    '| Run | Vacancies | Candidates returned (avg) | p50 | p95 | Baseline p50 | Baseline p95 | Baseline/ours (p50) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const l of lines) console.log(l);
  console.log(
    `\n| Batch (${source}) | Vacancies ranked | Vacancies/s | Baseline vacancies | Baseline vacancies/s | Time for ${o.batch.toLocaleString('en')} at that rate |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(
    `| top-50 each, budget ${o.batchBudget} s | ${done.toLocaleString('en')} | ${oursRate.toFixed(1)} | ${bdone.toLocaleString('en')} | ${baseRate.toFixed(1)} | ${(o.batch / oursRate).toFixed(0)} s (baseline ${(o.batch / baseRate).toFixed(0)} s) |`,
  );
  console.log(
    `\n| Pre-selection cut (${source}), ${cut.vacancies} vacancies: ours (${preselectSize(50)}) vs ten times larger | Same top-50 scores | People in common | Points lost per candidate (mean) | (worst vacancy) |`,
  );
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| top 50 | ${cut.sameScores} of ${cut.vacancies} | ${(cut.overlap * 100).toFixed(1)} % | ${cut.meanLoss.toFixed(2)} | ${cut.worstLoss.toFixed(2)} |`,
  );
}
