// Candidate retrieval for one vacancy (ADR 0011): a SQL pre-selection keeps the few hundred people most likely to
// rank high, and only those are loaded whole and scored by the pure engine. The pre-score is a cheap copy of the
// engine's biggest factors — occupation (same, same ISCO unit group, same minor group; held or desired), essential
// and optional skills held, distance — read from the CV tables' own indexes (occupation_uri, skill_uri). The hard
// filters that SQL can check on the person row are applied here too (tenant scope, availability, contract and
// working time, commute where the distance is measured, consent), so the cut is not filled with people the engine
// would exclude anyway. Someone with nothing in common with the vacancy (no occupation, no skill) is not a
// candidate: that is a decision, stated in the ADR.
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import { iscoFacet, occupationFacet, skillFacet } from '../people/domain/search-facets.ts';
import { visiblePerson } from '../people/visibility.ts';
import type { StoreQuery } from './candidate-index/store.ts';
import { hash32 } from './domain/rank.ts';
import type { VacancyProfile } from './domain/types.ts';
import type { MatchingWeights } from './domain/weights.ts';

/** Quoted text[] literal: every element in double quotes, backslashes and quotes escaped. */
export const textArray = (values: readonly string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[]`;
const floatArray = (values: readonly number[]) => sql`${`{${values.join(',')}}`}::float8[]`;

export type Around = { measured: boolean; near: { code: string; km: number | null }[] };

/** Occupations related to the vacancy's through its ISCO-08 code, with the engine's share for each. */
export async function relatedOccupations(tx: Tx, w: MatchingWeights, v: VacancyProfile) {
  const out = new Map<string, number>([[v.occupation.uri, 1]]);
  if (!v.occupation.isco) return out;
  const minor = v.occupation.isco.slice(0, 3);
  const rows = await queryRows<{ uri: string; isco: string }>(
    tx,
    sql`SELECT uri, isco_code AS isco FROM occupations WHERE isco_code LIKE ${`${minor}%`}`,
  );
  for (const r of rows) {
    if (r.uri === v.occupation.uri) continue;
    const share =
      r.isco.slice(0, 4) === v.occupation.isco.slice(0, 4)
        ? w.occupation.sameUnitGroup
        : w.occupation.sameMinorGroup;
    out.set(r.uri, share);
  }
  return out;
}

/** Distance points of the engine for a measured distance, without the candidate's own maximum. */
function distancePoints(w: MatchingWeights, km: number | null, sameComune: boolean): number {
  const { max, fullWithinKm, zeroAtKm, sameProvinceShare } = w.distance;
  if (km === null) return sameComune ? max : max * sameProvinceShare;
  if (km <= fullWithinKm) return max;
  return Math.max(0, max * (1 - (km - fullWithinKm) / (zeroAtKm - fullWithinKm)));
}

/** The people the caller may see: the tenant condition on `people` for SQL, the owners for the index. */
export type PeopleAudience = { sql: SQL; owners: readonly string[] | null };

export type RetrievalInput = {
  vacancy: VacancyProfile;
  weights: MatchingWeights;
  audience: PeopleAudience;
  related: Map<string, number>;
  around: Around;
  /** How many people to hand to the engine. */
  keep: number;
  /** Skip the consent condition (reverse matching of one person is not a proposal to an employer). */
  requireConsent?: boolean;
  /**
   * Where the pre-score reads the CV: the CV tables through their occupation/skill indexes ('cv'), or the
   * GIN-indexed search facets of people ('facets', people/domain/search-facets.ts). ADR 0011 compares both.
   */
  source?: 'cv' | 'facets';
};

/**
 * The pre-score from people.search_facets: one GIN bitmap scan finds everyone sharing a token with the vacancy,
 * and the score is read from the same row (occupation: exact, ISCO unit group, ISCO minor group — the best one;
 * skills: the sum), so no CV table is visited.
 */
function facetHits(i: RetrievalInput): { pre: SQL; where: SQL } {
  const { vacancy: v, weights: w } = i;
  const has = (token: string) => sql`(people.search_facets @> ${textArray([token])})`;
  const occ: SQL[] = [sql`0`];
  const tokens: string[] = [];
  const occTok = occupationFacet(v.occupation.uri);
  tokens.push(occTok);
  occ.push(sql`CASE WHEN ${has(occTok)} THEN ${w.occupation.max}::float8 ELSE 0 END`);
  if (v.occupation.isco) {
    const unit = iscoFacet(v.occupation.isco.slice(0, 4));
    const minor = iscoFacet(v.occupation.isco.slice(0, 3));
    tokens.push(unit, minor);
    occ.push(
      sql`CASE WHEN ${has(unit)} THEN ${w.occupation.max * w.occupation.sameUnitGroup}::float8 ELSE 0 END`,
    );
    occ.push(
      sql`CASE WHEN ${has(minor)} THEN ${w.occupation.max * w.occupation.sameMinorGroup}::float8 ELSE 0 END`,
    );
  }
  const sk: SQL[] = [sql`0`];
  const add = (uris: string[], max: number) => {
    for (const uri of uris) {
      const t = skillFacet(uri);
      tokens.push(t);
      sk.push(sql`CASE WHEN ${has(t)} THEN ${max / uris.length}::float8 ELSE 0 END`);
    }
  };
  add(v.essentialSkills, w.essentialSkills.max);
  add(v.optionalSkills, w.optionalSkills.max);
  return {
    pre: sql`GREATEST(${sql.join(occ, sql`, `)}) + ${sql.join(sk, sql` + `)}`,
    where: sql`people.search_facets && ${textArray(tokens)}`,
  };
}

/** Distance points of every comune around the site (the pre-score's distance part). */
function nearWithPoints(i: RetrievalInput) {
  return i.around.near.map((n) => ({
    code: n.code,
    km: n.km,
    points: distancePoints(i.weights, n.km, n.code === i.vacancy.siteComuneCode),
  }));
}

/**
 * The pre-score's points, one rule for both pre-selections: an occupation its share of the maximum (related ones
 * in the same ISCO groups count less), each essential and each optional skill an equal part of its maximum.
 */
function preScorePoints(i: RetrievalInput) {
  const { vacancy: v, weights: w } = i;
  return {
    occupations: [...i.related].map(([uri, share]) => ({ uri, points: w.occupation.max * share })),
    essential: v.essentialSkills.length ? w.essentialSkills.max / v.essentialSkills.length : 0,
    optional: v.optionalSkills.length ? w.optionalSkills.max / v.optionalSkills.length : 0,
  };
}

/** The vacancy's requirements in the candidate index's terms: the same pre-score and hard filters as `preselect`. */
export function storeQuery(i: RetrievalInput, hiddenImports: readonly string[]): StoreQuery {
  const { vacancy: v, weights: w } = i;
  const points = preScorePoints(i);
  // A skill listed as both essential and optional counts once, as essential (as in the SQL CASE).
  const ess = new Set(v.essentialSkills);
  return {
    occupations: points.occupations,
    desiredShare: w.occupation.desiredOnly,
    skills: [
      ...[...ess].map((uri) => ({ uri, points: points.essential })),
      ...v.optionalSkills.filter((s) => !ess.has(s)).map((uri) => ({ uri, points: points.optional })),
    ],
    near: nearWithPoints(i),
    measured: i.around.measured,
    radiusKm: w.distance.zeroAtKm,
    owners: i.audience.owners,
    hiddenImports,
    startDate: v.startDate,
    contractType: v.contractType,
    workingTime: v.workingTime,
    specialCategoryOnly: v.reservedFor.length === 1 && v.reservedFor[0] === 'l68',
    requireConsent: i.requireConsent !== false,
    keep: i.keep,
    tieSeed: hash32(v.id),
  };
}

/** Imports still being committed: their people are invisible (people/visibility.ts), in the index too. */
export async function hiddenImports(tx: Tx): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(tx, sql`SELECT import_id AS id FROM person_import_pending`);
  return rows.map((r) => r.id);
}

/** The ids of the `keep` best pre-scored people who pass the SQL-checkable hard filters, best first. */
export async function preselect(tx: Tx, i: RetrievalInput): Promise<{ id: string; pre: number }[]> {
  const { vacancy: v, weights: w } = i;
  const points = preScorePoints(i);
  const occUris = points.occupations.map((o) => o.uri);
  const occPoints = points.occupations.map((o) => o.points);
  const ess = v.essentialSkills;
  const opt = v.optionalSkills;
  const essPts = points.essential;
  const optPts = points.optional;
  const near = nearWithPoints(i);
  const nearPts = near.map((n) => n.points);
  const nearKm = near.map((n) => n.km ?? -1);
  const radius = w.distance.zeroAtKm;
  const start = v.startDate;

  const hits: SQL[] = [];
  if (occUris.length) {
    const occ = sql`(SELECT o.pts FROM unnest(${textArray(occUris)}, ${floatArray(occPoints)}) o(uri, pts)`;
    hits.push(
      sql`SELECT e.person_id, ${occ} WHERE o.uri = e.occupation_uri) AS occ, 0::float8 AS sk
          FROM person_experiences e WHERE e.occupation_uri = ANY(${textArray(occUris)})`,
      sql`SELECT d.person_id, ${occ} WHERE o.uri = d.occupation_uri) * ${w.occupation.desiredOnly} AS occ,
            0::float8 AS sk
          FROM person_desired_occupations d WHERE d.occupation_uri = ANY(${textArray(occUris)})`,
    );
  }
  if (ess.length || opt.length) {
    hits.push(
      sql`SELECT s.person_id, 0::float8 AS occ,
            CASE WHEN s.skill_uri = ANY(${textArray(ess)}) THEN ${essPts}::float8 ELSE ${optPts}::float8 END AS sk
          FROM person_skills s WHERE s.skill_uri = ANY(${textArray([...ess, ...opt])})`,
    );
  }
  if (hits.length === 0) return [];
  // Either the CV tables' postings grouped per person then joined to people, or one pass over people's facets.
  const facets = i.source === 'facets' ? facetHits(i) : null;
  const from = facets
    ? sql`people`
    : sql`(SELECT person_id, max(occ) AS occ, sum(sk) AS sk
           FROM (${sql.join(hits, sql` UNION ALL `)}) hit GROUP BY person_id) h
          JOIN people ON people.id = h.person_id`;
  const pre = facets ? facets.pre : sql`h.occ + h.sk`;
  const facetWhere = facets ? sql`AND ${facets.where}` : sql``;

  // With measured distances, a person whose maximum commute is shorter than the distance is out already; with the
  // fallback (no coordinates) the engine decides, as the distance is not a number.
  const commute = i.around.measured
    ? sql`AND (people.max_commute_km IS NULL OR coalesce(n.km, ${radius + 1}) <= people.max_commute_km)`
    : sql``;
  const consent =
    i.requireConsent === false
      ? sql`true`
      : sql`(SELECT c.granted FROM person_consents c WHERE c.person_id = w.id
              AND c.purpose = 'share_cv_with_employers' ORDER BY c.at DESC LIMIT 1) IS TRUE`;
  const l68 =
    v.reservedFor.length === 1 && v.reservedFor[0] === 'l68' ? sql`AND people.has_special_category` : sql``;

  // The inner LIMIT (wider than `keep`) lets the consent check run on a few thousand rows, not on every hit.
  return queryRows<{ id: string; pre: number }>(
    tx,
    sql`SELECT w.id, w.pre FROM (
          SELECT people.id, ${pre} + coalesce(n.pts, 0) AS pre
          FROM ${from}
          LEFT JOIN unnest(${textArray(near.map((n) => n.code))}, ${floatArray(nearKm)}, ${floatArray(nearPts)})
            AS n0(code, km, pts) ON n0.code = people.residence_comune_code
          CROSS JOIN LATERAL (SELECT NULLIF(n0.km, -1) AS km, n0.pts) n
          WHERE ${i.audience.sql} AND people.anonymised_at IS NULL AND people.merged_into_id IS NULL
            AND ${visiblePerson()} ${facetWhere}
            AND (people.available_from IS NULL OR ${start}::date IS NULL OR people.available_from <= ${start}::date)
            AND (cardinality(people.contract_types) = 0 OR ${v.contractType} = ANY(people.contract_types))
            AND (cardinality(people.working_times) = 0 OR ${v.workingTime} = ANY(people.working_times))
            ${commute} ${l68}
          ORDER BY pre DESC, people.id
          LIMIT ${i.keep * 3}
        ) w
        WHERE ${consent}
        ORDER BY w.pre DESC, w.id
        LIMIT ${i.keep}`,
  );
}
