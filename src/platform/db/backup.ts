// Logical backup of the whole database, the same on PGlite and on a PostgreSQL server: gzip'd JSON lines, one
// header then one line per row (as PostgreSQL's own row_to_json renders it). Restore rebuilds the schema with the
// migrations the backup was made with, loads every row in foreign-key order, then applies newer migrations —
// all in ONE transaction: a failed restore leaves the database as it was.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { SQL } from 'drizzle-orm';
import { type Database, queryRows, sql, type Tx } from './client.ts';
import { applyMigrations, listMigrations, migrationsDir } from './migrate.ts';

const FORMAT = 'retelavoro-backup';
const BATCH = 2000;
/**
 * Tables with a bytea column (uploaded documents, up to several MB each, twice that as hex in JSON) are read a few
 * rows at a time, and restore flushes by size too: a batch of 2,000 such rows would not fit in memory. bytea goes
 * through row_to_json as hex text (\x…), which json_populate_recordset reads back as the same bytes.
 */
const BINARY_BATCH = 4;
const RESTORE_BATCH_CHARS = 32 * 1024 * 1024;

async function tablesWithBinary(tx: Tx): Promise<Set<string>> {
  const rows = await queryRows<{ name: string }>(
    tx,
    sql`SELECT DISTINCT table_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'bytea'`,
  );
  return new Set(rows.map((r) => r.name));
}

/**
 * Tables that are not data: the change feed of matching's candidate index (person_changes) holds transaction ids of
 * the server that wrote it, meaningless elsewhere. The restore's own inserts refill it, and a restored database's
 * processes build their index from the tables anyway.
 */
const NOT_BACKED_UP = new Set(['person_changes']);

type Header = {
  format: string;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
};

/** Tables of the public schema, parents before children (foreign keys), without schema_migrations. */
export async function tablesInDependencyOrder(tx: Tx): Promise<string[]> {
  const tables = (
    await queryRows<{ name: string }>(
      tx,
      sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`,
    )
  ).map((r) => r.name);
  const edges = await queryRows<{ child: string; parent: string }>(
    tx,
    sql`SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (order.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent);
    order.push(t);
  };
  for (const t of tables) visit(t);
  return order;
}

export async function backupDatabase(database: Database, file: string): Promise<Header> {
  return database.db.transaction(
    async (tx) => {
      const migrations = (
        await queryRows<{ name: string }>(tx, sql`SELECT name FROM schema_migrations ORDER BY name`)
      ).map((r) => r.name);
      const tables = (await tablesInDependencyOrder(tx)).filter((t) => !NOT_BACKED_UP.has(t));
      const binary = await tablesWithBinary(tx);
      const counts: Record<string, number> = {};
      for (const t of tables) {
        const [row] = await queryRows<{ n: number }>(
          tx,
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(t)}`,
        );
        counts[t] = row?.n ?? 0;
      }
      const header: Header = {
        format: FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migrations,
        tables: counts,
      };
      async function* lines() {
        yield `${JSON.stringify(header)}\n`;
        for (const t of tables) {
          const size = binary.has(t) ? BINARY_BATCH : BATCH;
          for (let offset = 0; offset < counts[t]!; offset += size) {
            const rows = await queryRows<{ j: string }>(
              tx,
              sql`SELECT row_to_json(x)::text AS j FROM (SELECT * FROM ${sql.identifier(t)} ORDER BY ctid LIMIT ${size} OFFSET ${offset}) x`,
            );
            yield rows.map((r) => `{"t":${JSON.stringify(t)},"r":${r.j}}\n`).join('');
          }
        }
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export async function restoreDatabase(database: Database, file: string): Promise<Header> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (!header || header.format !== FORMAT) throw new Error(`${file} is not a ReteLavoro backup`);
  const known = listMigrations(migrationsDir);
  const knownNames = known.map((m) => m.name);
  const unknown = header.migrations.filter((m) => !knownNames.includes(m));
  if (unknown.length) {
    throw new Error(
      `The backup was made by a newer version (migrations ${unknown.join(', ')}): upgrade first.`,
    );
  }
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw('DROP SCHEMA public CASCADE'));
    await tx.execute(sql.raw('CREATE SCHEMA public'));
    await applyMigrations(
      tx,
      known.filter((m) => header.migrations.includes(m.name)),
    );
    let table = '';
    let batch: string[] = [];
    let batchChars = 0;
    // Generated columns (e.g. people.search_vector) are recomputed by the database, never inserted.
    const writable = new Map<string, SQL>();
    const columnsOf = async (t: string) => {
      let cols = writable.get(t);
      if (!cols) {
        const rows = await queryRows<{ name: string }>(
          tx,
          sql`SELECT column_name AS name FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name = ${t} AND is_generated = 'NEVER'
              ORDER BY ordinal_position`,
        );
        cols = sql.join(
          rows.map((r) => sql.identifier(r.name)),
          sql`, `,
        );
        writable.set(t, cols);
      }
      return cols;
    };
    const flush = async () => {
      if (!batch.length) return;
      const cols = await columnsOf(table);
      await tx.execute(
        sql`INSERT INTO ${sql.identifier(table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${`[${batch.join(',')}]`}::json)`,
      );
      batch = [];
      batchChars = 0;
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue;
      const { t, r } = JSON.parse(next.value) as { t: string; r: unknown };
      const json = JSON.stringify(r);
      if (t !== table || batch.length >= BATCH || batchChars + json.length > RESTORE_BATCH_CHARS) {
        await flush();
        table = t;
      }
      batch.push(json);
      batchChars += json.length;
    }
    await flush();
    for (const [t, expected] of Object.entries(header.tables)) {
      const [row] = await queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(t)}`,
      );
      if ((row?.n ?? 0) !== expected)
        throw new Error(`Restore of ${t}: expected ${expected} rows, found ${row?.n}`);
    }
    await applyMigrations(tx, known);
  });
  return header;
}
