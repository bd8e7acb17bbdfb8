// The matching API's shapes: the ranked candidates of a vacancy (matchVacancy) and the ranked vacancies of a
// person (matchPerson, /api/me/matches). Each result carries the engine's breakdown per factor and what is
// missing, as codes and numbers: the web page turns them into words in the reader's language.
import { z } from 'zod';

export const matchQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MatchQuery = z.infer<typeof matchQuery>;

const distance = z.union([
  z.object({ kind: z.literal('km'), km: z.number() }),
  z.object({ kind: z.enum(['same_comune', 'same_province', 'other_province', 'unknown']) }),
]);

const factor = z
  .object({
    factor: z.enum([
      'occupation',
      'essential_skills',
      'optional_skills',
      'experience',
      'education',
      'languages',
      'licences',
      'distance',
      'priority',
    ]),
    points: z.number(),
    max: z.number(),
  })
  .catchall(z.unknown())
  .describe(
    'One factor of the score: points, maximum and the facts behind them (matched/required, months, …).',
  );

const missing = z
  .object({
    kind: z.enum(['essential_skill', 'optional_skill', 'experience', 'education', 'language', 'licence']),
  })
  .catchall(z.unknown());

const scored = {
  score: z.number(),
  /** The score less the fairness penalty: the order of the list. */
  rankScore: z.number(),
  fairnessPenalty: z.number(),
  factors: z.array(factor),
  missing: z.array(missing),
  distance,
};

export const distanceModes = ['centroids', 'fallback', 'mixed'] as const;

const runFacts = {
  weightsVersion: z.string(),
  /** How distances were obtained: comuni centroids, same comune/province fallback, or both. */
  distanceMode: z.enum(distanceModes),
  /** People (or vacancies) scored after the pre-selection and the hard filters. */
  considered: z.number().int(),
  /** How many were excluded by each hard filter (code → count). */
  excludedBy: z.record(z.string(), z.number().int()),
  /** Labels of the skills and occupations named in the results (URI → label, in Italian or English). */
  labels: z.record(z.string(), z.string()),
};

export const candidateMatch = z.object({
  ...scored,
  personId: z.uuid(),
  /** The name, for callers who may read person records (operators); null otherwise. */
  name: z.string().nullable(),
  ageBand: z.string().nullable(),
  comune: z.object({ code: z.string(), name: z.string() }),
  /** Where the person already stands in this vacancy's shortlist, if there. */
  shortlistStage: z.string().nullable(),
});
export type CandidateMatch = z.infer<typeof candidateMatch>;

export const vacancyMatches = z.object({
  ...runFacts,
  vacancy: z.object({
    id: z.uuid(),
    title: z.string(),
    state: z.string(),
    occupationUri: z.string(),
    occupationLabel: z.string(),
    siteComune: z.object({ code: z.string(), name: z.string() }),
  }),
  items: z.array(candidateMatch),
});
export type VacancyMatches = z.infer<typeof vacancyMatches>;

export const vacancyMatch = z.object({
  ...scored,
  vacancyId: z.uuid(),
  title: z.string(),
  employerName: z.string(),
  occupationUri: z.string(),
  siteComune: z.object({ code: z.string(), name: z.string() }),
  contractType: z.string(),
  workingTime: z.string(),
  deadline: z.string().nullable(),
});
export type VacancyMatch = z.infer<typeof vacancyMatch>;

export const personMatches = z.object({
  ...runFacts,
  personId: z.uuid(),
  /** Whether the person currently lets employers see their CV (needed before being proposed). */
  sharesCv: z.boolean(),
  items: z.array(vacancyMatch),
});
export type PersonMatches = z.infer<typeof personMatches>;
