// The search facets (people.search_facets): the generator's pure version (domain/search-facets.ts) and the SQL
// function every write uses (person_search_facets) agree on the whole demo; a CV write through the API refreshes
// them; the CV filters answer the same as the plain EXISTS queries they replace.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import { refreshSearchFacets } from '../../src/modules/people/search-index.ts';
import { queryRows } from '../../src/platform/db/client.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const ESCO = 'http://data.europa.eu/esco/occupation/';
const COOK = `${ESCO}90f75f67-495d-49fa-ab57-2f320e251d7e`;

describe.skipIf(skipDatabase)('people search facets', () => {
  let t: TestApp;
  let op: Client;
  beforeAll(async () => {
    t = await startTestApp();
    op = await t.sessionFor(CPI_OPERATOR);
  });
  afterAll(() => t?.close());

  it('are the same from the generator as from the SQL function, for every demo person', async () => {
    const [row] = await queryRows<{
      people: number | string;
      with_cv: number | string;
      differ: number | string;
    }>(
      t.deps.db,
      sql`SELECT count(*) AS people, count(*) FILTER (WHERE cardinality(search_facets) > 0) AS with_cv,
            count(*) FILTER (WHERE search_facets IS DISTINCT FROM person_search_facets(id)) AS differ
          FROM people`,
    );
    expect(Number(row!.people)).toBeGreaterThan(1000);
    expect(Number(row!.with_cv)).toBeGreaterThan(1000);
    expect(Number(row!.differ)).toBe(0);
    expect(await refreshSearchFacets(t.deps.db, 'all')).toBe(0);
  });

  it('follow a CV written through the API', async () => {
    const created = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: personPayload({ givenName: 'Teresio', familyName: 'Faccettini', birthDate: '1979-06-12' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const facets = async () =>
      (
        await queryRows<{ f: string[] }>(
          t.deps.db,
          sql`SELECT search_facets AS f FROM people WHERE id = ${id}`,
        )
      )[0]!.f;
    expect(await facets()).toEqual([]);
    const put = await op.request({
      method: 'PUT',
      url: `/api/people/${id}/cv`,
      payload: {
        version: created.json().version,
        cv: {
          education: [{ levelCode: 'DS' }],
          experiences: [{ employerName: 'Trattoria Prova', occupationUri: COOK, startDate: '2010-01-01' }],
          trainings: [],
          languages: [
            { language: 'it', motherTongue: true },
            { language: 'en', listening: 'B2', reading: 'B1', speaking: 'B1', writing: 'B1' },
          ],
          licences: [{ scheme: 'driving-licence', code: 'B' }],
          skills: [],
          desiredOccupations: [],
        },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = await facets();
    const [{ version: dsVersion } = { version: '' }] = await queryRows<{ version: string }>(
      t.deps.db,
      sql`SELECT level_version AS version FROM person_education WHERE person_id = ${id}`,
    );
    expect(after).toEqual([
      `edu:sap-education/${dsVersion}/DS`,
      'isco:5',
      'isco:51',
      'isco:512',
      'isco:5120',
      'lang:en',
      'lang:en:B1',
      'lang:it',
      'lang:it:C2',
      'lic:B',
      'oc:~90f75f67-495d-49fa-ab57-2f320e251d7e',
    ]);
    const search = async (q: string) =>
      (await op.request({ method: 'GET', url: `/api/people?purpose=job_matching&${q}` }))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await search('q=Faccettini&licences=b&language=en&languageLevel=B1&educationMin=QP')).toEqual([
      id,
    ]);
    expect(await search('q=Faccettini&language=en&languageLevel=B2')).toEqual([]);
    // Emptied CV: no facets left.
    const [current] = await queryRows<{ v: number }>(
      t.deps.db,
      sql`SELECT version AS v FROM people WHERE id = ${id}`,
    );
    const v = current!.v;
    const cleared = await op.request({
      method: 'PUT',
      url: `/api/people/${id}/cv`,
      payload: {
        version: v,
        cv: {
          education: [],
          experiences: [],
          trainings: [],
          languages: [],
          licences: [],
          skills: [],
          desiredOccupations: [],
        },
      },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(await facets()).toEqual([]);
  });

  it('filter exactly as the EXISTS queries they replace', async () => {
    const visible = sql`owner_organisation_id IN (SELECT organisation_id FROM network_members WHERE network_id IN (
      SELECT network_id FROM network_members WHERE organisation_id = ${demoOrganisationId('cpi-chieri')}))`;
    const cases: [string, ReturnType<typeof sql>][] = [
      [
        'licences=B,C',
        sql`EXISTS (SELECT 1 FROM person_licences l WHERE l.person_id = p.id AND l.code = 'B')
        AND EXISTS (SELECT 1 FROM person_licences l WHERE l.person_id = p.id AND l.code = 'C')`,
      ],
      [
        'iscoPrefix=83',
        sql`EXISTS (SELECT 1 FROM (SELECT occupation_uri FROM person_desired_occupations
          WHERE person_id = p.id UNION SELECT occupation_uri FROM person_experiences WHERE person_id = p.id) u
        JOIN occupations o ON o.uri = u.occupation_uri WHERE o.isco_code LIKE '83%')`,
      ],
      [
        'language=en&languageLevel=B1',
        sql`EXISTS (SELECT 1 FROM person_languages g WHERE g.person_id = p.id
        AND g.language = 'en' AND (g.mother_tongue OR least(g.listening, g.reading, g.speaking, g.writing) >= 'B1'))`,
      ],
      [
        'educationMin=DS',
        sql`EXISTS (SELECT 1 FROM person_education e JOIN code_lists c ON c.scheme = e.level_scheme
        AND c.version = e.level_version AND c.code = e.level_code WHERE e.person_id = p.id
        AND ((c.extra->>'isced')::int, coalesce((c.extra->>'eqf')::int, 0)) >= (3, 4))`,
      ],
    ];
    for (const [query, exists] of cases) {
      const expected = await queryRows<{ id: string }>(
        t.deps.db,
        sql`SELECT p.id FROM people p WHERE ${visible} AND p.anonymised_at IS NULL AND p.merged_into_id IS NULL
            AND ${exists}`,
      );
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (
          await op.request({
            method: 'GET',
            url: `/api/people?purpose=job_matching&sort=name&limit=100&${query}${cursor ? `&cursor=${cursor}` : ''}`,
          })
        ).json();
        ids.push(...page.items.map((i: { id: string }) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(expected.length, query).toBeGreaterThan(5);
      expect(ids.sort(), query).toEqual(expected.map((e) => e.id).sort());
    }
  });
});
