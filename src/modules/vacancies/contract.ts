// The vacancies module's API: what an editor sends (zod checks the shapes; domain/requirements.ts and checks.ts
// what zod cannot see), what operators and employers read, and the public view for citizens (no personal data:
// no author, no internal notes, only the employer's name and the workplace).
import { z } from 'zod';
import { cefrLevels } from '../people/cv-contract.ts';
import { computedGroups, declarableGroups } from '../people/domain/target-groups.ts';
import { vacancyActions, vacancyStates } from './domain/lifecycle.ts';

const isoDate = z.iso.date();

/** Who a vacancy may be reserved to: L. 68/99 lists, internships (people without work), or a target group. */
export const reservations = ['l68', 'internship', ...computedGroups, ...declarableGroups] as const;
export const workingTimes = ['full_time', 'part_time'] as const;

const vacancyFields = {
  title: z.string().trim().min(3).max(160),
  description: z.string().max(5000).default(''),
  /** ESCO occupation URI; null is refused by the requirement check, naming the field. */
  occupationUri: z.string().max(300).nullable(),
  essentialSkills: z.array(z.string().max(300)).max(60).default([]),
  optionalSkills: z.array(z.string().max(300)).max(60).default([]),
  minExperienceMonths: z.int().min(0).max(600).default(0),
  /** EQF level (1–8) of the minimum education; null when none is asked. */
  minEqfLevel: z.int().min(1).max(8).nullable().default(null),
  languages: z
    .array(
      z.strictObject({ code: z.string().regex(/^[a-z]{2}$/, 'invalid_language'), level: z.enum(cefrLevels) }),
    )
    .max(10)
    .default([]),
  /** Codes of the 'driving-licence' (B, C, CE…) and 'licence' (CQC-M, CARRELLISTA…) lists, as in CVs. */
  licences: z.array(z.string().max(20)).max(20).default([]),
  /** CO contract type (code list 'co-contract'). */
  contractType: z.string().max(20),
  workingTime: z.enum(workingTimes),
  weeklyHours: z.int().min(1).max(80).nullable().default(null),
  siteComuneCode: z.string().regex(/^\d{6}$/, 'unknown_comune'),
  siteAddress: z.string().trim().max(200).nullable().default(null),
  positions: z.int().min(1).max(500).default(1),
  startDate: isoDate.nullable().default(null),
  deadline: isoDate.nullable().default(null),
  reservedFor: z.array(z.enum(reservations)).max(10).default([]),
};

export const vacancyInput = z.strictObject({
  /** The employer; an employer user may leave it out (their own company is used) or name their own. */
  employerId: z.uuid().optional(),
  ...vacancyFields,
});
export type VacancyInput = z.infer<typeof vacancyInput>;

export const vacancyUpdate = z.strictObject({ ...vacancyFields, version: z.int().min(1) });
export type VacancyUpdate = z.infer<typeof vacancyUpdate>;
export type VacancyFields = Omit<VacancyInput, 'employerId'>;
export const vacancyFieldNames = Object.keys(vacancyFields) as (keyof VacancyFields)[];

const labelled = z.object({ uri: z.string(), label: z.string() });

export const vacancyView = z.object({
  id: z.uuid(),
  employerId: z.uuid(),
  employerName: z.string(),
  ownerOrganisationId: z.uuid(),
  title: z.string(),
  description: z.string(),
  occupationUri: z.string(),
  occupationLabel: z.string(),
  essentialSkills: z.array(labelled),
  optionalSkills: z.array(labelled),
  minExperienceMonths: z.number(),
  minEqfLevel: z.number().nullable(),
  languages: z.array(z.object({ code: z.string(), level: z.string() })),
  licences: z.array(z.string()),
  contractType: z.string(),
  workingTime: z.enum(workingTimes),
  weeklyHours: z.number().nullable(),
  siteComuneCode: z.string(),
  siteComuneName: z.string(),
  siteAddress: z.string().nullable(),
  positions: z.number(),
  hired: z.number(),
  openPositions: z.number(),
  startDate: z.string().nullable(),
  deadline: z.string().nullable(),
  reservedFor: z.array(z.string()),
  state: z.enum(vacancyStates),
  stateReason: z.string().nullable(),
  allowedActions: z.array(z.enum(vacancyActions)),
  publishedAt: z.string().nullable(),
  refreshedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** When a published offer leaves the public list unless refreshed (VACANCY_STALE_AFTER_DAYS). */
  staleAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VacancyView = z.infer<typeof vacancyView>;

export const vacancyListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  state: z.enum(vacancyStates).optional(),
  occupationUri: z.string().max(300).optional(),
  comuneCode: z
    .string()
    .regex(/^\d{6}$/, 'unknown_comune')
    .optional(),
  employerId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type VacancyListQuery = z.infer<typeof vacancyListQuery>;

export const vacancySummary = z.object({
  id: z.uuid(),
  title: z.string(),
  employerId: z.uuid(),
  employerName: z.string(),
  occupationLabel: z.string(),
  siteComuneName: z.string(),
  state: z.enum(vacancyStates),
  stateReason: z.string().nullable(),
  positions: z.number(),
  hired: z.number(),
  deadline: z.string().nullable(),
  refreshedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export const vacancyPage = z.object({ items: z.array(vacancySummary), total: z.number() });
export type VacancyPage = z.infer<typeof vacancyPage>;

export const lifecycleParams = z.strictObject({ id: z.uuid(), action: z.enum(vacancyActions) });
export const lifecycleBody = z.strictObject({ version: z.int().min(1).optional() }).optional();

export const employerOptionsQuery = z.strictObject({ q: z.string().trim().max(100).optional() });
export const employerOption = z.object({
  id: z.uuid(),
  name: z.string(),
  taxCode: z.string(),
  sites: z.array(
    z.object({ comuneCode: z.string(), comuneName: z.string(), address: z.string().nullable() }),
  ),
});
export type EmployerOption = z.infer<typeof employerOption>;

// --- Public page (citizens, no login) ---

export const publicVacancyQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  occupationUri: z.string().max(300).optional(),
  comuneCode: z
    .string()
    .regex(/^\d{6}$/, 'unknown_comune')
    .optional(),
  /** With comuneCode: also the comuni within this many km (geography's centroids or its fallback). */
  km: z.coerce.number().int().min(1).max(200).optional(),
  contractType: z.string().max(20).optional(),
  workingTime: z.enum(workingTimes).optional(),
  lang: z.enum(['it', 'en']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type PublicVacancyQuery = z.infer<typeof publicVacancyQuery>;

export const publicVacancySummary = z.object({
  id: z.uuid(),
  title: z.string(),
  employerName: z.string(),
  occupationLabel: z.string(),
  siteComuneCode: z.string(),
  siteComuneName: z.string(),
  contractType: z.string(),
  contractTypeLabel: z.string(),
  workingTime: z.enum(workingTimes),
  weeklyHours: z.number().nullable(),
  positions: z.number(),
  deadline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  reservedFor: z.array(z.string()),
});
export const publicVacancyPage = z.object({
  items: z.array(publicVacancySummary),
  total: z.number(),
  /** How the distance filter was applied (comuni centroids, or the comune/province fallback), when asked. */
  distance: z.object({ mode: z.string(), comuniCount: z.number() }).nullable(),
});

export const publicVacancyView = publicVacancySummary.extend({
  description: z.string(),
  siteAddress: z.string().nullable(),
  essentialSkills: z.array(labelled),
  optionalSkills: z.array(labelled),
  minExperienceMonths: z.number(),
  minEqfLevel: z.number().nullable(),
  languages: z.array(z.object({ code: z.string(), level: z.string() })),
  licences: z.array(z.string()),
  startDate: z.string().nullable(),
});
export type PublicVacancyView = z.infer<typeof publicVacancyView>;
export const codeLabel = z.object({ code: z.string(), label: z.string() });
