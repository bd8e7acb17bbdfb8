import { describe, expect, it } from 'vitest';
import { haversineKm } from './distance.ts';
import { bboxOf, centroidOf, pointInPolygon, polygonMoments } from './geometry.ts';
import { simplifyArea } from './simplify.ts';

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('centroids', () => {
  it('is exact for a square, whatever the winding', () => {
    expect(centroidOf({ type: 'Polygon', coordinates: [square(7, 45, 0.2)] })).toEqual({
      lon: 7.1,
      lat: 45.1,
    });
    const clockwise = square(7, 45, 0.2).reverse();
    const c = centroidOf({ type: 'Polygon', coordinates: [clockwise] });
    expect(c.lon).toBeCloseTo(7.1, 12);
    expect(c.lat).toBeCloseTo(45.1, 12);
  });
  it('subtracts holes', () => {
    // A 2×2 square with its right-hand 1×1 upper quarter cut out: the centroid moves left and down.
    const outer = square(0, 0, 2);
    const hole = square(1, 1, 1);
    const m = polygonMoments([outer, hole]);
    expect(m.area).toBeCloseTo(3, 12);
    expect(m.centroid.lon).toBeCloseTo(5 / 6, 12);
    expect(m.centroid.lat).toBeCloseTo(5 / 6, 12);
    expect(pointInPolygon({ lon: 1.5, lat: 1.5 }, [outer, hole])).toBe(false);
    expect(pointInPolygon({ lon: 0.5, lat: 0.5 }, [outer, hole])).toBe(true);
  });
  it('weights the parts of a MultiPolygon by area when the result lies inside a part', () => {
    // Two touching squares side by side: the weighted centroid is on the shared edge's inside.
    const c = centroidOf({ type: 'MultiPolygon', coordinates: [[square(0, 0, 2)], [square(2, 0, 1)]] });
    expect(c.lon).toBeCloseTo((1 * 4 + 2.5 * 1) / 5, 12);
  });
  it('takes the largest part when the weighted centroid falls outside every part (an exclave)', () => {
    const c = centroidOf({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, 0, 0.5)]] });
    expect(c).toEqual({ lon: 0.5, lat: 0.5 });
  });
  it('gives a bounding box', () => {
    expect(bboxOf({ type: 'MultiPolygon', coordinates: [[square(7, 45, 1)], [square(9, 44, 0.5)]] })).toEqual(
      [7, 44, 9.5, 46],
    );
  });
});

describe('haversine', () => {
  it('measures known distances', () => {
    const torino = { lat: 45.0703, lon: 7.6869 };
    const chieri = { lat: 45.0126, lon: 7.8244 };
    expect(haversineKm(torino, chieri)).toBeGreaterThan(11);
    expect(haversineKm(torino, chieri)).toBeLessThan(15);
    // One degree of latitude ≈ 111.2 km.
    expect(haversineKm({ lat: 45, lon: 7 }, { lat: 46, lon: 7 })).toBeCloseTo(111.19, 1);
    expect(haversineKm(torino, torino)).toBe(0);
  });
});

describe('simplification', () => {
  it('drops points on a straight edge and keeps closed rings', () => {
    const ring = [
      [0, 0],
      [0.5, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const s = simplifyArea({ type: 'Polygon', coordinates: [ring] });
    const out = s.type === 'Polygon' ? s.coordinates[0]! : [];
    expect(out).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });
  it('keeps tiny rings whole', () => {
    const tiny = square(7, 45, 0.0001);
    const s = simplifyArea({ type: 'Polygon', coordinates: [tiny] });
    expect(s.type === 'Polygon' && s.coordinates[0]!.length).toBeGreaterThanOrEqual(4);
  });
});
