// The search of the Banca Dati Lavoro: the query (querystring-friendly: lists are comma-separated, numbers and
// booleans are strings), the result page and the saved searches. Shared by the server and the web app.
//
// The distance filter measures between comuni centroids (modules/geography), not addresses: "within 20 km of
// Chieri" keeps people whose comune of residence has its centroid within 20 km of Chieri's.
import { z } from 'zod';
import { distanceModes } from '../geography/contract.ts';
import { employmentStatuses, readPurposes } from './contract.ts';
import { computedGroups, declarableGroups } from './domain/target-groups.ts';

/** A comma-separated list in the query string ("a,b,c"), each item checked by `item`. */
const list = <T extends z.ZodType<unknown, string>>(item: T, max = 50) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max));

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const searchTargetGroups = [...computedGroups, ...declarableGroups] as const;
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const searchSorts = ['relevance', 'name', 'updated', 'age'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** The filters (also what a saved search keeps). Every filter narrows the result (AND); lists inside one
 * filter: comuni and statuses are alternatives (any of), target groups, skills and licences are all required. */
export const searchFilterFields = {
  /** Free text: names, comune, CV (occupations, skills, titles, employers…), accent- and case-insensitive,
   * with web-search syntax ("exact phrase", -excluded, or). */
  q: z.string().trim().max(200).optional(),
  comuneCodes: list(z.string().regex(/^\d{6}$/, 'unknown_comune')).optional(),
  status: list(z.enum(employmentStatuses), 10).optional(),
  targetGroups: list(z.enum(searchTargetGroups), 20).optional(),
  ageMin: z.coerce.number().int().min(14).max(100).optional(),
  ageMax: z.coerce.number().int().min(14).max(100).optional(),
  /** ESCO occupation URI: desired, or held in a past experience. */
  occupationUri: z.string().trim().min(1).max(300).optional(),
  /** ISCO-08 group (1 to 4 digits) of a desired or past occupation. */
  iscoPrefix: z
    .string()
    .regex(/^\d{1,4}$/, 'invalid_isco')
    .optional(),
  /** ESCO skill URIs, all required. */
  skillUris: list(z.string().min(1).max(300), 20).optional(),
  /** Driving or professional licence codes (B, C, CQC-M…), all required. */
  licences: list(z.string().regex(/^[A-Za-z0-9.-]{1,20}$/, 'invalid_licence'), 10).optional(),
  /** ISO 639-1 code; with `languageLevel`, the lowest of the four CEFR skills must reach it (mother tongue: yes). */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'invalid_language')
    .optional(),
  languageLevel: z.enum(cefrLevels).optional(),
  /** Minimum education (code list sap-education), compared by ISCED then EQF level. */
  educationMin: z
    .string()
    .regex(/^[A-Z0-9]{1,8}$/, 'invalid_education')
    .optional(),
  /** Available to start by this day (no date recorded = available now). */
  availableBy: z.iso.date().optional(),
  ownVehicle: bool.optional(),
  /** Distance filter: the comune (ISTAT code) to measure from, with `withinKm`. */
  nearComune: z
    .string()
    .regex(/^\d{6}$/, 'unknown_comune')
    .optional(),
  withinKm: z.coerce.number().int().min(1).max(300).optional(),
};

const ageRangeOk = (v: { ageMin?: number; ageMax?: number }) =>
  v.ageMin === undefined || v.ageMax === undefined || v.ageMin <= v.ageMax;
const ageRangeError = { message: 'age_range', path: ['ageMax'] };
/** The two halves of the distance filter come together; the error is on the missing one. */
const distanceChecks = (v: { nearComune?: string; withinKm?: number }, ctx: z.RefinementCtx) => {
  if (v.withinKm !== undefined && v.nearComune === undefined)
    ctx.addIssue({ code: 'custom', message: 'distance_needs_comune', path: ['nearComune'] });
  if (v.nearComune !== undefined && v.withinKm === undefined)
    ctx.addIssue({ code: 'custom', message: 'distance_needs_km', path: ['withinKm'] });
};

export const searchFilters = z
  .strictObject(searchFilterFields)
  .refine(ageRangeOk, ageRangeError)
  .superRefine(distanceChecks);
export type SearchFilters = z.infer<typeof searchFilters>;

export const searchQuery = z
  .strictObject({
    ...searchFilterFields,
    /** Default: relevance when there is free text, otherwise name. */
    sort: z.enum(searchSorts).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    /** Opaque: the `nextCursor` of the previous page (same filters and sort). */
    cursor: z.string().max(500).optional(),
    purpose: z.enum(readPurposes),
  })
  .refine(ageRangeOk, ageRangeError)
  .superRefine(distanceChecks);
export type SearchQuery = z.infer<typeof searchQuery>;

export const exportFormats = ['xlsx', 'csv'] as const;
export const searchExportQuery = z
  .strictObject({
    ...searchFilterFields,
    sort: z.enum(searchSorts).optional(),
    purpose: z.enum(readPurposes),
    format: z.enum(exportFormats).default('xlsx'),
  })
  .refine(ageRangeOk, ageRangeError)
  .superRefine(distanceChecks);
export type SearchExportQuery = z.infer<typeof searchExportQuery>;

export const personSummary = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  age: z.number().int(),
  ageBand: z.string().nullable(),
  residenceComuneCode: z.string(),
  residenceComuneName: z.string(),
  employmentStatus: z.enum(employmentStatuses),
  targetGroups: z.object({ computed: z.array(z.enum(computedGroups)), declared: z.array(z.string()) }),
  /** Italian labels of the desired occupations. */
  desiredOccupations: z.array(z.string()),
  updatedAt: z.string(),
  /** Text relevance (ts_rank_cd) when searching by text, otherwise null. */
  rank: z.number().nullable(),
});
export type PersonSummary = z.infer<typeof personSummary>;

/** Counting stops here: above it `total` is null ("more than 10,000") — refine the filters. */
export const SEARCH_COUNT_LIMIT = 10_000;
/** The most rows one export holds. */
export const SEARCH_EXPORT_LIMIT = 10_000;

export const searchPage = z.object({
  items: z.array(personSummary),
  nextCursor: z.string().nullable(),
  /** Exact number of matches, or null when there are more than 10,000. */
  total: z.number().int().nullable(),
  /** How the distance filter was applied; null without one. Without boundaries of the origin comune it falls
   * back to the same comune (under 10 km) or the same province, and says so here. */
  distance: z
    .object({
      mode: z.enum(distanceModes),
      /** Comuni in the area searched. */
      comuniCount: z.number().int(),
      /** By centroids: people matching the other filters whose comune has no coordinates, left out (capped at
       * 10,000 like `total`; null above). Always 0 in the fallback modes. */
      missingCoordinates: z.number().int().nullable(),
    })
    .nullable(),
});
export type SearchPage = z.infer<typeof searchPage>;

// --- Saved searches ------------------------------------------------------------------------------------------
/** A saved search keeps the filters as query-string values, so the page re-opens them as they were typed. */
export const savedSearchInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  filters: z.record(z.string(), z.string().max(1000)),
});
export type SavedSearchInput = z.infer<typeof savedSearchInput>;

export const savedSearchView = z.object({
  id: z.uuid(),
  name: z.string(),
  filters: z.record(z.string(), z.string()),
  createdAt: z.string(),
});
export type SavedSearchView = z.infer<typeof savedSearchView>;
