// Data-subject rights on the Banca Dati Lavoro: the access request (JSON and PDF), erasure as an anonymisation that
// keeps statistics, and retention of inactive records (job and preview).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  people,
  personEducation,
  personExperiences,
  personSkills,
  personSpecialRecords,
  personTrainings,
} from '../../src/modules/people/db.ts';
import { anonymiseInactive } from '../../src/modules/people/rights-retention.ts';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const SOCIAL_WORKER_CHIERI = 'valentina.cerutti@servizisociali-chierese.example';
const welder = starterOccupations.find((o) => o.labelIt === 'Saldatore/trice')!;
const DAY = 86_400_000;

describe.skipIf(skipDatabase)('data-subject rights (people)', () => {
  let t: TestApp;
  let op: Client;
  let personId = '';

  const register = async (over: Parameters<typeof personPayload>[0]) => {
    const res = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...personPayload(over), confirmNotDuplicate: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  };

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.sessionFor(CPI_OPERATOR);
    const p = await register({
      givenName: 'Marta',
      familyName: 'Giacosa',
      sex: 'F',
      birthDate: '1984-10-23',
    });
    personId = p.id;
    const cv = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: {
        version: p.version,
        cv: {
          education: [
            { levelCode: 'QP', title: 'Operatrice meccanica', institution: 'CNOS-FAP Torino', year: 2003 },
          ],
          experiences: [
            {
              employerName: 'Carpenteria Metallica Sangone S.r.l.',
              occupationUri: welder.uri,
              startDate: '2015-03-01',
              endDate: '2024-06-30',
              description: 'Saldatura MIG/MAG',
            },
          ],
          trainings: [{ title: 'Saldatura TIG', provider: 'Scuola dei Mestieri', hours: 120, year: 2019 }],
          languages: [{ language: 'it', motherTongue: true }],
          licences: [{ scheme: 'driving-licence', code: 'B' }],
          skills: welder.skills.slice(0, 1).map((s) => ({ skillUri: s.uri, level: 'advanced' })),
          desiredOccupations: [welder.uri],
        },
      },
    });
    expect(cv.statusCode, cv.body).toBe(200);
    const sw = await t.sessionFor(SOCIAL_WORKER_CHIERI);
    const special = await sw.request({
      method: 'PUT',
      url: `/api/people/${personId}/special-records`,
      payload: { category: 'disability', invalidityKind: 'civil', invalidityPercent: 67, l68Enrolled: true },
    });
    expect(special.statusCode, special.body).toBe(200);
    await op.request({ method: 'GET', url: `/api/people/${personId}?purpose=guidance` });
  });
  afterAll(() => t?.close());

  it('exports everything as JSON, special-category data withheld for a CPI operator', async () => {
    const res = await op.request({ method: 'GET', url: `/api/people/${personId}/data-export?format=json` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="dati-personali-.*\.json"/);
    const data = res.json();
    expect(data.person).toMatchObject({ id: personId, familyName: 'Giacosa', residenceComuneName: 'Chieri' });
    expect(data.cv.experiences[0]).toMatchObject({ employerName: 'Carpenteria Metallica Sangone S.r.l.' });
    expect(data.cv.education[0]).toMatchObject({ institution: 'CNOS-FAP Torino' });
    expect(data.cv.desiredOccupations).toEqual([{ occupationUri: welder.uri }]);
    expect(data.specialCategory).toEqual([
      { category: 'disability', status: 'withheld', note: 'present, withheld: ask the social service' },
    ]);
    const actions = data.auditTrail.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['person.create', 'person.special_category.write', 'person.read']),
    );
    expect(data.auditTrail[0]).toMatchObject({ organisation: "Centro per l'Impiego di Chieri" });
    expect(data.auditTrail[0].who).toBeTruthy();
    expect(data.producedBy.organisation).toBe("Centro per l'Impiego di Chieri");
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.data_export'), eq(auditEvents.entityId, personId)));
    expect(audit).toMatchObject({ purpose: 'data_subject_request', entityType: 'person' });
  });

  it('includes the decrypted special-category data for a social worker', async () => {
    const sw = await t.sessionFor(SOCIAL_WORKER_CHIERI);
    const data = (await sw.request({ method: 'GET', url: `/api/people/${personId}/data-export` })).json();
    expect(data.specialCategory[0]).toMatchObject({
      category: 'disability',
      status: 'included',
      data: { invalidityPercent: 67, l68Enrolled: true },
    });
  });

  it('produces a readable PDF', async () => {
    const res = await op.request({ method: 'GET', url: `/api/people/${personId}/data-export?format=pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(res.rawPayload.length).toBeGreaterThan(1024);
  });

  it('erases a person: identifiers gone, statistics kept, 404 afterwards, audited', async () => {
    const sw = await t.sessionFor(SOCIAL_WORKER_CHIERI);
    const [before] = await t.deps.db.select().from(people).where(eq(people.id, personId));
    expect(before!.searchFacets.length).toBeGreaterThan(0);
    expect((await sw.request({ method: 'POST', url: `/api/people/${personId}/erase` })).statusCode).toBe(403);
    const res = await op.request({ method: 'POST', url: `/api/people/${personId}/erase` });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await t.deps.db.select().from(people).where(eq(people.id, personId));
    expect(row!.taxCode).toMatch(/^ANON-/);
    expect(row).toMatchObject({
      givenName: 'Anonimo',
      familyName: 'Anonimo',
      birthDate: '1984-07-01',
      birthComuneCode: '001078',
      residenceComuneCode: '001078',
      employmentStatus: 'unemployed',
      email: null,
      phone: null,
      address: null,
      postcode: null,
      searchText: '',
      searchFacets: [],
      hasSpecialCategory: false,
    });
    expect(row!.anonymisedAt).toBeInstanceOf(Date);
    expect(
      await t.deps.db.select().from(personSpecialRecords).where(eq(personSpecialRecords.personId, personId)),
    ).toEqual([]);
    const [exp] = await t.deps.db
      .select()
      .from(personExperiences)
      .where(eq(personExperiences.personId, personId));
    expect(exp).toMatchObject({ occupationUri: welder.uri, employerName: '', description: null });
    const [edu] = await t.deps.db
      .select()
      .from(personEducation)
      .where(eq(personEducation.personId, personId));
    expect(edu).toMatchObject({ levelCode: 'QP', title: null, institution: null });
    const [tr] = await t.deps.db.select().from(personTrainings).where(eq(personTrainings.personId, personId));
    expect(tr).toMatchObject({ title: '', provider: null });
    expect(
      await t.deps.db.select().from(personSkills).where(eq(personSkills.personId, personId)),
    ).toHaveLength(1);

    expect(
      (await op.request({ method: 'GET', url: `/api/people/${personId}?purpose=guidance` })).statusCode,
    ).toBe(404);
    expect((await op.request({ method: 'POST', url: `/api/people/${personId}/erase` })).statusCode).toBe(404);
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.erase'), eq(auditEvents.entityId, personId)));
    expect(audit).toMatchObject({ purpose: 'data_subject_request', actorRole: 'cpi_operator' });
  });

  it('previews and anonymises inactive people; recent ones stay', async () => {
    const old = await register({ givenName: 'Piero', familyName: 'Operti', birthDate: '1960-03-04' });
    const soon = await register({
      givenName: 'Luisa',
      familyName: 'Bertello',
      sex: 'F',
      birthDate: '1970-06-07',
    });
    const recent = await register({ givenName: 'Carlo', familyName: 'Operti', birthDate: '1991-09-12' });
    const now = t.clock.now;
    await t.deps.db
      .update(people)
      .set({ updatedAt: new Date(now.getTime() - 4 * 365 * DAY) })
      .where(eq(people.id, old.id));
    // 36 months minus 10 days ago: anonymised within the next 30 days.
    const soonAt = new Date(now);
    soonAt.setUTCMonth(soonAt.getUTCMonth() - 36);
    await t.deps.db
      .update(people)
      .set({ updatedAt: new Date(soonAt.getTime() + 10 * DAY) })
      .where(eq(people.id, soon.id));

    const coordinator = await t.sessionFor(COORDINATOR);
    const preview = await coordinator.request({ method: 'GET', url: '/api/people/retention-preview' });
    expect(preview.statusCode, preview.body).toBe(200);
    const ids = preview.json().items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([old.id, soon.id]));
    expect(ids).not.toContain(recent.id);
    expect(preview.json().inactiveMonths).toBe(36);

    // The demo territory has people last changed years ago too: they go with the same run (batches of 100 here,
    // to see the batching; 500 by default).
    const result = await anonymiseInactive(t.deps, t.clock.now, 100);
    expect(result.anonymised).toBeGreaterThanOrEqual(1);
    expect(result.batches).toBe(Math.ceil(result.anonymised / 100));
    const rows = await t.deps.db.select().from(people);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(old.id)!.anonymisedAt).not.toBeNull();
    expect(byId.get(old.id)!.taxCode).toMatch(/^ANON-/);
    expect(byId.get(soon.id)!.anonymisedAt).toBeNull();
    expect(byId.get(recent.id)!.anonymisedAt).toBeNull();
    const batches = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'person.retention'));
    expect(batches).toHaveLength(result.batches);
    expect(batches[0]).toMatchObject({ actorUserId: null, actorOrganisationId: null, purpose: 'retention' });
    expect(batches.flatMap((b) => (b.details as { personIds: string[] }).personIds)).toContain(old.id);
    // Nothing left to do: a second run anonymises no one and writes no audit row.
    expect((await anonymiseInactive(t.deps, t.clock.now)).anonymised).toBe(0);
  });
});
