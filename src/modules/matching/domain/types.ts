// What the matching engine reads: a vacancy and a candidate reduced to the facts that matter for matching.
// The I/O layer builds them from the database; the domain never sees names, contacts or special-category content
// (only whether a person belongs to the L. 68/99 lists, which a reserved vacancy must know).

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type SkillLevel = 'basic' | 'intermediate' | 'advanced';

/** An occupation with its ISCO-08 unit group (4 digits), used for "related" occupations. */
export type OccupationRef = { uri: string; isco: string | null };

export type VacancyProfile = {
  id: string;
  occupation: OccupationRef;
  essentialSkills: string[];
  optionalSkills: string[];
  /** Months of experience in the occupation (or a related one) asked for; 0 = none. */
  minExperienceMonths: number;
  /** Minimum education as an EQF level (1–8); null = none. */
  minEqfLevel: number | null;
  languages: { code: string; level: CefrLevel }[];
  licences: string[];
  /** CO contract type code (e.g. A.01.00) and working time. */
  contractType: string;
  workingTime: 'full_time' | 'part_time';
  siteComuneCode: string;
  startDate: string | null;
  /** 'l68' (collocamento mirato), 'internship', or target-group codes: candidates must qualify for one of them. */
  reservedFor: string[];
};

export type CandidateProfile = {
  personId: string;
  comuneCode: string;
  /** Current consent to share the CV with employers. */
  sharesCv: boolean;
  availableFrom: string | null;
  /** Empty = any. */
  contractTypes: string[];
  workingTimes: string[];
  maxCommuteKm: number | null;
  desiredOccupations: OccupationRef[];
  /** Experience per occupation, in months (summed over the CV's experiences). */
  experience: { occupation: OccupationRef; months: number }[];
  skills: { uri: string; level: SkillLevel | null }[];
  eqfLevel: number | null;
  languages: { code: string; level: CefrLevel; motherTongue: boolean }[];
  licences: string[];
  /** Computed and declared target groups (neet, long_term_unemployed, over_58, migrant, …). */
  targetGroups: string[];
  /** Enrolled in the L. 68/99 lists (derived from the encrypted record, never shown). */
  l68: boolean;
  /** Months without work, for the priority factor; null when employed or unknown. */
  monthsWithoutWork: number | null;
};

/** Distance between the candidate's comune and the vacancy site: measured, or a fallback stated as such. */
export type Distance =
  | { kind: 'km'; km: number }
  | { kind: 'same_comune' }
  | { kind: 'same_province' }
  | { kind: 'other_province' }
  | { kind: 'unknown' };

/** Recent proposals of a person (for fairness): how many without an answer in the configured window. */
export type Exposure = { unansweredProposals: number };
