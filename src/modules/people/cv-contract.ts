// The CV of a person (SAP sections 3–4: experiences, education, training, languages, licences, skills, desired
// occupations): zod schemas shared by the server and the web app. The shape is checked here; the references
// (code lists, occupations, skills) and the dates against today are checked by the service (cv.ts), which
// reports every problem with its path, e.g. `experiences.2.endDate` or `licences.0.code`.
import { z } from 'zod';
import { isValidOrganisationTaxCode } from '../network/domain/tax-codes.ts';
import { taxonomyLanguages } from '../taxonomy/contract.ts';
import { readPurposes } from './contract.ts';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const optional = (max: number) => text(max).nullish();
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'invalid_country');
const uri = z.string().trim().min(1).max(300);
const code = z.string().trim().min(1).max(20);

export const skillLevels = ['basic', 'intermediate', 'advanced'] as const;
export type SkillLevel = (typeof skillLevels)[number];
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const licenceSchemes = ['driving-licence', 'licence'] as const;
export const cvSections = [
  'education',
  'experiences',
  'trainings',
  'languages',
  'licences',
  'skills',
  'desiredOccupations',
] as const;
export type CvSection = (typeof cvSections)[number];
/** Code lists the CV refers to (the version stored with each code is the one present in code_lists). */
export const cvCodeSchemes = {
  education: 'sap-education',
  cefr: 'cefr',
  contract: 'co-contract',
} as const;
export const MAX_DESIRED_OCCUPATIONS = 5;

export const cvEducationInput = z.strictObject({
  /** Code list 'sap-education'. */
  levelCode: code,
  title: optional(200),
  institution: optional(200),
  year: z.int().min(1920).max(2100).nullish(),
  country: countryCode.default('IT'),
});

export const cvExperienceInput = z
  .strictObject({
    employerName: text(200).min(1),
    employerTaxCode: z
      .string()
      .transform((v) => v.replace(/\s+/g, '').toUpperCase())
      .refine((v) => isValidOrganisationTaxCode(v), 'invalid_tax_code')
      .nullish(),
    /** ESCO occupation URI; must exist in the taxonomy. */
    occupationUri: uri.nullish(),
    startDate: isoDate,
    endDate: isoDate.nullish(),
    /** CO contract type (code list 'co-contract'). */
    contractType: code.nullish(),
    description: optional(2000),
  })
  .superRefine((e, ctx) => {
    if (e.endDate && e.endDate < e.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' });
  });

export const cvTrainingInput = z.strictObject({
  title: text(200).min(1),
  provider: optional(200),
  hours: z.int().min(1).max(10_000).nullish(),
  year: z.int().min(1920).max(2100).nullish(),
  certificate: optional(200),
});

const cefrLevel = z.enum(cefrLevels).nullish();
export const cvLanguageInput = z
  .strictObject({
    /** ISO 639-1, two lower-case letters. */
    language: z.string().regex(/^[a-z]{2}$/, 'invalid_language'),
    motherTongue: z.boolean().default(false),
    listening: cefrLevel,
    reading: cefrLevel,
    speaking: cefrLevel,
    writing: cefrLevel,
  })
  .superRefine((l, ctx) => {
    for (const skill of ['listening', 'reading', 'speaking', 'writing'] as const) {
      const level = l[skill];
      if (l.motherTongue && level)
        ctx.addIssue({ code: 'custom', path: [skill], message: 'cefr_not_for_mother_tongue' });
      if (!l.motherTongue && !level) ctx.addIssue({ code: 'custom', path: [skill], message: 'required' });
    }
  });

export const cvLicenceInput = z.strictObject({
  /** 'driving-licence' (patente) or 'licence' (CQC, patentino carrellista…). */
  scheme: z.enum(licenceSchemes),
  code,
});

export const cvSkillInput = z.strictObject({
  skillUri: uri,
  level: z.enum(skillLevels).default('intermediate'),
});

export const cvInput = z.strictObject({
  education: z.array(cvEducationInput).max(20),
  experiences: z.array(cvExperienceInput).max(50),
  trainings: z.array(cvTrainingInput).max(50),
  languages: z.array(cvLanguageInput).max(20),
  licences: z.array(cvLicenceInput).max(30),
  skills: z.array(cvSkillInput).max(100),
  desiredOccupations: z.array(uri).max(MAX_DESIRED_OCCUPATIONS),
});
export type CvInput = z.infer<typeof cvInput>;

/** The whole CV at once, with the person's version (optimistic locking: a CV change bumps it). */
export const cvUpdate = z.strictObject({ version: z.int().min(1), cv: cvInput });
export type CvUpdate = z.infer<typeof cvUpdate>;

export const cvReadQuery = z.strictObject({
  purpose: z.enum(readPurposes),
  lang: z.enum(taxonomyLanguages).default('it'),
});

// --- The view: the stored CV with labels in the requested language ------------------------------------------
export const cvView = z.object({
  personId: z.uuid(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** Language of the labels. The starter taxonomy has Italian labels only: without an English import, `en`
   *  falls back to Italian for occupations and skills (code lists have both). */
  lang: z.enum(taxonomyLanguages),
  education: z.array(
    z.object({
      levelScheme: z.string(),
      levelVersion: z.string(),
      levelCode: z.string(),
      levelLabel: z.string(),
      title: z.string().nullable(),
      institution: z.string().nullable(),
      year: z.number().int().nullable(),
      country: z.string(),
    }),
  ),
  experiences: z.array(
    z.object({
      employerName: z.string(),
      employerTaxCode: z.string().nullable(),
      occupationUri: z.string().nullable(),
      /** In the requested language; the label stored when recorded if the concept is gone. */
      occupationLabel: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      contractType: z.string().nullable(),
      contractTypeLabel: z.string().nullable(),
      description: z.string().nullable(),
    }),
  ),
  trainings: z.array(
    z.object({
      title: z.string(),
      provider: z.string().nullable(),
      hours: z.number().int().nullable(),
      year: z.number().int().nullable(),
      certificate: z.string().nullable(),
    }),
  ),
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
  licences: z.array(
    z.object({ scheme: z.string(), version: z.string(), code: z.string(), label: z.string() }),
  ),
  skills: z.array(z.object({ skillUri: z.string(), label: z.string(), level: z.enum(skillLevels) })),
  desiredOccupations: z.array(z.object({ occupationUri: z.string(), label: z.string() })),
});
export type CvView = z.infer<typeof cvView>;
