// A lighter copy of each comune's outline for the later choropleth map: Douglas–Peucker per ring and coordinates
// rounded to 5 decimals (≈1 m). Rings are simplified one by one, so neighbours may show hair-line gaps at high
// zoom; at the zoom of a province map they do not show, and the exact outline is not needed for anything else.
import type { Position } from 'geojson';
import type { Area } from './geometry.ts';

/** ≈ 50 m at Italian latitudes. */
export const SIMPLIFY_TOLERANCE_DEG = 0.0005;

const round = (v: number) => Math.round(v * 1e5) / 1e5;

function perpendicular(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
}

/** Douglas–Peucker, iterative (rings of tens of thousands of points would overflow a recursive version). */
function douglasPeucker(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i]!, points[first]!, points[last]!);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (index > 0 && worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring: first and last positions equal; the open part is simplified, so the closing point stays. */
function simplifyRing(ring: Position[], tolerance: number): Position[] {
  const rounded = ring.map(([x, y]) => [round(x!), round(y!)]);
  const open = rounded.slice(0, -1);
  // Split the open ring at its farthest point from the start: Douglas–Peucker needs two distinct end points.
  let far = 0;
  let best = -1;
  open.forEach((p, i) => {
    const d = Math.hypot(p[0]! - open[0]![0]!, p[1]! - open[0]![1]!);
    if (d > best) {
      best = d;
      far = i;
    }
  });
  const a = douglasPeucker(open.slice(0, far + 1), tolerance);
  const b = douglasPeucker([...open.slice(far), open[0]!], tolerance);
  const out = [...a, ...b.slice(1)];
  // A ring needs at least four positions (a triangle, closed); tiny rings keep their rounded points.
  return out.length >= 4 ? out : rounded;
}

export function simplifyArea(g: Area, tolerance = SIMPLIFY_TOLERANCE_DEG): Area {
  if (g.type === 'Polygon')
    return { type: 'Polygon', coordinates: g.coordinates.map((r) => simplifyRing(r, tolerance)) };
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((rings) => rings.map((r) => simplifyRing(r, tolerance))),
  };
}
