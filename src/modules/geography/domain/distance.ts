// Distances on the sphere between comuni centroids. A sphere of mean radius is within 0.5% of the ellipsoid:
// far better than a centroid is as a stand-in for where a person lives.
import type { LonLat } from './geometry.ts';

export const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A lat/lon box that contains every point within `km` of `p` (slightly more): the cheap prefilter before the
 * exact haversine. Longitude degrees shrink with cos(lat); taken at the pole-ward edge of the box to stay wide
 * enough. Not meant for the poles or the antimeridian (Italy is far from both).
 */
export function boxAround(
  p: LonLat,
  km: number,
): { south: number; north: number; west: number; east: number } {
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const edgeLat = Math.min(89, Math.abs(p.lat) + dLat);
  const dLon = dLat / Math.cos(rad(edgeLat));
  return { south: p.lat - dLat, north: p.lat + dLat, west: p.lon - dLon, east: p.lon + dLon };
}
