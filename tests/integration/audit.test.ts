// The audit trail: written with the change, rolled back with it, append-only, hash-chained, exported.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/audit.ts';
import { backupDatabase, restoreDatabase } from '../../src/platform/db/backup.ts';
import { queryRows, sql } from '../../src/platform/db/client.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR, PLATFORM_ADMIN } from '../helpers/demo-users.ts';

const count = async (t: TestApp, table: string) =>
  (
    await queryRows<{ n: number }>(t.deps.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)
  )[0]!.n;

describe.skipIf(skipDatabase)('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('records who, organisation, action, entity, purpose and IP for a change and for a read of personal data', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const session = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
    await c.request({ method: 'GET', url: '/api/users' });
    const page = (await c.request({ method: 'GET', url: '/api/audit-events?mine=true&limit=5' })).json();
    const read = page.items.find((e: { action: string }) => e.action === 'user.list');
    expect(read).toMatchObject({
      actorUserId: session.user.id,
      actorOrganisationId: session.currentOrganisation.id,
      actorRole: 'network_coordinator',
      entityType: 'user',
      purpose: 'network_administration',
      ip: '127.0.0.1',
    });
    expect(read.actorName).toBe('Elena Ferrero');
  });

  it('rolls the audit row back with a failed change: nothing is half-written', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const before = await count(t, 'audit_events');
    const orgsBefore = await count(t, 'organisations');
    const session = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
    const res = await c.request({
      method: 'POST',
      url: '/api/organisations',
      payload: {
        name: 'Cooperativa Senza Comune',
        kind: 'cooperative',
        taxCode: '12999990016',
        comuneCode: '999999',
        networks: [{ networkId: session.networks[0].id, tier: 'wider' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(await count(t, 'organisations')).toBe(orgsBefore);
    // Only the session read's absence of writes: no organisation.create row was kept.
    const rows = await queryRows<{ action: string }>(
      t.deps.db,
      sql`SELECT action FROM audit_events WHERE seq > ${before}`,
    );
    expect(rows.map((r) => r.action)).not.toContain('organisation.create');
  });

  it('refuses UPDATE and DELETE on the audit table', async () => {
    await expect(
      t.deps.db.execute(sql`UPDATE audit_events SET purpose = 'x' WHERE seq = 1`),
    ).rejects.toThrow();
    await expect(t.deps.db.execute(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow();
  });

  it('exports the log as XLSX and CSV, and the export is itself audited', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const csv = await c.request({ method: 'GET', url: '/api/audit-events/export?format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Azione');
    const xlsx = await c.request({ method: 'GET', url: '/api/audit-events/export?format=xlsx' });
    expect(xlsx.headers['content-disposition']).toMatch(/registro-accessi-.*\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).value).toBe('Azione');
    expect(sheet.rowCount).toBeGreaterThan(2);
    const page = (
      await c.request({ method: 'GET', url: '/api/audit-events?mine=true&action=audit.export' })
    ).json();
    expect(page.items.length).toBe(2);
  });

  it('scopes the log: a CPI operator sees their organisation, not the coordinator’s actions elsewhere', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const page = (await op.request({ method: 'GET', url: '/api/audit-events?limit=500' })).json();
    const session = (await op.request({ method: 'GET', url: '/api/auth/session' })).json();
    for (const e of page.items) {
      expect(
        e.actorUserId === session.user.id || e.actorOrganisationId === session.currentOrganisation.id,
      ).toBe(true);
    }
  });

  it('pages with a keyset cursor', async () => {
    const admin = await t.sessionFor(PLATFORM_ADMIN);
    const first = (await admin.request({ method: 'GET', url: '/api/audit-events?limit=3' })).json();
    expect(first.items).toHaveLength(3);
    const second = (
      await admin.request({ method: 'GET', url: `/api/audit-events?limit=3&before=${first.nextBefore}` })
    ).json();
    expect(second.items[0].seq).toBeLessThan(first.items[2].seq);
  });

  it('verifies the chain, survives a backup/restore round trip, and detects altered and deleted rows', async () => {
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-backup-'));
    const file = path.join(dir, 'backup.jsonl.gz');
    const header = await backupDatabase(t.database, file);
    expect(header.tables.organisations).toBeGreaterThan(30);
    const users = await count(t, 'users');
    const orgs = await count(t, 'organisations');
    const events = await count(t, 'audit_events');

    // Damage: alter a row's content (with the trigger disabled, as an intruder with full rights would).
    await t.deps.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    await t.deps.db.execute(sql`UPDATE audit_events SET purpose = 'tampered' WHERE seq = 2`);
    let report = await verifyAuditChain(t.deps.db);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ seq: 2, kind: 'altered' }));
    // Delete a row in the middle and one at the end.
    await t.deps.db.execute(sql`DELETE FROM audit_events WHERE seq = 3`);
    await t.deps.db.execute(sql`DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)`);
    report = await verifyAuditChain(t.deps.db);
    expect(report.problems.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['altered', 'deleted', 'tail_deleted']),
    );
    await t.deps.db.execute(sql`DELETE FROM organisations WHERE name LIKE 'Probe%'`);

    // Restore brings everything back, chain intact, triggers in place.
    await restoreDatabase(t.database, file);
    expect(await count(t, 'users')).toBe(users);
    expect(await count(t, 'organisations')).toBe(orgs);
    expect(await count(t, 'audit_events')).toBe(events);
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
    await expect(t.deps.db.execute(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow();
    // The restored database still serves the app.
    const c = await t.sessionFor(COORDINATOR);
    expect((await c.request({ method: 'GET', url: '/api/organisations' })).statusCode).toBe(200);
  });
});
