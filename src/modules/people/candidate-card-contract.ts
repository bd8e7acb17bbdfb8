// The anonymised candidate card: what an employer of the network may see of a person who consents to sharing
// their CV. Only job-relevant facts: no name, codice fiscale, contacts, address, birth date (an age band instead),
// employers' names or declared target groups.
import { z } from 'zod';
import { taxonomyLanguages } from '../taxonomy/contract.ts';
import { skillLevels } from './cv-contract.ts';

export const candidateCardQuery = z.strictObject({ lang: z.enum(taxonomyLanguages).default('it') });

const coded = z.object({ code: z.string(), label: z.string() });

export const candidateCard = z.object({
  /** Stable pseudonymous reference ('C-' + 8 hex digits): the same person always gets the same one. */
  reference: z.string(),
  ageBand: z.string().nullable(),
  residenceComune: coded,
  desiredOccupations: z.array(z.object({ occupationUri: z.string(), label: z.string() })),
  skills: z.array(z.object({ skillUri: z.string(), label: z.string(), level: z.enum(skillLevels) })),
  /** Total months of experience per occupation (overlapping periods counted once). */
  experience: z.array(
    z.object({
      occupationUri: z.string().nullable(),
      label: z.string().nullable(),
      months: z.number().int(),
    }),
  ),
  /** The highest education level. */
  educationLevel: coded.nullable(),
  languages: z.array(
    z.object({
      language: z.string(),
      motherTongue: z.boolean(),
      listening: z.string().nullable(),
      reading: z.string().nullable(),
      speaking: z.string().nullable(),
      writing: z.string().nullable(),
    }),
  ),
  licences: z.array(z.object({ scheme: z.string(), code: z.string(), label: z.string() })),
  availability: z.object({
    availableFrom: z.string().nullable(),
    contractTypes: z.array(coded),
    workingTimes: z.array(z.string()),
    maxCommuteKm: z.number().nullable(),
  }),
});
export type CandidateCard = z.infer<typeof candidateCard>;
