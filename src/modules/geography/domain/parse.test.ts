import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haversineKm } from './distance.ts';
import { BoundaryFormatError, EXPECTED_SHAPE, parseBoundaries } from './parse.ts';

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];
const feature = (properties: Record<string, unknown>, coordinates = [square(7.8, 45, 0.04)]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

/** A hand-written TopoJSON: two unit squares sharing an edge, quantized (arcs are deltas). */
const topology = {
  type: 'Topology',
  transform: { scale: [0.01, 0.01], translate: [7, 45] },
  objects: {
    municipalities: {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'Polygon',
          arcs: [[0, 1]],
          properties: { com_istat_code: '001001', name: 'A', prov_acr: 'TO' },
        },
        {
          type: 'Polygon',
          arcs: [[2, -1]],
          properties: { com_istat_code: '001002', name: 'B', prov_acr: 'TO' },
        },
      ],
    },
  },
  arcs: [
    [
      [10, 0],
      [0, 10],
    ], // shared edge x=0.1, y 0 → 0.1
    [
      [10, 10],
      [-10, 0],
      [0, -10],
      [10, 0],
    ], // rest of A
    [
      [10, 0],
      [10, 0],
      [0, 10],
      [-10, 0],
    ], // rest of B
  ],
};

const refused = (input: string) => {
  try {
    parseBoundaries(input);
  } catch (err) {
    expect(err).toBeInstanceOf(BoundaryFormatError);
    return (err as BoundaryFormatError).message;
  }
  throw new Error('accepted');
};

describe('parsing boundaries', () => {
  it('reads a TopoJSON Topology', () => {
    const out = parseBoundaries(JSON.stringify(topology)).comuni;
    expect(out.map((b) => b.code)).toEqual(['001001', '001002']);
    expect(out[0]!.centroid.lon).toBeCloseTo(7.05, 9);
    expect(out[0]!.centroid.lat).toBeCloseTo(45.05, 9);
    expect(out[1]!.centroid.lon).toBeCloseTo(7.15, 9);
    expect(out[1]!.bbox).toEqual([7.1, 45, 7.2, 45.1].map((v) => expect.closeTo(v, 9)));
    expect(out[0]).toMatchObject({ name: 'A', provinceAcr: 'TO' });
  });
  it('reads a GeoJSON FeatureCollection, with pro_com_t / PRO_COM_T or a numeric code', () => {
    const { comuni: out } = parseBoundaries(
      collection(
        feature({ pro_com_t: '001078' }),
        feature({ PRO_COM_T: '001189' }, [square(7.7, 45, 0.02)]),
        feature({ com_istat_code: 1177 }),
      ),
    );
    expect(out.map((b) => b.code)).toEqual(['001078', '001189', '001177']);
    expect(out[0]!.centroid.lon).toBeCloseTo(7.82, 9);
    expect(out[0]!.centroid.lat).toBeCloseTo(45.02, 9);
  });
  it('refuses a file of the wrong shape with what was expected', () => {
    expect(refused('{"type":"Feature"}')).toContain(EXPECTED_SHAPE);
    expect(refused('[1,2]')).toContain(EXPECTED_SHAPE);
    expect(refused('not json')).toContain('not a JSON file');
    expect(refused(collection())).toContain('no comuni');
    const noCodes = { ...topology, objects: { x: { type: 'GeometryCollection', geometries: [] } } };
    expect(refused(JSON.stringify(noCodes))).toContain(EXPECTED_SHAPE);
  });
  it('lists comuni without a geometry instead of refusing the file', () => {
    const empty = { type: 'Feature', properties: { com_istat_code: '096034' }, geometry: null };
    const parsed = parseBoundaries(collection(feature({ com_istat_code: '001078' }), empty));
    expect(parsed.comuni.map((b) => b.code)).toEqual(['001078']);
    expect(parsed.withoutGeometry).toEqual(['096034']);
    expect(refused(collection(empty))).toContain('no comune has a geometry');
  });
  it('refuses bad features, naming them', () => {
    expect(refused(collection(feature({ name: 'Chieri' })))).toContain(
      'feature 1 (Chieri): missing com_istat_code',
    );
    expect(refused(collection(feature({ com_istat_code: '1078' })))).toContain('is not 6 digits');
    const point = {
      type: 'Feature',
      properties: { com_istat_code: '001078' },
      geometry: { type: 'Point', coordinates: [7, 45] },
    };
    expect(refused(collection(point))).toContain('must be Polygon or MultiPolygon, found Point');
    expect(
      refused(collection(feature({ com_istat_code: '001078' }, [square(400000, 4990000, 1000)]))),
    ).toContain('not WGS84');
    expect(
      refused(collection(feature({ com_istat_code: '001078' }), feature({ com_istat_code: '001078' }))),
    ).toContain('appears more than once');
  });
});

// The real openpolis files are not in the repository (see README, "Boundaries"): these tests need them.
const DIR = '/work/shared/data/geo';
const TORINO = process.env.GEO_TEST_FILE_P ?? `${DIR}/limits_P_1_municipalities.topo.json`;
const haveFile = existsSync(TORINO);
if (!haveFile)
  console.warn(`skipped: boundaries of the Città metropolitana di Torino not found at ${TORINO}`);

describe.skipIf(!haveFile)('the openpolis TopoJSON of the Città metropolitana di Torino', () => {
  it('gives 312 comuni with centroids where the comuni are', () => {
    const { comuni: all, withoutGeometry } = parseBoundaries(readFileSync(TORINO));
    expect(withoutGeometry).toEqual([]);
    expect(all).toHaveLength(312);
    const by = new Map(all.map((b) => [b.code, b]));
    const chieri = by.get('001078')!;
    expect(chieri.name).toBe('Chieri');
    expect(haversineKm(chieri.centroid, { lat: 45.01, lon: 7.82 })).toBeLessThan(3);
    const torino = by.get('001272')!;
    const km = haversineKm(torino.centroid, chieri.centroid);
    expect(km).toBeGreaterThan(12);
    expect(km).toBeLessThan(18);
    for (const b of all) {
      expect(b.centroid.lon).toBeGreaterThan(b.bbox[0]);
      expect(b.centroid.lat).toBeLessThan(b.bbox[3]);
    }
  });
});
