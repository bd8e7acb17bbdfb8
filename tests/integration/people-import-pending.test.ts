// The import's hidden rows (docs/adr/0010): between phase 1 (stageImport writes the new people, hidden) and the
// final transaction (finishImport makes them visible at once) nobody sees them — not by id, search, export, duplicate
// checks, merge candidates or the retention preview — yet they hold their codici fiscali: a create, another import
// or a change of code to one of them is refused. A refusal at commit time removes them, writing nothing.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, users } from '../../src/modules/identity/db.ts';
import { networkIdsOf } from '../../src/modules/network/scope.ts';
import { personImportPending, personImportStaging } from '../../src/modules/people/db.ts';
import { finishImport, type StagedImport, stageImport } from '../../src/modules/people/import/commit.ts';
import { flagInactive } from '../../src/modules/people/rights-retention.ts';
import { queryRows } from '../../src/platform/db/client.ts';
import type { Actor } from '../../src/platform/policy/policy.ts';
import type { Role } from '../../src/platform/policy/table.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';
import { importCsv, importPerson } from '../helpers/people-import.ts';

const CSV = { 'content-type': 'text/csv' };
const SEED = 3;

describe.skipIf(skipDatabase)('people import: hidden rows until the commit', () => {
  let t: TestApp;
  let op: Client;
  let actor: Actor;
  // 40 people: the first is "Ottavio Quaglia", born 1981-01-25 (importPerson with seed 3).
  const persons = Array.from({ length: 40 }, (_, i) => importPerson(i, SEED));
  const first = persons[0]!;
  const firstBirth = first['Data di nascita'].split('/').reverse().join('-');
  let staged: StagedImport;
  let hiddenIds: string[] = [];
  let twin = '';

  const peopleOf = (importId: string) =>
    queryRows<{ id: string; tax_code: string }>(
      t.deps.db,
      sql`SELECT id, tax_code FROM people WHERE import_id = ${importId}::uuid ORDER BY tax_code`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.sessionFor(CPI_OPERATOR);
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, CPI_OPERATOR));
    const [m] = await t.deps.db.select().from(memberships).where(eq(memberships.userId, u!.id));
    actor = {
      userId: u!.id,
      role: m!.role as Role,
      organisationId: m!.organisationId,
      networkIds: await networkIdsOf(t.deps.db, m!.organisationId),
      ip: null,
    };
    // A visible person with Ottavio Quaglia's name and birth day but another codice fiscale (sex F): a likely
    // duplicate of the imported one once it is visible.
    const created = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        ...personPayload({ givenName: 'Ottavio', familyName: 'Quaglia', sex: 'F', birthDate: firstBirth }),
        confirmNotDuplicate: true,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    twin = created.json().id;
    staged = await stageImport(t.deps, actor, { bytes: Buffer.from(importCsv(persons)) });
    hiddenIds = (await peopleOf(staged.importId)).map((p) => p.id);
  });
  afterAll(() => t?.close());

  it('writes the new people in phase 1, hidden: they exist in the table, listed as pending', async () => {
    expect(staged).toMatchObject({ rows: 40, created: 40 });
    expect(hiddenIds).toHaveLength(40);
    expect(await t.deps.db.select().from(personImportPending)).toHaveLength(1);
  });

  it('hides them from reads by id, search, export and counts', async () => {
    const byId = await op.request({
      method: 'GET',
      url: `/api/people/${hiddenIds[0]}?purpose=administration`,
    });
    expect(byId.statusCode).toBe(404);
    const search = await op.request({
      method: 'GET',
      url: '/api/people?purpose=job_matching&q=Quaglia&limit=100',
    });
    expect(search.statusCode, search.body).toBe(200);
    const ids = search.json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain(twin);
    expect(ids.filter((id: string) => hiddenIds.includes(id))).toEqual([]);
    const exported = await op.request({
      method: 'GET',
      url: '/api/people/export?purpose=job_matching&q=Quaglia&format=csv',
    });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.body).not.toContain(first['Codice fiscale']);
    expect(exported.body).not.toContain('persona0.3@posta.example');
  });

  it('hides them from the duplicate check and the merge candidates', async () => {
    const dup = await op.request({
      method: 'POST',
      url: '/api/people/duplicates',
      payload: { givenName: 'Ottavio', familyName: 'Quaglia', birthDate: firstBirth },
    });
    expect(dup.statusCode, dup.body).toBe(200);
    expect(dup.json().items.map((d: { id: string }) => d.id)).toEqual([twin]);
    const merge = await op.request({ method: 'GET', url: `/api/people/${twin}/duplicates` });
    expect(merge.statusCode, merge.body).toBe(200);
    expect(merge.json().items).toEqual([]);
  });

  it('hides them from the retention preview', async () => {
    // Far enough ahead that every record is inactive: the hidden ones must still not be listed.
    const later = new Date(t.clock.now.getTime() + 20 * 366 * 86_400_000);
    const ids = (await flagInactive(t.deps, actor, later)).map((p) => p.id);
    expect(ids).toContain(twin);
    expect(ids.length).toBeLessThan(5000);
    expect(ids.filter((id) => hiddenIds.includes(id))).toEqual([]);
  });

  it('keeps their codici fiscali taken: a create is refused without showing the record', async () => {
    const res = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        ...personPayload({ givenName: 'Ottavio', familyName: 'Quaglia', sex: 'M', birthDate: firstBirth }),
        confirmNotDuplicate: true,
      },
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict' });
    expect(res.json().detail).toContain('importazione da foglio di calcolo in corso');
    expect(res.body).not.toContain(hiddenIds[0]!);
  });

  it('keeps their codici fiscali taken: another import naming one is refused, writing nothing', async () => {
    const other = importCsv([importPerson(500, SEED), persons[5]!]);
    const dry = await op.request({ method: 'POST', url: '/api/people/import', headers: CSV, payload: other });
    expect(dry.json()).toMatchObject({ errorCount: 1, errors: [{ row: 3, code: 'person_being_imported' }] });
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false',
      headers: CSV,
      payload: other,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().importErrors).toMatchObject([{ row: 3, code: 'person_being_imported' }]);
    const [n] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`SELECT count(*)::int AS n FROM people WHERE tax_code = ${importPerson(500, SEED)['Codice fiscale']}`,
    );
    expect(n!.n).toBe(0);
  });

  it('makes all of them visible at once when the import commits', async () => {
    const done = await finishImport(t.deps, actor, staged);
    expect(done).toMatchObject({ created: 40 });
    expect(await t.deps.db.select().from(personImportPending)).toEqual([]);
    expect(await t.deps.db.select().from(personImportStaging)).toEqual([]);
    const byId = await op.request({
      method: 'GET',
      url: `/api/people/${hiddenIds[0]}?purpose=administration`,
    });
    expect(byId.statusCode, byId.body).toBe(200);
    const ottavio = (await peopleOf(staged.importId)).find((p) => p.tax_code === first['Codice fiscale'])!.id;
    const merge = await op.request({ method: 'GET', url: `/api/people/${twin}/duplicates` });
    expect(merge.json().items.map((d: { id: string }) => d.id)).toEqual([ottavio]);
    const search = await op.request({
      method: 'GET',
      url: '/api/people?purpose=job_matching&q=Quaglia&limit=100',
    });
    expect(search.json().items.map((p: { id: string }) => p.id)).toContain(ottavio);
  });

  it('stages only the updates that change something; a person anonymised meanwhile is never written back', async () => {
    // The same 40 people again (they exist since the previous test): one new address, everything else unchanged.
    const again = persons.map((p, i) => (i === 5 ? { ...p, Indirizzo: 'Via Nuova 5' } : p));
    const s = await stageImport(t.deps, actor, { bytes: Buffer.from(importCsv(again)) });
    expect(s).toMatchObject({ created: 0, updated: 40 });
    const left = await queryRows<{ ordinal: number }>(
      t.deps.db,
      sql`SELECT ordinal FROM person_import_staging WHERE import_id = ${s.importId}::uuid`,
    );
    // Row 7 of the file is person 5: the only one the final transaction checks and writes.
    expect(left.map((r) => r.ordinal)).toEqual([7]);
    // Meanwhile person 7 is anonymised: its row changed nothing, so the import neither refuses nor restores it.
    const code7 = persons[7]!['Codice fiscale'];
    await t.deps.db.execute(sql`UPDATE people SET anonymised_at = now(), given_name = 'Anonimo', address = NULL
      WHERE tax_code = ${code7}`);
    await finishImport(t.deps, actor, s);
    const rows = await queryRows<{ tax_code: string; address: string | null; given_name: string }>(
      t.deps.db,
      sql`SELECT tax_code, address, given_name FROM people
          WHERE tax_code IN (${persons[5]!['Codice fiscale']}, ${code7}) ORDER BY tax_code`,
    );
    const byCode = new Map(rows.map((r) => [r.tax_code, r]));
    expect(byCode.get(persons[5]!['Codice fiscale'])!.address).toBe('Via Nuova 5');
    expect(byCode.get(code7)).toMatchObject({ given_name: 'Anonimo', address: null });
  });

  it('refuses at commit a code given up in a merge meanwhile, naming the row, and removes the hidden people', async () => {
    const more = Array.from({ length: 30 }, (_, i) => importPerson(200 + i, SEED));
    const s = await stageImport(t.deps, actor, { bytes: Buffer.from(importCsv(more)) });
    expect(await peopleOf(s.importId)).toHaveLength(30);
    // Meanwhile a merge gives up the code of person 12 (row 14): importing it would bring the duplicate back.
    const [a, b] = await queryRows<{ id: string }>(
      t.deps.db,
      sql`SELECT id FROM people WHERE import_id IS NULL ORDER BY id LIMIT 2`,
    );
    await t.deps.db.execute(sql`INSERT INTO person_merges (survivor_id, merged_id, former_tax_codes, field_choices)
      VALUES (${a!.id}, ${b!.id}, ARRAY[${more[12]!['Codice fiscale']}]::text[], '{}'::jsonb)`);
    const failed = await finishImport(t.deps, actor, s).catch((e: unknown) => e);
    expect(failed).toMatchObject({
      code: 'import_invalid',
      members: {
        errorCount: 1,
        importErrors: [expect.objectContaining({ row: 14, code: 'person_merged_tax_code' })],
      },
    });
    expect(await peopleOf(s.importId)).toEqual([]);
    expect(await t.deps.db.select().from(personImportPending)).toEqual([]);
    expect(await t.deps.db.select().from(personImportStaging)).toEqual([]);
    // The codes are free again.
    const again = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=true',
      headers: CSV,
      payload: importCsv(more.slice(0, 3)),
    });
    expect(again.json()).toMatchObject({ errorCount: 0, toCreate: 3 });
  });
});
