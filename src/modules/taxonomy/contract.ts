// The taxonomy module's API: zod schemas and types shared by the server and the web app. Occupations and skills
// are ESCO concepts named by their URI; labels come in the language the client asks for (Italian by default).
import { z } from 'zod';

export const taxonomyLanguages = ['it', 'en'] as const;
export type TaxonomyLanguage = (typeof taxonomyLanguages)[number];

export const skillTypes = ['skill/competence', 'knowledge'] as const;

const conceptUri = z.url().max(300);
const lang = z.enum(taxonomyLanguages).default('it');

export const occupationSummary = z.object({
  uri: z.string(),
  iscoCode: z.string(),
  label: z.string(),
  altLabels: z.array(z.string()),
  /** Where the concept comes from and which version, e.g. "ESCO 1.1.0". */
  source: z.string(),
});
export type OccupationSummary = z.infer<typeof occupationSummary>;

export const skillRef = z.object({ uri: z.string(), label: z.string(), skillType: z.string().nullable() });
export type SkillRef = z.infer<typeof skillRef>;

export const conceptRef = z.object({ uri: z.string(), label: z.string() });

export const occupationDetail = occupationSummary.extend({
  code: z.string().nullable(),
  description: z.string().nullable(),
  iscoGroup: z.object({ code: z.string(), label: z.string() }).nullable(),
  broader: z.array(conceptRef),
  narrower: z.array(conceptRef),
  essentialSkills: z.array(skillRef),
  optionalSkills: z.array(skillRef),
});
export type OccupationDetail = z.infer<typeof occupationDetail>;

export const skillSummary = z.object({
  uri: z.string(),
  label: z.string(),
  altLabels: z.array(z.string()),
  skillType: z.string().nullable(),
  reuseLevel: z.string().nullable(),
  source: z.string(),
});
export type SkillSummary = z.infer<typeof skillSummary>;

export const codeListEntry = z.object({
  scheme: z.string(),
  version: z.string(),
  code: z.string(),
  parentCode: z.string().nullable(),
  /** The label in the request language. */
  label: z.string(),
  extra: z.record(z.string(), z.unknown()),
});
export type CodeListEntry = z.infer<typeof codeListEntry>;

const searchBase = {
  q: z.string().trim().min(1).max(100),
  lang,
  limit: z.coerce.number().int().min(1).max(50).default(20),
};
export const occupationSearchQuery = z.strictObject({
  ...searchBase,
  /** Restricts to an ISCO-08 branch: "7" (craft workers), "83" (drivers), "8332" (one unit group). */
  iscoPrefix: z
    .string()
    .regex(/^\d{1,4}$/, 'invalid_isco_prefix')
    .optional(),
});
export type OccupationSearchQuery = z.infer<typeof occupationSearchQuery>;

export const skillSearchQuery = z.strictObject({
  ...searchBase,
  skillType: z.enum(skillTypes).optional(),
});
export type SkillSearchQuery = z.infer<typeof skillSearchQuery>;

export const occupationQuery = z.strictObject({ uri: conceptUri, lang });
export const langQuery = z.strictObject({ lang });
export const codeListParams = z.strictObject({ scheme: z.string().regex(/^[a-z0-9-]{1,40}$/) });

export const importStatuses = ['running', 'done', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** What an import has done so far: counts per table, and where it is now. */
export const importProgress = z.object({
  phase: z.string().optional(),
  processed: z.number().int().optional(),
  total: z.number().int().optional(),
  iscoGroups: z.number().int().optional(),
  occupations: z.number().int().optional(),
  skills: z.number().int().optional(),
  labels: z.number().int().optional(),
  broader: z.number().int().optional(),
  relations: z.number().int().optional(),
  seconds: z.number().optional(),
});
export type ImportProgress = z.infer<typeof importProgress>;

export const importJob = z.object({
  id: z.uuid(),
  source: z.string(),
  language: z.string().nullable(),
  version: z.string().nullable(),
  status: z.enum(importStatuses),
  progress: importProgress,
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

export const importQuery = z.strictObject({
  /** ESCO version of the bundle, e.g. 1.2.0; by default read from the file name, else "unknown". */
  version: z
    .string()
    .regex(/^\d+\.\d+(\.\d+)?$/, 'invalid_version')
    .optional(),
  /** The uploaded file's name (esco-v1.2.0-classification-it-csv.zip), used to detect the version. */
  filename: z.string().max(200).optional(),
});
