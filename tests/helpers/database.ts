// A fresh, migrated database for one test file: PGlite in memory, or a new database on the PostgreSQL server
// named by TEST_DATABASE_URL (created here and dropped afterwards).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db/client.ts';

export const testDbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const serverUrl = process.env.TEST_DATABASE_URL;
/** True when this project cannot run here (postgres project without a server): the suite is skipped. */
export const skipDatabase = testDbKind === 'postgres' && !serverUrl;
if (skipDatabase && process.env.VITEST_WORKER_ID === '1') {
  console.warn(
    'postgres project skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
}

export async function freshDatabase(): Promise<{
  database: Database;
  url?: string;
  drop: () => Promise<void>;
}> {
  if (testDbKind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite' });
    return { database, drop: async () => {} };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `rl_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
