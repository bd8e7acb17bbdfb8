// The WHERE conditions of a people search: free text folded like the stored search text, the person filters, the
// target groups (the rules of domain/target-groups.ts as date bounds), the CV filters on the search facets and the
// distance filter as a list of comuni (computed first from the comuni centroids, then matched on the indexed
// residence_comune_code).
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import { validationError } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import type { DistanceMode } from '../geography/contract.ts';
import { comuniWithin } from '../geography/service.ts';
import { organisationScope } from '../network/scope.ts';
import { codeLists } from '../taxonomy/db.ts';
import { birthYearToken, comuneToken, people, personTokens } from './db.ts';
import {
  educationFacet,
  languageFacet,
  levelsFrom,
  licenceFacet,
  occupationFacet,
  skillFacet,
} from './domain/search-facets.ts';
import { foldText } from './domain/search-text.ts';
import { parametersOn, withoutWork } from './domain/target-groups.ts';
import type { SearchFilters } from './search-contract.ts';
import { visiblePerson } from './visibility.ts';

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

/** A list of tokens as one text[] parameter. */
const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

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

export type DistanceFilter = {
  mode: DistanceMode;
  comuniCount: number;
  /** By centroids: the other conditions plus "the residence comune has no centroid" (to count who is left out). */
  missingWhere: SQL[] | null;
};

/** The distance filter: the comuni within the radius as one array parameter (the index on the residence comune
 * answers `= ANY`). Comuni without a centroid are outside any radius measured by centroids. */
async function distanceCondition(tx: Tx, f: SearchFilters, where: SQL[]): Promise<DistanceFilter | null> {
  if (f.nearComune === undefined || f.withinKm === undefined) return null;
  const area = await comuniWithin(tx, f.nearComune, f.withinKm);
  if (!area) throw validationError([{ field: 'nearComune', code: 'unknown_comune' }]);
  const missingWhere =
    area.mode === 'centroids'
      ? [
          ...where,
          sql`NOT EXISTS (SELECT 1 FROM comune_geography g WHERE g.comune_code = ${people.residenceComuneCode})`,
        ]
      : null;
  // Codes are 6-digit ISTAT codes read from the database: safe inside an array literal.
  where.push(sql`${people.residenceComuneCode} = ANY(${`{${area.codes.join(',')}}`}::text[])`);
  return { mode: area.mode, comuniCount: area.codes.length, missingWhere };
}

/** Widest age range read through the birth-year tokens: 22 years cost 60 ms at 1,000,000 people, 88 years 100. */
const MAX_YEARS_IN_INDEX = 30;

/**
 * The age range as birth days. With free text, the search index's birth-year tokens narrow its scan and the exact
 * days are checked on the rows read, written `+ 0` so that PostgreSQL does not also AND a bitmap of the B-tree on
 * birth_date: for 25–45 that bitmap holds 446,000 of 1,000,000 people, goes lossy and made a "cuoco" search in two
 * comuni take 250 ms instead of 60. Without text the B-tree stays: the index scan needs a rare key (the searched
 * words) to skip through the years, and "licence B, 25–45" took 300 ms through the years instead of 55.
 */
function ageConditions(born: { after: string | null; onOrBefore: string | null }, withText: boolean) {
  const { after, onOrBefore } = born;
  const firstYear = after === null ? null : Number(after.slice(0, 4));
  const lastYear = onOrBefore === null ? null : Number(onOrBefore.slice(0, 4));
  const byYear =
    withText && firstYear !== null && lastYear !== null && lastYear - firstYear < MAX_YEARS_IN_INDEX;
  const birthDate = byYear ? sql`(${people.birthDate} + 0)` : sql`${people.birthDate}`;
  const out: SQL[] = [];
  if (onOrBefore !== null) out.push(sql`${birthDate} <= ${onOrBefore}`);
  if (after !== null) out.push(sql`${birthDate} > ${after}`);
  if (byYear && firstYear !== null && lastYear !== null) {
    const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => birthYearToken(firstYear + i));
    out.push(sql`${personTokens} && ${textArray(years)}`);
  }
  return out;
}

/** The WHERE conditions of a search (without the keyset condition), the text query and the distance filter. */
export async function searchConditions(tx: Tx, actor: Actor, scope: Scope, f: SearchFilters, now: Date) {
  const where: SQL[] = [
    organisationScope(people.ownerOrganisationId, actor, scope),
    sql`${people.anonymisedAt} IS NULL`,
    // Merged duplicates live on in their survivor (merge.ts).
    sql`${people.mergedIntoId} IS NULL`,
    // People of a spreadsheet import still being committed are hidden (visibility.ts, ADR 0010).
    visiblePerson(),
  ];
  const folded = f.q ? foldQuery(f.q) : '';
  const tsQuery = folded ? sql`websearch_to_tsquery('italian', ${folded})` : null;
  if (tsQuery) where.push(sql`${people.searchVector} @@ ${tsQuery}`);
  if (f.status?.length) where.push(inArray(people.employmentStatus, f.status));
  const bornOnOrBefore = (day: string) => sql`${people.birthDate} <= ${day}`;
  const bornAfter = (day: string) => sql`${people.birthDate} > ${day}`;
  // The age range goes in below, once we know whether the search index is used (ageConditions).
  const born = {
    after: f.ageMax !== undefined ? bornBy(now, f.ageMax + 1) : null,
    onOrBefore: f.ageMin !== undefined ? bornBy(now, f.ageMin) : null,
  };

  // Target groups: all those asked for must apply; the rules and thresholds of domain/target-groups.ts.
  const p = parametersOn(now);
  const jobless = inArray(people.employmentStatus, [...withoutWork]);
  const declared: string[] = [];
  for (const group of f.targetGroups ?? []) {
    switch (group) {
      case 'neet':
        where.push(
          bornOnOrBefore(bornBy(now, p.neetMinAge)),
          bornAfter(bornBy(now, p.neetMaxAge + 1)),
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
        where.push(bornOnOrBefore(bornBy(now, p.over58Age)));
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

  // CV filters: tokens of people.search_facets (domain/search-facets.ts), all required facts in one containment
  // test, answered by the GIN index together with the other conditions instead of one EXISTS probe per match.
  const required: string[] = [];
  let usesAnyOf = false;
  const anyOf = (tokens: string[]) => {
    usesAnyOf = true;
    where.push(sql`${people.searchFacets} && ${textArray(tokens)}`);
  };
  if (f.occupationUri) required.push(occupationFacet(f.occupationUri));
  for (const uri of f.skillUris ?? []) required.push(skillFacet(uri));
  for (const code of f.licences ?? []) required.push(licenceFacet(code.toUpperCase()));
  if (f.language && !f.languageLevel) required.push(languageFacet(f.language));
  if (required.length) where.push(sql`${people.searchFacets} @> ${textArray(required)}`);
  if (f.language && f.languageLevel)
    anyOf(levelsFrom(f.languageLevel).map((level) => languageFacet(f.language!, level)));
  if (f.iscoPrefix) {
    // The occupations the taxonomy has in the ISCO group, desired or held (none: nobody matches).
    const inGroup = await queryRows<{ uri: string }>(
      tx,
      sql`SELECT uri FROM occupations WHERE isco_code LIKE ${`${f.iscoPrefix}%`}`,
    );
    anyOf(inGroup.map((o) => occupationFacet(o.uri)));
  }
  if (f.educationMin) {
    const [min] = await queryRows<{ isced: number; eqf: number }>(
      tx,
      sql`SELECT (extra->>'isced')::int AS isced, coalesce((extra->>'eqf')::int, 0) AS eqf
          FROM ${codeLists} WHERE scheme = 'sap-education' AND code = ${f.educationMin}
          ORDER BY version DESC LIMIT 1`,
    );
    if (!min) throw validationError([{ field: 'educationMin', code: 'unknown_code' }]);
    // Any education level at least the minimum (by ISCED, then EQF), in any code list that gives those levels.
    const levels = await queryRows<{ scheme: string; version: string; code: string }>(
      tx,
      sql`SELECT scheme, version, code FROM ${codeLists} WHERE extra->>'isced' IS NOT NULL
            AND ((extra->>'isced')::int, coalesce((extra->>'eqf')::int, 0)) >= (${Number(min.isced)}::int, ${Number(min.eqf)}::int)`,
    );
    anyOf(levels.map((l) => educationFacet(l.scheme, l.version, l.code)));
  }
  // Comuni: inside the search index with the text and the facets when the search uses that index anyway, so the
  // index scan returns only the people in those comuni; otherwise the B-tree index on the column answers. An age
  // range goes through the birth years only with free text (ageConditions).
  const inSearchIndex = tsQuery !== null || required.length > 0 || usesAnyOf;
  where.push(...ageConditions(born, tsQuery !== null));
  if (f.comuneCodes?.length) {
    where.push(
      inSearchIndex
        ? sql`${personTokens} && ${textArray(f.comuneCodes.map(comuneToken))}`
        : inArray(people.residenceComuneCode, f.comuneCodes),
    );
  }
  if (f.availableBy)
    where.push(sql`(${people.availableFrom} IS NULL OR ${people.availableFrom} <= ${f.availableBy})`);
  if (f.ownVehicle !== undefined) where.push(eq(people.ownVehicle, f.ownVehicle));
  const distance = await distanceCondition(tx, f, where);
  return { where, tsQuery, folded, distance };
}
