// Finding the record a merged duplicate lives on in, by a codice fiscale given up in a merge: the merged row
// carries a tombstone (MERGED:<id>) so the unique codice fiscale is free, and person_merges remembers the codes
// that were dropped (one of the two records usually had a wrong one: a typo, an omocodia).
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { people, personMerges } from './db.ts';

export async function survivorByOldTaxCode(tx: Tx, taxCode: string) {
  const [merge] = await tx
    .select({ survivorId: personMerges.survivorId })
    .from(personMerges)
    .where(sql`${taxCode} = ANY(${personMerges.formerTaxCodes})`)
    .orderBy(sql`${personMerges.at} DESC`)
    .limit(1);
  if (!merge) return null;
  const [survivor] = await tx.select().from(people).where(eq(people.id, merge.survivorId));
  // A survivor merged later on names the current one (merges are re-pointed, so one step is enough).
  const current = survivor?.mergedIntoId
    ? (await tx.select().from(people).where(eq(people.id, survivor.mergedIntoId)))[0]
    : survivor;
  return current && !current.anonymisedAt ? current : null;
}

/** The duplicates merged into a record (directly or through an earlier survivor: merges are re-pointed). */
export async function mergedIdsOf(tx: Tx, personId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(eq(people.mergedIntoId, personId))
    .orderBy(people.mergedAt);
  return rows.map((r) => r.id);
}
