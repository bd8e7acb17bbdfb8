// Key rotation: re-encrypts every registered encrypted column (encrypted-columns.ts) with the current key.
// Batches of 500 rows, one transaction each; values already under the current key are skipped, so a second run
// (or a run after an interruption) only does what is left. An update applies only if the value is still the one
// read, so a concurrent write by the app (already under the current key) is never overwritten.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows, type Tx } from '../db/client.ts';
import { type EncryptedColumn, encryptedColumns } from './encrypted-columns.ts';
import type { Cipher } from './secrets.ts';

export const ROTATION_BATCH_SIZE = 500;

export type RotationCount = { table: string; column: string; rotated: number; alreadyCurrent: number };
export type KeyCount = { table: string; column: string; keyId: string; count: number };

/** Values not in the `v1:<keyId>:…` form are counted under this pseudo key id by `countByKey`. */
export const UNKNOWN_FORMAT = '(unknown format)';

const ids = (c: EncryptedColumn) => ({
  table: sql.identifier(c.table),
  id: sql.identifier(c.idColumn),
  column: sql.identifier(c.column),
});

const currentPrefix = (cipher: Cipher) => `v1:${cipher.keyId}:%`;

export async function rotateEncryptedColumns(
  db: Db,
  cipher: Cipher,
  opts: {
    columns?: readonly EncryptedColumn[];
    batchSize?: number;
    onBatch?: (c: EncryptedColumn, rotated: number) => void;
  } = {},
): Promise<RotationCount[]> {
  const batchSize = opts.batchSize ?? ROTATION_BATCH_SIZE;
  const results: RotationCount[] = [];
  for (const c of opts.columns ?? encryptedColumns) {
    const { table, id, column } = ids(c);
    const [current] = await queryRows<{ n: number | string }>(
      db,
      sql`SELECT count(*) AS n FROM ${table} WHERE ${column} LIKE ${currentPrefix(cipher)}`,
    );
    let rotated = 0;
    let after: string | null = null;
    for (;;) {
      const from: SQL = after === null ? sql`` : sql`AND ${id} > ${after}`;
      const done: boolean = await db.transaction(async (tx) => {
        const rows = await queryRows<{ id: string; value: string }>(
          tx,
          sql`SELECT ${id}::text AS id, ${column} AS value FROM ${table}
              WHERE ${column} IS NOT NULL AND ${column} NOT LIKE ${currentPrefix(cipher)} ${from}
              ORDER BY ${id} LIMIT ${batchSize}`,
        );
        for (const row of rows) {
          let plain: string;
          try {
            plain = cipher.decrypt(row.value);
          } catch (err) {
            throw new Error(`${c.table}.${c.column}, ${c.idColumn} ${row.id}: ${(err as Error).message}`);
          }
          const result = (await tx.execute(
            sql`UPDATE ${table} SET ${column} = ${cipher.encrypt(plain)}
                WHERE ${id} = ${row.id} AND ${column} = ${row.value}`,
          )) as unknown as { rowCount?: number | null; affectedRows?: number };
          rotated += Number(result.rowCount ?? result.affectedRows ?? 1);
        }
        if (rows.length) {
          after = rows[rows.length - 1]!.id;
          opts.onBatch?.(c, rows.length);
        }
        return rows.length < batchSize;
      });
      if (done) break;
    }
    results.push({ table: c.table, column: c.column, rotated, alreadyCurrent: Number(current?.n ?? 0) });
  }
  return results;
}

/** How many stored values each key id encrypts, per column; changes nothing (`keys:rotate --check`). */
export async function countByKey(db: Tx, columns: readonly EncryptedColumn[] = encryptedColumns) {
  const out: KeyCount[] = [];
  for (const c of columns) {
    const { table, column } = ids(c);
    const rows = await queryRows<{ key_id: string; n: number | string }>(
      db,
      sql`SELECT CASE WHEN ${column} LIKE 'v1:%' THEN split_part(${column}, ':', 2) ELSE ${UNKNOWN_FORMAT} END AS key_id,
                 count(*) AS n
          FROM ${table} WHERE ${column} IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
    for (const r of rows) out.push({ table: c.table, column: c.column, keyId: r.key_id, count: Number(r.n) });
  }
  return out;
}
