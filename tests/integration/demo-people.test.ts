// The demo Banca Dati Lavoro: a fresh install has synthetic job seekers in all three networks, readable by the
// operators of their owners with the target groups computed.
import { and, count, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeopleRows, seedDemoPeople } from '../../src/demo/people.ts';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import { people } from '../../src/modules/people/db.ts';
import { generatePeople } from '../../src/modules/people/generator/generate.ts';
import { insertPeople } from '../../src/modules/people/generator/insert.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';

describe.skipIf(skipDatabase)('demo people', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('seeds at least 2,000 people across the three networks, once', async () => {
    const [{ n } = { n: 0 }] = await t.deps.db.select({ n: count() }).from(people);
    expect(n).toBeGreaterThanOrEqual(2000);
    const byComune = await t.deps.db
      .select({ comune: people.residenceComuneCode, n: count() })
      .from(people)
      .groupBy(people.residenceComuneCode);
    const residents = (code: string) => byComune.find((c) => c.comune === code)?.n ?? 0;
    expect(residents('001272')).toBeGreaterThanOrEqual(400); // Torino, Circoscrizione 2
    expect(residents('001191')).toBeGreaterThan(50); // Pinerolo
    expect(residents('001078')).toBeGreaterThan(50); // Chieri
    const [inCirc2] = await t.deps.db
      .select({ n: count() })
      .from(people)
      .where(and(eq(people.residenceComuneCode, '001272'), isNotNull(people.residenceSubdivisionId)));
    expect(inCirc2!.n).toBe(residents('001272'));
    // The same rows on every install.
    const first = demoPeopleRows().next().value!;
    const [stored] = await t.deps.db.select().from(people).where(eq(people.id, first.id!));
    expect(stored).toMatchObject(first);
    expect(await seedDemoPeople(t.deps.db)).toBe(0);
  });

  it('inserts in batches, also rows that leave some columns to their defaults', async () => {
    const rows = [
      ...generatePeople({
        seed: 7,
        count: 5,
        networkComuni: ['001078'],
        owners: [{ id: demoOrganisationId('cpi-chieri'), weight: 1 }],
        today: new Date('2026-11-01T00:00:00Z'),
        taxCodesInUse: new Set((await t.deps.db.select({ c: people.taxCode }).from(people)).map((r) => r.c)),
      }),
    ];
    const { id: _, ...withoutId } = rows[1]!;
    const progress: number[] = [];
    const inserted = await insertPeople(t.deps.db, [rows[0]!, withoutId, ...rows.slice(2)], {
      batchSize: 2,
      onProgress: (n) => progress.push(n),
    });
    expect(inserted).toBe(5);
    expect(progress).toEqual([2, 4, 5]);
    const [stored] = await t.deps.db.select().from(people).where(eq(people.taxCode, rows[1]!.taxCode));
    expect(stored).toMatchObject(withoutId);
  });

  it('lets the CPI operator of Chieri read a person owned by CPI Chieri, with target groups', async () => {
    const [person] = await t.deps.db
      .select({ id: people.id, unemployedSince: people.unemployedSince })
      .from(people)
      .where(
        and(
          eq(people.ownerOrganisationId, demoOrganisationId('cpi-chieri')),
          eq(people.employmentStatus, 'unemployed'),
          gt(sql`current_date - ${people.unemployedSince}`, 400),
        ),
      )
      .limit(1);
    expect(person).toBeDefined();
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({ method: 'GET', url: `/api/people/${person!.id}?purpose=guidance` });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.ownerOrganisationName).toBe("Centro per l'Impiego di Chieri");
    expect(view.targetGroups.age).toBeGreaterThanOrEqual(16);
    expect(view.targetGroups.ageBand).toEqual(expect.any(String));
    expect(view.targetGroups.computed).toContain('long_term_unemployed');
    expect(view.residenceComuneName).toEqual(expect.any(String));
  });
});
