// Searching the Banca Dati Lavoro: free text on the person's search vector (Italian stemmer, accents folded),
// every filter in SQL (target groups with the same rules as domain/target-groups.ts, CV filters on the search
// facets: domain/search-facets.ts), keyset pagination per sort order, the tenant filter from the policy scope. Every search and every
// export is audited with its purpose. Saved searches belong to the user who saved them.
// The filters are built in search-filters.ts, the sort orders and cursors in search-cursor.ts.
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hasConnectionPool, queryRows, type Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Action } from '../../platform/policy/table.ts';
import { comuni } from '../network/db.ts';
import { labelOf } from '../taxonomy/labels-sql.ts';
import type { ReadPurpose } from './contract.ts';
import { people, savedSearches } from './db.ts';
import { levelsUpTo } from './domain/search-relevance.ts';
import { targetGroupsOf } from './domain/target-groups.ts';
import {
  type PersonSummary,
  type SavedSearchInput,
  type SavedSearchView,
  SEARCH_COUNT_LIMIT,
  SEARCH_EXPORT_LIMIT,
  type SearchExportQuery,
  type SearchFilters,
  type SearchPage,
  type SearchQuery,
  type SearchSort,
  searchFilterFields,
  searchFilters,
} from './search-contract.ts';
import {
  decodeCursor,
  effectiveSort,
  encodeCursor,
  familyKey,
  givenKey,
  type Order,
  orderFor,
  type Row,
} from './search-cursor.ts';
import { searchConditions } from './search-filters.ts';
import { type Relevance, relevanceOf } from './search-relevance.ts';

export { foldQuery, monthsBefore } from './search-filters.ts';

// --- The query ------------------------------------------------------------------------------------------------
/** What a result row shows, read from `people` joined with `comuni`. */
const displayColumns = sql`${people.id} AS id, ${people.givenName} AS given_name, ${people.familyName} AS family_name,
  ${familyKey} AS family_key, ${givenKey} AS given_key, ${people.birthDate}::text AS birth_date,
  ${people.residenceComuneCode} AS residence_comune_code, ${comuni.name} AS residence_comune_name,
  ${people.employmentStatus} AS employment_status, ${people.unemployedSince}::text AS unemployed_since,
  ${people.didDate}::text AS did_date, ${people.incomeSupport} AS income_support,
  ${people.declaredGroups} AS declared_groups,
  ARRAY(SELECT ${labelOf(sql`d.occupation_uri`, 'it')} FROM person_desired_occupations d
        WHERE d.person_id = ${people.id} ORDER BY 1) AS desired,
  ${people.updatedAt} AS updated_at, ${people.updatedAt}::text AS updated_key`;

type ResultRow = Row & { full_count?: number | string };

type Pass = {
  /** The hits of the cursor's row in relevance order: rows after it have no more (search-relevance.ts). */
  maxHits?: number;
  /** A first page in relevance order that reads every match anyway also counts them (no second scan). */
  countIfFull?: boolean;
};

async function selectRows(
  tx: Tx,
  where: SQL[],
  rank: SQL | null,
  order: Order,
  limit: number,
  pass: Pass = {},
) {
  if (order.relevance) return selectRanked(tx, where, order.relevance, limit, pass);
  return queryRows<ResultRow>(
    tx,
    sql`SELECT ${displayColumns}, ${rank ?? sql`NULL`} AS rank
      FROM ${people} JOIN ${comuni} ON ${comuni.code} = ${people.residenceComuneCode}
      WHERE ${and(...where)}
      ORDER BY ${sql.join(order.by, sql`, `)}
      LIMIT ${limit}`,
  );
}

/**
 * Relevance order (hits, rank, id). The ranking is done on (id, hits, rank) alone, and only the page's rows are
 * then read in full: sorting whole rows of tens of thousands of matches spilled to disk at 1,000,000 people. The
 * `OFFSET 0` keeps PostgreSQL from folding the narrow step back into the wide one.
 * Only the people whose required words all reach a hit level are ranked, from the highest level down until one
 * fills the page: everyone below that level sorts after them (domain/search-relevance.ts). At 1,000,000 people
 * a first page of "saldatore" ranks about 100 people instead of 17,000. Level 1 ranks every match, as a search
 * with `or` or `-word` always does.
 */
async function selectRanked(tx: Tx, where: SQL[], relevance: Relevance, limit: number, pass: Pass) {
  for (const level of levelsUpTo(pass.maxHits)) {
    const atLeast = relevance.atLeast(level);
    const withCount = pass.countIfFull === true && atLeast === null;
    const rows = await queryRows<ResultRow>(
      tx,
      sql`SELECT ${displayColumns}, hit.rank AS rank, hit.hits AS hits${withCount ? sql`, hit.full_count AS full_count` : sql``}
        FROM (
          SELECT m.id, m.hits, m.rank${withCount ? sql`, count(*) OVER () AS full_count` : sql``}
          FROM (SELECT ${people.id} AS id, ${relevance.hits} AS hits, ${relevance.rank} AS rank FROM ${people}
                WHERE ${and(...where, ...(atLeast ? [atLeast] : []))} OFFSET 0) m
          ORDER BY m.hits DESC, m.rank DESC, m.id ASC
          LIMIT ${limit}
        ) hit
        JOIN ${people} ON ${people.id} = hit.id
        JOIN ${comuni} ON ${comuni.code} = ${people.residenceComuneCode}
        ORDER BY hit.hits DESC, hit.rank DESC, hit.id ASC`,
    );
    if (rows.length === limit || atLeast === null) return rows;
  }
  return []; // not reached: the last level, 1, has no condition
}

/** Exact count up to SEARCH_COUNT_LIMIT; null above it (the count would cost more than it tells). */
async function countUpTo(tx: Tx, where: SQL[]): Promise<number | null> {
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${people} WHERE ${and(...where)} LIMIT ${SEARCH_COUNT_LIMIT + 1}) x`,
  );
  return cappedCount(Number(row?.n ?? 0));
}

const cappedCount = (n: number) => (n > SEARCH_COUNT_LIMIT ? null : n);

/** A promise that cannot reject unobserved while the caller awaits something else first. */
const settled = <T>(p: Promise<T>) =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw r.error;
  return r.value;
};

const arr = (v: unknown): string[] => {
  if (Array.isArray(v)) return v as string[];
  if (typeof v === 'string' && v.startsWith('{')) {
    // A driver that returns a text[] as its literal: {a,b,"c d"}
    const inner = v.slice(1, -1);
    return inner ? inner.split(',').map((s) => s.replace(/^"|"$/g, '')) : [];
  }
  return [];
};

function toSummary(row: Row, now: Date): PersonSummary {
  const groups = targetGroupsOf(
    {
      birthDate: row.birth_date,
      employmentStatus: row.employment_status,
      unemployedSince: row.unemployed_since ?? row.did_date,
      incomeSupport: arr(row.income_support),
      declared: arr(row.declared_groups),
      disability: false,
    },
    now,
  );
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    age: groups.age,
    ageBand: groups.ageBand,
    residenceComuneCode: row.residence_comune_code,
    residenceComuneName: row.residence_comune_name,
    employmentStatus: row.employment_status as PersonSummary['employmentStatus'],
    targetGroups: { computed: groups.computed, declared: groups.declared },
    desiredOccupations: arr(row.desired),
    updatedAt: new Date(row.updated_at).toISOString(),
    rank: row.rank === null ? null : Number(row.rank),
  };
}

/** The filters as they go into the audit log (no empty values). */
function filtersOf(q: Partial<SearchFilters>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(searchFilterFields) as (keyof SearchFilters)[]) {
    const v = q[key];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[key] = v;
  }
  return out;
}

async function prepare(
  tx: Tx,
  actor: Actor,
  action: Action,
  q: SearchFilters & { sort?: SearchSort },
  now: Date,
) {
  const scope = authorize(actor, action);
  const { where, tsQuery, folded, distance } = await searchConditions(tx, actor, scope, q, now);
  const sort = effectiveSort(q.sort, tsQuery !== null);
  // Every order shows the rank of a text search; the relevance order also needs the hits of its words.
  const rank = tsQuery ? sql`ts_rank_cd(${people.searchVector}, ${tsQuery})::float8` : null;
  const relevance = rank && sort === 'relevance' ? await relevanceOf(tx, rank, folded) : null;
  return { where, rank, sort, order: orderFor(sort, relevance), distance };
}

export async function searchPeople(deps: Deps, actor: Actor, q: SearchQuery): Promise<SearchPage> {
  authorize(actor, 'person.read');
  const now = deps.now();
  // The reads need no transaction of their own (only the audit row does). On a server the count runs on another
  // connection while the page is ranked: at 1,000,000 people the two one after the other took most of a search's
  // time. No connection is held while waiting for another, so a busy pool cannot deadlock. PGlite has one
  // connection: there the count follows the page, or is read in the ranking's own pass when it reads every match.
  const db = deps.db;
  const { where, rank, sort, order, distance } = await prepare(db, actor, 'person.read', q, now);
  const key = q.cursor ? decodeCursor(q.cursor, sort, order) : null;
  const page = key ? [...where, order.after(key)] : where;
  const counting = hasConnectionPool(db) ? settled(countUpTo(db, where)) : null;
  const rows = await selectRows(db, page, rank, order, q.limit + 1, {
    maxHits: key && order.relevance ? Number(key[0]) : undefined,
    countIfFull: key === null && counting === null,
  });
  const more = rows.length > q.limit;
  const items = rows.slice(0, q.limit);
  // Counted in the same pass when the ranking read every match anyway, else up to SEARCH_COUNT_LIMIT matches.
  const counted = rows[0]?.full_count;
  const total =
    counted !== undefined
      ? cappedCount(Number(counted))
      : counting
        ? unwrap(await counting)
        : await countUpTo(db, where);
  const distanceInfo = distance && {
    mode: distance.mode,
    comuniCount: distance.comuniCount,
    missingCoordinates: distance.missingWhere ? await countUpTo(db, distance.missingWhere) : 0,
  };
  await db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), {
      action: 'person.search',
      entityType: 'person',
      purpose: q.purpose,
      details: {
        filters: filtersOf(q),
        sort,
        returned: items.length,
        total,
        page: q.cursor ? 'next' : 'first',
        ...(distanceInfo ? { distance: distanceInfo } : {}),
      },
    }),
  );
  return {
    items: items.map((r) => toSummary(r, now)),
    nextCursor: more ? encodeCursor(sort, order.keyOf(items.at(-1)!)) : null,
    total,
    distance: distanceInfo,
  };
}

/** The same search, up to SEARCH_EXPORT_LIMIT rows in the chosen order, for a spreadsheet; audited. */
export async function exportSearch(
  deps: Deps,
  actor: Actor,
  q: SearchExportQuery,
): Promise<{ rows: PersonSummary[]; truncated: boolean }> {
  authorize(actor, 'person.export');
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { where, rank, sort, order, distance } = await prepare(tx, actor, 'person.export', q, now);
    const rows = await selectRows(tx, where, rank, order, SEARCH_EXPORT_LIMIT + 1);
    const truncated = rows.length > SEARCH_EXPORT_LIMIT;
    const items = rows.slice(0, SEARCH_EXPORT_LIMIT).map((r) => toSummary(r, now));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.export',
      entityType: 'person',
      purpose: q.purpose satisfies ReadPurpose,
      details: {
        filters: filtersOf(q),
        sort,
        format: q.format,
        rows: items.length,
        truncated,
        ...(distance ? { distanceMode: distance.mode } : {}),
      },
    });
    return { rows: items, truncated };
  });
}

// --- Saved searches -------------------------------------------------------------------------------------------

const MAX_SAVED_SEARCHES = 100;

const savedView = (r: typeof savedSearches.$inferSelect): SavedSearchView => ({
  id: r.id,
  name: r.name,
  filters: r.filters as Record<string, string>,
  createdAt: r.createdAt.toISOString(),
});

export async function createSavedSearch(deps: Deps, actor: Actor, input: SavedSearchInput) {
  authorize(actor, 'person.read');
  // Only known filters with valid values are kept (as the query-string values they were given as).
  const filters = Object.fromEntries(Object.entries(input.filters).filter(([, v]) => v.trim() !== ''));
  const parsed = searchFilters.safeParse(filters);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.map((i) => ({ field: ['filters', ...i.path].join('.'), code: i.message })),
    );
  }
  return deps.db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await queryRows<{ n: number | string }>(
      tx,
      sql`SELECT count(*) AS n FROM ${savedSearches} WHERE ${savedSearches.userId} = ${actor.userId}`,
    );
    if (Number(n) >= MAX_SAVED_SEARCHES)
      throw validationError([{ field: 'name', code: 'too_many_saved_searches' }]);
    const [row] = await tx
      .insert(savedSearches)
      .values({
        userId: actor.userId,
        organisationId: actor.organisationId,
        name: input.name,
        filters,
        createdAt: deps.now(),
      })
      .returning();
    return savedView(row!);
  });
}

export async function listSavedSearches(deps: Deps, actor: Actor): Promise<SavedSearchView[]> {
  authorize(actor, 'person.read');
  const rows = await deps.db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, actor.userId))
    .orderBy(desc(savedSearches.createdAt), savedSearches.id);
  return rows.map(savedView);
}

/** Deletes one of the caller's own saved searches; anybody else's answers 404. */
export async function deleteSavedSearch(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'person.read');
  const deleted = await deps.db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, actor.userId)))
    .returning({ id: savedSearches.id });
  if (deleted.length === 0) throw notFound();
}
