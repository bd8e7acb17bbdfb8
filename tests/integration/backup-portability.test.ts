// A backup of the embedded database restores on a PostgreSQL server (the way a municipality grows into a
// province), with the audit chain intact.

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/audit.ts';
import { backupDatabase, restoreDatabase } from '../../src/platform/db/backup.ts';
import { openDatabase, queryRows, sql } from '../../src/platform/db/client.ts';
import { startTestApp } from '../helpers/app.ts';
import { serverUrl, testDbKind } from '../helpers/database.ts';
import { COORDINATOR } from '../helpers/demo-users.ts';

describe.skipIf(testDbKind !== 'pglite' || !serverUrl)('backup portability', () => {
  const name = `rl_test_${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('moves the whole database from PGlite to a PostgreSQL server', async () => {
    const t = await startTestApp();
    const c = await t.sessionFor(COORDINATOR);
    await c.request({ method: 'GET', url: '/api/users' });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rl-port-')), 'pglite.jsonl.gz');
    const header = await backupDatabase(t.database, file);
    await t.close();

    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    const server = await openDatabase({ kind: 'postgres', url: url.toString() });
    try {
      await restoreDatabase(server, file);
      for (const [table, rows] of Object.entries(header.tables)) {
        const [row] = await queryRows<{ n: number }>(
          server.db,
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
        );
        expect(row?.n, table).toBe(rows);
      }
      const report = await verifyAuditChain(server.db);
      expect(report).toMatchObject({ ok: true, checked: header.tables.audit_events });
    } finally {
      await server.close();
    }
  });
});
