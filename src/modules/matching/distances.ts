// Distances between a vacancy's site and the candidates' comuni: from the comuni centroids (geography module) when
// both have one; otherwise the documented fallback — same comune, same province, other province — and the result
// says which mode was used, so nobody reads "same province" as a number of kilometres.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import { haversineKm } from '../geography/domain/distance.ts';
import type { Distance } from './domain/types.ts';

/** 'centroids': every distance measured; 'fallback': none could be; 'mixed': some comuni lack coordinates. */
export type DistanceMode = 'centroids' | 'fallback' | 'mixed';

type Place = { code: string; province: string; lat: number | null; lon: number | null };

export async function placesOf(tx: Tx, codes: readonly string[]): Promise<Map<string, Place>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await queryRows<{ code: string; province: string; lat: number | null; lon: number | null }>(
    tx,
    sql`SELECT c.code, c.province_code AS province, g.centroid_lat AS lat, g.centroid_lon AS lon
        FROM comuni c LEFT JOIN comune_geography g ON g.comune_code = c.code
        WHERE c.code = ANY(${`{${unique.join(',')}}`}::text[])`,
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        province: r.province,
        lat: r.lat === null ? null : Number(r.lat),
        lon: r.lon === null ? null : Number(r.lon),
      },
    ]),
  );
}

export function distanceBetween(a: Place | undefined, b: Place | undefined): Distance {
  if (!a || !b) return { kind: 'unknown' };
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    const km = haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
    return { kind: 'km', km: Math.round(km * 10) / 10 };
  }
  if (a.code === b.code) return { kind: 'same_comune' };
  return a.province === b.province ? { kind: 'same_province' } : { kind: 'other_province' };
}

/** Distances from one site to many comuni, with the mode actually used. */
export async function distancesFrom(tx: Tx, site: string, comuni: readonly string[]) {
  const places = await placesOf(tx, [site, ...comuni]);
  const origin = places.get(site);
  const byComune = new Map<string, Distance>();
  let measured = 0;
  let fallback = 0;
  for (const code of new Set(comuni)) {
    const d = distanceBetween(origin, places.get(code));
    byComune.set(code, d);
    if (d.kind === 'km') measured++;
    else fallback++;
  }
  const mode: DistanceMode = fallback === 0 ? 'centroids' : measured === 0 ? 'fallback' : 'mixed';
  return { byComune, mode, withoutCoordinates: fallback };
}

/**
 * Comuni around a site for the pre-selection: with the site's centroid, every comune within `radiusKm` and its
 * distance; without it, the site's comune (0 km) and its province (distance unknown: `km` null). Also the site's
 * name, for the results page (null for a code not in the comuni table).
 */
export async function comuniAround(tx: Tx, site: string, radiusKm: number) {
  const [origin] = await queryRows<{
    name: string;
    province: string;
    lat: number | null;
    lon: number | null;
  }>(
    tx,
    sql`SELECT c.name, c.province_code AS province, g.centroid_lat AS lat, g.centroid_lon AS lon
        FROM comuni c LEFT JOIN comune_geography g ON g.comune_code = c.code WHERE c.code = ${site}`,
  );
  if (!origin) return { measured: false, near: [] as { code: string; km: number | null }[], siteName: null };
  const siteName = origin.name;
  if (origin.lat === null || origin.lon === null) {
    const rows = await queryRows<{ code: string }>(
      tx,
      sql`SELECT code FROM comuni WHERE province_code = ${origin.province}`,
    );
    return {
      measured: false,
      near: rows.map((r) => ({ code: r.code, km: r.code === site ? 0 : null })),
      siteName,
    };
  }
  const centre = { lat: Number(origin.lat), lon: Number(origin.lon) };
  const dLat = radiusKm / 111;
  const rows = await queryRows<{ code: string; lat: number; lon: number }>(
    tx,
    sql`SELECT comune_code AS code, centroid_lat AS lat, centroid_lon AS lon FROM comune_geography
        WHERE centroid_lat BETWEEN ${centre.lat - dLat} AND ${centre.lat + dLat}`,
  );
  const near = rows
    .map((r) => ({ code: r.code, km: haversineKm(centre, { lat: Number(r.lat), lon: Number(r.lon) }) }))
    .filter((r) => r.km <= radiusKm);
  return { measured: true, near, siteName };
}
