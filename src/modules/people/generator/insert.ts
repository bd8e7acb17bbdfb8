// Writes generated people in batches: one multi-row INSERT per batch, each batch in its own transaction (a
// failure keeps the batches before it), or everything in one transaction with `atomic: true`. A batch is sent
// as one array parameter per column, unnested by the database (INSERT … SELECT FROM unnest): a few dozen
// parameters instead of tens of thousands, several times faster than a VALUES list on PGlite and PostgreSQL.
import { type AnyColumn, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { people } from '../db.ts';
import type { PersonRow } from './generate.ts';

export type InsertPeopleOptions = {
  /** Rows per INSERT (default 1000; capped by PostgreSQL's 65,535 parameters per statement). */
  batchSize?: number;
  /** One transaction for all rows instead of one per batch. */
  atomic?: boolean;
  /** Called after each batch with the number of rows written so far. */
  onProgress?: (inserted: number) => void;
};

const MAX_PARAMETERS = 65_535;

/** Inserts the rows (streamed from any iterable) and returns how many were written. */
export async function insertPeople(
  db: Db,
  rows: Iterable<PersonRow>,
  { batchSize = 1000, atomic = false, onProgress }: InsertPeopleOptions = {},
): Promise<number> {
  const columns = Object.keys(getTableColumns(people)).length;
  const size = Math.max(1, Math.min(Math.floor(batchSize), Math.floor(MAX_PARAMETERS / columns)));
  let inserted = 0;

  const run = async (write: (batch: PersonRow[]) => Promise<void>) => {
    let batch: PersonRow[] = [];
    for (const row of rows) {
      batch.push(row);
      if (batch.length === size) {
        await write(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await write(batch);
  };
  const writeIn = async (tx: Tx, batch: PersonRow[]) => {
    const fast = unnestInsert(batch);
    if (fast) await tx.execute(fast);
    else await tx.insert(people).values(batch);
    inserted += batch.length;
    onProgress?.(inserted);
  };

  if (atomic) {
    await db.transaction((tx) => run((batch) => writeIn(tx, batch)));
  } else {
    await run((batch) => db.transaction((tx) => writeIn(tx, batch)));
  }
  return inserted;
}

const columns = Object.entries(getTableColumns(people)) as [keyof PersonRow, AnyColumn][];

/** A value as the text PostgreSQL casts back to the column's type (arrays as array literals). */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    return `{${value.map((v) => `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  }
  return String(value);
}

/**
 * INSERT … SELECT FROM unnest(one text[] per column). Columns absent from every row are left to their defaults;
 * null when a column is present in some rows only and has a default (the VALUES form handles that batch).
 */
function unnestInsert(batch: PersonRow[]): SQL | null {
  const used = columns.filter(([key]) => batch.some((row) => row[key] !== undefined));
  for (const [key, column] of used) {
    if (column.hasDefault && batch.some((row) => row[key] === undefined)) return null;
  }
  const names = sql.join(
    used.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const casts = sql.join(
    used.map(([, c], i) => sql`${sql.identifier(`c${i}`)}::${sql.raw(c.getSQLType())}`),
    sql`, `,
  );
  const arrays = sql.join(
    used.map(([key]) => sql`${sql.param(batch.map((row) => asText(row[key])))}::text[]`),
    sql`, `,
  );
  const aliases = sql.join(
    used.map((_, i) => sql.identifier(`c${i}`)),
    sql`, `,
  );
  return sql`INSERT INTO ${people} (${names}) SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases})`;
}
