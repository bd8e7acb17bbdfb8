// Which people rows exist for readers. A spreadsheet import writes its new people in many short steps before it
// commits (import/commit.ts, docs/adr/0010): until then those rows carry the import's id while the import is listed
// in person_import_pending, and EVERY read of people must leave them out, exactly like merged records. They become
// visible together when the import's final transaction deletes its one pending row — or are deleted if it fails.
//
// Rule for new code: any query that finds people by something other than an id it got from a visible row (search,
// lists, counts, exports, look-ups by codice fiscale, by name, by date, by user) adds `visiblePerson()`.
import { and, eq, not, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { people } from './db.ts';

/**
 * The condition "not a row of an import still being committed". `importId` is the people.import_id column as the
 * query names it (default: the drizzle column, i.e. "people"."import_id"; pass sql`p.import_id` under an alias).
 * The sub-query holds the imports running right now (usually none, a handful at most): PostgreSQL evaluates it
 * once as a hashed set, and the IS NULL short-circuits for every record not created by an import.
 */
export function visiblePerson(importId: SQL | typeof people.importId = people.importId): SQL {
  return sql`(${importId} IS NULL OR ${importId} NOT IN (SELECT import_id FROM person_import_pending))`;
}

/**
 * True when the codice fiscale is held by a hidden person of an import still being committed: the unique index
 * keeps it taken (two records can never share a code), so a create or a change of code is refused with a conflict
 * that says so, without showing the hidden record.
 */
export async function heldByPendingImport(tx: Tx, taxCode: string): Promise<boolean> {
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.taxCode, taxCode), not(visiblePerson())))
    .limit(1);
  return rows.length > 0;
}
