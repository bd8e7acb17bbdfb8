// A database for one test file: PGlite in memory, or a new database on the PostgreSQL server named by
// TEST_DATABASE_URL (created here and dropped afterwards). Either empty and migrated, or a copy of the seeded demo
// template the project's global setup built (helpers/template.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/platform/db/client.ts';
import { adminQuery } from './template.ts';

export const testDbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const serverUrl = process.env.TEST_DATABASE_URL;
/** True when this project cannot run here (postgres project without a server): the suite is skipped. */
export const skipDatabase = testDbKind === 'postgres' && !serverUrl;
if (skipDatabase && process.env.VITEST_WORKER_ID === '1') {
  console.warn(
    'postgres project skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
}

/** `seeded`: a copy of the demo territory (migrated, taxonomy, demo users, people, employers…). */
export async function freshDatabase(opts: { seeded?: boolean } = {}): Promise<{
  database: Database;
  url?: string;
  seeded: boolean;
  drop: () => Promise<void>;
}> {
  const template = opts.seeded ? inject('demoTemplate') : null;
  if (testDbKind === 'pglite') {
    const dump = template?.kind === 'pglite' ? new Blob([readFileSync(template.dumpFile)]) : undefined;
    const database = await openDatabase({ kind: 'pglite', loadDataDir: dump });
    return { database, seeded: Boolean(dump), drop: async () => {} };
  }
  const name = `rl_test_${randomBytes(6).toString('hex')}`;
  const from = template?.kind === 'postgres' ? template.name : null;
  // FILE_COPY copies the template's files instead of WAL-logging every block: much faster for a seeded database.
  await adminQuery(
    serverUrl!,
    from ? `CREATE DATABASE ${name} TEMPLATE ${from} STRATEGY FILE_COPY` : `CREATE DATABASE ${name}`,
  );
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    url: url.toString(),
    seeded: Boolean(from),
    drop: () => adminQuery(serverUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
