// The search of the Banca Dati Lavoro over the demo (about 2,100 generated people): free text (accents and case
// folded), filters in SQL that agree with the domain rules, keyset pagination, the tenant scope, audited search
// and export, saved searches per user.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import {
  people,
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
} from '../../src/modules/people/db.ts';
import { targetGroupsOf } from '../../src/modules/people/domain/target-groups.ts';
import { refreshSearchText } from '../../src/modules/people/search-index.ts';
import { queryRows } from '../../src/platform/db/client.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const ESCO = 'http://data.europa.eu/esco/occupation/';
const WELDER = `${ESCO}7aedaa07-3884-4c5b-88f9-80997b2aa54b`; // Saldatore/trice, ISCO 7212
const FORKLIFT = `${ESCO}eeac6251-1974-42f5-91ed-513c6c883755`; // Carrellista, ISCO 8344

type Summary = {
  id: string;
  givenName: string;
  familyName: string;
  age: number;
  residenceComuneCode: string;
  employmentStatus: string;
  targetGroups: { computed: string[]; declared: string[] };
  desiredOccupations: string[];
  rank: number | null;
};
type Page = { items: Summary[]; nextCursor: string | null; total: number | null };

describe.skipIf(skipDatabase)('people search (Banca Dati Lavoro)', () => {
  let t: TestApp;
  let op: Client;
  let welderId = '';
  /** The people the CPI operator of Chieri may see (the Patto network), read straight from the database. */
  let visible: (typeof people.$inferSelect)[] = [];

  const search = async (c: Client, query: string) => {
    const res = await c.request({ method: 'GET', url: `/api/people?purpose=job_matching&${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  /** Every page of a search: each person exactly once. */
  const all = async (c: Client, query: string) => {
    const ids: string[] = [];
    const items: Summary[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    do {
      const page: Page = await search(c, `${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      total = page.total;
      items.push(...page.items);
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(ids).size).toBe(ids.length);
    return { ids, items, total };
  };

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.sessionFor(CPI_OPERATOR);

    // A person with a CV: through the CV API when it is there, else straight into the CV tables.
    const created = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: personPayload({ givenName: 'Ottavio', familyName: 'Brovarone', birthDate: '1985-03-02' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    welderId = created.json().id;
    const cv = await op.request({
      method: 'PUT',
      url: `/api/people/${welderId}/cv`,
      payload: {
        version: created.json().version,
        cv: {
          education: [{ levelCode: 'DS' }],
          experiences: [
            {
              employerName: 'Officine Prova',
              occupationUri: FORKLIFT,
              startDate: '2015-01-01',
              endDate: '2019-12-31',
            },
          ],
          trainings: [],
          languages: [{ language: 'en', listening: 'B1', reading: 'B2', speaking: 'B1', writing: 'A2' }],
          licences: [{ scheme: 'driving-licence', code: 'B' }],
          skills: [],
          desiredOccupations: [WELDER],
        },
      },
    });
    if (cv.statusCode !== 200) {
      const [dsVersion] = await queryRows<{ version: string }>(
        t.deps.db,
        sql`SELECT version FROM code_lists WHERE scheme = 'sap-education' AND code = 'DS' LIMIT 1`,
      );
      await t.deps.db.insert(personDesiredOccupations).values({ personId: welderId, occupationUri: WELDER });
      await t.deps.db.insert(personExperiences).values({
        personId: welderId,
        employerName: 'Officine Prova',
        occupationUri: FORKLIFT,
        startDate: '2015-01-01',
        endDate: '2019-12-31',
      });
      await t.deps.db
        .insert(personEducation)
        .values({ personId: welderId, levelVersion: dsVersion!.version, levelCode: 'DS' });
      await t.deps.db.insert(personLanguages).values({
        personId: welderId,
        language: 'en',
        listening: 'B1',
        reading: 'B2',
        speaking: 'B1',
        writing: 'A2',
      });
      await t.deps.db
        .insert(personLicences)
        .values({ personId: welderId, scheme: 'driving-licence', version: '2013', code: 'B' });
      await refreshSearchText(t.deps.db, welderId);
    }
    visible = await t.deps.db
      .select()
      .from(people)
      .where(
        sql`${people.ownerOrganisationId} IN (SELECT organisation_id FROM network_members WHERE network_id IN (
          SELECT network_id FROM network_members WHERE organisation_id = ${demoOrganisationId('cpi-chieri')}))`,
      );
  });
  afterAll(() => t?.close());

  it('finds by name, accent- and case-insensitively, ranked', async () => {
    const byName = await search(op, 'q=Brovarone');
    expect(byName.items.map((i) => i.id)).toEqual([welderId]);
    expect(byName.total).toBe(1);
    expect(byName.items[0]!.rank).toBeGreaterThan(0);
    // The demo has people called Nicolò: "nicolo" and "NICOLÒ" find the same ones.
    const nicolo = visible.filter((p) => p.givenName.split(' ').includes('Nicolò'));
    expect(nicolo.length).toBeGreaterThan(0);
    const plain = await all(op, 'q=nicolo');
    const accented = await all(op, `q=${encodeURIComponent('NICOLÒ')}`);
    expect(plain.ids.sort()).toEqual(accented.ids.sort());
    for (const p of nicolo) expect(plain.ids).toContain(p.id);
  });

  it('filters by comune, status and age range', async () => {
    const res = await all(
      op,
      'comuneCodes=001078,001156&status=unemployed,never_employed&ageMin=30&ageMax=40',
    );
    const expected = visible.filter((p) => {
      const { age } = targetGroupsOf(
        { ...p, declared: [], disability: false, unemployedSince: null, incomeSupport: [] },
        t.deps.now(),
      );
      return (
        ['001078', '001156'].includes(p.residenceComuneCode) &&
        ['unemployed', 'never_employed'].includes(p.employmentStatus) &&
        age >= 30 &&
        age <= 40
      );
    });
    expect(expected.length).toBeGreaterThan(5);
    expect(res.ids.sort()).toEqual(expected.map((p) => p.id).sort());
    expect(res.total).toBe(expected.length);
    for (const i of res.items) {
      expect(i.age).toBeGreaterThanOrEqual(30);
      expect(i.age).toBeLessThanOrEqual(40);
    }
  });

  it('combines free text with an age range (narrow ranges go through the birth years of the search index)', async () => {
    const text = await all(op, 'q=chieri');
    for (const [min, max] of [
      [30, 40],
      [18, 65],
    ] as const) {
      const ranged = await all(op, `q=chieri&ageMin=${min}&ageMax=${max}`);
      const expected = text.items.filter((i) => i.age >= min && i.age <= max).map((i) => i.id);
      expect(expected.length).toBeGreaterThan(5);
      expect(ranged.ids.sort()).toEqual(expected.sort());
      expect(ranged.total).toBe(expected.length);
    }
  });

  it('filters by target group with the same answer as the domain rules', async () => {
    const now = t.deps.now();
    const groupsOf = (p: (typeof visible)[number]) =>
      targetGroupsOf(
        {
          birthDate: p.birthDate,
          employmentStatus: p.employmentStatus,
          unemployedSince: p.unemployedSince ?? p.didDate,
          incomeSupport: p.incomeSupport,
          declared: p.declaredGroups,
          disability: false,
        },
        now,
      );
    for (const group of ['long_term_unemployed', 'over_58', 'neet', 'income_support'] as const) {
      const res = await all(op, `targetGroups=${group}`);
      const expected = visible.filter((p) => groupsOf(p).computed.includes(group)).map((p) => p.id);
      expect(expected.length, group).toBeGreaterThan(0);
      expect(res.ids.sort(), group).toEqual(expected.sort());
      for (const i of res.items.slice(0, 20)) expect(i.targetGroups.computed).toContain(group);
    }
    // Two groups: both must apply.
    const both = await all(op, 'targetGroups=long_term_unemployed,over_58&status=unemployed');
    const expected = visible.filter((p) => {
      const g = groupsOf(p).computed;
      return (
        p.employmentStatus === 'unemployed' && g.includes('long_term_unemployed') && g.includes('over_58')
      );
    });
    expect(both.ids.sort()).toEqual(expected.map((p) => p.id).sort());
  });

  it('filters by occupation, ISCO group, licence, language, education (CV data)', async () => {
    const has = async (query: string) => (await all(op, query)).ids.includes(welderId);
    expect(await has(`occupationUri=${encodeURIComponent(WELDER)}`)).toBe(true);
    expect(await has(`occupationUri=${encodeURIComponent(FORKLIFT)}`)).toBe(true); // past experience
    expect(await has('iscoPrefix=7')).toBe(true);
    expect(await has('iscoPrefix=7212')).toBe(true);
    expect(await has('iscoPrefix=8344')).toBe(true);
    expect(await has('iscoPrefix=2')).toBe(false);
    expect(await has('licences=B')).toBe(true);
    expect(await has('licences=B,CE')).toBe(false);
    expect(await has('language=en&languageLevel=A2')).toBe(true);
    expect(await has('language=en&languageLevel=B1')).toBe(false);
    expect(await has('educationMin=QP')).toBe(true);
    expect(await has('educationMin=DS')).toBe(true);
    expect(await has('educationMin=L')).toBe(false);
    const text = await all(op, 'q=saldatori');
    expect(text.ids).toContain(welderId);
    const me = text.items.find((i) => i.id === welderId)!;
    expect(me.desiredOccupations.join(' ')).toMatch(/Saldatore/);
    const unknown = await op.request({ method: 'GET', url: '/api/people?purpose=guidance&educationMin=XX' });
    expect(unknown.statusCode).toBe(400);
  });

  it('pages with a keyset cursor in every sort order, each person once', async () => {
    for (const sort of ['name', 'updated', 'age'] as const) {
      const res = await all(op, `sort=${sort}&comuneCodes=001078`);
      const expected = visible.filter((p) => p.residenceComuneCode === '001078');
      expect(res.ids.length, sort).toBe(expected.length);
      if (sort === 'age') {
        const ages = res.items.map((i) => i.age);
        expect(ages).toEqual([...ages].sort((a, b) => a - b));
      }
      if (sort === 'name') {
        const names = res.items.map((i) => i.familyName.toLowerCase());
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }
    }
    const ranked = await all(op, 'q=chieri&sort=relevance');
    expect(ranked.ids.length).toBe(ranked.total);
    const bad = await op.request({ method: 'GET', url: '/api/people?purpose=guidance&cursor=xyz' });
    expect(bad.statusCode).toBe(400);
    // A cursor of one sort order is refused in another.
    const first = await search(op, 'sort=name&limit=2');
    const other = await op.request({
      method: 'GET',
      url: `/api/people?purpose=guidance&sort=age&cursor=${first.nextCursor}`,
    });
    expect(other.statusCode).toBe(400);
  });

  it('needs a purpose, audits the search, refuses employers', async () => {
    expect((await op.request({ method: 'GET', url: '/api/people?q=rossi' })).statusCode).toBe(400);
    const page = await search(op, 'q=rossi&limit=5');
    const audit = (
      await op.request({ method: 'GET', url: '/api/audit-events?mine=true&action=person.search' })
    ).json();
    expect(audit.items[0]).toMatchObject({
      purpose: 'job_matching',
      details: expect.objectContaining({ filters: { q: 'rossi' }, returned: page.items.length }),
    });
    const employer = await t.sessionFor(EMPLOYER_USER);
    expect(
      (await employer.request({ method: 'GET', url: '/api/people?purpose=job_matching' })).statusCode,
    ).toBe(403);
    expect(
      (await employer.request({ method: 'GET', url: '/api/people/export?purpose=job_matching' })).statusCode,
    ).toBe(403);
    expect((await employer.request({ method: 'GET', url: '/api/saved-searches' })).statusCode).toBe(403);
  });

  it('never shows a coordinator in another network the people of the Patto', async () => {
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
    const patto = new Set(visible.map((p) => p.id));
    const res = await all(c, 'sort=name');
    expect(res.ids.length).toBeGreaterThan(100);
    expect(res.ids.filter((id) => patto.has(id))).toEqual([]);
    expect((await search(c, 'q=Brovarone')).items).toEqual([]);
  });

  it('exports XLSX and CSV, audited with the count', async () => {
    const page = await search(op, 'comuneCodes=001078&status=unemployed');
    const csv = await op.request({
      method: 'GET',
      url: '/api/people/export?format=csv&purpose=job_matching&comuneCodes=001078&status=unemployed',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('Cognome');
    expect(lines.length).toBe(page.total! + 1);
    const xlsx = await op.request({
      method: 'GET',
      url: '/api/people/export?purpose=job_matching&comuneCodes=001078',
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audit = (
      await op.request({ method: 'GET', url: '/api/audit-events?mine=true&action=person.export' })
    ).json();
    expect(audit.items).toHaveLength(2);
    expect(audit.items[1]).toMatchObject({
      purpose: 'job_matching',
      details: expect.objectContaining({ format: 'csv', rows: page.total }),
    });
    expect(audit.items[0].details).toMatchObject({ format: 'xlsx' });
  });

  it('keeps saved searches per user', async () => {
    const created = await op.request({
      method: 'POST',
      url: '/api/saved-searches',
      payload: { name: 'Saldatori a Chieri', filters: { q: 'saldatore', comuneCodes: '001078', ageMin: '' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const saved = created.json();
    expect(saved.filters).toEqual({ q: 'saldatore', comuneCodes: '001078' });
    const invalid = await op.request({
      method: 'POST',
      url: '/api/saved-searches',
      payload: { name: 'Sbagliata', filters: { ageMin: 'tanti', colour: 'blu' } },
    });
    expect(invalid.statusCode).toBe(400);
    const mine = (await op.request({ method: 'GET', url: '/api/saved-searches' })).json();
    expect(mine.items.map((s: { id: string }) => s.id)).toEqual([saved.id]);
    const c = await t.sessionFor(COORDINATOR);
    expect((await c.request({ method: 'GET', url: '/api/saved-searches' })).json().items).toEqual([]);
    expect((await c.request({ method: 'DELETE', url: `/api/saved-searches/${saved.id}` })).statusCode).toBe(
      404,
    );
    expect((await op.request({ method: 'DELETE', url: `/api/saved-searches/${saved.id}` })).statusCode).toBe(
      200,
    );
    expect((await op.request({ method: 'GET', url: '/api/saved-searches' })).json().items).toEqual([]);
  });

  it('leaves anonymised people out', async () => {
    await t.deps.db.update(people).set({ anonymisedAt: t.deps.now() }).where(eq(people.id, welderId));
    expect((await search(op, 'q=Brovarone')).items).toEqual([]);
    await t.deps.db.update(people).set({ anonymisedAt: null }).where(eq(people.id, welderId));
  });
});
