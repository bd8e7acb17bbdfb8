// The geography module's public face for other modules and the routes: a comune's coordinates, and the comuni
// within a distance of a comune (the people search's distance filter).
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { comuni } from '../network/db.ts';
import type { ComuneGeographyView, DistanceMode } from './contract.ts';
import { comuneGeography } from './db.ts';
import { boxAround, haversineKm } from './domain/distance.ts';

export { importBoundaries, importBoundaryFile } from './boundaries.ts';

/** Below this radius the fallback without coordinates is the comune itself; from it on, its province. */
export const SAME_COMUNE_BELOW_KM = 10;

/** Reference data like GET /api/comuni: any signed-in user reads it, not audited. */
export async function getComuneGeography(deps: Deps, code: string): Promise<ComuneGeographyView> {
  const [row] = await deps.db
    .select({
      code: comuni.code,
      name: comuni.name,
      provinceAcr: comuni.provinceAcr,
      lat: comuneGeography.centroidLat,
      lon: comuneGeography.centroidLon,
      bbox: comuneGeography.bbox,
      source: comuneGeography.source,
      importedAt: comuneGeography.importedAt,
    })
    .from(comuni)
    .leftJoin(comuneGeography, eq(comuneGeography.comuneCode, comuni.code))
    .where(eq(comuni.code, code));
  if (!row) throw notFound();
  const has = row.lat !== null && row.lon !== null;
  return {
    code: row.code,
    name: row.name,
    provinceAcr: row.provinceAcr,
    hasBoundaries: has,
    centroid: has ? { lat: row.lat!, lon: row.lon! } : null,
    bbox: row.bbox ?? null,
    source: row.source ?? null,
    importedAt: row.importedAt?.toISOString() ?? null,
  };
}

export type DistanceArea = { mode: DistanceMode; codes: string[] };

/**
 * The comuni within `km` of the comune `origin`: by centroids when the origin has one (a latitude/longitude box
 * in SQL, then the exact haversine here); otherwise the origin comune alone (under SAME_COMUNE_BELOW_KM) or its
 * whole province. Null when `origin` is not a comune.
 */
export async function comuniWithin(tx: Tx, origin: string, km: number): Promise<DistanceArea | null> {
  const [o] = await queryRows<{ province_code: string; lat: number | null; lon: number | null }>(
    tx,
    sql`SELECT c.province_code, g.centroid_lat AS lat, g.centroid_lon AS lon
        FROM ${comuni} c LEFT JOIN ${comuneGeography} g ON g.comune_code = c.code
        WHERE c.code = ${origin}`,
  );
  if (!o) return null;
  if (o.lat !== null && o.lon !== null) {
    const centre = { lat: Number(o.lat), lon: Number(o.lon) };
    const box = boxAround(centre, km);
    const near = await queryRows<{ code: string; lat: number; lon: number }>(
      tx,
      sql`SELECT comune_code AS code, centroid_lat AS lat, centroid_lon AS lon FROM ${comuneGeography}
          WHERE centroid_lat BETWEEN ${box.south} AND ${box.north}
            AND centroid_lon BETWEEN ${box.west} AND ${box.east}`,
    );
    const codes = near
      .filter((c) => haversineKm(centre, { lat: Number(c.lat), lon: Number(c.lon) }) <= km)
      .map((c) => c.code);
    return { mode: 'centroids', codes };
  }
  if (km < SAME_COMUNE_BELOW_KM) return { mode: 'same_comune', codes: [origin] };
  const rows = await tx
    .select({ code: comuni.code })
    .from(comuni)
    .where(eq(comuni.provinceCode, o.province_code));
  return { mode: 'same_province', codes: rows.map((r) => r.code) };
}
