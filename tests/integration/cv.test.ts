// The CV of a person (SAP 3–4): replaced as a whole by a CPI operator, every reference checked with its path,
// labels in the request language, optimistic locking shared with the person record, the search text rebuilt,
// audited reads; and the demo people have plausible CVs.
import { and, count, countDistinct, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import {
  people,
  personDesiredOccupations,
  personExperiences,
  personLicences,
} from '../../src/modules/people/db.ts';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const occupation = (label: string) => starterOccupations.find((o) => o.labelIt === label)!;
const welder = occupation('Saldatore/trice');
const forklift = occupation('Carrellista');

const validCv = () => ({
  education: [
    {
      levelCode: 'QP',
      title: 'Operatore meccanico',
      institution: 'CNOS-FAP Torino',
      year: 2006,
      country: 'IT',
    },
  ],
  experiences: [
    {
      employerName: 'Carpenteria Metallica Sangone S.r.l.',
      employerTaxCode: '00440280014',
      occupationUri: welder.uri,
      startDate: '2015-03-01',
      endDate: '2024-06-30',
      contractType: 'A.01.00',
      description: 'Saldatura MIG/MAG di strutture in acciaio',
    },
    {
      employerName: 'Logistica Po S.r.l.',
      occupationUri: forklift.uri,
      startDate: '2024-09-01',
      contractType: 'A.06.01',
    },
  ],
  trainings: [
    {
      title: 'Saldatura TIG',
      provider: 'Scuola dei Mestieri',
      hours: 120,
      year: 2019,
      certificate: 'Attestato',
    },
  ],
  languages: [
    { language: 'it', motherTongue: true },
    { language: 'en', motherTongue: false, listening: 'A2', reading: 'B1', speaking: 'A2', writing: 'A2' },
  ],
  licences: [
    { scheme: 'driving-licence', code: 'B' },
    { scheme: 'licence', code: 'CARRELLISTA' },
  ],
  skills: welder.skills
    .slice(0, 2)
    .map((s, i) => ({ skillUri: s.uri, level: i ? 'intermediate' : 'advanced' })),
  desiredOccupations: [welder.uri, forklift.uri],
});

describe.skipIf(skipDatabase)('CV of a person', () => {
  let t: TestApp;
  let personId = '';
  let version = 0;
  beforeAll(async () => {
    t = await startTestApp();
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: personPayload({ givenName: 'Salvatore', familyName: 'Cravero', birthDate: '1987-02-11' }),
    });
    expect(res.statusCode).toBe(201);
    personId = res.json().id;
    version = res.json().version;
  });
  afterAll(() => t?.close());

  it('lets a CPI operator replace the whole CV; GET shows it with Italian labels', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const put = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: { version, cv: validCv() },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().version).toBe(version + 1);
    version = put.json().version;

    const res = await op.request({ method: 'GET', url: `/api/people/${personId}/cv?purpose=job_matching` });
    expect(res.statusCode).toBe(200);
    const cv = res.json();
    expect(cv.desiredOccupations.map((d: { label: string }) => d.label).sort()).toEqual([
      'Carrellista',
      'Saldatore/trice',
    ]);
    expect(cv.experiences[0]).toMatchObject({
      employerName: 'Logistica Po S.r.l.',
      occupationLabel: 'Carrellista',
    });
    expect(cv.experiences[1]).toMatchObject({
      occupationLabel: 'Saldatore/trice',
      contractTypeLabel: 'Lavoro a tempo indeterminato',
      employerTaxCode: '00440280014',
    });
    expect(cv.education[0]).toMatchObject({
      levelScheme: 'sap-education',
      levelVersion: '2015',
      levelCode: 'QP',
      levelLabel: 'Qualifica professionale triennale (IeFP)',
    });
    expect(cv.licences).toEqual([
      expect.objectContaining({
        scheme: 'driving-licence',
        version: '2013',
        code: 'B',
        label: expect.stringMatching(/^B — /),
      }),
      expect.objectContaining({ scheme: 'licence', version: '2012', code: 'CARRELLISTA' }),
    ]);
    expect(cv.skills).toHaveLength(2);
    expect(cv.skills.every((s: { label: string; skillUri: string }) => s.label !== s.skillUri)).toBe(true);
    expect(cv.languages[0]).toMatchObject({ language: 'it', motherTongue: true, listening: null });
    expect(cv.trainings[0]).toMatchObject({ title: 'Saldatura TIG', hours: 120 });
    // The read is audited with its purpose.
    const audit = (
      await op.request({ method: 'GET', url: '/api/audit-events?mine=true&action=person.cv.read' })
    ).json();
    expect(audit.items[0]).toMatchObject({ entityId: personId, purpose: 'job_matching' });
  });

  it('gives code-list labels in English with lang=en; taxonomy labels fall back to Italian (starter only)', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const cv = (
      await op.request({ method: 'GET', url: `/api/people/${personId}/cv?purpose=guidance&lang=en` })
    ).json();
    expect(cv.lang).toBe('en');
    expect(cv.education[0].levelLabel).toBe('Three-year vocational qualification (IeFP)');
    expect(cv.experiences[1].contractTypeLabel).toBe('Open-ended employment');
    // No English ESCO import in the test database: the Italian starter label is shown.
    expect(cv.desiredOccupations.map((d: { label: string }) => d.label)).toContain('Saldatore/trice');
  });

  it('reports invalid codes with their paths and writes nothing', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const cv = validCv();
    cv.education[0]!.levelCode = 'XX';
    cv.experiences[1] = { ...cv.experiences[1]!, endDate: '2099-01-01', contractType: 'Z.99.99' } as never;
    cv.licences.push({ scheme: 'driving-licence', code: 'Q' });
    cv.skills.push({ skillUri: 'http://data.europa.eu/esco/skill/does-not-exist', level: 'basic' });
    cv.desiredOccupations.push('http://data.europa.eu/esco/occupation/does-not-exist');
    const res = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: { version, cv },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'education.0.levelCode:unknown_code',
        'experiences.1.endDate:date_in_future',
        'experiences.1.contractType:unknown_code',
        'licences.2.code:unknown_code',
        'skills.2.skillUri:unknown_skill',
        'desiredOccupations.2:unknown_occupation',
      ]),
    );
    // Shape errors (zod) come with their paths too.
    const bad = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: {
        version,
        cv: {
          ...validCv(),
          experiences: [
            {
              employerName: 'X',
              employerTaxCode: '12345678901',
              startDate: '2020-01-01',
              endDate: '2019-01-01',
            },
          ],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['cv.experiences.0.employerTaxCode', 'cv.experiences.0.endDate']),
    );
    const [stored] = await t.deps.db
      .select({ n: count() })
      .from(personExperiences)
      .where(eq(personExperiences.personId, personId));
    expect(stored!.n).toBe(2);
    const [p] = await t.deps.db
      .select({ version: people.version })
      .from(people)
      .where(eq(people.id, personId));
    expect(p!.version).toBe(version);
  });

  it('keeps the CV labels in the search text', async () => {
    const [p] = await t.deps.db
      .select({ text: people.searchText })
      .from(people)
      .where(eq(people.id, personId));
    expect(p!.text).toContain('saldatore');
    expect(p!.text).toContain('carrellista');
    expect(p!.text).toContain('carpenteria metallica sangone');
    // The Italian stemmer finds the plural too.
    const hits = await t.deps.db
      .select({ id: people.id })
      .from(people)
      .where(
        and(eq(people.id, personId), sql`${people.searchVector} @@ plainto_tsquery('italian', 'saldatori')`),
      );
    expect(hits).toHaveLength(1);
  });

  it('refuses a stale version with 409 and the CV sections changed meanwhile', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const cv = validCv();
    const first = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: { version, cv: { ...cv, licences: [{ scheme: 'driving-licence', code: 'B' }] } },
    });
    expect(first.statusCode).toBe(200);
    const stale = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: { version, cv },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', changedFields: ['cv.licences'] });
    const [n] = await t.deps.db
      .select({ n: count() })
      .from(personLicences)
      .where(eq(personLicences.personId, personId));
    expect(n!.n).toBe(1);
    // The record's own edit form sees the CV change too.
    const person = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}`,
      payload: {
        ...personPayload({ givenName: 'Salvatore', familyName: 'Cravero', birthDate: '1987-02-11' }),
        version,
      },
    });
    expect(person.statusCode).toBe(409);
    expect(person.json().changedFields).toContain('cv.licences');
  });

  it('refuses an employer (403) and hides the person from another network (404)', async () => {
    const employer = await t.sessionFor(EMPLOYER_USER);
    expect(
      (await employer.request({ method: 'GET', url: `/api/people/${personId}/cv?purpose=job_matching` }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await employer.request({
          method: 'PUT',
          url: `/api/people/${personId}/cv`,
          payload: { version: 1, cv: validCv() },
        })
      ).statusCode,
    ).toBe(403);
    const c = await t.sessionFor(COORDINATOR);
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
      (await c.request({ method: 'GET', url: `/api/people/${personId}/cv?purpose=guidance` })).statusCode,
    ).toBe(404);
    expect(
      (
        await c.request({
          method: 'PUT',
          url: `/api/people/${personId}/cv`,
          payload: { version: 1, cv: validCv() },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('gives the demo people CVs', async () => {
    const [desired] = await t.deps.db
      .select({ n: countDistinct(personDesiredOccupations.personId) })
      .from(personDesiredOccupations);
    expect(desired!.n).toBeGreaterThanOrEqual(1500);
    const [welders] = await t.deps.db
      .select({ n: count() })
      .from(people)
      .where(sql`${people.searchText} LIKE '%saldatore%'`);
    expect(welders!.n).toBeGreaterThan(10);
    // A demo person's CV reads back through the API with labels.
    const [demo] = await t.deps.db
      .select({ id: personDesiredOccupations.personId })
      .from(personDesiredOccupations)
      .innerJoin(people, eq(people.id, personDesiredOccupations.personId))
      .where(eq(people.ownerOrganisationId, demoOrganisationId('cpi-chieri')))
      .limit(1);
    const op = await t.sessionFor(CPI_OPERATOR);
    const cv = (
      await op.request({ method: 'GET', url: `/api/people/${demo!.id}/cv?purpose=job_matching` })
    ).json();
    expect(cv.desiredOccupations[0].label).not.toMatch(/^http/);
    expect(cv.languages.some((l: { motherTongue: boolean }) => l.motherTongue)).toBe(true);
  });
});
