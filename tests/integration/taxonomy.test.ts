// Taxonomy: the Italian starter set at every start, search and occupation detail, code lists, and the ESCO
// importer on the real English bundle (counts, idempotence, merge with the starter by URI, refusal of wrong files
// with nothing written), through the library and through the HTTP upload.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEscoBundle } from '../../src/modules/taxonomy/importer/esco.ts';
import { ImportError } from '../../src/modules/taxonomy/importer/headers.ts';
import { STARTER_SOURCE } from '../../src/modules/taxonomy/starter/index.ts';
import { queryRows, sql } from '../../src/platform/db/client.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CITIZEN, COORDINATOR, PLATFORM_ADMIN } from '../helpers/demo-users.ts';

const ESCO_DIR = path.resolve(process.cwd(), '../shared/data/esco');
const CLASSIFICATION = path.join(ESCO_DIR, 'esco-v1.1.0-classification-en-csv.zip');
const RELATIONS = path.join(ESCO_DIR, 'esco-v1.1.0-relations-csv.zip');
const hasEsco = existsSync(CLASSIFICATION) && existsSync(RELATIONS);
if (!hasEsco && !skipDatabase) {
  console.warn(`ESCO import tests skipped: the ESCO v1.1.0 bundle is not in ${ESCO_DIR}`);
}
/** The starter's warehouse worker, an ESCO 1.1 occupation. */
const WAREHOUSE_WORKER = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';

type Counts = Record<string, number>;
async function tableCounts(t: TestApp): Promise<Counts> {
  const [row] = await queryRows<Counts>(
    t.deps.db,
    sql`SELECT
      (SELECT count(*)::int FROM occupations) AS occupations,
      (SELECT count(*)::int FROM skills) AS skills,
      (SELECT count(*)::int FROM isco_groups) AS "iscoGroups",
      (SELECT count(*)::int FROM concept_labels) AS labels,
      (SELECT count(*)::int FROM concept_broader) AS broader,
      (SELECT count(*)::int FROM occupation_skills) AS relations,
      (SELECT md5(string_agg(uri || lang || preferred_label || array_to_string(alt_labels, '|'), ',' ORDER BY uri, lang))
         FROM concept_labels) AS "labelsHash"`,
  );
  return row!;
}

describe.skipIf(skipDatabase)('taxonomy: starter set, search, code lists, upload', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('loads the Italian starter set at start, searchable in Italian', async () => {
    const [n] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`SELECT count(*)::int AS n FROM occupations WHERE source = ${STARTER_SOURCE}`,
    );
    expect(n!.n).toBeGreaterThanOrEqual(150);
    const c = await t.sessionFor(CITIZEN);
    const res = await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=magazz' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { uri: string; label: string; iscoCode: string }[];
    expect(items[0]).toMatchObject({ uri: WAREHOUSE_WORKER, label: 'Magazziniere/a', iscoCode: '9333' });
    // An alternative label finds it too; the ISCO filter narrows.
    const alt = (await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=mulettista' })).json();
    expect(alt.items[0].label).toBe('Carrellista');
    const drivers = (
      await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=magazz&iscoPrefix=83' })
    ).json();
    expect(drivers.items.map((o: { uri: string }) => o.uri)).not.toContain(WAREHOUSE_WORKER);
  });

  it('ranks exact before prefix before contains, and validates the query', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const res = (await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=carrellista' })).json();
    expect(res.items[0].label).toBe('Carrellista');
    const bad = await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=&limit=500' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['querystring.limit', 'querystring.q']);
  });

  it('returns an occupation with its essential and optional skills', async () => {
    const c = await t.sessionFor(CITIZEN);
    const res = await c.request({
      method: 'GET',
      url: `/api/taxonomy/occupation?uri=${encodeURIComponent(WAREHOUSE_WORKER)}`,
    });
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o.label).toBe('Magazziniere/a');
    expect(o.essentialSkills.length).toBeGreaterThanOrEqual(1);
    expect(o.essentialSkills[0]).toMatchObject({
      uri: expect.stringMatching(/^http/),
      label: expect.any(String),
    });
    expect(o.optionalSkills.length).toBeGreaterThanOrEqual(1);
    const missing = await c.request({
      method: 'GET',
      url: `/api/taxonomy/occupation?uri=${encodeURIComponent('http://data.europa.eu/esco/occupation/none')}`,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('searches skills and lists the Italian code lists in both languages', async () => {
    const c = await t.sessionFor(CITIZEN);
    const skills = (await c.request({ method: 'GET', url: '/api/taxonomy/skills?q=a&limit=5' })).json();
    expect(skills.items.length).toBe(5);
    for (const scheme of ['ateco', 'sap-education', 'cefr', 'driving-licence']) {
      const it = await c.request({ method: 'GET', url: `/api/taxonomy/code-lists/${scheme}` });
      expect(it.statusCode, scheme).toBe(200);
      expect(it.json().items.length, scheme).toBeGreaterThan(0);
    }
    const cefr = (await c.request({ method: 'GET', url: '/api/taxonomy/code-lists/cefr?lang=en' })).json();
    expect(cefr.items.map((e: { code: string }) => e.code)).toContain('B2');
    const unknown = await c.request({ method: 'GET', url: '/api/taxonomy/code-lists/nope' });
    expect(unknown.statusCode).toBe(404);
  });

  it('lets only platform administrators import', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const res = await c.request({
      method: 'POST',
      url: '/api/taxonomy/imports',
      headers: { 'content-type': 'application/zip' },
      payload: Buffer.from('PK\u0003\u0004'),
    });
    expect(res.statusCode).toBe(403);
    expect((await c.request({ method: 'GET', url: '/api/taxonomy/imports' })).statusCode).toBe(403);
  });

  it('refuses a body that is not an ESCO zip, naming the problem', async () => {
    const admin = await t.sessionFor(PLATFORM_ADMIN);
    const res = await admin.request({
      method: 'POST',
      url: '/api/taxonomy/imports',
      headers: { 'content-type': 'application/zip' },
      payload: Buffer.from('hello'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: '(body)', code: 'invalid_esco_bundle' });
    const json = await admin.request({ method: 'POST', url: '/api/taxonomy/imports', payload: { a: 1 } });
    expect(json.statusCode).toBe(400);
  });

  it.skipIf(!hasEsco)(
    'imports an uploaded ESCO zip in the background; the job shows the outcome',
    async () => {
      const admin = await t.sessionFor(PLATFORM_ADMIN);
      const res = await admin.request({
        method: 'POST',
        url: `/api/taxonomy/imports?filename=${path.basename(CLASSIFICATION)}`,
        headers: { 'content-type': 'application/zip' },
        payload: readFileSync(CLASSIFICATION),
      });
      expect(res.statusCode).toBe(202);
      const job = res.json();
      expect(job).toMatchObject({
        status: 'running',
        version: '1.1.0',
        source: path.basename(CLASSIFICATION),
      });
      let view = job;
      const deadline = Date.now() + 50_000;
      while (view.status === 'running' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        view = (await admin.request({ method: 'GET', url: `/api/taxonomy/imports/${job.id}` })).json();
      }
      expect(view).toMatchObject({ status: 'done', language: 'en', error: null });
      expect(view.progress.occupations).toBe(3008);
      expect(view.finishedAt).not.toBeNull();
      const list = (await admin.request({ method: 'GET', url: '/api/taxonomy/imports' })).json();
      expect(list.items[0].id).toBe(job.id);
      const audit = (
        await admin.request({ method: 'GET', url: '/api/audit-events?mine=true&action=taxonomy.import' })
      ).json();
      expect(audit.items[0].entityId).toBe(job.id);
    },
  );
});

describe.skipIf(skipDatabase || !hasEsco)('taxonomy: ESCO v1.1.0 English bundle import', () => {
  let t: TestApp;
  let first: Counts;
  beforeAll(async () => {
    t = await startTestApp();
    const summary = await importEscoBundle(t.deps.db, [CLASSIFICATION, RELATIONS]);
    console.info(
      `ESCO v1.1.0 en import on ${process.env.TEST_DB}: ${summary.seconds} s (${summary.counts.relations} relations)`,
    );
    first = await tableCounts(t);
  });
  afterAll(() => t?.close());

  it('loads occupations, skills, groups, labels, hierarchy and relations', async () => {
    const esco = await queryRows<{ occupations: number; skills: number }>(
      t.deps.db,
      sql`SELECT (SELECT count(*)::int FROM occupations WHERE source = 'ESCO 1.1.0') AS occupations,
                 (SELECT count(*)::int FROM skills WHERE source = 'ESCO 1.1.0') AS skills`,
    );
    expect(esco[0]).toEqual({ occupations: 3008, skills: 13891 });
    expect(first.iscoGroups).toBe(619);
    expect(first.relations).toBeGreaterThanOrEqual(123_852);
    expect(first.broader).toBeGreaterThanOrEqual(24_000);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const summary = await importEscoBundle(t.deps.db, [CLASSIFICATION, RELATIONS]);
    console.info(`ESCO v1.1.0 en second import on ${process.env.TEST_DB}: ${summary.seconds} s`);
    expect(await tableCounts(t)).toEqual(first);
  });

  it('merges with the starter set by URI: the Italian label stays, the English one is added', async () => {
    const labels = await queryRows<{ lang: string; preferred_label: string }>(
      t.deps.db,
      sql`SELECT lang, preferred_label FROM concept_labels WHERE uri = ${WAREHOUSE_WORKER} ORDER BY lang`,
    );
    expect(labels.map((l) => l.lang)).toEqual(['en', 'it']);
    expect(labels[1]!.preferred_label).toBe('Magazziniere/a');
    const c = await t.sessionFor(CITIZEN);
    const it = (await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=magazz' })).json();
    expect(it.items[0]).toMatchObject({
      uri: WAREHOUSE_WORKER,
      label: 'Magazziniere/a',
      source: 'ESCO 1.1.0',
    });
  });

  it('searches in English and shows the ESCO detail', async () => {
    const c = await t.sessionFor(CITIZEN);
    const res = (
      await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=warehouse worker&lang=en' })
    ).json();
    expect(res.items[0]).toMatchObject({ uri: WAREHOUSE_WORKER, label: 'warehouse worker' });
    const detail = (
      await c.request({
        method: 'GET',
        url: `/api/taxonomy/occupation?uri=${encodeURIComponent(WAREHOUSE_WORKER)}&lang=en`,
      })
    ).json();
    expect(detail.iscoGroup).toMatchObject({ code: '9333' });
    expect(detail.essentialSkills.length).toBeGreaterThan(5);
    expect(detail.broader.length).toBeGreaterThan(0);
    const skills = (
      await c.request({ method: 'GET', url: '/api/taxonomy/skills?q=forklift&lang=en' })
    ).json();
    expect(skills.items.length).toBeGreaterThan(0);
  });

  it('refuses a CSV of the wrong shape, naming the missing columns, with nothing written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-esco-'));
    writeFileSync(
      path.join(dir, 'occupations_it.csv'),
      'conceptUri,preferredLabel\nhttp://data.europa.eu/esco/occupation/x,"nuova"\n',
    );
    const error = await importEscoBundle(t.deps.db, [dir]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/missing column\(s\) iscoGroup, altLabels/);
    expect(await tableCounts(t)).toEqual(first);
  });

  it('rolls back everything when a file fails half-way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-esco-'));
    writeFileSync(
      path.join(dir, 'ISCOGroups_it.csv'),
      'conceptUri,code,preferredLabel,altLabels\nhttp://example.org/isco/C9999,9999,"Gruppo di prova",\n',
    );
    writeFileSync(
      path.join(dir, 'occupationSkillRelations.csv'),
      `occupationUri,relationType,skillType,skillUri\n${WAREHOUSE_WORKER},mandatory,knowledge,http://example.org/s\n`,
    );
    await expect(importEscoBundle(t.deps.db, [dir])).rejects.toThrow(/neither essential nor optional/);
    expect(await tableCounts(t)).toEqual(first);
  });
});
