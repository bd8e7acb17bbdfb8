// The seeded demo database, built once per test run and copied for each test file. Seeding the demo territory
// (migrations, taxonomy, 2,000 people, employers, vacancies…) takes about ten seconds; a copy takes one (PGlite:
// a data-directory dump loaded in memory) or less (PostgreSQL: CREATE DATABASE … TEMPLATE).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { makeDeps, prepareDatabase } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemoIfEmpty } from '../../src/demo/start.ts';
import { type Database, openDatabase } from '../../src/platform/db/client.ts';

/** The one encryption key of test databases: the template's sealed columns are readable in every copy. */
export const TEST_KEY = Buffer.alloc(32, 7).toString('base64');

/** Where a test file finds the template: a dump file (PGlite) or a database name (PostgreSQL). */
export type DemoTemplate = { kind: 'pglite'; dumpFile: string } | { kind: 'postgres'; name: string };

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: DemoTemplate | null;
  }
}

async function seed(database: Database) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rl-template-'));
  const config = loadConfig({ DATA_DIR: dataDir, ENCRYPTION_KEY: TEST_KEY, LOG_LEVEL: 'silent' });
  await prepareDatabase(config, database);
  await seedDemoIfEmpty(makeDeps(config, database));
  rmSync(dataDir, { recursive: true, force: true });
}

export async function buildTemplate(
  kind: 'pglite' | 'postgres',
  serverUrl?: string,
): Promise<{ template: DemoTemplate; remove: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite' });
    await seed(database);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    await database.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-template-'));
    const dumpFile = path.join(dir, 'demo.tar');
    writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
    return {
      template: { kind, dumpFile },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!serverUrl) throw new Error('buildTemplate(postgres) needs the server URL');
  const name = `rl_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  await seed(database);
  // A template must have no open connection while it is copied.
  await database.close();
  return {
    template: { kind, name },
    remove: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function adminQuery(serverUrl: string, text: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}
