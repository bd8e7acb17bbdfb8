// Hard filters: a candidate who fails one is not proposed for the vacancy at all, whatever their score. Each
// failure is a code the interface explains ("non disponibile prima del 1/3", "oltre la distanza massima"…), so an
// operator asking "why is X not in the list?" gets an answer.
import type { CandidateProfile, Distance, VacancyProfile } from './types.ts';

export type ExclusionReason =
  | { code: 'no_consent' }
  | { code: 'not_available'; availableFrom: string }
  | { code: 'contract_type'; wanted: string[] }
  | { code: 'working_time'; wanted: string[] }
  | { code: 'too_far'; km: number | null; maxCommuteKm: number }
  | { code: 'not_reserved_category'; reservedFor: string[] };

/** Comuni of another province are taken to be at least this far when no coordinates exist. */
export const OTHER_PROVINCE_ASSUMED_KM = 40;

/** Who qualifies for a reservation: L. 68/99 lists, internships (people without work), or a target group. */
export function qualifiesFor(candidate: CandidateProfile, reservation: string): boolean {
  if (reservation === 'l68') return candidate.l68;
  if (reservation === 'internship') return candidate.monthsWithoutWork !== null;
  return candidate.targetGroups.includes(reservation);
}

export function exclusions(
  vacancy: VacancyProfile,
  candidate: CandidateProfile,
  distance: Distance,
): ExclusionReason[] {
  const out: ExclusionReason[] = [];
  if (!candidate.sharesCv) out.push({ code: 'no_consent' });
  if (vacancy.startDate && candidate.availableFrom && candidate.availableFrom > vacancy.startDate) {
    out.push({ code: 'not_available', availableFrom: candidate.availableFrom });
  }
  if (candidate.contractTypes.length && !candidate.contractTypes.includes(vacancy.contractType)) {
    out.push({ code: 'contract_type', wanted: candidate.contractTypes });
  }
  if (candidate.workingTimes.length && !candidate.workingTimes.includes(vacancy.workingTime)) {
    out.push({ code: 'working_time', wanted: candidate.workingTimes });
  }
  const max = candidate.maxCommuteKm;
  if (max !== null) {
    if (distance.kind === 'km' && distance.km > max) {
      out.push({ code: 'too_far', km: Math.round(distance.km), maxCommuteKm: max });
    } else if (distance.kind === 'other_province' && max < OTHER_PROVINCE_ASSUMED_KM) {
      out.push({ code: 'too_far', km: null, maxCommuteKm: max });
    }
  }
  if (vacancy.reservedFor.length && !vacancy.reservedFor.some((r) => qualifiesFor(candidate, r))) {
    out.push({ code: 'not_reserved_category', reservedFor: vacancy.reservedFor });
  }
  return out;
}
