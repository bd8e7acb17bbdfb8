// The sort orders of a people search with their keyset cursors (encoded, decoded and checked), and the row the
// search query selects, whose columns give each order's key.
import { type SQL, sql } from 'drizzle-orm';
import { validationError } from '../../platform/http/errors.ts';
import { people } from './db.ts';
import type { SearchSort } from './search-contract.ts';
import type { Relevance } from './search-relevance.ts';

export type Row = {
  id: string;
  given_name: string;
  family_name: string;
  family_key: string;
  given_key: string;
  birth_date: string;
  residence_comune_code: string;
  residence_comune_name: string;
  employment_status: string;
  unemployed_since: string | null;
  did_date: string | null;
  income_support: string[];
  declared_groups: string[];
  desired: string[];
  updated_at: string | Date;
  updated_key: string;
  rank: number | string | null;
  /** Relevance order only: occurrences of the least frequent required word (search-relevance.ts). */
  hits?: number | string;
};

// --- Sort orders and their keyset cursors ---------------------------------------------------------------------

export type Key = (string | number)[];
export type Order = {
  /** Relevance: the query ranks (id, hits, rank) first, from the fewest rows the index allows, and reads only
   * the page's rows in full (search.ts, search-relevance.ts). */
  relevance?: Relevance;
  by: SQL[];
  /** Rows strictly after the cursor's key in this order. */
  after: (key: Key) => SQL;
  keyOf: (row: Row) => Key;
  /** Types of the key's parts, to check a cursor. */
  types: ('string' | 'number')[];
};

export const familyKey = sql`lower(${people.familyName})`;
export const givenKey = sql`lower(${people.givenName})`;

export function orderFor(sort: SearchSort, relevance: Relevance | null): Order {
  switch (sort) {
    case 'relevance': {
      if (!relevance) throw new Error('relevance order without a text query');
      const { hits, rank } = relevance;
      return {
        relevance,
        by: [sql`${hits} DESC`, sql`${rank} DESC`, sql`${people.id} ASC`],
        after: ([h, r, id]) =>
          sql`(${hits} < ${h}::float8 OR (${hits} = ${h}::float8 AND (${rank} < ${r}::float8
            OR (${rank} = ${r}::float8 AND ${people.id} > ${id}::uuid))))`,
        keyOf: (row) => [Number(row.hits), Number(row.rank), row.id],
        types: ['number', 'number', 'string'],
      };
    }
    case 'name':
      return {
        by: [sql`${familyKey} ASC`, sql`${givenKey} ASC`, sql`${people.id} ASC`],
        after: ([f, g, id]) => sql`(${familyKey}, ${givenKey}, ${people.id}) > (${f}, ${g}, ${id}::uuid)`,
        keyOf: (row) => [row.family_key, row.given_key, row.id],
        types: ['string', 'string', 'string'],
      };
    case 'updated':
      return {
        by: [sql`${people.updatedAt} DESC`, sql`${people.id} DESC`],
        after: ([u, id]) => sql`(${people.updatedAt}, ${people.id}) < (${u}::timestamptz, ${id}::uuid)`,
        keyOf: (row) => [row.updated_key, row.id],
        types: ['string', 'string'],
      };
    case 'age':
      // Youngest first: the latest birth date first.
      return {
        by: [sql`${people.birthDate} DESC`, sql`${people.id} DESC`],
        after: ([b, id]) => sql`(${people.birthDate}, ${people.id}) < (${b}::date, ${id}::uuid)`,
        keyOf: (row) => [row.birth_date, row.id],
        types: ['string', 'string'],
      };
  }
}

export const encodeCursor = (sort: SearchSort, key: Key) =>
  Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');

export function decodeCursor(cursor: string, sort: SearchSort, order: Order): Key {
  const invalid = () => validationError([{ field: 'cursor', code: 'invalid_cursor' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const c = parsed as { s?: unknown; k?: unknown };
  if (
    c?.s !== sort ||
    !Array.isArray(c.k) ||
    c.k.length !== order.types.length ||
    c.k.some((v, i) => typeof v !== order.types[i] || (typeof v === 'string' && v.length > 200))
  )
    throw invalid();
  const id = c.k.at(-1) as string;
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw invalid();
  return c.k as Key;
}

export function effectiveSort(sort: SearchSort | undefined, hasText: boolean): SearchSort {
  const s = sort ?? (hasText ? 'relevance' : 'name');
  return s === 'relevance' && !hasText ? 'name' : s;
}
