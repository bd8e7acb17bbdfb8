import { sql } from 'drizzle-orm';
import { makeDeps } from './src/app.ts';
import { loadConfig } from './src/config.ts';
import { demoOrganisationId } from './src/demo/seed.ts';
import { comuniAround, distancesFrom } from './src/modules/matching/distances.ts';
import { rankPairs } from './src/modules/matching/domain/rank.ts';
import { defaultFairness, defaultWeights } from './src/modules/matching/domain/weights.ts';
import { preselect, relatedOccupations } from './src/modules/matching/retrieval.ts';
import { exposureOf } from './src/modules/matching/support.ts';
import { networkIdsOf, organisationScope } from './src/modules/network/scope.ts';
import { people } from './src/modules/people/db.ts';
import { loadCandidateProfiles } from './src/modules/people/match-candidates.ts';
import { vacancies } from './src/modules/vacancies/db.ts';
import { vacancyProfile } from './src/modules/vacancies/profile.ts';
import { openDatabase, queryRows } from './src/platform/db/client.ts';

const name = process.argv[2]!;
const database = await openDatabase({ kind: 'postgres', url: `postgres://postgres@127.0.0.1:5432/${name}` });
const config = loadConfig({
  DATA_DIR: '/tmp/rl-prof',
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  LOG_LEVEL: 'silent',
});
const deps = makeDeps(config, database, () => new Date('2026-11-01'));
const org = demoOrganisationId('cpi-chieri');
const actor = {
  userId: null as any,
  role: 'cpi_operator',
  organisationId: org,
  networkIds: await networkIdsOf(deps.db, org),
  ip: null,
};
const scope = organisationScope(people.ownerOrganisationId, actor as any, 'network');
const rows = await queryRows<{ id: string }>(
  deps.db,
  sql`SELECT id FROM vacancies WHERE title LIKE 'Bench %' ORDER BY title LIMIT 25`,
);
const tot: Record<string, number[]> = {};
for (const { id } of rows) {
  const [row] = await deps.db.select().from(vacancies).where(sql`${vacancies.id} = ${id}`);
  const v = await vacancyProfile(deps.db, row!);
  let t = performance.now();
  const lap = (k: string) => {
    const x = performance.now();
    (tot[k] ??= []).push(x - t);
    t = x;
  };
  const w = defaultWeights;
  const related = await relatedOccupations(deps.db, w, v);
  lap('related');
  const around = await comuniAround(deps.db, v.siteComuneCode, w.distance.zeroAtKm);
  lap('around');
  const pre = await preselect(deps.db, {
    vacancy: v,
    weights: w,
    peopleScope: scope,
    related,
    around,
    keep: 500,
    source: 'facets',
  });
  lap('preselect');
  const ids = pre.map((p) => p.id);
  const c = await loadCandidateProfiles(deps.db, deps, ids, new Date('2026-11-01'));
  lap('profiles');
  const d = await distancesFrom(
    deps.db,
    v.siteComuneCode,
    c.map((x) => x.comuneCode),
  );
  lap('distances');
  const e = await exposureOf(deps.db, ids, defaultFairness, new Date('2026-11-01'));
  lap('exposure');
  rankPairs(
    w,
    defaultFairness,
    c.map((x) => ({
      vacancy: v,
      candidate: x,
      distance: d.byComune.get(x.comuneCode) ?? { kind: 'unknown' },
      exposure: e.get(x.personId),
    })) as any,
    50,
  );
  lap('rank');
}
for (const [k, a] of Object.entries(tot)) {
  a.sort((x, y) => x - y);
  console.log(
    k.padEnd(10),
    'p50',
    a[Math.floor(a.length / 2)]!.toFixed(1),
    'p95',
    a[Math.floor(a.length * 0.95)]!.toFixed(1),
  );
}
process.exit(0);
