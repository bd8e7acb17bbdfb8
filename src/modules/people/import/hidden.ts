// Import, the hidden rows (docs/adr/0010): phase 1 writes each chunk of staged rows AND the new people they
// describe, in one short transaction per chunk. The new people carry the import's id while the import is listed in
// person_import_pending, so every read leaves them out (../visibility.ts) until the final transaction deletes that
// one row. Why: on PGlite (one connection) inserting 100,000 people into the indexed `people` table takes ~20 s,
// and done in the final transaction it kept every other user waiting that long; in chunks it costs the same in
// total but never more than a fraction of a second at a time, and the commit itself stays O(1) for new people.
import { getTableColumns, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/client.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Actor } from '../../../platform/policy/policy.ts';
import { personFieldNames } from '../contract.ts';
import { people } from '../db.ts';
import { visiblePerson } from '../visibility.ts';
import { yieldToOthers } from './dry-run.ts';
import type { PersonFields } from './validate.ts';

const columnsOf = getTableColumns(people);
export type PeopleKey = keyof typeof columnsOf;
export const column = (k: PeopleKey) => columnsOf[k].name;
/** Every person field except the circoscrizione, which spreadsheets do not carry. */
export const personKeys = personFieldNames.filter(
  (k) => k !== 'residenceSubdivisionId',
) as (keyof PersonFields & PeopleKey)[];

export type StagedRow = {
  row: number;
  kind: 'create' | 'update';
  personId: string;
  taxCode: string;
  owner: string | null;
  /** People columns by column name. */
  data: Record<string, unknown>;
};

/** The staged rows of one kind with their people columns (r.*), as a FROM … WHERE fragment. */
export const staged = (importId: string, kind: 'create' | 'update') =>
  sql`person_import_staging s CROSS JOIN LATERAL jsonb_populate_record(NULL::people, s.data) r
      WHERE s.import_id = ${importId}::uuid AND s.kind = ${kind}`;

/** Lists the import as pending: from now on the people it writes are hidden until finishImport. */
export const openImport = (db: Tx, importId: string, now: Date) =>
  db.execute(sql`INSERT INTO person_import_pending (import_id, started_at)
                 VALUES (${importId}::uuid, ${now.toISOString()}::timestamptz)`);

/**
 * One chunk of phase 1, one short transaction: the staging rows, then the hidden new people. A codice fiscale
 * taken meanwhile (someone registered it, or another import holds it hidden) leaves its person out — the unique
 * index decides, so two imports can never both hold a code — and is answered with the row and why.
 */
export async function writeChunk(
  db: Tx,
  actor: Actor,
  importId: string,
  rows: StagedRow[],
  now: Date,
): Promise<{ row: number; code: string }[]> {
  const creates = rows.filter((r) => r.kind === 'create');
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      INSERT INTO person_import_staging
        (import_id, ordinal, kind, person_id, tax_code, owner_organisation_id, data, created_at)
      SELECT ${importId}::uuid, u.ordinal, u.kind, u.person_id, u.tax_code, u.owner, u.data,
             ${now.toISOString()}::timestamptz
      FROM unnest(
        ${sql.param(rows.map((r) => r.row))}::int[],
        ${sql.param(rows.map((r) => r.kind))}::text[],
        ${sql.param(rows.map((r) => r.personId))}::uuid[],
        ${sql.param(rows.map((r) => r.taxCode))}::text[],
        ${sql.param(rows.map((r) => r.owner))}::uuid[],
        ${sql.param(rows.map((r) => JSON.stringify(r.data)))}::jsonb[]
      ) AS u(ordinal, kind, person_id, tax_code, owner, data)`);
    if (!creates.length) return [];
    const keys = sql.join(
      personKeys.map((k) => sql.identifier(column(k))),
      sql`, `,
    );
    const values = sql.join(
      personKeys.map((k) => sql`r.${sql.identifier(column(k))}`),
      sql`, `,
    );
    const inserted = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO people (id, ${keys}, search_text, owner_organisation_id, created_by, created_at, updated_at,
                              import_id)
          SELECT s.person_id, ${values}, r.search_text, ${actor.organisationId}::uuid, ${actor.userId}::uuid,
                 ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, ${importId}::uuid
          FROM ${staged(importId, 'create')}
            AND s.ordinal = ANY(${sql.param(creates.map((c) => c.row))}::int[])
          ORDER BY s.ordinal
          ON CONFLICT (tax_code) DO NOTHING RETURNING id`,
    );
    if (inserted.length === creates.length) return [];
    const written = new Set(inserted.map((i) => i.id));
    const lost = creates.filter((c) => !written.has(c.personId));
    const holders = await queryRows<{ tax_code: string; pending: boolean }>(
      tx,
      sql`SELECT tax_code, NOT ${visiblePerson(sql`import_id`)} AS pending FROM people
          WHERE tax_code = ANY(${sql.param(lost.map((l) => l.taxCode))}::text[])`,
    );
    const pending = new Set(holders.filter((h) => h.pending).map((h) => h.tax_code));
    return lost.map((l) => ({
      row: l.row,
      code: pending.has(l.taxCode) ? 'person_being_imported' : 'person_registered_meanwhile',
    }));
  });
}

/**
 * Rows per clean-up statement. Deleting a person fires the ON DELETE triggers of the ~15 tables that reference
 * people (each an index probe, even when nothing references the hidden row): ~2.6 ms per person on PGlite, so 250
 * per statement keeps each step well under a second (a failed 100,000-row import takes minutes to clear, in the
 * background, its codes held meanwhile).
 */
const DROP_CHUNK = 250;

/**
 * Deletes an import's staging rows and — only while the import is still pending, i.e. it never committed — the
 * hidden people they created, a chunk per statement with other requests served in between; then the pending row.
 * Until that last statement the remaining people stay hidden, so nobody ever sees part of a failed import. After
 * a commit the pending row is gone and this only clears the staging rows.
 */
export async function dropImport(db: Tx, importId: string) {
  for (;;) {
    const [done] = await queryRows<{ n: number }>(
      db,
      sql`WITH batch AS (
            DELETE FROM person_import_staging
            WHERE import_id = ${importId}::uuid AND ordinal IN (
              SELECT ordinal FROM person_import_staging WHERE import_id = ${importId}::uuid
              ORDER BY ordinal LIMIT ${DROP_CHUNK})
            RETURNING person_id, kind),
          hidden AS (
            DELETE FROM people p USING batch b
            WHERE b.kind = 'create' AND p.id = b.person_id AND p.import_id = ${importId}::uuid
              AND EXISTS (SELECT 1 FROM person_import_pending WHERE import_id = ${importId}::uuid)
            RETURNING 1)
          SELECT (SELECT count(*) FROM batch)::int AS n, (SELECT count(*) FROM hidden)::int AS people`,
    );
    if (!done?.n) break;
    await yieldToOthers();
  }
  await db.execute(sql`DELETE FROM person_import_pending WHERE import_id = ${importId}::uuid`);
}

/** Staging rows and pending imports older than this belong to an abandoned import (the process stopped). */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Drops the imports abandoned more than a day ago (run at the start of every import). */
export async function dropAbandoned(deps: Deps) {
  const cutoff = new Date(deps.now().getTime() - ABANDONED_AFTER_MS).toISOString();
  const old = await queryRows<{ id: string }>(
    deps.db,
    sql`SELECT import_id AS id FROM person_import_pending WHERE started_at < ${cutoff}::timestamptz
        UNION SELECT DISTINCT import_id FROM person_import_staging WHERE created_at < ${cutoff}::timestamptz`,
  );
  for (const { id } of old) await dropImport(deps.db, id);
}
