// Matching through the API on a small constructed dataset (occupation and skills of a made-up concept scheme, so
// no demo person competes): the ranking order, the hard filters (no consent, not available), the tenant scope of
// operators of another network, 409 for a closed vacancy, the audit row, reverse matching for a person, and the
// citizen's "Offerte per te" holding published vacancies only.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import { employers } from '../../src/modules/employers/db.ts';
import {
  type RetrievalSource,
  rankCandidates,
  retrievalFor,
} from '../../src/modules/matching/match-vacancy.ts';
import { people, personConsents, personExperiences, personSkills } from '../../src/modules/people/db.ts';
import { refreshSearchFacets } from '../../src/modules/people/search-index.ts';
import { vacancies } from '../../src/modules/vacancies/db.ts';
import { vacancyProfile } from '../../src/modules/vacancies/profile.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CITIZEN, CPI_OPERATOR } from '../helpers/demo-users.ts';

const PINEROLO_COORDINATOR = 'cristina.bounous@agenziapiemontelavoro.example';
const OCC = 'http://test.example/occupation/addetto-magazzino-prova';
const skill = (n: number) => `http://test.example/skill/s${n}`;
const MONCALIERI = '001156';
const PINEROLO = '001191';

type Spec = {
  key: string;
  skills: number[];
  months?: number;
  consent?: boolean;
  availableFrom?: string;
  owner?: string;
  comune?: string;
};

// Expected order for the Chieri operator: a (4 of 4 essential + optional, 3 years) > b (3 of 4, 1 year) > c (2).
const specs: Spec[] = [
  { key: 'c', skills: [1, 2] },
  { key: 'a', skills: [1, 2, 3, 4, 5], months: 36 },
  { key: 'b', skills: [1, 2, 3], months: 12 },
  { key: 'noConsent', skills: [1, 2, 3, 4, 5], months: 48, consent: false },
  { key: 'unavailable', skills: [1, 2, 3, 4, 5], months: 48, availableFrom: '2099-01-01' },
  { key: 'pinerolo', skills: [1, 2, 3, 4], owner: 'cpi-pinerolo', comune: PINEROLO },
];

describe.skipIf(skipDatabase)('matching', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const vacancyIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.deps.db;
    let n = 0;
    for (const s of specs) {
      n++;
      const [p] = await db
        .insert(people)
        .values({
          taxCode: `TSTMTC80A01L219${String.fromCharCode(64 + n)}`,
          givenName: `Prova${s.key}`,
          familyName: 'Abbinamento',
          sex: 'F',
          birthDate: '1980-01-01',
          residenceComuneCode: s.comune ?? MONCALIERI,
          employmentStatus: 'unemployed',
          unemployedSince: '2025-01-01',
          availableFrom: s.availableFrom ?? null,
          ownerOrganisationId: demoOrganisationId(s.owner ?? 'cpi-chieri'),
        })
        .returning({ id: people.id });
      ids[s.key] = p!.id;
      await db.insert(personSkills).values(s.skills.map((k) => ({ personId: p!.id, skillUri: skill(k) })));
      if (s.months) {
        const start = new Date(Date.now() - s.months * 30.44 * 86_400_000).toISOString().slice(0, 10);
        await db.insert(personExperiences).values({
          personId: p!.id,
          employerName: 'Logistica Prova S.r.l.',
          occupationUri: OCC,
          startDate: start,
          endDate: new Date().toISOString().slice(0, 10),
        });
      }
      await db.insert(personConsents).values({
        personId: p!.id,
        purpose: 'share_cv_with_employers',
        granted: s.consent ?? true,
        noticeVersion: '2026-01',
      });
    }
    // Written straight into the tables: the search facets the pre-selection reads are rebuilt as a write would.
    await refreshSearchFacets(db, Object.values(ids));
    const employer = async (taxCode: string, owner: string) => {
      const [e] = await db
        .insert(employers)
        .values({ taxCode, name: `Magazzini Prova ${owner}`, ownerOrganisationId: demoOrganisationId(owner) })
        .returning({ id: employers.id });
      return e!.id;
    };
    const chieriEmployer = await employer('09876543210', 'cpi-chieri');
    const pineroloEmployer = await employer('09876543211', 'cpi-pinerolo');
    const vacancy = async (key: string, state: string, employerId: string, owner: string, site: string) => {
      const [v] = await db
        .insert(vacancies)
        .values({
          employerId,
          ownerOrganisationId: demoOrganisationId(owner),
          title: `Addetto/a magazzino (${key})`,
          occupationUri: OCC,
          essentialSkills: [skill(1), skill(2), skill(3), skill(4)],
          optionalSkills: [skill(5)],
          contractType: 'A.02.00',
          workingTime: 'full_time',
          siteComuneCode: site,
          startDate: '2030-01-01',
          state,
        })
        .returning({ id: vacancies.id });
      vacancyIds[key] = v!.id;
    };
    await vacancy('published', 'published', chieriEmployer, 'cpi-chieri', MONCALIERI);
    await vacancy('draft', 'draft', chieriEmployer, 'cpi-chieri', MONCALIERI);
    await vacancy('closed', 'closed', chieriEmployer, 'cpi-chieri', MONCALIERI);
    await vacancy('pinerolo', 'published', pineroloEmployer, 'cpi-pinerolo', PINEROLO);
  });
  afterAll(async () => t?.close());

  const get = async (email: string, url: string) =>
    (await t.sessionFor(email)).request({ method: 'GET', url });

  it('ranks the constructed candidates in the expected order, with breakdown and what is missing', async () => {
    const res = await get(CPI_OPERATOR, `/api/vacancies/${vacancyIds.published}/matches`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const order = body.items.map((i: { personId: string }) => i.personId);
    expect(order).toEqual([ids.a, ids.b, ids.c]);
    expect(['centroids', 'fallback', 'mixed']).toContain(body.distanceMode);
    const a = body.items[0];
    expect(a.name).toBe('Provaa Abbinamento');
    expect(a.factors.find((f: { factor: string }) => f.factor === 'essential_skills')).toMatchObject({
      matched: 4,
      required: 4,
    });
    const c = body.items[2];
    expect(c.missing).toEqual(
      expect.arrayContaining([
        { kind: 'essential_skill', uri: skill(3) },
        { kind: 'essential_skill', uri: skill(4) },
      ]),
    );
    expect(body.weightsVersion).toBeTruthy();
  });

  it('leaves out people without consent, not yet available, or outside the caller’s network', async () => {
    const res = await get(CPI_OPERATOR, `/api/vacancies/${vacancyIds.published}/matches`);
    const got = new Set(res.json().items.map((i: { personId: string }) => i.personId));
    expect(got.has(ids.noConsent)).toBe(false);
    expect(got.has(ids.unavailable)).toBe(false);
    expect(got.has(ids.pinerolo)).toBe(false);

    // The Pinerolese coordinator sees their own network's person only, and not the Chieri vacancy at all.
    const other = await get(PINEROLO_COORDINATOR, `/api/vacancies/${vacancyIds.pinerolo}/matches`);
    expect(other.statusCode, other.body).toBe(200);
    const theirs = other.json().items.map((i: { personId: string }) => i.personId);
    expect(theirs).toContain(ids.pinerolo);
    for (const key of ['a', 'b', 'c']) expect(theirs).not.toContain(ids[key]);
    expect(
      (await get(PINEROLO_COORDINATOR, `/api/vacancies/${vacancyIds.published}/matches`)).statusCode,
    ).toBe(404);
  });

  it('refuses to match a closed vacancy, saying so', async () => {
    const res = await get(CPI_OPERATOR, `/api/vacancies/${vacancyIds.closed}/matches`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/chiusa|closed/i);
  });

  it('records one audit row per run with the count returned', async () => {
    await get(CPI_OPERATOR, `/api/vacancies/${vacancyIds.published}/matches?limit=2`);
    const rows = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'match.run'), eq(auditEvents.entityId, vacancyIds.published!)));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => (r.details as { returned?: number }).returned === 2)).toBe(true);
  });

  it('ranks published vacancies for a person (reverse matching), never drafts', async () => {
    const res = await get(CPI_OPERATOR, `/api/people/${ids.a}/matches`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { vacancyId: string }[];
    expect(items[0]?.vacancyId).toBe(vacancyIds.published);
    expect(items.map((i) => i.vacancyId)).not.toContain(vacancyIds.draft);
    expect(items.map((i) => i.vacancyId)).not.toContain(vacancyIds.closed);
    // Outside the caller's network the person does not exist.
    expect((await get(CPI_OPERATOR, `/api/people/${ids.pinerolo}/matches`)).statusCode).toBe(404);
  });

  it('gives the citizen only published vacancies for their own profile', async () => {
    const res = await get(CITIZEN, '/api/me/matches');
    expect(res.statusCode, res.body).toBe(200);
    const returned = (res.json().items as { vacancyId: string }[]).map((i) => i.vacancyId);
    for (const id of returned) {
      const [v] = await t.deps.db
        .select({ state: vacancies.state })
        .from(vacancies)
        .where(eq(vacancies.id, id));
      expect(v?.state).toBe('published');
    }
    expect(returned).not.toContain(vacancyIds.draft);
    // An operator has no "own" profile.
    expect((await get(CPI_OPERATOR, '/api/me/matches')).statusCode).toBe(403);
  });

  it('pre-selects the same people from the CV tables, the search facets and the candidate index', async () => {
    const [row] = await t.deps.db.select().from(vacancies).where(eq(vacancies.id, vacancyIds.published!));
    const v = await vacancyProfile(t.deps.db, row!);
    const owner = demoOrganisationId('cpi-chieri');
    const audience = { sql: sql`${people.ownerOrganisationId} = ${owner}`, owners: [owner] };
    const order = async (source: RetrievalSource) => {
      const retrieval = await retrievalFor(t.deps, source);
      const ranked = await rankCandidates(t.deps.db, t.deps, v, audience, 10, t.clock.now, retrieval);
      return ranked.items.map((m) => m.personId);
    };
    expect(await order('cv')).toEqual([ids.a, ids.b, ids.c]);
    expect(await order('facets')).toEqual([ids.a, ids.b, ids.c]);
    expect(await order('memory')).toEqual([ids.a, ids.b, ids.c]);
  });

  // Last: it changes the constructed people. The index was built by the first match above; each change below is
  // a plain write, announced to the index by the database's change feed only.
  it('sees changes committed after the candidate index was built: consent withdrawn, skills added, record erased', async () => {
    const db = t.deps.db;
    const order = async () =>
      (await get(CPI_OPERATOR, `/api/vacancies/${vacancyIds.published}/matches`))
        .json()
        .items.map((i: { personId: string }) => i.personId);
    expect(await order()).toEqual([ids.a, ids.b, ids.c]);
    await db.insert(personConsents).values({
      personId: ids.b!,
      purpose: 'share_cv_with_employers',
      granted: false,
      noticeVersion: '2026-01',
      at: new Date(Date.now() + 1000),
    });
    await db.update(people).set({ anonymisedAt: new Date() }).where(eq(people.id, ids.a!));
    expect(await order()).toEqual([ids.c]);
    // Consent given back and all five skills for b: b is back, and ahead of c.
    await db.insert(personConsents).values({
      personId: ids.b!,
      purpose: 'share_cv_with_employers',
      granted: true,
      noticeVersion: '2026-01',
      at: new Date(Date.now() + 2000),
    });
    await db.insert(personSkills).values([4, 5].map((k) => ({ personId: ids.b!, skillUri: skill(k) })));
    expect(await order()).toEqual([ids.b, ids.c]);
  });
});
