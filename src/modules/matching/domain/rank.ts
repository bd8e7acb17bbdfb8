// Ranking: hard filters, then the score, then the fairness penalty for people proposed many times recently
// without an answer. Ties are broken by a hash of (vacancy, person), so equal candidates are not always ordered
// the same way (by name or by id) across vacancies. Pure: the same input gives the same ranking.
import { type ExclusionReason, exclusions } from './filters.ts';
import { type ScoreBreakdown, scoreCandidate } from './score.ts';
import type { CandidateProfile, Distance, Exposure, VacancyProfile } from './types.ts';
import type { FairnessSettings, MatchingWeights } from './weights.ts';

export type RankedMatch = ScoreBreakdown & {
  personId: string;
  vacancyId: string;
  /** Points taken off for fairness (0 when not applied); the ranking uses score − penalty. */
  fairnessPenalty: number;
  rankScore: number;
};

export type Excluded = { personId: string; vacancyId: string; reasons: ExclusionReason[] };

export type Pair = {
  vacancy: VacancyProfile;
  candidate: CandidateProfile;
  distance: Distance;
  exposure?: Exposure;
};

export function fairnessPenalty(f: FairnessSettings, exposure: Exposure | undefined): number {
  if (!f.enabled || !exposure) return 0;
  const over = exposure.unansweredProposals - f.freeProposals;
  return over > 0 ? Math.min(f.maxPenalty, over * f.penaltyPerProposal) : 0;
}

/**
 * A 32-bit hash of a text (FNV-1a, then a final mix so that nearby texts land far apart): a stable, fast
 * tie-break, hundreds per match. Not for anything secret.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const tieBreak = (vacancyId: string, personId: string) => hash32(`${vacancyId}:${personId}`);

/** Match one pair: either excluded (with reasons) or scored. */
export function matchPair(
  w: MatchingWeights,
  f: FairnessSettings,
  p: Pair,
): { excluded: Excluded } | { match: RankedMatch } {
  const reasons = exclusions(p.vacancy, p.candidate, p.distance);
  const ids = { personId: p.candidate.personId, vacancyId: p.vacancy.id };
  if (reasons.length) return { excluded: { ...ids, reasons } };
  const breakdown = scoreCandidate(w, p.vacancy, p.candidate, p.distance);
  const penalty = fairnessPenalty(f, p.exposure);
  return {
    match: {
      ...ids,
      ...breakdown,
      fairnessPenalty: penalty,
      rankScore: Math.round((breakdown.score - penalty) * 10) / 10,
    },
  };
}

/** Best `limit` matches among the pairs, best first; also how many were excluded and why (counted by code). */
export function rankPairs(w: MatchingWeights, f: FairnessSettings, pairs: Iterable<Pair>, limit: number) {
  const matches: RankedMatch[] = [];
  const excludedBy: Record<string, number> = {};
  for (const pair of pairs) {
    const r = matchPair(w, f, pair);
    if ('excluded' in r) {
      for (const reason of r.excluded.reasons) excludedBy[reason.code] = (excludedBy[reason.code] ?? 0) + 1;
    } else {
      matches.push(r.match);
    }
  }
  // The hash is computed once per match, not in every comparison of the sort.
  const ties = new Map(matches.map((m) => [m, tieBreak(m.vacancyId, m.personId)]));
  matches.sort((a, b) => b.rankScore - a.rankScore || b.score - a.score || ties.get(a)! - ties.get(b)!);
  return { items: matches.slice(0, limit), considered: matches.length, excludedBy };
}
