// Searching the Banca Dati Lavoro: free text on the person's search vector (Italian stemmer, accents folded),
// every filter in SQL (target groups with the same rules as domain/target-groups.ts, CV filters as EXISTS
// subqueries), keyset pagination per sort order, the tenant filter from the policy scope. Every search and every
// export is audited with its purpose. Saved searches belong to the user who saved them.
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Action, Scope } from '../../platform/policy/table.ts';
import { comuni } from '../network/db.ts';
import { organisationScope } from '../network/scope.ts';
import { codeLists } from '../taxonomy/db.ts';
import { labelOf } from '../taxonomy/labels-sql.ts';
import type { ReadPurpose } from './contract.ts';
import { people, savedSearches } from './db.ts';
import { foldText } from './domain/search-text.ts';
import { parametersOn, targetGroupsOf, withoutWork } from './domain/target-groups.ts';
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

// --- Dates: the same arithmetic as ageOn / monthsBetween, as a bound on an indexed date column ----------------

/** `on` minus `months` calendar months, the day clamped to the month's last (29 Feb → 28 Feb), as YYYY-MM-DD. */
export function monthsBefore(on: Date, months: number): string {
  const total = on.getUTCFullYear() * 12 + on.getUTCMonth() - months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(on.getUTCDate(), last);
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
/** ageOn(birthDate, on) >= years  ⇔  birthDate <= bornBy(on, years). */
const bornBy = (on: Date, years: number) => monthsBefore(on, years * 12);

/** The free text, folded like the stored search text; quoted phrases keep their quotes (web-search syntax). */
export function foldQuery(q: string): string {
  return q
    .split('"')
    .map((part, i) => {
      const folded = foldText(part);
      return i % 2 === 1 && folded ? `"${folded}"` : folded;
    })
    .filter(Boolean)
    .join(' ');
}

/** The WHERE conditions of a search (without the keyset condition) and the text query, if any. */
async function searchConditions(tx: Tx, actor: Actor, scope: Scope, f: SearchFilters, now: Date) {
  const where: SQL[] = [
    organisationScope(people.ownerOrganisationId, actor, scope),
    sql`${people.anonymisedAt} IS NULL`,
  ];
  const folded = f.q ? foldQuery(f.q) : '';
  const tsQuery = folded ? sql`websearch_to_tsquery('italian', ${folded})` : null;
  if (tsQuery) where.push(sql`${people.searchVector} @@ ${tsQuery}`);
  if (f.comuneCodes?.length) where.push(inArray(people.residenceComuneCode, f.comuneCodes));
  if (f.status?.length) where.push(inArray(people.employmentStatus, f.status));
  if (f.ageMin !== undefined) where.push(sql`${people.birthDate} <= ${bornBy(now, f.ageMin)}`);
  if (f.ageMax !== undefined) where.push(sql`${people.birthDate} > ${bornBy(now, f.ageMax + 1)}`);

  // Target groups: all those asked for must apply; the rules and thresholds of domain/target-groups.ts.
  const p = parametersOn(now);
  const jobless = inArray(people.employmentStatus, [...withoutWork]);
  const declared: string[] = [];
  for (const group of f.targetGroups ?? []) {
    switch (group) {
      case 'neet':
        where.push(
          sql`${people.birthDate} <= ${bornBy(now, p.neetMinAge)}`,
          sql`${people.birthDate} > ${bornBy(now, p.neetMaxAge + 1)}`,
          jobless,
          sql`${people.employmentStatus} <> 'student'`,
        );
        break;
      case 'long_term_unemployed':
        // Without work since (unemployed_since, else the DID date) at least N months: monthsBetween(since) >= N.
        where.push(
          jobless,
          sql`coalesce(${people.unemployedSince}, ${people.didDate}) <= ${monthsBefore(now, p.longTermUnemployedMonths)}`,
        );
        break;
      case 'over_58':
        where.push(sql`${people.birthDate} <= ${bornBy(now, p.over58Age)}`);
        break;
      case 'income_support':
        where.push(sql`cardinality(${people.incomeSupport}) > 0`);
        break;
      default:
        declared.push(group);
    }
  }
  if (declared.length)
    where.push(
      sql`${people.declaredGroups} @> ARRAY[${sql.join(
        declared.map((g) => sql`${g}`),
        sql`, `,
      )}]::text[]`,
    );

  // CV filters: EXISTS subqueries on the CV tables, each on an indexed column.
  if (f.occupationUri) {
    where.push(sql`(EXISTS (SELECT 1 FROM person_desired_occupations d
        WHERE d.person_id = ${people.id} AND d.occupation_uri = ${f.occupationUri})
      OR EXISTS (SELECT 1 FROM person_experiences x
        WHERE x.person_id = ${people.id} AND x.occupation_uri = ${f.occupationUri}))`);
  }
  if (f.iscoPrefix) {
    const like = `${f.iscoPrefix}%`;
    where.push(sql`(EXISTS (SELECT 1 FROM person_desired_occupations d JOIN occupations o ON o.uri = d.occupation_uri
        WHERE d.person_id = ${people.id} AND o.isco_code LIKE ${like})
      OR EXISTS (SELECT 1 FROM person_experiences x JOIN occupations o ON o.uri = x.occupation_uri
        WHERE x.person_id = ${people.id} AND o.isco_code LIKE ${like}))`);
  }
  for (const uri of f.skillUris ?? []) {
    where.push(
      sql`EXISTS (SELECT 1 FROM person_skills s WHERE s.person_id = ${people.id} AND s.skill_uri = ${uri})`,
    );
  }
  for (const code of f.licences ?? []) {
    where.push(
      sql`EXISTS (SELECT 1 FROM person_licences l WHERE l.person_id = ${people.id} AND l.code = ${code.toUpperCase()})`,
    );
  }
  if (f.language) {
    // CEFR codes sort as text (A1 < A2 < B1 …); LEAST ignores the skills left empty.
    const level = f.languageLevel
      ? sql`AND (g.mother_tongue OR least(g.listening, g.reading, g.speaking, g.writing) >= ${f.languageLevel})`
      : sql``;
    where.push(sql`EXISTS (SELECT 1 FROM person_languages g
      WHERE g.person_id = ${people.id} AND g.language = ${f.language} ${level})`);
  }
  if (f.educationMin) {
    const [min] = await queryRows<{ isced: number; eqf: number }>(
      tx,
      sql`SELECT (extra->>'isced')::int AS isced, coalesce((extra->>'eqf')::int, 0) AS eqf
          FROM ${codeLists} WHERE scheme = 'sap-education' AND code = ${f.educationMin}
          ORDER BY version DESC LIMIT 1`,
    );
    if (!min) throw validationError([{ field: 'educationMin', code: 'unknown_code' }]);
    where.push(sql`EXISTS (SELECT 1 FROM person_education e
      JOIN code_lists c ON c.scheme = e.level_scheme AND c.version = e.level_version AND c.code = e.level_code
      WHERE e.person_id = ${people.id}
        AND ((c.extra->>'isced')::int, coalesce((c.extra->>'eqf')::int, 0)) >= (${Number(min.isced)}::int, ${Number(min.eqf)}::int))`);
  }
  if (f.availableBy)
    where.push(sql`(${people.availableFrom} IS NULL OR ${people.availableFrom} <= ${f.availableBy})`);
  if (f.ownVehicle !== undefined) where.push(eq(people.ownVehicle, f.ownVehicle));
  return { where, tsQuery };
}

// --- Sort orders and their keyset cursors ---------------------------------------------------------------------

type Key = (string | number)[];
type Order = {
  by: SQL[];
  /** Rows strictly after the cursor's key in this order. */
  after: (key: Key) => SQL;
  keyOf: (row: Row) => Key;
  /** Types of the key's parts, to check a cursor. */
  types: ('string' | 'number')[];
};

const familyKey = sql`lower(${people.familyName})`;
const givenKey = sql`lower(${people.givenName})`;

function orderFor(sort: Exclude<SearchSort, 'relevance'> | 'relevance', rank: SQL | null): Order {
  switch (sort) {
    case 'relevance':
      return {
        by: [sql`${rank} DESC`, sql`${people.id} ASC`],
        after: ([r, id]) =>
          sql`(${rank} < ${r}::float8 OR (${rank} = ${r}::float8 AND ${people.id} > ${id}::uuid))`,
        keyOf: (row) => [Number(row.rank), row.id],
        types: ['number', 'string'],
      };
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

const encodeCursor = (sort: SearchSort, key: Key) =>
  Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');

function decodeCursor(cursor: string, sort: SearchSort, order: Order): Key {
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

// --- The query ------------------------------------------------------------------------------------------------

type Row = {
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
};

function effectiveSort(sort: SearchSort | undefined, hasText: boolean): SearchSort {
  const s = sort ?? (hasText ? 'relevance' : 'name');
  return s === 'relevance' && !hasText ? 'name' : s;
}

async function selectRows(tx: Tx, where: SQL[], rank: SQL | null, order: Order, limit: number) {
  return queryRows<Row>(
    tx,
    sql`SELECT ${people.id} AS id, ${people.givenName} AS given_name, ${people.familyName} AS family_name,
        ${familyKey} AS family_key, ${givenKey} AS given_key, ${people.birthDate}::text AS birth_date,
        ${people.residenceComuneCode} AS residence_comune_code, ${comuni.name} AS residence_comune_name,
        ${people.employmentStatus} AS employment_status, ${people.unemployedSince}::text AS unemployed_since,
        ${people.didDate}::text AS did_date, ${people.incomeSupport} AS income_support,
        ${people.declaredGroups} AS declared_groups,
        ARRAY(SELECT ${labelOf(sql`d.occupation_uri`, 'it')} FROM person_desired_occupations d
              WHERE d.person_id = ${people.id} ORDER BY 1) AS desired,
        ${people.updatedAt} AS updated_at, ${people.updatedAt}::text AS updated_key,
        ${rank ?? sql`NULL`} AS rank
      FROM ${people} JOIN ${comuni} ON ${comuni.code} = ${people.residenceComuneCode}
      WHERE ${and(...where)}
      ORDER BY ${sql.join(order.by, sql`, `)}
      LIMIT ${limit}`,
  );
}

/** Exact count up to SEARCH_COUNT_LIMIT; null above it (the count would cost more than it tells). */
async function countUpTo(tx: Tx, where: SQL[]): Promise<number | null> {
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${people} WHERE ${and(...where)} LIMIT ${SEARCH_COUNT_LIMIT + 1}) x`,
  );
  const n = Number(row?.n ?? 0);
  return n > SEARCH_COUNT_LIMIT ? null : n;
}

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
  const { where, tsQuery } = await searchConditions(tx, actor, scope, q, now);
  const sort = effectiveSort(q.sort, tsQuery !== null);
  const rank = tsQuery ? sql`ts_rank_cd(${people.searchVector}, ${tsQuery})::float8` : null;
  return { where, rank, sort, order: orderFor(sort, rank) };
}

export async function searchPeople(deps: Deps, actor: Actor, q: SearchQuery): Promise<SearchPage> {
  authorize(actor, 'person.read');
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { where, rank, sort, order } = await prepare(tx, actor, 'person.read', q, now);
    const page = [...where];
    if (q.cursor) page.push(order.after(decodeCursor(q.cursor, sort, order)));
    const rows = await selectRows(tx, page, rank, order, q.limit + 1);
    const more = rows.length > q.limit;
    const items = rows.slice(0, q.limit);
    const total = await countUpTo(tx, where);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.search',
      entityType: 'person',
      purpose: q.purpose,
      details: {
        filters: filtersOf(q),
        sort,
        returned: items.length,
        total,
        page: q.cursor ? 'next' : 'first',
      },
    });
    return {
      items: items.map((r) => toSummary(r, now)),
      nextCursor: more ? encodeCursor(sort, order.keyOf(items.at(-1)!)) : null,
      total,
    };
  });
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
    const { where, rank, sort, order } = await prepare(tx, actor, 'person.export', q, now);
    const rows = await selectRows(tx, where, rank, order, SEARCH_EXPORT_LIMIT + 1);
    const truncated = rows.length > SEARCH_EXPORT_LIMIT;
    const items = rows.slice(0, SEARCH_EXPORT_LIMIT).map((r) => toSummary(r, now));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.export',
      entityType: 'person',
      purpose: q.purpose satisfies ReadPurpose,
      details: { filters: filtersOf(q), sort, format: q.format, rows: items.length, truncated },
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
