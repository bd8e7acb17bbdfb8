// Reverse matching: the published vacancies that fit one person, best first. An operator asks it for a person in
// their scope (matchPerson, action match.run); a citizen for their own record (/api/me/matches, match.self).
// Only published vacancies whose deadline has not passed are considered: a draft or closed offer is nobody's
// business outside its owners. The consent to share the CV is not a filter here (seeing offers is not being
// proposed to an employer) but the answer says whether it is given, since a proposal will need it.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisationInScope } from '../network/service.ts';
import { people } from '../people/db.ts';
import { loadCandidateProfiles } from '../people/match-candidates.ts';
import { visiblePerson } from '../people/visibility.ts';
import { vacancies } from '../vacancies/db.ts';
import { vacancyProfiles } from '../vacancies/profile.ts';
import type { MatchQuery, PersonMatches, VacancyMatch } from './contract.ts';
import { type DistanceMode, distanceBetween, placesOf } from './distances.ts';
import { rankPairs } from './domain/rank.ts';
import { defaultFairness, defaultWeights } from './domain/weights.ts';
import { labelsOf, urisNamed } from './support.ts';

/** More published offers than this are not expected in one region; beyond it the newest are considered. */
export const MAX_PUBLISHED_CONSIDERED = 20_000;

async function rankVacanciesFor(
  tx: Tx,
  deps: Deps,
  personId: string,
  q: MatchQuery,
  locale: Locale,
): Promise<PersonMatches> {
  const now = deps.now();
  const today = now.toISOString().slice(0, 10);
  const [candidate] = await loadCandidateProfiles(tx, deps, [personId], now, { withL68: true });
  if (!candidate) throw notFound();
  const rows = await tx
    .select()
    .from(vacancies)
    .where(
      sql`${vacancies.state} = 'published' AND (${vacancies.deadline} IS NULL OR ${vacancies.deadline} >= ${today})`,
    )
    .orderBy(sql`${vacancies.publishedAt} DESC NULLS LAST`)
    .limit(MAX_PUBLISHED_CONSIDERED);
  const profiles = await vacancyProfiles(tx, rows);
  const places = await placesOf(tx, [candidate.comuneCode, ...rows.map((r) => r.siteComuneCode)]);
  const home = places.get(candidate.comuneCode);
  let measured = 0;
  const pairs = profiles.map((v) => {
    const distance = distanceBetween(places.get(v.siteComuneCode), home);
    if (distance.kind === 'km') measured++;
    // Seeing offers does not need the consent to share the CV: the filter is lifted for this direction only.
    return { vacancy: v, candidate: { ...candidate, sharesCv: true }, distance };
  });
  const ranked = rankPairs(defaultWeights, { ...defaultFairness, enabled: false }, pairs, q.limit);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const employers = await namesOf(
    tx,
    rows.map((r) => r.employerId),
  );
  const mode: DistanceMode = measured === pairs.length ? 'centroids' : measured === 0 ? 'fallback' : 'mixed';
  const items: VacancyMatch[] = ranked.items.map((m) => {
    const r = byId.get(m.vacancyId)!;
    const place = places.get(r.siteComuneCode);
    const d = m.factors.find((f) => f.factor === 'distance');
    return {
      vacancyId: r.id,
      title: r.title,
      employerName: employers.get(r.employerId) ?? '',
      occupationUri: r.occupationUri,
      siteComune: { code: r.siteComuneCode, name: place ? (comuneNames.get(place.code) ?? place.code) : '' },
      contractType: r.contractType,
      workingTime: r.workingTime,
      deadline: r.deadline,
      score: m.score,
      rankScore: m.rankScore,
      fairnessPenalty: 0,
      factors: m.factors,
      missing: m.missing,
      distance: d?.factor === 'distance' ? d.distance : { kind: 'unknown' },
    };
  });
  const labels = await labelsOf(
    tx,
    [...urisNamed(ranked.items), ...items.map((i) => i.occupationUri)],
    locale,
  );
  return {
    weightsVersion: defaultWeights.version,
    distanceMode: mode,
    considered: ranked.considered,
    excludedBy: ranked.excludedBy,
    labels,
    personId,
    sharesCv: candidate.sharesCv,
    items,
  };
}

// Comune names are reference data; read once per process (they change only with an ISTAT update and a restart).
const comuneNames = new Map<string, string>();
async function namesOf(tx: Tx, employerIds: string[]) {
  if (comuneNames.size === 0) {
    const rows = await queryRows<{ code: string; name: string }>(tx, sql`SELECT code, name FROM comuni`);
    for (const r of rows) comuneNames.set(r.code, r.name);
  }
  const out = new Map<string, string>();
  if (employerIds.length === 0) return out;
  const rows = await queryRows<{ id: string; name: string }>(
    tx,
    sql`SELECT id, name FROM employers WHERE id = ANY(${`{${[...new Set(employerIds)].join(',')}}`}::uuid[])`,
  );
  for (const r of rows) out.set(r.id, r.name);
  return out;
}

export async function matchPerson(
  deps: Deps,
  actor: Actor,
  personId: string,
  q: MatchQuery,
  locale: Locale = 'it',
): Promise<PersonMatches> {
  const scope = authorize(actor, 'match.run');
  return deps.db.transaction(async (tx) => {
    const [p] = await tx
      .select({ owner: people.ownerOrganisationId })
      .from(people)
      .where(
        and(
          eq(people.id, personId),
          isNull(people.anonymisedAt),
          isNull(people.mergedIntoId),
          visiblePerson(),
        ),
      );
    if (!p || !(await organisationInScope(tx, actor, scope, p.owner))) throw notFound();
    const result = await rankVacanciesFor(tx, deps, personId, q, locale);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'match.person',
      entityType: 'person',
      entityId: personId,
      purpose: 'job_matching',
      details: { returned: result.items.length, weightsVersion: result.weightsVersion },
    });
    return result;
  });
}

/** "Offerte per te": the citizen's own record against the published vacancies. */
export async function matchMe(deps: Deps, actor: Actor, q: MatchQuery, locale: Locale = 'it') {
  if (authorize(actor, 'match.self') !== 'self') throw new AppError('forbidden');
  return deps.db.transaction(async (tx) => {
    const [p] = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          eq(people.userId, actor.userId),
          isNull(people.anonymisedAt),
          isNull(people.mergedIntoId),
          visiblePerson(),
        ),
      );
    if (!p) throw new AppError('no_linked_person');
    const result = await rankVacanciesFor(tx, deps, p.id, q, locale);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'match.self',
      entityType: 'person',
      entityId: p.id,
      purpose: 'data_subject_request',
      details: { returned: result.items.length, weightsVersion: result.weightsVersion },
    });
    return result;
  });
}
