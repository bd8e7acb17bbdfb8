// One PostgreSQL dialect everywhere: PGlite (embedded, file-backed) by default, a PostgreSQL server via DATABASE_URL.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

export type Db = PgDatabase<PgQueryResultHKT>;
/** A database handle or an open transaction: repositories accept either. */
export type Tx = Db | PgTransaction<PgQueryResultHKT>;

export type DatabaseTarget =
  /** `loadDataDir`: start from a dump made with PGlite's `dumpDataDir` (tests copy one seeded database). */
  { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob } | { kind: 'postgres'; url: string };

export type Database = {
  kind: DatabaseTarget['kind'];
  db: Db;
  /** Runs one SQL text that may hold several statements (migrations, restore). */
  execScript: (text: string) => Promise<void>;
  /** A short description without credentials, for logs. */
  describe: string;
  close: () => Promise<void>;
};

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite') {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
    const db = drizzlePglite({ client }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      execScript: async (text) => {
        await client.exec(text);
      },
      describe: target.dataDir ? `PGlite at ${target.dataDir}` : 'PGlite in memory',
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle connection closed by the server (restart, failover, admin command) must not crash the process: the
  // pool drops it and opens a new one on the next query.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL idle connection closed: ${err.message}`);
  });
  // Fail fast with a clear message when the server is not reachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool }) as unknown as Db;
  pooled.add(db);
  const url = new URL(target.url);
  return {
    kind: 'postgres',
    db,
    execScript: async (text) => {
      await pool.query(text);
    },
    describe: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
    close: () => pool.end(),
  };
}

const pooled = new WeakSet<Db>();
/**
 * A server's pool: a read may run on another connection beside an open transaction. PGlite has one connection,
 * where such a read would wait for the transaction to end.
 */
export const hasConnectionPool = (db: Db) => pooled.has(db);

/** A uuid[] parameter (one text literal: thousands of ids cost one parameter, not thousands). */
export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Raw query returning typed rows; both drivers expose `.rows`. */
export async function queryRows<T>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };

/**
 * Awaits queries one after another. Drizzle queries are lazy, so this runs them in order: a transaction is one
 * connection, and node-postgres deprecates overlapping queries on one client (Promise.all would overlap them).
 */
export async function inSequence<T extends readonly unknown[]>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const out: unknown[] = [];
  for (const q of queries) out.push(await q);
  return out as { -readonly [K in keyof T]: Awaited<T[K]> };
}
