// The relevance order of a text search (domain/search-relevance.ts): first how often the least frequent searched
// word occurs in the CV, then ts_rank_cd; the pages read only the people reaching a hit level, yet every person
// comes exactly once and in that order; the index tokens in SQL are the ones the rules describe.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokensOf } from '../../src/modules/people/domain/search-relevance.ts';
import { queryRows } from '../../src/platform/db/client.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

type Page = { items: { id: string; rank: number | null }[]; nextCursor: string | null; total: number | null };

// Made-up trades, so that no demo person matches them.
const SMITH = 'zorbatore';
const GILDER = 'quindolista';
const filler = 'con cura e precisione nella bottega artigiana di famiglia';
/** Family names by how many times their CV names the trade (the codice fiscale ignores digits). */
const smiths: Record<number, string> = { 1: 'Uno', 2: 'Due', 3: 'Tre', 5: 'Cinque', 7: 'Sette', 9: 'Nove' };

describe.skipIf(skipDatabase)('people search relevance', () => {
  let t: TestApp;
  let op: Client;
  /** Person ids by name, created with one CV experience description each. */
  const ids: Record<string, string> = {};

  const createWith = async (familyName: string, description: string) => {
    const created = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: personPayload({ givenName: 'Aldo', familyName, birthDate: '1980-01-01' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const cv = await op.request({
      method: 'PUT',
      url: `/api/people/${created.json().id}/cv`,
      payload: {
        version: created.json().version,
        cv: {
          education: [],
          experiences: [
            { employerName: 'Bottega Prova', startDate: '2015-01-01', endDate: '2016-01-01', description },
          ],
          trainings: [],
          languages: [],
          licences: [],
          skills: [],
          desiredOccupations: [],
        },
      },
    });
    expect(cv.statusCode, cv.body).toBe(200);
    ids[familyName] = created.json().id;
  };

  /** Every page of a search, `limit` people at a time. */
  const pages = async (query: string, limit: number) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    do {
      const res = await op.request({
        method: 'GET',
        url: `/api/people?purpose=job_matching&${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as Page;
      total ??= page.total;
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    return { seen, total };
  };

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.sessionFor(CPI_OPERATOR);
    // One word written 1, 2, 3, 5, 7 and 9 times (levels 1, 2, 3, 4, 6 and 8 of the index).
    for (const n of [1, 2, 3, 5, 7, 9])
      await createWith(smiths[n]!, Array.from({ length: n }, () => `${SMITH} ${filler}`).join(' '));
    // Two words: next to each other once (higher ts_rank_cd), or each twice far apart (more hits).
    await createWith('Vicino', `${SMITH} ${GILDER} ${SMITH}`);
    await createWith('Lontano', [SMITH, filler, GILDER, filler, SMITH, filler, GILDER].join(' '));
  });
  afterAll(() => t?.close());

  it('puts the CVs naming the word most often first, on every page, each person once', async () => {
    const expected = [9, 7, 5, 3, 2, 1].map((n) => ids[smiths[n]!]);
    for (const limit of [1, 2, 4, 25]) {
      const { seen, total } = await pages(`q=${SMITH}`, limit);
      expect(
        seen.filter((id) => expected.includes(id)),
        `limit ${limit}`,
      ).toEqual(expected);
      expect(seen).toHaveLength(total!);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('puts a CV naming every word more often before one naming a word once, even next to the other', async () => {
    const { seen } = await pages(`q=${SMITH}+${GILDER}`, 1);
    expect(seen).toEqual([ids.Lontano, ids.Vicino]);
    // Exclusions rank every match by ts_rank_cd alone (the hits of optional words say nothing).
    const excluding = await pages(`q=${SMITH}+-${GILDER}`, 2);
    expect(excluding.seen.slice(0, 2)).toEqual([ids.Nove, ids.Sette]);
    expect(excluding.seen).not.toContain(ids.Vicino);
    expect(excluding.total).toBe(6);
  });

  it('indexes the tokens the rules describe', async () => {
    const [row] = await queryRows<{ tokens: string[] }>(
      t.deps.db,
      sql`SELECT person_search_hits(to_tsvector('italian', ${`${SMITH} `.repeat(9)} || 'bottega')) AS tokens`,
    );
    const [lexeme] = await queryRows<{ l: string }>(
      t.deps.db,
      sql`SELECT unnest(tsvector_to_array(to_tsvector('italian', ${SMITH}))) AS l`,
    );
    expect([...row!.tokens].sort()).toEqual(tokensOf(lexeme!.l, 9).sort());
  });
});
