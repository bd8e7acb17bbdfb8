// The matching weights, as data. Each factor gives at most `max` points; the score is their sum (0–100 with the
// defaults). Operators read these numbers in the explanation of every result, so they are kept round and few.
// A network may tune them (the README and the operator guide explain each one); a change takes effect on the
// next match and is recorded with the results (`weightsVersion`).

export type MatchingWeights = {
  version: string;
  occupation: {
    max: number;
    /** Share of `max` for an occupation in the same ISCO-08 unit group (4 digits) or minor group (3 digits). */
    sameUnitGroup: number;
    sameMinorGroup: number;
    /** A desired occupation counts this share of an occupation held in a past job. */
    desiredOnly: number;
  };
  essentialSkills: { max: number };
  optionalSkills: { max: number };
  /** Full points at `saturationMonths` of experience in the occupation (or related, at the occupation's share). */
  experience: { max: number; saturationMonths: number };
  education: { max: number };
  languages: { max: number };
  licences: { max: number };
  /** Full points within `fullWithinKm`, none at the candidate's maximum commute (or `zeroAtKm`). */
  distance: { max: number; fullWithinKm: number; zeroAtKm: number; sameProvinceShare: number };
  /** Priority for people further from work: long-term unemployment and target groups. */
  priority: { max: number; longTermMonths: number; groups: string[] };
};

export const defaultWeights: MatchingWeights = {
  version: '2026-11',
  occupation: { max: 25, sameUnitGroup: 0.7, sameMinorGroup: 0.4, desiredOnly: 0.8 },
  essentialSkills: { max: 25 },
  optionalSkills: { max: 5 },
  experience: { max: 15, saturationMonths: 36 },
  education: { max: 5 },
  languages: { max: 5 },
  licences: { max: 5 },
  distance: { max: 10, fullWithinKm: 5, zeroAtKm: 50, sameProvinceShare: 0.4 },
  priority: {
    max: 5,
    longTermMonths: 12,
    groups: ['neet', 'over_58', 'social_services_referral', 'single_parent', 'former_detainee', 'refugee'],
  },
};

/**
 * Fairness: a person proposed many times recently without an answer is not always put on top. Each unanswered
 * proposal in the window beyond `freeProposals` lowers the ranking score by `penaltyPerProposal` points, up to
 * `maxPenalty`. The explanation shows the penalty; the match score itself is unchanged.
 */
export type FairnessSettings = {
  enabled: boolean;
  windowDays: number;
  freeProposals: number;
  penaltyPerProposal: number;
  maxPenalty: number;
};

export const defaultFairness: FairnessSettings = {
  enabled: true,
  windowDays: 60,
  freeProposals: 2,
  penaltyPerProposal: 3,
  maxPenalty: 15,
};

export const maxScore = (w: MatchingWeights) =>
  w.occupation.max +
  w.essentialSkills.max +
  w.optionalSkills.max +
  w.experience.max +
  w.education.max +
  w.languages.max +
  w.licences.max +
  w.distance.max +
  w.priority.max;
