// matchVacancy: the best candidates of the Banca Dati for one vacancy, in the caller's scope. The SQL
// pre-selection (retrieval.ts) keeps a few hundred people; their full profiles are loaded (people/match-
// candidates.ts) and ranked by the pure engine with the fairness penalty. One audit row records the run and how
// many people it returned (a match reads personal data).
import { sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { queryRows, type Tx, uuidArray } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { type Actor, authorize, can } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { organisationScope, organisationsInScope } from '../network/scope.ts';
import { people } from '../people/db.ts';
import { targetGroupsOf } from '../people/domain/target-groups.ts';
import { loadCandidateFacts, profilesOf } from '../people/match-candidates.ts';
import { vacancyProfile } from '../vacancies/profile.ts';
import { visibleVacancy } from '../vacancies/scope.ts';
import { candidateIndexOf } from './candidate-index/index.ts';
import type { CandidateStore } from './candidate-index/store.ts';
import type { CandidateMatch, MatchQuery, VacancyMatches } from './contract.ts';
import { comuniAround, distancesFrom } from './distances.ts';
import { type Pair, rankPairs } from './domain/rank.ts';
import type { VacancyProfile } from './domain/types.ts';
import { defaultFairness, defaultWeights } from './domain/weights.ts';
import {
  hiddenImports,
  type PeopleAudience,
  preselect,
  relatedOccupations,
  storeQuery,
} from './retrieval.ts';
import { assertMatchable, exposureOf, labelsOf, urisNamed } from './support.ts';

/** People handed from the SQL pre-selection to the engine, per result asked for (at least PRESELECT_MIN). */
export const PRESELECT_PER_RESULT = 10;
export const PRESELECT_MIN = 500;
export const preselectSize = (limit: number) => Math.max(PRESELECT_MIN, limit * PRESELECT_PER_RESULT);

/**
 * Where the pre-selection reads the CV: the in-memory candidate index (ADR 0012), unless the benchmark compares
 * the SQL pre-selections of ADR 0011 (CV tables, search facets).
 */
export type RetrievalSource = 'memory' | 'cv' | 'facets';
let retrievalSource: RetrievalSource = 'memory';
export const setRetrievalSource = (s: RetrievalSource) => {
  retrievalSource = s;
};
export const currentRetrievalSource = () => retrievalSource;

/** What rankCandidates reads people from: SQL, or the candidate index's store (fetched outside the transaction). */
export type Retrieval = { source: 'cv' | 'facets' } | { source: 'memory'; store: CandidateStore };

/** The store to match against when the index is the source, up to date: call it before opening the transaction. */
export async function retrievalFor(deps: Pick<Deps, 'db'>, source: RetrievalSource = retrievalSource) {
  return source === 'memory'
    ? ({ source, store: await candidateIndexOf(deps.db).current() } as const)
    : ({ source } as const);
}

/** The ranking itself, without authorisation or audit: shared by the route and the benchmark. */
export async function rankCandidates(
  tx: Tx,
  deps: Pick<Deps, 'cipher'>,
  v: VacancyProfile,
  audience: PeopleAudience,
  limit: number,
  now: Date,
  retrieval: Retrieval,
  /** People handed to the engine; the default is the rule above (the benchmark measures others). */
  keep = preselectSize(limit),
) {
  const w = defaultWeights;
  const related = await relatedOccupations(tx, w, v);
  const around = await comuniAround(tx, v.siteComuneCode, w.distance.zeroAtKm);
  const input = { vacancy: v, weights: w, audience, related, around, keep };
  // The index hands over the facts it holds; the SQL pre-selections hand over ids, whose facts are then loaded.
  // Synchronous from the store's query to its decoded facts: no refresh can change the store in between.
  const facts =
    retrieval.source === 'memory'
      ? retrieval.store.preselect(storeQuery(input, await hiddenImports(tx))).map((p) => p.facts)
      : await loadCandidateFacts(tx, {
          ids: (await preselect(tx, { ...input, source: retrieval.source })).map((p) => p.id),
        });
  const candidates = await profilesOf(tx, deps, facts, now, { withL68: v.reservedFor.includes('l68') });
  const ids = candidates.map((c) => c.personId);
  const distances = await distancesFrom(
    tx,
    v.siteComuneCode,
    candidates.map((c) => c.comuneCode),
  );
  const exposure = await exposureOf(tx, ids, defaultFairness, now);
  const pairs: Pair[] = candidates.map((c) => ({
    vacancy: v,
    candidate: c,
    distance: distances.byComune.get(c.comuneCode) ?? { kind: 'unknown' },
    exposure: exposure.get(c.personId),
  }));
  const ranked = rankPairs(w, defaultFairness, pairs, limit);
  return {
    ...ranked,
    distanceMode: distances.mode,
    preselected: ids.length,
    distances,
    siteName: around.siteName,
  };
}

type DisplayRow = {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  employment_status: string;
  comune_code: string;
  comune_name: string;
  stage: string | null;
};

async function displayOf(tx: Tx, vacancyId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, DisplayRow>();
  const rows = await queryRows<DisplayRow>(
    tx,
    sql`SELECT p.id, p.given_name, p.family_name, p.birth_date::text AS birth_date, p.employment_status,
          p.residence_comune_code AS comune_code, c.name AS comune_name, s.stage
        FROM people p JOIN comuni c ON c.code = p.residence_comune_code
        LEFT JOIN shortlist_entries s ON s.person_id = p.id AND s.vacancy_id = ${vacancyId}
        WHERE p.id = ANY(${uuidArray(ids)})`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export async function matchVacancy(
  deps: Deps,
  actor: Actor,
  vacancyId: string,
  q: MatchQuery,
  locale: Locale = 'it',
): Promise<VacancyMatches> {
  const scope: Scope = authorize(actor, 'match.run');
  const now = deps.now();
  const retrieval = await retrievalFor(deps);
  return deps.db.transaction(async (tx) => {
    const row = await visibleVacancy(tx, actor, scope, vacancyId);
    if (!row) throw notFound();
    assertMatchable(row.state);
    const v = await vacancyProfile(tx, row);
    // The people search's tenant condition: the same people the caller finds in the Banca Dati.
    const audience = {
      sql: organisationScope(people.ownerOrganisationId, actor, scope),
      owners: await organisationsInScope(tx, actor, scope),
    };
    const ranked = await rankCandidates(tx, deps, v, audience, q.limit, now, retrieval);
    const display = await displayOf(
      tx,
      row.id,
      ranked.items.map((m) => m.personId),
    );
    const showNames = can(actor, 'person.read');
    const items: CandidateMatch[] = ranked.items.map((m) => {
      const d = display.get(m.personId)!;
      const distanceFactor = m.factors.find((f) => f.factor === 'distance');
      return {
        personId: m.personId,
        name: showNames ? `${d.given_name} ${d.family_name}` : null,
        ageBand: targetGroupsOf(
          {
            birthDate: d.birth_date,
            employmentStatus: d.employment_status,
            unemployedSince: null,
            incomeSupport: [],
            declared: [],
            disability: false,
          },
          now,
        ).ageBand,
        comune: { code: d.comune_code, name: d.comune_name },
        shortlistStage: d.stage,
        score: m.score,
        rankScore: m.rankScore,
        fairnessPenalty: m.fairnessPenalty,
        factors: m.factors,
        missing: m.missing,
        distance: distanceFactor?.factor === 'distance' ? distanceFactor.distance : { kind: 'unknown' },
      };
    });
    const labels = await labelsOf(tx, [v.occupation.uri, ...urisNamed(ranked.items)], locale);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'match.run',
      entityType: 'vacancy',
      entityId: row.id,
      purpose: 'job_matching',
      details: {
        returned: items.length,
        considered: ranked.considered,
        preselected: ranked.preselected,
        weightsVersion: defaultWeights.version,
        distanceMode: ranked.distanceMode,
      },
    });
    return {
      weightsVersion: defaultWeights.version,
      distanceMode: ranked.distanceMode,
      considered: ranked.considered,
      excludedBy: ranked.excludedBy,
      labels,
      vacancy: {
        id: row.id,
        title: row.title,
        state: row.state,
        occupationUri: row.occupationUri,
        occupationLabel: labels[row.occupationUri] ?? row.occupationUri,
        siteComune: { code: row.siteComuneCode, name: ranked.siteName ?? row.siteComuneCode },
      },
      items,
    };
  });
}
