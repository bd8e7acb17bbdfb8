// The anonymised candidate card: operators of the network read it; employers only while the person grants
// 'share_cv_with_employers' (404 otherwise, and again after a withdrawal); the card never carries an identifier;
// every read is audited.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { ANALYST, CITIZEN, COORDINATOR, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const occupation = (label: string) => starterOccupations.find((o) => o.labelIt === label)!;
const welder = occupation('Saldatore/trice');
const forklift = occupation('Carrellista');

const identity = { givenName: 'Rosalba', familyName: 'Quaglino', sex: 'F' as const, birthDate: '1979-04-18' };
const cv = {
  education: [
    { levelCode: 'LM', year: 1994, country: 'IT' },
    {
      levelCode: 'QP',
      title: 'Operatrice meccanica',
      institution: 'CNOS-FAP Torino',
      year: 1997,
      country: 'IT',
    },
  ],
  experiences: [
    {
      employerName: 'Carpenteria Metallica Sangone S.r.l.',
      employerTaxCode: '00440280014',
      occupationUri: welder.uri,
      startDate: '2015-03-01',
      endDate: '2024-02-29',
      contractType: 'A.01.00',
      description: 'Saldatura MIG/MAG presso lo stabilimento di Nichelino',
    },
  ],
  trainings: [],
  languages: [
    { language: 'it', motherTongue: true },
    { language: 'fr', motherTongue: false, listening: 'B1', reading: 'B1', speaking: 'A2', writing: 'A2' },
  ],
  licences: [{ scheme: 'driving-licence', code: 'B' }],
  skills: welder.skills.slice(0, 2).map((s) => ({ skillUri: s.uri, level: 'advanced' })),
  desiredOccupations: [welder.uri, forklift.uri],
};

describe.skipIf(skipDatabase)('anonymised candidate card', () => {
  let t: TestApp;
  let personId = '';
  let taxCode = '';
  beforeAll(async () => {
    t = await startTestApp();
    const op = await t.sessionFor(CPI_OPERATOR);
    const payload = {
      ...personPayload(identity),
      phone: '011 555 9876',
      declaredGroups: ['victim_of_violence', 'single_parent'],
      availableFrom: '2026-01-15',
      contractTypes: ['A.01.00'],
      workingTimes: ['part_time'],
      maxCommuteKm: 30,
      confirmNotDuplicate: true,
    };
    const res = await op.request({ method: 'POST', url: '/api/people', payload });
    expect(res.statusCode, res.body).toBe(201);
    personId = res.json().id;
    taxCode = res.json().taxCode;
    const put = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: { version: res.json().version, cv },
    });
    expect(put.statusCode, put.body).toBe(200);
  });
  afterAll(() => t?.close());

  const card = async (email: string, id = personId) =>
    (await t.sessionFor(email)).request({ method: 'GET', url: `/api/people/${id}/card` });
  const consent = async (granted: boolean) => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({
      method: 'POST',
      url: `/api/people/${personId}/consents`,
      payload: { purpose: 'share_cv_with_employers', granted, noticeVersion: '2026-11' },
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  let reference = '';
  it('shows operators the job-relevant facts, without any identifier', async () => {
    const res = await card(CPI_OPERATOR);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    reference = c.reference;
    expect(c.reference).toMatch(/^C-[0-9A-F]{8}$/);
    expect(c.ageBand).toBe('45-54');
    expect(c.residenceComune).toEqual({ code: '001078', label: 'Chieri' });
    expect(c.desiredOccupations.map((o: { label: string }) => o.label).sort()).toEqual(
      ['Carrellista', 'Saldatore/trice'].sort(),
    );
    expect(c.skills).toHaveLength(2);
    expect(c.skills.every((s: { level: string; label: string }) => s.level === 'advanced' && s.label)).toBe(
      true,
    );
    expect(c.experience).toEqual([{ occupationUri: welder.uri, label: 'Saldatore/trice', months: 108 }]);
    expect(c.educationLevel.code).toBe('QP');
    expect(c.languages.map((l: { language: string }) => l.language)).toEqual(['it', 'fr']);
    expect(c.licences).toEqual([expect.objectContaining({ scheme: 'driving-licence', code: 'B' })]);
    expect(c.availability).toMatchObject({
      availableFrom: '2026-01-15',
      workingTimes: ['part_time'],
      maxCommuteKm: 30,
    });
    expect(c.availability.contractTypes[0].code).toBe('A.01.00');

    const text = res.body.toLowerCase();
    const p = personPayload(identity);
    for (const value of [
      personId,
      taxCode,
      p.givenName,
      p.familyName,
      p.email,
      '555 9876',
      p.address,
      p.postcode,
      p.birthDate,
      'victim_of_violence',
      'single_parent',
      'Carpenteria',
      '00440280014',
      'Nichelino',
      'CNOS-FAP',
    ])
      expect(text, value).not.toContain(value.toLowerCase());
    expect(Object.keys(c).sort()).toEqual(
      [
        'reference',
        'ageBand',
        'residenceComune',
        'desiredOccupations',
        'skills',
        'experience',
        'educationLevel',
        'languages',
        'licences',
        'availability',
      ].sort(),
    );
  });

  it('gives the same reference to every reader, and another one to another person', async () => {
    const social = await card(COORDINATOR);
    expect(social.statusCode, social.body).toBe(200);
    expect(social.json().reference).toBe(reference);
    const op = await t.sessionFor(CPI_OPERATOR);
    const other = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        ...personPayload({ givenName: 'Bartolo', familyName: 'Gribaudo', birthDate: '1990-10-02' }),
        confirmNotDuplicate: true,
      },
    });
    expect(other.statusCode, other.body).toBe(201);
    const otherCard = await card(CPI_OPERATOR, other.json().id);
    expect(otherCard.statusCode).toBe(200);
    expect(otherCard.json().reference).not.toBe(reference);
  });

  it('hides the card from employers until the person consents, and again after a withdrawal', async () => {
    expect((await card(EMPLOYER_USER)).statusCode).toBe(404);
    await consent(true);
    const shown = await card(EMPLOYER_USER);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json().reference).toBe(reference);
    expect(shown.body.toLowerCase()).not.toContain(identity.familyName.toLowerCase());
    t.clock.advance(60_000);
    await consent(false);
    expect((await card(EMPLOYER_USER)).statusCode).toBe(404);
    // Operators still see it: the consent is about employers.
    expect((await card(CPI_OPERATOR)).statusCode).toBe(200);
  });

  it('refuses analysts and citizens (403); an unknown person is 404', async () => {
    expect((await card(ANALYST)).statusCode).toBe(403);
    expect((await card(CITIZEN)).statusCode).toBe(403);
    expect((await card(CPI_OPERATOR, '00000000-0000-4000-8000-000000000456')).statusCode).toBe(404);
  });

  it('audits every card read (not the refused ones)', async () => {
    const rows = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, 'person.card.read')))
      .orderBy(asc(auditEvents.seq));
    expect(rows.map((r) => r.actorRole)).toEqual([
      'cpi_operator',
      'network_coordinator',
      'employer_user',
      'cpi_operator',
    ]);
    expect(
      rows.every(
        (r) => r.purpose === 'job_matching' && (r.details as { reference?: string }).reference === reference,
      ),
    ).toBe(true);
  });
});
