// Writes generated people in batches: one multi-row INSERT per batch, each batch in its own transaction (a
// failure keeps the batches before it), or everything in one transaction with `atomic: true`. A batch is sent
// as one array parameter per column, unnested by the database (INSERT … SELECT FROM unnest): a few dozen
// parameters instead of tens of thousands, several times faster than a VALUES list on PGlite and PostgreSQL.
// With `cv`, each person also gets a generated CV: its rows are written in the same batch (one INSERT per CV
// table) and the person's search text includes it.
import { type AnyColumn, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../../platform/db/client.ts';
import {
  people,
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personSkills,
  personTrainings,
} from '../db.ts';
import { type CvTable, cvTables, type GeneratedCv } from './cv.ts';
import type { PersonRow } from './generate.ts';

export type InsertPeopleOptions = {
  /** Rows per INSERT (default 1000; capped by PostgreSQL's 65,535 parameters per statement). */
  batchSize?: number;
  /** One transaction for all rows instead of one per batch. */
  atomic?: boolean;
  /** Called after each batch with the number of rows written so far. */
  onProgress?: (inserted: number) => void;
  /** Generates the CV of each person (see cv.ts `cvGenerator`); its rows are written with the person. */
  cv?: (person: PersonRow) => GeneratedCv;
};

const MAX_PARAMETERS = 65_535;

const cvTableOf: Record<CvTable, PgTable> = {
  education: personEducation,
  experiences: personExperiences,
  trainings: personTrainings,
  languages: personLanguages,
  licences: personLicences,
  skills: personSkills,
  desiredOccupations: personDesiredOccupations,
};

/** Inserts the rows (streamed from any iterable) and returns how many were written. */
export async function insertPeople(
  db: Db,
  rows: Iterable<PersonRow>,
  { batchSize = 1000, atomic = false, onProgress, cv }: InsertPeopleOptions = {},
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
    const cvs = cv ? batch.map((row) => cv(row)) : [];
    const persons = cv
      ? batch.map((row, i) => ({
          ...row,
          searchText: cvs[i]!.searchText,
          searchFacets: cvs[i]!.searchFacets,
        }))
      : batch;
    await insertRows(tx, people, persons as Record<string, unknown>[]);
    for (const table of cvTables) {
      const cvRows = cvs.flatMap((c) => c[table] as Record<string, unknown>[]);
      if (cvRows.length) await insertRows(tx, cvTableOf[table], cvRows);
    }
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

/** One INSERT … SELECT FROM unnest when possible, otherwise a multi-row VALUES insert. */
async function insertRows(tx: Tx, table: PgTable, rows: Record<string, unknown>[]) {
  const fast = unnestInsert(table, rows);
  if (fast) await tx.execute(fast);
  else await tx.insert(table).values(rows as never);
}

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
function unnestInsert(table: PgTable, batch: Record<string, unknown>[]): SQL | null {
  const columns = Object.entries(getTableColumns(table)) as [string, AnyColumn][];
  const used = columns.filter(([key, c]) => !c.generated && batch.some((row) => row[key] !== undefined));
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
  return sql`INSERT INTO ${table} (${names}) SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases})`;
}
