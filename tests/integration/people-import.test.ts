// Importing the Banca Dati Lavoro from a spreadsheet: the whole file is validated first and written all or
// nothing; re-importing updates by codice fiscale; XLSX as well as CSV; other files refused by their bytes.
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import { users } from '../../src/modules/identity/db.ts';
import { people, personImportPending, personImportStaging } from '../../src/modules/people/db.ts';
import { queryRows } from '../../src/platform/db/client.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR, SOCIAL_WORKER } from '../helpers/demo-users.ts';
import { importCsv, importHeaders, importPerson, importSeries } from '../helpers/people-import.ts';

const CSV = { 'content-type': 'text/csv' };
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

describe.skipIf(skipDatabase)('people import (CSV / XLSX)', () => {
  let t: TestApp;
  let operatorId = '';
  const series = importSeries(3000);
  const file = importCsv(series);
  const codes = series.map((p) => p['Codice fiscale']);
  const countOf = async (taxCodes: string[]) => {
    const [row] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`SELECT count(*)::int AS n FROM people WHERE tax_code = ANY(${sql.param(taxCodes)}::text[])`,
    );
    return row!.n;
  };
  beforeAll(async () => {
    t = await startTestApp();
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, CPI_OPERATOR));
    operatorId = u!.id;
  });
  afterAll(() => t?.close());

  it('dry-runs 3,000 rows: no error, 3,000 to create, the suggested mapping and a sample', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=true',
      headers: CSV,
      payload: file,
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      format: 'csv',
      rows: 3000,
      valid: 3000,
      toCreate: 3000,
      toUpdate: 0,
      errorCount: 0,
    });
    expect(r.errors).toEqual([]);
    expect(r.columns).toEqual(importHeaders);
    expect(r.suggestedMapping).toMatchObject({
      taxCode: 'Codice fiscale',
      birthDate: 'Data di nascita',
      residenceComune: 'Comune di residenza',
      employmentStatus: 'Stato occupazionale',
      didDate: 'Data DID',
      incomeSupport: 'Sostegno al reddito',
      ownVehicle: 'Automunito',
    });
    expect(r.sample).toHaveLength(5);
    expect(r.sample[0]).toMatchObject({
      row: 2,
      taxCode: codes[0],
      birthDate: '1940-01-01',
      residenceComuneCode: '001078',
      employmentStatus: 'unemployed',
      didDate: '2024-03-01',
      incomeSupport: ['naspi'],
      ownVehicle: true,
    });
    expect(r.sample[1]).toMatchObject({ sex: 'F', employmentStatus: 'never_employed', ownVehicle: false });
    expect(await countOf(codes)).toBe(0);
  });

  it('commits the 3,000 people in one go, with one audit row and findable by name', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false&filename=elenco.csv',
      headers: CSV,
      payload: file,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 3000, created: 3000, updated: 0 });
    expect(await countOf(codes)).toBe(3000);
    const [p] = await t.deps.db.select().from(people).where(eq(people.taxCode, codes[1]!));
    expect(p).toMatchObject({
      familyName: 'Zanetti',
      sex: 'F',
      residenceComuneCode: '001272',
      createdBy: operatorId,
      ownerOrganisationId: demoOrganisationId('cpi-chieri'),
    });
    expect(p!.searchText).toContain('zanetti');
    expect(p!.searchText).toContain('torino');
    const audit = await queryRows<{ details: Record<string, unknown>; n: number }>(
      t.deps.db,
      sql`SELECT details, (SELECT count(*)::int FROM audit_events WHERE action = 'person.create') AS n
          FROM audit_events WHERE action = 'person.import' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit[0]!.details).toMatchObject({
      rows: 3000,
      created: 3000,
      updated: 0,
      file: { name: 'elenco.csv', format: 'csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    // The people get no 'person.create' row each (see the service): the import row stands for them.
    expect(audit[0]!.n).toBeLessThan(10);
  });

  it('re-imports the same file as 3,000 updates (upsert by codice fiscale)', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const dry = await op.request({ method: 'POST', url: '/api/people/import', headers: CSV, payload: file });
    expect(dry.json()).toMatchObject({ toCreate: 0, toUpdate: 3000, errorCount: 0 });
    const changed = importCsv(
      series.map((p, i) => (i === 7 ? { ...p, Telefono: '333 1234567', 'E-mail': '' } : p)),
    );
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false',
      headers: CSV,
      payload: changed,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 3000 });
    expect(await countOf(codes)).toBe(3000);
    const [p] = await t.deps.db.select().from(people).where(eq(people.taxCode, codes[7]!));
    // The new phone is written; the empty e-mail cell keeps the stored e-mail.
    expect(p).toMatchObject({ phone: '333 1234567', email: 'persona7.0@posta.example', version: 2 });
  });

  it('writes nothing when one row is wrong, and names the row, the column and the reason', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const fresh = importSeries(3000, 1);
    const bad = fresh.map((p, i) => {
      if (i === 1234)
        return {
          ...p,
          'Data di nascita': p['Data di nascita'].replace(/^\d\d/, (d) => (d === '28' ? '27' : '28')),
        };
      if (i === 2345) return { ...p, 'Comune di residenza': 'Atlantide' };
      return p;
    });
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false',
      headers: CSV,
      payload: importCsv(bad),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('import_invalid');
    expect(body.errorCount).toBe(2);
    expect(body.importErrors).toEqual([
      expect.objectContaining({
        row: 1236,
        column: 'Codice fiscale',
        field: 'taxCode',
        code: 'tax_code_birth_date',
      }),
      expect.objectContaining({
        row: 2347,
        column: 'Comune di residenza',
        field: 'residenceComuneCode',
        code: 'unknown_comune',
      }),
    ]);
    expect(body.importErrors[0].message).toContain('data di nascita');
    expect(body.detail).toContain('1236');
    expect(await countOf(fresh.map((p) => p['Codice fiscale']))).toBe(0);
    // The dry run tells the same, in English when asked.
    const dry = await op.request({
      method: 'POST',
      url: '/api/people/import',
      headers: { ...CSV, 'accept-language': 'en' },
      payload: importCsv(bad),
    });
    expect(dry.json()).toMatchObject({ errorCount: 2, valid: 2998 });
    expect(dry.json().errors[1].message).toContain('Unknown comune');
  });

  it('reports codici fiscali repeated in the file, and people registered outside the network', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const outsider = importPerson(5, 2);
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, SOCIAL_WORKER));
    await t.deps.db.insert(people).values({
      taxCode: outsider['Codice fiscale'],
      givenName: outsider.Nome,
      familyName: outsider.Cognome,
      sex: 'F',
      birthDate: '1967-09-08',
      birthComuneCode: '001078',
      residenceComuneCode: '001191',
      employmentStatus: 'unemployed',
      ownerOrganisationId: demoOrganisationId('cpi-pinerolo'),
      createdBy: u!.id,
    });
    const rows = [importPerson(1, 2), importPerson(2, 2), importPerson(1, 2), outsider];
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import',
      headers: CSV,
      payload: importCsv(rows),
    });
    const r = res.json();
    expect(r.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'Codice fiscale', code: 'duplicate_in_file' }),
      expect.objectContaining({ row: 5, code: 'person_outside_network' }),
    ]);
    expect(r.errors[0].message).toContain('riga 2');
    expect(r.errors[1].message).toContain('fuori dalla tua rete');
  });

  it('imports an XLSX (first sheet, real dates) with a mapping of its own, then remembers the mapping', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Iscritti');
    ws.addRow([
      'CF utente',
      'Cognome',
      'Nome',
      'M/F',
      'Nascita',
      'Luogo di nascita',
      'Residenza',
      'Condizione',
    ]);
    const persons = importSeries(40, 3);
    for (const p of persons) {
      const [d, m, y] = p['Data di nascita'].split('/').map(Number) as [number, number, number];
      ws.addRow([
        p['Codice fiscale'],
        p.Cognome,
        p.Nome,
        p.Sesso,
        new Date(Date.UTC(y, m - 1, d)),
        'Chieri (TO)',
        '001078',
        'disoccupata',
      ]);
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const mapping = encodeURIComponent(
      JSON.stringify({
        taxCode: 'CF utente',
        familyName: 'Cognome',
        givenName: 'Nome',
        sex: 'M/F',
        birthDate: 'Nascita',
        birthComune: 'Luogo di nascita',
        residenceComune: 'Residenza',
        employmentStatus: 'Condizione',
      }),
    );
    const noMapping = await op.request({
      method: 'POST',
      url: '/api/people/import',
      headers: XLSX,
      payload: bytes,
    });
    expect(noMapping.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 1, field: 'taxCode', code: 'column_missing' })]),
    );
    const res = await op.request({
      method: 'POST',
      url: `/api/people/import?dryRun=false&mapping=${mapping}`,
      headers: XLSX,
      payload: bytes,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 40 });
    expect(await countOf(persons.map((p) => p['Codice fiscale']))).toBe(40);
    // Next time, the organisation's last mapping is used without being sent.
    const again = await op.request({
      method: 'POST',
      url: '/api/people/import',
      headers: XLSX,
      payload: bytes,
    });
    expect(again.json()).toMatchObject({ format: 'xlsx', errorCount: 0, toUpdate: 40 });
    expect(again.json().mapping.taxCode).toBe('CF utente');
  });

  it('commits in the background with progress when asked (and for big files)', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const persons = importSeries(500, 4);
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false&background=true',
      headers: CSV,
      payload: importCsv(persons),
    });
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json();
    let job = res.json();
    for (let i = 0; i < 200 && !job.done; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await op.request({ method: 'GET', url: `/api/people/import/${jobId}` })).json();
    }
    expect(job).toMatchObject({ phase: 'done', done: true, processed: 500, total: 500, error: null });
    expect(job.result).toMatchObject({ created: 500, importId: jobId });
    // Another user does not see the job.
    const other = await t.sessionFor('elena.ferrero@comune-chieri.example');
    expect((await other.request({ method: 'GET', url: `/api/people/import/${jobId}` })).statusCode).toBe(404);
  });

  it('refuses what is not a spreadsheet, saying why, and files over the limit', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      Buffer.alloc(64, 1),
    ]);
    const asCsv = await op.request({
      method: 'POST',
      url: '/api/people/import?filename=foto.csv',
      headers: CSV,
      payload: png,
    });
    expect(asCsv.statusCode).toBe(400);
    expect(asCsv.json().errors[0]).toMatchObject({ code: 'not_a_spreadsheet' });
    expect(asCsv.json().errors[0].message).toContain('PNG');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const rnd = await op.request({
      method: 'POST',
      url: '/api/people/import',
      headers: XLSX,
      payload: random,
    });
    expect(rnd.statusCode).toBe(400);
    expect(rnd.json().errors[0].code).toBe('not_a_spreadsheet');
    const fakeZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 65)]);
    const zip = await op.request({
      method: 'POST',
      url: '/api/people/import',
      headers: XLSX,
      payload: fakeZip,
    });
    expect(zip.json().errors[0].code).toBe('unreadable_xlsx');
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x41);
    const tooBig = await op.request({
      method: 'POST',
      url: '/api/people/import',
      headers: CSV,
      payload: big,
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().detail).toContain(String(20 * 1024 * 1024));
    const json = await op.request({ method: 'POST', url: '/api/people/import', payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
  });

  it('lets other requests run while a big file is committed (PGlite has one connection)', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const [someone] = await t.deps.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.ownerOrganisationId, demoOrganisationId('cpi-chieri')))
      .limit(1);
    const persons = importSeries(8000, 5);
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false&background=true',
      headers: CSV,
      payload: importCsv(persons),
    });
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json();
    // Reads of a person, each followed by a look at the job: those answered before the import finished.
    const answeredDuringImport: { phase: string; processed: number; total: number }[] = [];
    let job = res.json();
    for (let i = 0; i < 5000 && !job.done; i++) {
      // A request of another user arrives from the network (a macrotask): let the event loop turn once.
      await new Promise((r) => setImmediate(r));
      const read = await op.request({
        method: 'GET',
        url: `/api/people/${someone!.id}?purpose=administration`,
      });
      expect(read.statusCode).toBe(200);
      job = (await op.request({ method: 'GET', url: `/api/people/import/${jobId}` })).json();
      if (!job.done)
        answeredDuringImport.push({ phase: job.phase, processed: job.processed, total: job.total });
    }
    expect(job).toMatchObject({ phase: 'done', error: null, result: { created: 8000 } });
    expect(answeredDuringImport.length).toBeGreaterThan(1);
    // Some while the rows were still being staged (phase 1), not only before or after.
    expect(answeredDuringImport.some((j) => j.phase === 'writing' && j.processed < j.total)).toBe(true);
    expect(await t.deps.db.select().from(personImportStaging)).toEqual([]);
  });

  it('deletes the staging rows and hidden people of an import abandoned more than a day ago at the next import', async () => {
    const dayAndHourAgo = new Date(t.clock.now.getTime() - 25 * 60 * 60 * 1000);
    const importId = '00000000-0000-4000-8000-000000000001';
    const hidden = importPerson(9600, 5);
    // What a process stopped in phase 1 leaves: the pending import, a hidden person and its staging row.
    await t.deps.db.insert(personImportPending).values({ importId, startedAt: dayAndHourAgo });
    const [ghost] = await t.deps.db
      .insert(people)
      .values({
        taxCode: hidden['Codice fiscale'],
        givenName: hidden.Nome,
        familyName: hidden.Cognome,
        sex: 'M',
        birthDate: hidden['Data di nascita'].split('/').reverse().join('-'),
        residenceComuneCode: '001078',
        employmentStatus: 'unemployed',
        ownerOrganisationId: demoOrganisationId('cpi-chieri'),
        importId,
      })
      .returning({ id: people.id });
    await t.deps.db.insert(personImportStaging).values([
      {
        importId,
        ordinal: 2,
        kind: 'create',
        personId: ghost!.id,
        taxCode: hidden['Codice fiscale'],
        data: {},
        createdAt: dayAndHourAgo,
      },
      // A staging row of another abandoned import whose person was never written.
      {
        importId: '00000000-0000-4000-8000-000000000003',
        ordinal: 2,
        kind: 'create',
        personId: '00000000-0000-4000-8000-000000000002',
        taxCode: 'XXXXXX00X00X000X',
        data: {},
        createdAt: dayAndHourAgo,
      },
    ]);
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false',
      headers: CSV,
      payload: importCsv([importPerson(9500, 5), importPerson(9501, 5)]),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await t.deps.db.select().from(personImportStaging)).toEqual([]);
    expect(await t.deps.db.select().from(personImportPending)).toEqual([]);
    expect(await countOf([hidden['Codice fiscale']])).toBe(0);
  });

  it('is refused to roles without person.import', async () => {
    const sw = await t.sessionFor(SOCIAL_WORKER);
    const res = await sw.request({ method: 'POST', url: '/api/people/import', headers: CSV, payload: file });
    expect(res.statusCode).toBe(403);
  });
});
