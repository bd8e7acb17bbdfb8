// The person record of the Banca Dati Lavoro: registration with the codice fiscale checked part by part,
// duplicates, purpose-bound audited reads, optimistic locking, special-category data encrypted and restricted.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personSpecialRecords } from '../../src/modules/people/db.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { ANALYST, COORDINATOR, CPI_OPERATOR, EMPLOYER_USER, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const SOCIAL_WORKER_CHIERI = 'valentina.cerutti@servizisociali-chierese.example';

describe.skipIf(skipDatabase)('people (Banca Dati Lavoro)', () => {
  let t: TestApp;
  let personId = '';
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('registers a person, with target groups computed', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: personPayload({ birthDate: '1966-05-14' }),
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    personId = p.id;
    expect(p).toMatchObject({
      residenceComuneName: 'Chieri',
      birthComuneName: 'Chieri',
      ownerOrganisationName: "Centro per l'Impiego di Chieri",
    });
    expect(p.targetGroups.computed).toEqual(
      expect.arrayContaining(['over_58', 'long_term_unemployed', 'income_support']),
    );
    expect(p.targetGroups.ageBand).toBe('58+');
  });

  it('says which part of a wrong codice fiscale is wrong', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const payload = personPayload({
      givenName: 'Anna',
      familyName: 'Ferrero',
      sex: 'F',
      birthDate: '1990-02-03',
    });
    const wrongDate = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...payload, birthDate: '1990-02-04' },
    });
    expect(wrongDate.statusCode).toBe(400);
    expect(wrongDate.json().errors).toEqual([
      expect.objectContaining({ field: 'taxCode', code: 'tax_code_birth_date' }),
    ]);
    const wrongSex = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...payload, sex: 'M' },
    });
    expect(wrongSex.json().errors[0].code).toBe('tax_code_sex');
    const wrongCheck = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...payload, taxCode: `${payload.taxCode.slice(0, 15)}Z` },
    });
    expect(wrongCheck.json().errors[0]).toMatchObject({ code: 'tax_code_check_character' });
    expect(wrongCheck.json().errors[0].message).toContain('carattere di controllo');
  });

  it('refuses a duplicate codice fiscale naming the existing record, and shows likely duplicates before saving', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const again = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: personPayload({ birthDate: '1966-05-14' }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ duplicateOf: personId });
    expect(again.json().detail).toContain('Giovanni Esposito');
    // Same person with a typo in the name: a different (computed) codice fiscale, but a likely duplicate.
    const typo = personPayload({ givenName: 'Giovani', birthDate: '1966-05-14' });
    const warned = await op.request({ method: 'POST', url: '/api/people', payload: typo });
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({
      code: 'possible_duplicates',
      duplicates: [expect.objectContaining({ id: personId, reason: 'similar_name_same_birth_date' })],
    });
    const confirmed = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...typo, confirmNotDuplicate: true },
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('reads with a stated purpose, audited; outside the network the person does not exist', async () => {
    const c = await t.sessionFor(COORDINATOR);
    expect((await c.request({ method: 'GET', url: `/api/people/${personId}` })).statusCode).toBe(400);
    const res = await c.request({ method: 'GET', url: `/api/people/${personId}?purpose=job_matching` });
    expect(res.statusCode).toBe(200);
    const audit = (
      await c.request({ method: 'GET', url: '/api/audit-events?mine=true&action=person.read' })
    ).json();
    expect(audit.items[0]).toMatchObject({ entityId: personId, purpose: 'job_matching' });
    // The coordinator in Circoscrizione 2 (another network) cannot see a person of the Patto.
    const session = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
    const circ2 = session.memberships.find((m: { organisationName: string }) =>
      m.organisationName.includes('Circoscrizione 2'),
    );
    await c.request({
      method: 'POST',
      url: '/api/auth/organisation',
      payload: { organisationId: circ2.organisationId },
    });
    expect(
      (await c.request({ method: 'GET', url: `/api/people/${personId}?purpose=guidance` })).statusCode,
    ).toBe(404);
    for (const email of [EMPLOYER_USER, ANALYST, PLATFORM_ADMIN]) {
      const other = await t.sessionFor(email);
      expect(
        (await other.request({ method: 'GET', url: `/api/people/${personId}?purpose=guidance` })).statusCode,
        email,
      ).toBe(403);
    }
  });

  it('refuses a stale edit and says what changed meanwhile', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const p = (await op.request({ method: 'GET', url: `/api/people/${personId}?purpose=guidance` })).json();
    const form = { ...personPayload({ birthDate: '1966-05-14' }), version: p.version };
    const first = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}`,
      payload: { ...form, phone: '011 555 1234', maxCommuteKm: 30 },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(p.version + 1);
    const second = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}`,
      payload: { ...form, address: 'Via Roma 1' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().changedFields.sort()).toEqual(['maxCommuteKm', 'phone']);
    expect(second.json().detail).toContain('phone');
  });

  it('keeps disability data encrypted and visible only to social workers, each read audited', async () => {
    const sw = await t.sessionFor(SOCIAL_WORKER_CHIERI);
    const put = await sw.request({
      method: 'PUT',
      url: `/api/people/${personId}/special-records`,
      payload: { category: 'disability', invalidityKind: 'civil', invalidityPercent: 67, l68Enrolled: true },
    });
    expect(put.statusCode).toBe(200);
    const [stored] = await t.deps.db
      .select()
      .from(personSpecialRecords)
      .where(eq(personSpecialRecords.personId, personId));
    expect(stored!.payload).toMatch(/^v1:/);
    expect(stored!.payload).not.toMatch(/invalidity|disability|civil/);
    const read = await sw.request({
      method: 'GET',
      url: `/api/people/${personId}/special-records?purpose=social_support`,
    });
    expect(read.json().items[0].data).toMatchObject({ category: 'disability', invalidityPercent: 67 });
    const audit = (
      await sw.request({
        method: 'GET',
        url: '/api/audit-events?mine=true&action=person.special_category.read',
      })
    ).json();
    expect(audit.items[0]).toMatchObject({ entityId: personId, purpose: 'social_support' });
    // The CPI operator sees that a record exists, not what it says.
    const op = await t.sessionFor(CPI_OPERATOR);
    const view = (
      await op.request({ method: 'GET', url: `/api/people/${personId}?purpose=guidance` })
    ).json();
    expect(view.hasSpecialCategory).toBe(true);
    expect(view.can.readSpecialCategory).toBe(false);
    expect(
      (await op.request({ method: 'GET', url: `/api/people/${personId}/special-records?purpose=guidance` }))
        .statusCode,
    ).toBe(403);
  });
});
