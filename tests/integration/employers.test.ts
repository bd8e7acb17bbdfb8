// The employers registry over HTTP: create with checks and deduplication (409 naming the existing one), field
// errors, optimistic locking, employer users confined to their own company, sites and contacts, both quotas,
// the list's filters and keyset pages, and the import's dry run and all-or-nothing commit.
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmployerId, findDemoEmployer } from '../../src/demo/employers.ts';
import { employers } from '../../src/modules/employers/db.ts';
import { withVatCheckDigit } from '../../src/modules/employers/domain/tax-codes.ts';
import { listEmployersForSelection } from '../../src/modules/employers/service.ts';
import { memberships, users } from '../../src/modules/identity/db.ts';
import { networkIdsOf } from '../../src/modules/network/scope.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import type { Actor } from '../../src/platform/policy/policy.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { ANALYST, COORDINATOR, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';

const CSV = { 'content-type': 'text/csv' };
const newCode = (n: number) => withVatCheckDigit(`14${String(n).padStart(5, '0')}001`);
const body = (taxCode: string, extra: Record<string, unknown> = {}) => ({
  taxCode,
  name: `Officina Prova ${taxCode.slice(-4)} S.r.l.`,
  legalForm: 'srl',
  atecoCode: '25.62',
  atecoVersion: '2007',
  employees: 40,
  hostsInternships: true,
  sites: [{ comuneCode: '001156', address: 'Via Prova 1', postcode: '10024', headquarters: true }],
  contacts: [{ name: 'Giulia Prova', role: 'Ufficio personale', email: 'giulia.prova@prova.example' }],
  ...extra,
});

describe.skipIf(skipDatabase)('employers registry', () => {
  let t: TestApp;
  let cpi: Client;
  let employerUser: Client;
  beforeAll(async () => {
    t = await startTestApp();
    cpi = await t.sessionFor(CPI_OPERATOR);
    employerUser = await t.sessionFor(EMPLOYER_USER);
  });
  afterAll(() => t?.close());

  it('creates an employer with its section, site, contact and both quotas, and audits it', async () => {
    const res = await cpi.request({ method: 'POST', url: '/api/employers', payload: body(newCode(1)) });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({ atecoSection: 'C', version: 1, canUpdate: true });
    expect(e.sites[0]).toMatchObject({ comuneName: 'Moncalieri', headquarters: true });
    expect(e.contacts[0].name).toBe('Giulia Prova');
    expect(e.quotas.internshipHostQuota).toMatchObject({ places: 4, band: { min: 21, max: null } });
    expect(e.quotas.internshipHostQuota.source).toMatch(/85-6277/);
    expect(e.quotas.disabilityHiringQuota).toMatchObject({ places: 2, band: { min: 36, max: 50 } });
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, e.id));
    expect(audit.map((a) => a.action)).toContain('employer.create');
  });

  it('refuses a codice fiscale already recorded with 409 naming the existing employer', async () => {
    const tessitura = findDemoEmployer('tessitura-aurora-chieri')!;
    const res = await cpi.request({
      method: 'POST',
      url: '/api/employers',
      payload: body(tessitura.taxCode),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().duplicateOf).toBe(tessitura.id);
    expect(res.json().detail).toContain('Tessitura Aurora');
  });

  it('gives two simultaneous creations of the same codice fiscale one 201 and one 409, never a 500', async () => {
    const code = newCode(5);
    const send = () => cpi.request({ method: 'POST', url: '/api/employers', payload: body(code) });
    const statuses = (await Promise.all([send(), send()])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('names every invalid field: tax code, VAT number, ATECO division for its version, comune', async () => {
    const res = await cpi.request({
      method: 'POST',
      url: '/api/employers',
      payload: body('12345678901', {
        vatNumber: '12345678900',
        atecoCode: '45.20',
        atecoVersion: '2025',
        sites: [{ comuneCode: '999999' }],
      }),
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'taxCode:invalid_tax_code',
        'vatNumber:invalid_vat_number',
        'atecoCode:ateco_division_unknown',
        'sites.0.comuneCode:unknown_comune',
      ]),
    );
    const bad = await cpi.request({
      method: 'POST',
      url: '/api/employers',
      payload: body(newCode(2), { atecoCode: '5X.1' }),
    });
    expect(bad.json().errors[0]).toMatchObject({ field: 'atecoCode', code: 'invalid_ateco' });
  });

  it('updates with the current version and refuses a stale one with 409 naming what changed', async () => {
    const created = (
      await cpi.request({ method: 'POST', url: '/api/employers', payload: body(newCode(3)) })
    ).json();
    const { id, sites: _s, contacts: _c, quotas: _q, canUpdate: _u, ...rest } = created;
    const fields = {
      taxCode: rest.taxCode,
      name: 'Officina Rinominata S.r.l.',
      legalForm: 'srl',
      atecoCode: '62.01',
      atecoVersion: '2025',
      employees: 12,
      hostsInternships: false,
    };
    const ok = await cpi.request({
      method: 'PUT',
      url: `/api/employers/${id}`,
      payload: { ...fields, version: 1 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, atecoSection: 'K', name: 'Officina Rinominata S.r.l.' });
    expect(ok.json().quotas.disabilityHiringQuota.places).toBe(0);
    const stale = await cpi.request({
      method: 'PUT',
      url: `/api/employers/${id}`,
      payload: { ...fields, employees: 3, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect(stale.json().changedFields).toEqual(expect.arrayContaining(['name', 'employees']));
  });

  it('lets an employer user read and update only their own company; others are 404', async () => {
    const own = await employerUser.request({ method: 'GET', url: '/api/employers/mine' });
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(demoEmployerId('tessitura-aurora-chieri'));
    const other = demoEmployerId('logisud-nichelino');
    expect((await employerUser.request({ method: 'GET', url: `/api/employers/${other}` })).statusCode).toBe(
      404,
    );
    const list = (await employerUser.request({ method: 'GET', url: '/api/employers?limit=200' })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([own.json().id]);
    const v = own.json();
    const update = {
      taxCode: v.taxCode,
      vatNumber: v.vatNumber,
      name: v.name,
      legalForm: v.legalForm,
      atecoCode: v.atecoCode,
      atecoVersion: v.atecoVersion,
      employees: 50,
      hostsInternships: true,
      version: v.version,
    };
    const mine = await employerUser.request({
      method: 'PUT',
      url: `/api/employers/${v.id}`,
      payload: update,
    });
    expect(mine.statusCode, mine.body).toBe(200);
    const theirs = await employerUser.request({
      method: 'PUT',
      url: `/api/employers/${other}`,
      payload: { ...update, taxCode: findDemoEmployer('logisud-nichelino')!.taxCode },
    });
    expect(theirs.statusCode).toBe(404);
    const site = await employerUser.request({
      method: 'POST',
      url: `/api/employers/${other}/sites`,
      payload: { comuneCode: '001078' },
    });
    expect(site.statusCode).toBe(404);
    expect(
      (await employerUser.request({ method: 'POST', url: '/api/employers', payload: body(newCode(4)) }))
        .statusCode,
    ).toBe(403);
  });

  it('adds, updates and removes sites and contacts', async () => {
    const id = demoEmployerId('tessitura-aurora-chieri');
    const added = await employerUser.request({
      method: 'POST',
      url: `/api/employers/${id}/sites`,
      payload: { name: 'Magazzino', comuneCode: '001257', address: 'Via Torino 5' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const site = added.json().sites.find((s: { name: string }) => s.name === 'Magazzino');
    expect(site.comuneName).toBe('Santena');
    const changed = await employerUser.request({
      method: 'PUT',
      url: `/api/employers/${id}/sites/${site.id}`,
      payload: { name: 'Magazzino nord', comuneCode: '001257' },
    });
    expect(changed.json().sites.some((s: { name: string }) => s.name === 'Magazzino nord')).toBe(true);
    const removed = await employerUser.request({
      method: 'DELETE',
      url: `/api/employers/${id}/sites/${site.id}`,
    });
    expect(removed.json().sites.some((s: { id: string }) => s.id === site.id)).toBe(false);
    const contact = await employerUser.request({
      method: 'POST',
      url: `/api/employers/${id}/contacts`,
      payload: { name: 'Nuovo Referente', email: 'nuovo@tessitura-aurora.example' },
    });
    expect(contact.statusCode).toBe(201);
    const badEmail = await employerUser.request({
      method: 'POST',
      url: `/api/employers/${id}/contacts`,
      payload: { name: 'X', email: 'not-an-email' },
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().errors[0].field).toBe('email');
  });

  it('lists with search, filters and keyset pages without repeats', async () => {
    const analyst = await t.sessionFor(ANALYST);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await analyst.request({
        method: 'GET',
        url: `/api/employers?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      all.push(...res.json().items.map((i: { id: string }) => i.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(20);
    const nichelino = (
      await analyst.request({ method: 'GET', url: '/api/employers?comune=001164&limit=200' })
    ).json();
    expect(nichelino.items.length).toBeGreaterThan(2);
    for (const i of nichelino.items) expect(i.comuni).toContain('Nichelino');
    const care = (
      await cpi.request({ method: 'GET', url: '/api/employers?section=Q&hostsInternships=true' })
    ).json();
    expect(care.items.length).toBeGreaterThan(0);
    for (const i of care.items) expect(i).toMatchObject({ atecoSection: 'Q', hostsInternships: true });
    const byName = (await cpi.request({ method: 'GET', url: '/api/employers?q=tessitura' })).json();
    expect(byName.items[0].name).toMatch(/Tessitura/);
    const byCode = (await cpi.request({ method: 'GET', url: '/api/employers?q=1299901' })).json();
    expect(byCode.items.map((i: { taxCode: string }) => i.taxCode)).toContain('12999010015');
    expect((await cpi.request({ method: 'GET', url: '/api/employers?cursor=garbage' })).statusCode).toBe(400);
  });

  it('import: the dry run lists every bad row with field and reason; one bad row → nothing written', async () => {
    const coordinator = await t.sessionFor(COORDINATOR);
    const good1 = newCode(10);
    const good2 = newCode(11);
    const existing = findDemoEmployer('tessitura-aurora-chieri')!.taxCode;
    const csv = [
      'Ragione sociale;Codice fiscale;Partita IVA;Forma giuridica;ATECO;Dipendenti;Tirocini;Comune;Indirizzo;CAP;Referente;Email referente',
      `Pasticceria Nuova S.r.l.;${good1};${good1};S.r.l.;10.71.20;12;sì;Chieri;Via Roma 1;10023;Anna Neri;anna.neri@nuova.example`,
      `Tessitura Aurora Chierese S.r.l.;${existing};;srl;13.20;55;si;Chieri (TO);Strada Fontaneto 52;10023;;`,
      `Bar Centrale;${good2};;ditta_individuale;56.30;3;no;Comune Inesistente;;;;`,
      `Copia Pasticceria;${good1};;srl;10.71;2;no;Chieri;;;;`,
      `Errore ATECO;${newCode(12)};;srl;4X.10;2;forse;Moncalieri;;;;`,
    ].join('\n');
    const dry = await coordinator.request({
      method: 'POST',
      url: '/api/employers/import?atecoVersion=2007',
      headers: CSV,
      payload: csv,
    });
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ rows: 5, toCreate: 1, toUpdate: 1 });
    const errs = report.errors.map(
      (e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`,
    );
    expect(errs).toEqual(
      expect.arrayContaining([
        '4:comune:unknown_comune',
        '5:taxCode:employer_duplicate_in_file',
        '6:atecoCode:invalid_ateco',
        '6:hostsInternships:invalid_yes_no',
      ]),
    );
    const dup = report.errors.find((e: { code: string }) => e.code === 'employer_duplicate_in_file');
    expect(dup.message).toMatch(/2/);
    expect(dup.message).toMatch(/5/);
    const before = (await t.deps.db.select({ n: count() }).from(employers))[0]!.n;
    const commit = await coordinator.request({
      method: 'POST',
      url: '/api/employers/import?dryRun=false&atecoVersion=2007',
      headers: CSV,
      payload: csv,
    });
    expect(commit.statusCode).toBe(400);
    expect(commit.json().code).toBe('import_invalid');
    expect((await t.deps.db.select({ n: count() }).from(employers))[0]!.n).toBe(before);

    const clean = csv.split('\n').slice(0, 3).join('\n');
    const done = await coordinator.request({
      method: 'POST',
      url: '/api/employers/import?dryRun=false&atecoVersion=2007',
      headers: CSV,
      payload: clean,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ rows: 2, created: 1, updated: 1 });
    const rows = await t.deps.db
      .select()
      .from(employers)
      .where(inArray(employers.taxCode, [good1, existing]));
    expect(rows.find((r) => r.taxCode === good1)).toMatchObject({
      atecoSection: 'C',
      employees: 12,
      hostsInternships: true,
      legalForm: 'srl',
    });
    expect(rows.find((r) => r.taxCode === existing)?.employees).toBe(55);
  });

  it('import: remembers the mapping the organisation chose last time, for the headers a new file shares', async () => {
    const coordinator = await t.sessionFor(COORDINATOR);
    const file = (code: string) =>
      ['Cliente;Codice fiscale;Comune', `Gelateria ${code};${code};Chieri`].join('\n');
    // "Cliente" is no known header: the first time the operator says it holds the company name.
    const first = await coordinator.request({
      method: 'POST',
      url: '/api/employers/import',
      headers: CSV,
      payload: file(newCode(20)),
    });
    expect(first.json().errors.map((e: { code: string }) => e.code)).toContain('column_missing');
    const mapping = encodeURIComponent(
      JSON.stringify({ name: 'Cliente', taxCode: 'Codice fiscale', comune: 'Comune' }),
    );
    const done = await coordinator.request({
      method: 'POST',
      url: `/api/employers/import?dryRun=false&mapping=${mapping}`,
      headers: CSV,
      payload: file(newCode(20)),
    });
    expect(done.statusCode, done.body).toBe(200);
    // The next file with the same headers needs no mapping.
    const next = await coordinator.request({
      method: 'POST',
      url: '/api/employers/import',
      headers: CSV,
      payload: file(newCode(21)),
    });
    expect(next.json()).toMatchObject({ mapping: { name: 'Cliente' }, errorCount: 0, toCreate: 1 });
  });

  it('gives other modules a scoped selection: ids, name, e-mail, comuni, ATECO section', async () => {
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, CPI_OPERATOR));
    const [m] = await t.deps.db.select().from(memberships).where(eq(memberships.userId, u!.id));
    const actor: Actor = {
      userId: u!.id,
      role: 'cpi_operator',
      organisationId: m!.organisationId,
      networkIds: await networkIdsOf(t.deps.db, m!.organisationId),
      ip: null,
    };
    const care = await t.deps.db.transaction((tx) =>
      listEmployersForSelection(tx, actor, { atecoSection: 'Q', comuneCode: '001156' }),
    );
    expect(care.length).toBeGreaterThan(0);
    for (const e of care) {
      expect(e.atecoSection).toBe('Q');
      expect(e.comuni.map((c) => c.code)).toContain('001156');
    }
    const all = await t.deps.db.transaction((tx) => listEmployersForSelection(tx, actor));
    // The Pinerolese network's employers are outside the Patto's scope.
    expect(all.some((e) => e.id === demoEmployerId('officine-val-chisone'))).toBe(false);
    expect(all.some((e) => e.id === demoEmployerId('logisud-nichelino'))).toBe(true);
  });

  it('refuses the import to employer users and analysts', async () => {
    const res = await employerUser.request({
      method: 'POST',
      url: '/api/employers/import',
      headers: CSV,
      payload: 'a;b\n1;2',
    });
    expect(res.statusCode).toBe(403);
  });
});
