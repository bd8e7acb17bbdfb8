// How much the pre-selection's cut changes the result (bench/matching.ts): the top 50 of each vacancy with the
// cut of production (match-vacancy.ts preselectSize) against the top 50 with a cut ten times larger, which at
// these sizes holds everyone the engine could rank that high. Equal scores at every position mean the cut lost
// nobody better than who it kept (other people of equal score may appear: ties are broken per vacancy).

import type { VacancyProfile } from '../src/modules/matching/domain/types.ts';
import { preselectSize, type Retrieval, rankCandidates } from '../src/modules/matching/match-vacancy.ts';
import type { PeopleAudience } from '../src/modules/matching/retrieval.ts';
import type { Deps } from '../src/platform/deps.ts';

export type CutAgreement = {
  vacancies: number;
  /** Vacancies whose top 50 has the same score at every position. */
  sameScores: number;
  /** People of the larger cut's top 50 also in ours, on average. */
  overlap: number;
  /** Points lost per candidate (larger cut's score minus ours, position by position), mean and worst vacancy. */
  meanLoss: number;
  worstLoss: number;
};

export async function cutAgreement(
  deps: Pick<Deps, 'db' | 'cipher'>,
  profiles: VacancyProfile[],
  audience: PeopleAudience,
  retrieval: () => Promise<Retrieval>,
  now: Date,
  limit = 50,
): Promise<CutAgreement> {
  const out: CutAgreement = {
    vacancies: profiles.length,
    sameScores: 0,
    overlap: 0,
    meanLoss: 0,
    worstLoss: 0,
  };
  for (const v of profiles) {
    const top = async (keep: number) =>
      (await rankCandidates(deps.db, deps, v, audience, limit, now, await retrieval(), keep)).items;
    const ours = await top(preselectSize(limit));
    const wide = await top(preselectSize(limit) * 10);
    const kept = new Set(ours.map((m) => m.personId));
    out.overlap += wide.filter((m) => kept.has(m.personId)).length / Math.max(1, wide.length);
    let loss = 0;
    wide.forEach((m, i) => {
      loss += m.rankScore - (ours[i]?.rankScore ?? 0);
    });
    const perCandidate = loss / Math.max(1, wide.length);
    if (loss < 0.05) out.sameScores++;
    out.meanLoss += perCandidate;
    out.worstLoss = Math.max(out.worstLoss, perCandidate);
  }
  out.overlap /= Math.max(1, profiles.length);
  out.meanLoss /= Math.max(1, profiles.length);
  return out;
}
