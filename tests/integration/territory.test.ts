// The territorial map over HTTP on a constructed set: employers and employees by comune and ATECO section, hiring
// needs by comune, only over the comuni of the caller's networks (Patto Torino Sud for the Chieri coordinator;
// Pinerolo is another network's), and the outlines of those comuni with cache validators.
import { existsSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerSites, employers } from '../../src/modules/employers/db.ts';
import { importBoundaryFile } from '../../src/modules/geography/boundaries.ts';
import { memberships, users } from '../../src/modules/identity/db.ts';
import { organisations } from '../../src/modules/network/db.ts';
import {
  hiringNeeds,
  surveyCampaigns,
  surveyRecipients,
  surveyResponses,
  surveys,
} from '../../src/modules/surveys/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { ANALYST, COORDINATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';

const GEO_FILE = '/work/shared/data/geo/limits_P_1_municipalities.topo.json';
const CHIERI = '001078';
const MONCALIERI = '001156';
const PINEROLO = '001191';
const NETWORK_COMUNI = 26; // Patto Territoriale Torino Sud (src/demo/territory-networks.ts)

type Needs = {
  comuni: { code: string; positions: number; positionsShort: number }[];
  totals: { positions: number };
};
type Activities = {
  comuni: {
    code: string;
    name: string;
    employers: number;
    employees: number;
    bySection: { section: string | null; employers: number; employees: number }[];
  }[];
  sections: { letter: string; it: string }[];
  totals: { employers: number; employees: number };
};

describe.skipIf(skipDatabase)('territory: activities and hiring needs by comune, map outlines', () => {
  let t: TestApp;
  let coord: Client;
  let owner: string;
  let pineroloCpi: string;
  const ids: Record<string, string> = {};
  // The demo territory has its own employers: every figure below is checked as the change our set makes.
  let base: Activities;
  let baseNeeds: Needs;

  const get = async <T>(c: Client, url: string) => {
    const res = await c.request({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.sessionFor(COORDINATOR);
    const [me] = await t.deps.db
      .select({ org: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, COORDINATOR));
    owner = me!.org;
    const [cpi] = await t.deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.name, "Centro per l'Impiego di Pinerolo"));
    pineroloCpi = cpi!.id;
    base = await get<Activities>(coord, '/api/territory/activities');
    baseNeeds = await get<Needs>(coord, '/api/territory/hiring-needs');
    const make = async (
      key: string,
      v: {
        taxCode: string;
        ateco: string | null;
        version: '2007' | '2025';
        employees: number | null;
        by?: string;
      },
      sites: { comune: string; employees?: number | null; hq?: boolean }[],
    ) => {
      const [e] = await t.deps.db
        .insert(employers)
        .values({
          taxCode: v.taxCode,
          name: `Impresa ${key}`,
          atecoCode: v.ateco,
          atecoVersion: v.ateco ? v.version : null,
          employees: v.employees,
          ownerOrganisationId: v.by ?? owner,
        })
        .returning();
      ids[key] = e!.id;
      for (const s of sites)
        await t.deps.db.insert(employerSites).values({
          employerId: e!.id,
          comuneCode: s.comune,
          employees: s.employees ?? null,
          headquarters: s.hq ?? false,
        });
    };
    // Manufacturing (C) with sites in Chieri (30) and Moncalieri (unknown → 0) and Pinerolo (outside).
    await make('tessile', { taxCode: '01111111111', ateco: '13.20.00', version: '2007', employees: 80 }, [
      { comune: CHIERI, employees: 30, hq: true },
      { comune: MONCALIERI },
      { comune: PINEROLO, employees: 20 },
    ]);
    // Restaurant (I), one site: its 12 employees are there.
    await make('trattoria', { taxCode: '02222222222', ateco: '56.10.11', version: '2025', employees: 12 }, [
      { comune: CHIERI, hq: true },
    ]);
    // Warehouse (H) in Moncalieri, 2025 codes; another without ATECO in Chieri.
    await make('logistica', { taxCode: '03333333333', ateco: '52.10', version: '2025', employees: 45 }, [
      { comune: MONCALIERI, hq: true },
    ]);
    await make('senzacodice', { taxCode: '04444444444', ateco: null, version: '2007', employees: 3 }, [
      { comune: CHIERI, hq: true },
    ]);
    // Kept by the Pinerolo CPI (another network): invisible to the Torino Sud coordinator even in Chieri.
    await make(
      'altrarete',
      { taxCode: '05555555555', ateco: '13.20', version: '2007', employees: 7, by: pineroloCpi },
      [{ comune: CHIERI, hq: true }],
    );

    // Hiring needs: two of a Torino Sud survey, one of a Pinerolo survey (not counted for Torino Sud).
    const need = async (by: string, employer: string, positions: number, horizon: string) => {
      const now = new Date();
      const [s] = await t.deps.db
        .insert(surveys)
        .values({ title: 'Fabbisogni 2027', ownerOrganisationId: by })
        .returning();
      const [c] = await t.deps.db
        .insert(surveyCampaigns)
        .values({
          surveyId: s!.id,
          name: 'Invio',
          audience: 'employers',
          opensAt: now,
          closesAt: new Date(now.getTime() + 86_400_000),
        })
        .returning();
      const [r] = await t.deps.db
        .insert(surveyRecipients)
        .values({
          campaignId: c!.id,
          employerId: employer,
          name: 'x',
          email: 'x@x.example',
          tokenHash: `${employer}${positions}`,
          tokenSealed: 'x',
        })
        .returning();
      const [resp] = await t.deps.db
        .insert(surveyResponses)
        .values({
          recipientId: r!.id,
          campaignId: c!.id,
          surveyId: s!.id,
          employerId: employer,
          answers: {},
          submittedAt: now,
          updatedAt: now,
        })
        .returning();
      await t.deps.db.insert(hiringNeeds).values({
        responseId: resp!.id,
        surveyId: s!.id,
        employerId: employer,
        ownerOrganisationId: by,
        occupationUri: 'http://data.europa.eu/esco/occupation/warehouse',
        positions,
        horizon,
        createdAt: now,
      });
    };
    await need(owner, ids.logistica!, 5, '0_6_months');
    await need(owner, ids.tessile!, 3, '6_24_months');
    await need(pineroloCpi, ids.altrarete!, 9, '0_6_months');
  });
  afterAll(async () => {
    await t?.close();
  });

  const of = (a: { comuni: { code: string }[] }, code: string) =>
    a.comuni.find((c) => c.code === code) as never;
  const sectionsOf = (a: Activities, code: string) =>
    Object.fromEntries(a.comuni.find((c) => c.code === code)!.bySection.map((s) => [String(s.section), s]));
  const delta = (a: Activities, code: string, section: string) => {
    const now = sectionsOf(a, code)[section] ?? { employers: 0, employees: 0 };
    const was = sectionsOf(base, code)[section] ?? { employers: 0, employees: 0 };
    return { employers: now.employers - was.employers, employees: now.employees - was.employees };
  };

  it('counts employers and employees by comune and section, over the network comuni only', async () => {
    const a = await get<Activities>(coord, '/api/territory/activities');
    expect(a.comuni).toHaveLength(NETWORK_COMUNI);
    expect(a.comuni.map((c) => c.code)).not.toContain(PINEROLO);
    const chieri = of(a, CHIERI) as Activities['comuni'][number];
    const chieriBefore = of(base, CHIERI) as Activities['comuni'][number];
    expect(chieri.name).toBe('Chieri');
    expect(chieri.employers - chieriBefore.employers).toBe(3); // not the other network's
    expect(chieri.employees - chieriBefore.employees).toBe(30 + 12 + 3);
    expect(delta(a, CHIERI, 'C')).toEqual({ employers: 1, employees: 30 });
    expect(delta(a, CHIERI, 'I')).toEqual({ employers: 1, employees: 12 });
    expect(delta(a, CHIERI, 'null')).toEqual({ employers: 1, employees: 3 });
    expect(delta(a, MONCALIERI, 'C')).toEqual({ employers: 1, employees: 0 }); // several sites, none with staff
    expect(delta(a, MONCALIERI, 'H')).toEqual({ employers: 1, employees: 45 });
    expect(a.totals.employers - base.totals.employers).toBe(5);
    expect(a.totals.employees - base.totals.employees).toBe(90);
    expect(a.sections.map((s) => s.letter)).toEqual(expect.arrayContaining(['C', 'H', 'I']));
    expect(a.sections.find((s) => s.letter === 'H')!.it).toBe('Trasporto e magazzinaggio');
    // Totals are the sum of the comuni, and of the sections within each comune.
    expect(a.comuni.reduce((n, c) => n + c.employers, 0)).toBe(a.totals.employers);
    for (const c of a.comuni) expect(c.bySection.reduce((n, s) => n + s.employees, 0)).toBe(c.employees);

    const onlyC = await get<Activities>(coord, '/api/territory/activities?section=C');
    const baseC = base.comuni.reduce(
      (n, c) => n + (c.bySection.find((s) => s.section === 'C')?.employers ?? 0),
      0,
    );
    expect(onlyC.totals.employers - baseC).toBe(2);
    expect(onlyC.comuni.every((c) => c.bySection.every((s) => s.section === 'C'))).toBe(true);
  });

  it('sums hiring needs by the employer’s comune, of the network’s surveys, with horizon filter', async () => {
    const all = await get<Needs>(coord, '/api/territory/hiring-needs');
    expect(all.totals.positions - baseNeeds.totals.positions).toBe(8); // not the Pinerolo survey's 9
    const m = (n: Needs, code: string) => n.comuni.find((c) => c.code === code)!;
    expect(m(all, MONCALIERI).positions - m(baseNeeds, MONCALIERI).positions).toBe(5);
    expect(m(all, MONCALIERI).positionsShort - m(baseNeeds, MONCALIERI).positionsShort).toBe(5);
    expect(m(all, CHIERI).positions - m(baseNeeds, CHIERI).positions).toBe(3);
    expect(m(all, CHIERI).positionsShort - m(baseNeeds, CHIERI).positionsShort).toBe(0);
    expect(all.comuni.map((c) => c.code)).not.toContain(PINEROLO);
    const short = await get<Needs>(coord, '/api/territory/hiring-needs?horizon=0_6_months');
    const baseShort = baseNeeds.comuni.reduce((n, c) => n + c.positionsShort, 0);
    expect(short.totals.positions - baseShort).toBe(5);
    const manufacturing = await get<Needs>(coord, '/api/territory/hiring-needs?section=C');
    expect(m(manufacturing, CHIERI).positions).toBeGreaterThanOrEqual(3);
    // The warehouse's 5 positions are section H: not among manufacturing's.
    expect(m(manufacturing, MONCALIERI).positions).toBeLessThanOrEqual(m(all, MONCALIERI).positions - 5);
  });

  it('refuses a network that is not the caller’s, and keeps the map from employer users', async () => {
    const res = await coord.request({
      method: 'GET',
      url: '/api/territory/activities?network=00000000-0000-4000-8000-000000000000',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'network', code: 'not_your_network' });
    const employer = await t.sessionFor(EMPLOYER_USER);
    expect((await employer.request({ method: 'GET', url: '/api/territory/activities' })).statusCode).toBe(
      403,
    );
    const analyst = await t.sessionFor(ANALYST);
    const seen = await get<Activities>(analyst, '/api/territory/activities');
    expect(seen.totals.employers - base.totals.employers).toBe(5);
  });

  it('serves no outlines before boundaries are imported, then those of the network comuni, cacheable', async () => {
    const before = await get<{ features: unknown[]; comuni: number; withOutline: number }>(
      coord,
      '/api/territory/map',
    );
    expect(before).toMatchObject({
      type: 'FeatureCollection',
      features: [],
      comuni: NETWORK_COMUNI,
      withOutline: 0,
    });
    if (!existsSync(GEO_FILE)) return console.warn(`territory: ${GEO_FILE} not found, outline part skipped`);
    await importBoundaryFile(
      t.deps.db,
      { data: readFileSync(GEO_FILE), source: 'limits_P_1_municipalities.topo.json' },
      {
        actor: { userId: null, organisationId: null, role: null, ip: null },
        now: t.deps.now(),
      },
    );
    const res = await coord.request({ method: 'GET', url: '/api/territory/map' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.etag).toBeTruthy();
    const map = res.json() as {
      features: { id: string; properties: { name: string }; geometry: { type: string } }[];
      withOutline: number;
    };
    expect(map.withOutline).toBe(NETWORK_COMUNI);
    expect(map.features.map((f) => f.id)).toContain(CHIERI);
    expect(map.features.map((f) => f.id)).not.toContain(PINEROLO);
    expect(map.features.find((f) => f.id === CHIERI)!.properties.name).toBe('Chieri');
    const again = await coord.request({
      method: 'GET',
      url: '/api/territory/map',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});
