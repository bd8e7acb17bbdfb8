// The WHERE conditions of a people search: free text folded like the stored search text, the person filters, the
// target groups (the rules of domain/target-groups.ts as date bounds), the CV filters as EXISTS subqueries and the
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
import { people } from './db.ts';
import { foldText } from './domain/search-text.ts';
import { parametersOn, withoutWork } from './domain/target-groups.ts';
import type { SearchFilters } from './search-contract.ts';

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

/** The WHERE conditions of a search (without the keyset condition), the text query and the distance filter. */
export async function searchConditions(tx: Tx, actor: Actor, scope: Scope, f: SearchFilters, now: Date) {
  const where: SQL[] = [
    organisationScope(people.ownerOrganisationId, actor, scope),
    sql`${people.anonymisedAt} IS NULL`,
    // Merged duplicates live on in their survivor (merge.ts).
    sql`${people.mergedIntoId} IS NULL`,
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
  const distance = await distanceCondition(tx, f, where);
  return { where, tsQuery, distance };
}
