// Reading a file of comuni boundaries: the openpolis/ISTAT TopoJSON (a Topology whose GeometryCollection holds
// one Polygon or MultiPolygon per comune) or the same as a GeoJSON FeatureCollection. Everything is checked before
// anything is written: a file of the wrong shape, a comune without its 6-digit code, a geometry of another type,
// projected coordinates (the ISTAT shapefiles are in UTM 32N) or a code given twice refuse the whole file with the
// reasons. A comune whose geometry is null is listed, not fatal: the openpolis Piemonte file has one (Miagliano,
// 096034, merged into another comune), and refusing the whole region for it would help nobody.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { type Area, type BBox, bboxOf, centroidOf, type LonLat } from './geometry.ts';
import { simplifyArea } from './simplify.ts';

export const EXPECTED_SHAPE =
  'expected a TopoJSON Topology or GeoJSON FeatureCollection of comuni with com_istat_code ' +
  '(or pro_com_t / PRO_COM_T) and Polygon or MultiPolygon geometries in WGS84 lon/lat';

/** The file is refused; `problems` lists what is wrong (the first ones, at most 20). */
export class BoundaryFormatError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.problems = problems;
  }
}

export type ParsedBoundaries = {
  comuni: ComuneBoundary[];
  /** Codes of comuni listed with a null geometry (skipped). */
  withoutGeometry: string[];
};

export type ComuneBoundary = {
  code: string;
  name: string | null;
  provinceAcr: string | null;
  centroid: LonLat;
  bbox: BBox;
  /** Simplified outline, for maps. */
  geometry: Area;
};

const CODE_KEYS = ['com_istat_code', 'pro_com_t', 'PRO_COM_T'] as const;
const MAX_PROBLEMS = 20;

type Props = Record<string, unknown> | null;
type Topology = Parameters<typeof feature>[0];
type TopoCollection = { type: 'GeometryCollection'; geometries?: { properties?: unknown }[] };

function codeOf(p: Props): string | null {
  for (const key of CODE_KEYS) {
    const v = p?.[key];
    // Some exports carry the code as a number (1078): the ISTAT code is 6 digits with leading zeros.
    if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1e6) return String(v).padStart(6, '0');
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The GeometryCollection of a Topology that holds the comuni (the one whose geometries carry a code). */
function topologyFeatures(t: Topology): Feature[] {
  const collections = Object.values((t.objects ?? {}) as Record<string, unknown>).filter(
    (o): o is TopoCollection => isObject(o) && o.type === 'GeometryCollection' && Array.isArray(o.geometries),
  );
  const withCodes = collections.filter((c) =>
    (c.geometries ?? []).some((g) => isObject(g) && codeOf((g.properties ?? null) as Props) !== null),
  );
  if (withCodes.length !== 1) throw new BoundaryFormatError([EXPECTED_SHAPE]);
  return (feature(t, withCodes[0] as Parameters<typeof feature>[1]) as FeatureCollection).features;
}

/** Longitude first, in degrees: anything beyond ±180/±90 is a projected file (metres). */
function outOfRange(g: Area): boolean {
  const [w, s, e, n] = bboxOf(g);
  return !(w >= -180 && e <= 180 && s >= -90 && n <= 90);
}

function readFeature(
  f: Feature,
  index: number,
  problems: string[],
  withoutGeometry: string[],
): ComuneBoundary | null {
  const props = (f.properties ?? null) as Props;
  const code = codeOf(props);
  const where = `feature ${index + 1}${text(props?.name) ? ` (${text(props?.name)})` : ''}`;
  if (code === null) {
    problems.push(`${where}: missing com_istat_code`);
    return null;
  }
  if (!/^\d{6}$/.test(code)) {
    problems.push(`${where}: com_istat_code "${code}" is not 6 digits`);
    return null;
  }
  const g = f.geometry as Geometry | null;
  if (g === null || g === undefined) {
    withoutGeometry.push(code);
    return null;
  }
  if ((g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    problems.push(`${where} ${code}: geometry must be Polygon or MultiPolygon, found ${g.type ?? 'none'}`);
    return null;
  }
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  if (rings.length === 0 || rings.some((r) => !Array.isArray(r) || r.length < 4)) {
    problems.push(`${where} ${code}: a ring has fewer than 4 positions`);
    return null;
  }
  if (outOfRange(g)) {
    problems.push(
      `${where} ${code}: coordinates are not WGS84 lon/lat (a projected file? convert to EPSG:4326)`,
    );
    return null;
  }
  return {
    code,
    name: text(props?.name) ?? text(props?.COMUNE) ?? text(props?.comune),
    provinceAcr: text(props?.prov_acr) ?? text(props?.SIGLA),
    centroid: centroidOf(g),
    bbox: bboxOf(g),
    geometry: simplifyArea(g),
  };
}

/** Parses and checks a whole file; throws BoundaryFormatError listing the problems. */
export function parseBoundaries(input: string | Uint8Array): ParsedBoundaries {
  let data: unknown;
  try {
    data = JSON.parse(typeof input === 'string' ? input : new TextDecoder().decode(input));
  } catch (err) {
    throw new BoundaryFormatError([`not a JSON file (${(err as Error).message}); ${EXPECTED_SHAPE}`]);
  }
  if (!isObject(data)) throw new BoundaryFormatError([EXPECTED_SHAPE]);
  let features: Feature[];
  if (data.type === 'Topology' && isObject(data.objects) && Array.isArray(data.arcs)) {
    features = topologyFeatures(data as unknown as Topology);
  } else if (data.type === 'FeatureCollection' && Array.isArray(data.features)) {
    features = data.features as Feature[];
  } else {
    throw new BoundaryFormatError([EXPECTED_SHAPE]);
  }
  if (features.length === 0) throw new BoundaryFormatError([`no comuni in the file; ${EXPECTED_SHAPE}`]);

  const problems: string[] = [];
  const seen = new Set<string>();
  const out: ComuneBoundary[] = [];
  const withoutGeometry: string[] = [];
  features.forEach((f, i) => {
    const b = isObject(f) ? readFeature(f, i, problems, withoutGeometry) : null;
    if (!isObject(f)) problems.push(`feature ${i + 1}: not a GeoJSON Feature`);
    if (!b) return;
    if (seen.has(b.code)) problems.push(`com_istat_code ${b.code} appears more than once`);
    seen.add(b.code);
    out.push(b);
  });
  if (problems.length) {
    const more = problems.length > MAX_PROBLEMS ? [`… and ${problems.length - MAX_PROBLEMS} more`] : [];
    throw new BoundaryFormatError([...problems.slice(0, MAX_PROBLEMS), ...more]);
  }
  if (out.length === 0) throw new BoundaryFormatError([`no comune has a geometry; ${EXPECTED_SHAPE}`]);
  return { comuni: out, withoutGeometry };
}
