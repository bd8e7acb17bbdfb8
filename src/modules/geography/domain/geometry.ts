// Plane geometry on lon/lat rings: area, centroid, bounding box, point in polygon. Comuni are small enough (a few
// km to a few tens of km) for the plane to be exact to well under a kilometre: the equirectangular projection
// that would correct the scale is an affine map, and affine maps keep centroids, so no projection is needed here.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
export type LonLat = { lon: number; lat: number };
export type Area = Polygon | MultiPolygon;

/** Signed area (shoelace) and the area-weighted centroid sums of one closed ring, relative to the origin `o`
 * (near the ring: differences of nearby coordinates keep their precision, products of large ones would not). */
function ringMoments(ring: Position[], o: Position): { a: number; cx: number; cy: number } {
  const [ox, oy] = o as [number, number];
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const x0 = ring[j]![0]! - ox;
    const y0 = ring[j]![1]! - oy;
    const x1 = ring[i]![0]! - ox;
    const y1 = ring[i]![1]! - oy;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { a: a / 2, cx, cy };
}

/** Area (square degrees) and centroid of a polygon: the outer ring minus its holes, whatever their winding. */
export function polygonMoments(rings: Position[][]): { area: number; centroid: LonLat } {
  const origin = rings[0]?.[0] ?? [0, 0];
  let area = 0;
  let sx = 0;
  let sy = 0;
  rings.forEach((ring, i) => {
    const m = ringMoments(ring, origin);
    // The winding order varies between producers: the sign comes from the ring's role (outer or hole), and the
    // sums are turned to the positive winding before they are added.
    const role = i === 0 ? 1 : -1;
    const winding = Math.sign(m.a);
    area += role * Math.abs(m.a);
    sx += role * winding * m.cx;
    sy += role * winding * m.cy;
  });
  if (Math.abs(area) < 1e-15) return { area: 0, centroid: vertexMean(rings[0] ?? []) };
  return { area, centroid: { lon: origin[0]! + sx / (6 * area), lat: origin[1]! + sy / (6 * area) } };
}

function vertexMean(ring: Position[]): LonLat {
  const n = Math.max(ring.length, 1);
  return {
    lon: ring.reduce((s, p) => s + (p[0] ?? 0), 0) / n,
    lat: ring.reduce((s, p) => s + (p[1] ?? 0), 0) / n,
  };
}

/** Ray casting on the outer ring, then not inside any hole. */
export function pointInPolygon(p: LonLat, rings: Position[][]): boolean {
  const inRing = (ring: Position[]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > p.lat !== yj > p.lat && p.lon < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  const [outer, ...holes] = rings;
  return outer !== undefined && inRing(outer) && !holes.some(inRing);
}

/**
 * The centroid of a comune. A Polygon: its area-weighted centroid. A MultiPolygon (a comune with islands or an
 * exclave): the area-weighted centroid of all parts, unless that point falls outside every part — then the
 * centroid of the largest part, so that a distance is measured from where the comune really is.
 */
export function centroidOf(g: Area): LonLat {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const parts = polygons.map((rings) => ({ rings, ...polygonMoments(rings) }));
  const total = parts.reduce((s, p) => s + Math.abs(p.area), 0);
  if (parts.length === 1 || total === 0) return parts[0]!.centroid;
  const weighted = {
    lon: parts.reduce((s, p) => s + p.centroid.lon * Math.abs(p.area), 0) / total,
    lat: parts.reduce((s, p) => s + p.centroid.lat * Math.abs(p.area), 0) / total,
  };
  if (parts.some((p) => pointInPolygon(weighted, p.rings))) return weighted;
  return parts.reduce((a, b) => (Math.abs(b.area) > Math.abs(a.area) ? b : a)).centroid;
}

export function bboxOf(g: Area): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polygons)
    for (const ring of rings)
      for (const [x, y] of ring as [number, number][]) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
  return box;
}
