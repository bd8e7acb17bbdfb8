// The geography module's table: one row per comune whose boundaries were imported (centroid, simplified outline,
// bounding box). Comuni without a row have no coordinates: the distance filter then falls back to the comune or
// the province (see service.ts).
import { doublePrecision, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { comuni } from '../network/db.ts';
import type { Area, BBox } from './domain/geometry.ts';

export const comuneGeography = pgTable(
  'comune_geography',
  {
    comuneCode: text('comune_code')
      .primaryKey()
      .references(() => comuni.code),
    centroidLat: doublePrecision('centroid_lat').notNull(),
    centroidLon: doublePrecision('centroid_lon').notNull(),
    /** GeoJSON Polygon or MultiPolygon, simplified (domain/simplify.ts), WGS84 lon/lat. */
    geometry: jsonb('geometry').$type<Area>().notNull(),
    /** [west, south, east, north] of the full outline. */
    bbox: jsonb('bbox').$type<BBox>().notNull(),
    /** The file it came from, e.g. "limits_R_1_municipalities.topo.json". */
    source: text('source').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  },
  // The radius search prefilters on a latitude band (service.ts, comuniWithin).
  (t) => [index('comune_geography_lat_idx').on(t.centroidLat)],
);
