// Contracts of the territory module (server and web app): economic activities and hiring needs by comune of the
// caller's networks, and the comuni outlines for the choropleth map.
import { z } from 'zod';

export const hiringHorizons = ['0_6_months', '6_24_months'] as const;
/** The map's measures: employers (imprese), employees (addetti), hiring needs (fabbisogni: positions wanted). */
export const measures = ['employers', 'employees', 'needs'] as const;
export type Measure = (typeof measures)[number];

const section = z.string().regex(/^[A-V]$/, 'invalid_value');
const network = z.uuid();

export const activitiesQuery = z.strictObject({ section: section.optional(), network: network.optional() });
export type ActivitiesQuery = z.infer<typeof activitiesQuery>;

export const needsQuery = z.strictObject({
  horizon: z.enum(hiringHorizons).optional(),
  section: section.optional(),
  occupation: z.string().trim().min(1).max(300).optional(),
  network: network.optional(),
});
export type NeedsQuery = z.infer<typeof needsQuery>;

export const mapQuery = z.strictObject({ network: network.optional() });

const sectionCount = z.object({
  /** Section letter; null = employers without a (valid) ATECO code. */
  section: z.string().nullable(),
  employers: z.number(),
  employees: z.number(),
});

export const comuneActivities = z.object({
  code: z.string(),
  name: z.string(),
  employers: z.number(),
  employees: z.number(),
  bySection: z.array(sectionCount),
});
export type ComuneActivities = z.infer<typeof comuneActivities>;

export const sectionLabel = z.object({ letter: z.string(), it: z.string(), en: z.string() });
export type SectionLabel = z.infer<typeof sectionLabel>;

export const activitiesView = z.object({
  comuni: z.array(comuneActivities),
  /** The sections present among the network's employers, with their names (of each version present). */
  sections: z.array(sectionLabel),
  totals: z.object({ employers: z.number(), employees: z.number() }),
});
export type ActivitiesView = z.infer<typeof activitiesView>;

export const comuneNeeds = z.object({
  code: z.string(),
  name: z.string(),
  positions: z.number(),
  positionsShort: z.number(),
  positionsLong: z.number(),
  employers: z.number(),
});
export type ComuneNeeds = z.infer<typeof comuneNeeds>;

export const needsView = z.object({
  comuni: z.array(comuneNeeds),
  totals: z.object({ positions: z.number(), positionsShort: z.number(), positionsLong: z.number() }),
});
export type NeedsView = z.infer<typeof needsView>;

const feature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({ code: z.string(), name: z.string() }),
  geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
});

/** A GeoJSON FeatureCollection; `comuni` and `withOutline` are foreign members saying how many lack an outline. */
export const mapView = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(feature),
  comuni: z.number(),
  withOutline: z.number(),
});
export type MapView = z.infer<typeof mapView>;
