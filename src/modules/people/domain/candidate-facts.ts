// What matching needs to know about a person, as stored: the facts that do not depend on the day (dates, codes,
// levels). The candidate profile the engine reads (matching/domain/types.ts) is computed from them for a given day
// — months of experience, months without work and age-based target groups change with time, the facts do not — so
// the candidate index (matching/candidate-index) can keep facts for months and still rank with today's values.
import type { CandidateProfile, CefrLevel, OccupationRef, SkillLevel } from '../../matching/domain/types.ts';
import { monthsBetween, targetGroupsOf, withoutWork } from './target-groups.ts';

const DAY = 86_400_000;

export type CandidateFacts = {
  personId: string;
  /** Who owns the record (the tenant scope) and the import still hiding it, if any (people/visibility.ts). */
  ownerOrganisationId: string;
  importId: string | null;
  comuneCode: string;
  birthDate: string;
  employmentStatus: string;
  /** Unemployed since, or else the DID date. */
  unemployedSince: string | null;
  incomeSupport: string[];
  declaredGroups: string[];
  availableFrom: string | null;
  contractTypes: string[];
  workingTimes: string[];
  maxCommuteKm: number | null;
  /** The latest consent event for sharing the CV with employers is a grant. */
  sharesCv: boolean;
  /** A special-category record exists (L. 68/99 membership is inside it, decrypted only when a vacancy asks). */
  hasSpecialCategory: boolean;
  desiredOccupations: string[];
  /** Periods in days since 1970-01-01; `end` null = still working there. */
  experiences: { uri: string; start: number; end: number | null }[];
  skills: { uri: string; level: SkillLevel | null }[];
  eqfLevel: number | null;
  languages: { code: string; level: CefrLevel; motherTongue: boolean }[];
  licences: string[];
};

export const dayNumber = (isoDate: string) =>
  Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY);

/** Days covered by [start, end] day intervals, overlaps counted once (the candidate card counts the same way). */
export function coveredDays(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [s, e] of sorted) {
    if (current && s <= current[1]) current[1] = Math.max(current[1], e);
    else {
      if (current) total += current[1] - current[0] + 1;
      current = [s, e];
    }
  }
  if (current) total += current[1] - current[0] + 1;
  return total;
}

const monthsCovered = (spans: [number, number][]) => Math.round(coveredDays(spans) / 30.44);

/**
 * The engine's view of a person on day `now`. `isco` gives the ISCO-08 unit group of occupations (for related
 * occupations); `l68` whether the person is enrolled in the L. 68/99 lists (decided by the caller, who may decrypt).
 */
export function candidateProfile(
  f: CandidateFacts,
  now: Date,
  isco: ReadonlyMap<string, string>,
  l68: boolean,
): CandidateProfile {
  const ref = (uri: string): OccupationRef => ({ uri, isco: isco.get(uri) ?? null });
  const today = Math.floor(now.getTime() / DAY);
  const perOccupation = new Map<string, [number, number][]>();
  for (const e of f.experiences) {
    const end = Math.min(e.end ?? today, today);
    const spans = perOccupation.get(e.uri) ?? [];
    if (end >= e.start) spans.push([e.start, end]);
    perOccupation.set(e.uri, spans);
  }
  const groups = targetGroupsOf(
    {
      birthDate: f.birthDate,
      employmentStatus: f.employmentStatus,
      unemployedSince: f.unemployedSince,
      incomeSupport: f.incomeSupport,
      declared: f.declaredGroups,
      // Disability reaches matching only as the L. 68/99 boolean, never as a group shown to anyone.
      disability: false,
    },
    now,
  );
  const jobless = withoutWork.has(f.employmentStatus);
  return {
    personId: f.personId,
    comuneCode: f.comuneCode,
    sharesCv: f.sharesCv,
    availableFrom: f.availableFrom,
    contractTypes: f.contractTypes,
    workingTimes: f.workingTimes,
    maxCommuteKm: f.maxCommuteKm,
    desiredOccupations: f.desiredOccupations.map(ref),
    experience: [...perOccupation].map(([uri, spans]) => ({
      occupation: ref(uri),
      months: monthsCovered(spans),
    })),
    skills: f.skills,
    eqfLevel: f.eqfLevel,
    languages: f.languages,
    licences: f.licences,
    targetGroups: [...groups.computed, ...groups.declared],
    l68,
    monthsWithoutWork: jobless
      ? f.unemployedSince
        ? Math.max(0, monthsBetween(f.unemployedSince, now))
        : 0
      : null,
  };
}
