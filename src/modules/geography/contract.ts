// Contracts of the geography module (server and web app): the import report and a comune's coordinates.
import { z } from 'zod';

export const comuneCodeParams = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'unknown_comune') });

export const boundariesQuery = z.strictObject({
  /** The name of the uploaded file, kept as the source of the imported rows. */
  filename: z.string().trim().min(1).max(200).optional(),
});

export const importReport = z.object({
  source: z.string(),
  /** Comuni in the file. */
  inFile: z.number().int(),
  /** Comuni of the file that are in our comuni table: these were written (inserted or replaced). */
  matched: z.number().int(),
  /** Of the matched, those that already had boundaries (replaced). */
  replaced: z.number().int(),
  /** Codes of the file that are not in our comuni table (merged or renamed comuni, another ISTAT year). */
  unknownCodes: z.array(z.string()),
  /** Codes listed in the file with no geometry (skipped). */
  withoutGeometry: z.array(z.string()),
  seconds: z.number(),
});
export type ImportReport = z.infer<typeof importReport>;

export const comuneGeographyView = z.object({
  code: z.string(),
  name: z.string(),
  provinceAcr: z.string(),
  hasBoundaries: z.boolean(),
  centroid: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  /** [west, south, east, north]. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  source: z.string().nullable(),
  importedAt: z.string().nullable(),
});
export type ComuneGeographyView = z.infer<typeof comuneGeographyView>;

/** How a distance filter was applied: by centroids, or — without boundaries — by comune or province. */
export const distanceModes = ['centroids', 'same_comune', 'same_province'] as const;
export type DistanceMode = (typeof distanceModes)[number];
