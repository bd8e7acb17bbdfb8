// Comuni outlines as GeoJSON for maps (the territorial map's choropleth): the simplified geometry stored at import
// (boundaries.ts), one Feature per comune that has it, with its ISTAT code and name. Comuni without imported
// boundaries are simply absent; callers say how many are missing.
import { asc, eq, inArray, max } from 'drizzle-orm';
import type { Feature, FeatureCollection } from 'geojson';
import type { Tx } from '../../platform/db/client.ts';
import { comuni } from '../network/db.ts';
import { comuneGeography } from './db.ts';
import type { Area } from './domain/geometry.ts';

export type OutlineProperties = { code: string; name: string };
export type Outlines = FeatureCollection<Area, OutlineProperties>;

export async function outlinesOf(tx: Tx, codes: string[]): Promise<Outlines> {
  if (codes.length === 0) return { type: 'FeatureCollection', features: [] };
  const rows = await tx
    .select({ code: comuni.code, name: comuni.name, geometry: comuneGeography.geometry })
    .from(comuneGeography)
    .innerJoin(comuni, eq(comuni.code, comuneGeography.comuneCode))
    .where(inArray(comuneGeography.comuneCode, codes))
    .orderBy(asc(comuni.code));
  const features = rows.map(
    (r): Feature<Area, OutlineProperties> => ({
      type: 'Feature',
      id: r.code,
      properties: { code: r.code, name: r.name },
      geometry: r.geometry,
    }),
  );
  return { type: 'FeatureCollection', features };
}

/** When the outlines of these comuni last changed (for cache validators); null when none has one. */
export async function outlinesImportedAt(tx: Tx, codes: string[]): Promise<Date | null> {
  if (codes.length === 0) return null;
  const [row] = await tx
    .select({ at: max(comuneGeography.importedAt) })
    .from(comuneGeography)
    .where(inArray(comuneGeography.comuneCode, codes));
  return row?.at ?? null;
}
