// The built-in Italian starter taxonomy (a curated subset of ESCO with our Italian labels, plus small Italian code
// lists), loaded at every start when something of it is missing, so that a fresh installation can tag CVs and
// vacancies before anyone imports the full ESCO bundle. It never overwrites: concepts already there (from an ESCO
// import) keep their data and only gain the Italian label when they have none.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { codeLists, conceptLabels, occupationSkills, occupations, skills } from './db.ts';
import { TAXONOMY_WRITE_LOCK } from './importer/esco.ts';
import { STARTER_SOURCE, starterCodeLists, starterOccupations, starterSkills } from './starter/index.ts';

const BATCH = 500;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** True when every starter occupation has an Italian label and every starter code is there: nothing to do. */
async function isLoaded(db: Db): Promise<boolean> {
  const uris = starterOccupations.map((o) => o.uri);
  const [labels] = await db
    .select({ n: count() })
    .from(conceptLabels)
    .where(and(eq(conceptLabels.lang, 'it'), inArray(conceptLabels.uri, uris)));
  const [codes] = await db.select({ n: count() }).from(codeLists);
  return (labels?.n ?? 0) >= new Set(uris).size && (codes?.n ?? 0) >= starterCodeLists.length;
}

async function load(tx: Tx) {
  await inBatches(starterOccupations, (batch) =>
    tx
      .insert(occupations)
      .values(batch.map((o) => ({ uri: o.uri, iscoCode: o.iscoCode, source: STARTER_SOURCE })))
      .onConflictDoNothing(),
  );
  await inBatches(starterSkills, (batch) =>
    tx
      .insert(skills)
      .values(
        batch.map((s) => ({
          uri: s.uri,
          skillType: s.skillType,
          reuseLevel: s.reuseLevel,
          source: STARTER_SOURCE,
        })),
      )
      .onConflictDoNothing(),
  );
  const labels = [
    ...starterOccupations.map((o) => ({ uri: o.uri, preferredLabel: o.labelIt, altLabels: o.altIt ?? [] })),
    ...starterSkills.map((s) => ({ uri: s.uri, preferredLabel: s.labelIt, altLabels: [] })),
  ];
  await inBatches(labels, (batch) =>
    tx
      .insert(conceptLabels)
      .values(batch.map((l) => ({ ...l, lang: 'it' })))
      .onConflictDoNothing(),
  );
  const relations = starterOccupations.flatMap((o) =>
    o.skills.map((s) => ({ occupationUri: o.uri, skillUri: s.uri, relation: s.relation })),
  );
  await inBatches(relations, (batch) => tx.insert(occupationSkills).values(batch).onConflictDoNothing());
  await inBatches(starterCodeLists, (batch) =>
    tx
      .insert(codeLists)
      .values(
        batch.map((c) => ({
          scheme: c.scheme,
          version: c.version,
          code: c.code,
          parentCode: c.parentCode ?? null,
          labelIt: c.labelIt,
          labelEn: c.labelEn,
          extra: c.extra ?? {},
          sortOrder: c.sortOrder,
        })),
      )
      .onConflictDoNothing(),
  );
}

/** Idempotent; returns whether anything had to be loaded. Several app nodes may start at once: the lock orders them. */
export async function ensureStarterTaxonomy(db: Db): Promise<{ starterLoaded: boolean }> {
  if (await isLoaded(db)) return { starterLoaded: false };
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${TAXONOMY_WRITE_LOCK})`);
    await load(tx);
  });
  return { starterLoaded: true };
}
