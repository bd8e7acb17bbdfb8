// Merging duplicate person records: zod schemas shared by the server and the web app.
import { z } from 'zod';
import { personFieldNames } from './contract.ts';
import { consentPurposes } from './domain/consents.ts';

const side = z.enum(['survivor', 'merged']);
const fieldName = z.enum(personFieldNames as [string, ...string[]]);

export const mergeInput = z
  .strictObject({
    survivorId: z.uuid(),
    mergedId: z.uuid(),
    survivorVersion: z.int().min(1),
    mergedVersion: z.int().min(1),
    /** For each conflicting field, whose value the survivor keeps. */
    fieldChoices: z.partialRecord(fieldName, side).default({}),
    /** Only compute the preview: nothing is written or audited. */
    dryRun: z.boolean().default(false),
  })
  .refine((v) => v.survivorId !== v.mergedId, { message: 'same_person', path: ['mergedId'] });
export type MergeInput = z.infer<typeof mergeInput>;

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const sectionCount = z.object({ survivor: z.int(), merged: z.int(), result: z.int() });

export const mergePreview = z.object({
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  dryRun: z.boolean(),
  /** The survivor's fields after the merge. */
  fields: z.record(z.string(), fieldValue),
  conflicts: z.array(
    z.object({ field: z.string(), survivor: fieldValue, merged: fieldValue, chosen: side.nullable() }),
  ),
  /** Problems of the resulting record (e.g. a codice fiscale that does not match the chosen birth date). */
  problems: z.array(z.object({ field: z.string(), code: z.string() })),
  cv: z.object({
    education: sectionCount,
    experiences: sectionCount,
    trainings: sectionCount,
    languages: sectionCount,
    licences: sectionCount,
    skills: sectionCount,
    desiredOccupations: sectionCount,
  }),
  consents: z.array(
    z.object({
      purpose: z.enum(consentPurposes),
      state: z.enum(['granted', 'withdrawn', 'never_asked']),
      at: z.string().nullable(),
    }),
  ),
  /** Special-category records moved as they are (encrypted; the count only). */
  specialRecords: z.int(),
  /** After a commit: the survivor's new version. */
  version: z.int().nullable(),
});
export type MergePreview = z.infer<typeof mergePreview>;

export const duplicatesOfPerson = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      birthDate: z.string(),
      taxCode: z.string(),
      residenceComuneName: z.string(),
      ownerOrganisationName: z.string(),
      version: z.int(),
      reason: z.enum(['same_name_and_birth_date', 'similar_name_same_birth_date']),
    }),
  ),
});
