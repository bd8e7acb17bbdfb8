// The geography module over HTTP: importing comuni boundaries (platform administrators only, all or nothing,
// idempotent), a comune's coordinates, and the people search's distance filter — by centroids once boundaries
// are there, by comune or province (and saying so) before. The real openpolis file is read from the shared data
// folder, never from the repository: without it those tests are skipped with a message.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoBoundaries } from '../../src/demo/boundaries.ts';
import { comuneGeography } from '../../src/modules/geography/db.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const TORINO_FILE =
  process.env.GEO_TEST_FILE_P ?? '/work/shared/data/geo/limits_P_1_municipalities.topo.json';
const haveFile = existsSync(TORINO_FILE);
if (!haveFile && process.env.VITEST_WORKER_ID === '1')
  console.warn(`geography: boundaries file not found at ${TORINO_FILE}; the tests that need it are skipped`);

const CHIERI = '001078';
const PECETTO = '001183';
const PINEROLO = '001191';
const ASTI = '005005'; // outside the Città metropolitana: no boundaries in the Torino file
const SURNAME = 'Zanzottera'; // only the people created here

type Page = {
  items: { residenceComuneCode: string; givenName: string }[];
  total: number | null;
  distance: { mode: string; comuniCount: number; missingCoordinates: number | null } | null;
};

describe.skipIf(skipDatabase)('geography: boundaries and the distance filter', () => {
  let t: TestApp;
  let admin: Client;
  let op: Client;

  const upload = (c: Client, body: string, type = 'application/json') =>
    c.request({
      method: 'POST',
      url: '/api/geography/boundaries?filename=limits_P_1_municipalities.topo.json',
      headers: { 'content-type': type },
      payload: body,
    });
  const rows = async () =>
    Number((await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(comuneGeography))[0]!.n);
  const search = async (query: string) => {
    const res = await op.request({
      method: 'GET',
      url: `/api/people?purpose=job_matching&q=${SURNAME}&limit=100&${query}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.sessionFor(PLATFORM_ADMIN);
    op = await t.sessionFor(CPI_OPERATOR);
    const residents: [string, string, string][] = [
      ['Carla', CHIERI, '1981-02-03'],
      ['Piero', PECETTO, '1982-03-04'],
      ['Lina', PINEROLO, '1983-04-05'],
      ['Aldo', ASTI, '1984-05-06'],
    ];
    for (const [givenName, comune, birthDate] of residents) {
      const res = await op.request({
        method: 'POST',
        url: '/api/people',
        payload: {
          ...personPayload({ givenName, familyName: SURNAME, birthDate }),
          residenceComuneCode: comune,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t?.close());

  it('checks the two halves of the distance filter', async () => {
    const res = await op.request({ method: 'GET', url: '/api/people?purpose=job_matching&withinKm=20' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'querystring.nearComune', code: 'distance_needs_comune' }),
    ]);
    const km = await op.request({
      method: 'GET',
      url: `/api/people?purpose=job_matching&nearComune=${CHIERI}`,
    });
    expect(km.json().errors).toEqual([
      expect.objectContaining({ field: 'querystring.withinKm', code: 'distance_needs_km' }),
    ]);
    const far = await op.request({
      method: 'GET',
      url: `/api/people?purpose=job_matching&nearComune=${CHIERI}&withinKm=301`,
    });
    expect(far.statusCode).toBe(400);
    const unknown = await op.request({
      method: 'GET',
      url: '/api/people?purpose=job_matching&nearComune=999999&withinKm=20',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'nearComune', code: 'unknown_comune' });
  });

  it('falls back to the same comune or province without boundaries, and says so', async () => {
    const none = await search('');
    expect(none.distance).toBeNull();
    expect(none.items).toHaveLength(4);
    const near = await search(`nearComune=${CHIERI}&withinKm=5`);
    expect(near.distance).toEqual({ mode: 'same_comune', comuniCount: 1, missingCoordinates: 0 });
    expect(near.items.map((p) => p.residenceComuneCode)).toEqual([CHIERI]);
    const wide = await search(`nearComune=${CHIERI}&withinKm=20`);
    expect(wide.distance?.mode).toBe('same_province');
    expect(wide.distance?.comuniCount).toBeGreaterThan(300);
    expect(wide.items.map((p) => p.residenceComuneCode).sort()).toEqual([CHIERI, PECETTO, PINEROLO]);
  });

  it('lets only platform administrators import', async () => {
    for (const email of [CPI_OPERATOR, COORDINATOR]) {
      const c = await t.sessionFor(email);
      expect((await upload(c, '{}')).statusCode).toBe(403);
    }
  });

  it('refuses a file of the wrong shape with what was expected, writing nothing', async () => {
    const res = await upload(admin, JSON.stringify({ type: 'Feature', properties: {}, geometry: null }));
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.errors[0]).toMatchObject({ field: '(body)', code: 'invalid_boundaries' });
    expect(problem.errors[0].message).toContain('expected a TopoJSON Topology or GeoJSON FeatureCollection');
    expect((await upload(admin, 'not json')).statusCode).toBe(400);
    // Valid shape, but no comune we know: refused too.
    const foreign = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { com_istat_code: '999999' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [7, 45],
                [7.1, 45],
                [7.1, 45.1],
                [7, 45],
              ],
            ],
          },
        },
      ],
    };
    const none = await upload(admin, JSON.stringify(foreign), 'application/geo+json');
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].message).toContain('none of the 1 com_istat_code');
    expect(await rows()).toBe(0);
    const audited = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'geography.import'));
    expect(audited).toHaveLength(0);
  });

  const messages: string[] = [];
  const log = { info: (_: object, msg: string) => messages.push(msg), warn: () => {} };

  it('at a demo start without a boundaries file, says that distances fall back', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'rl-geo-'));
    expect(await ensureDemoBoundaries(t.deps, log, empty)).toEqual({ imported: false, reason: 'no_file' });
    expect(messages.at(-1)).toContain('falls back to the same comune');
    expect(await rows()).toBe(0);
  });

  it('answers 404 for a comune that does not exist and says when there are no boundaries', async () => {
    expect((await op.request({ method: 'GET', url: '/api/geography/comuni/999999' })).statusCode).toBe(404);
    const res = await op.request({ method: 'GET', url: `/api/geography/comuni/${CHIERI}` });
    expect(res.json()).toMatchObject({ code: CHIERI, name: 'Chieri', hasBoundaries: false, centroid: null });
  });

  describe.skipIf(!haveFile)('with the boundaries of the Città metropolitana di Torino', () => {
    beforeAll(async () => {
      const res = await upload(admin, readFileSync(TORINO_FILE, 'utf8'));
      expect(res.statusCode, res.body).toBe(200);
      const report = res.json();
      expect(report.inFile).toBe(312);
      expect(report.matched + report.unknownCodes.length).toBe(312);
      expect(report.matched).toBeGreaterThan(300);
      expect(report.replaced).toBe(0);
    });

    it('imports idempotently (a second import replaces the same rows) and audits each import', async () => {
      const before = await rows();
      const again = (await upload(admin, readFileSync(TORINO_FILE, 'utf8'))).json();
      expect(again.replaced).toBe(again.matched);
      expect(await rows()).toBe(before);
      const audited = await t.deps.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'geography.import'));
      expect(audited).toHaveLength(2);
      expect(audited[0]!.details).toMatchObject({
        source: 'limits_P_1_municipalities.topo.json',
        inFile: 312,
      });
    });

    it('imports DEMO_BOUNDARIES_FILE at a demo start only when no comune has boundaries', async () => {
      const deps = { ...t.deps, config: { ...t.deps.config, demoBoundariesFile: TORINO_FILE } };
      expect(await ensureDemoBoundaries(deps, log)).toEqual({ imported: false, reason: 'already_there' });
      await t.deps.db.delete(comuneGeography);
      const done = await ensureDemoBoundaries(deps, log);
      expect(done).toMatchObject({ imported: true, file: TORINO_FILE });
      expect(messages.at(-1)).toContain('boundaries imported');
      expect(await rows()).toBeGreaterThan(300);
    });

    it('gives a comune’s centroid', async () => {
      const chieri = (await op.request({ method: 'GET', url: `/api/geography/comuni/${CHIERI}` })).json();
      expect(chieri.hasBoundaries).toBe(true);
      expect(chieri.centroid.lat).toBeCloseTo(45.01, 1);
      expect(chieri.centroid.lon).toBeCloseTo(7.82, 1);
    });

    it('finds people within 20 km of Chieri by centroids: Chieri and Pecetto, not Pinerolo', async () => {
      const page = await search(`nearComune=${CHIERI}&withinKm=20`);
      expect(page.distance?.mode).toBe('centroids');
      expect(page.distance?.comuniCount).toBeGreaterThan(10);
      expect(page.items.map((p) => p.residenceComuneCode).sort()).toEqual([CHIERI, PECETTO]);
      // Asti has no boundaries in this file: left out of every radius, and counted.
      expect(page.distance?.missingCoordinates).toBe(1);
      const wide = await search(`nearComune=${CHIERI}&withinKm=60`);
      expect(wide.items.map((p) => p.residenceComuneCode).sort()).toEqual([CHIERI, PECETTO, PINEROLO]);
    });

    it('keeps the distance filter in saved searches and exports', async () => {
      const saved = await op.request({
        method: 'POST',
        url: '/api/saved-searches',
        payload: { name: 'Vicino a Chieri', filters: { nearComune: CHIERI, withinKm: '20' } },
      });
      expect(saved.statusCode, saved.body).toBe(201);
      const half = await op.request({
        method: 'POST',
        url: '/api/saved-searches',
        payload: { name: 'Solo km', filters: { withinKm: '20' } },
      });
      expect(half.statusCode).toBe(400);
      const csv = await op.request({
        method: 'GET',
        url: `/api/people/export?purpose=job_matching&format=csv&q=${SURNAME}&nearComune=${CHIERI}&withinKm=20`,
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('Carla');
      expect(csv.body).toContain('Piero');
      expect(csv.body).not.toContain('Lina');
    });
  });
});
