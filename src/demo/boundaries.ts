// Demo start: give the demo territory coordinates out of the box, so the distance filter measures by centroids in
// development. Imported once (when no comune has boundaries yet) from DEMO_BOUNDARIES_FILE, or else from the
// Piemonte file of the shared data folder when it sits next to the checkout. The file is never copied into the
// repository (openpolis data, CC BY 4.0, ≈ 650 KB).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { importBoundaryFile } from '../modules/geography/boundaries.ts';
import { comuneGeography } from '../modules/geography/db.ts';
import type { Deps } from '../platform/deps.ts';

export const DEFAULT_DEMO_BOUNDARIES = '../shared/data/geo/limits_R_1_municipalities.topo.json';

type Log = { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };

export type DemoBoundaries =
  | { imported: true; file: string; matched: number; seconds: number }
  | { imported: false; reason: 'already_there' | 'no_file' };

export async function ensureDemoBoundaries(
  deps: Deps,
  log: Log,
  cwd = process.cwd(),
): Promise<DemoBoundaries> {
  const [{ n } = { n: 0 }] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(comuneGeography);
  if (Number(n) > 0) return { imported: false, reason: 'already_there' };
  const file = deps.config.demoBoundariesFile
    ? path.resolve(cwd, deps.config.demoBoundariesFile)
    : path.resolve(cwd, DEFAULT_DEMO_BOUNDARIES);
  if (!existsSync(file)) {
    log.info(
      { file },
      'no comuni boundaries: the distance filter falls back to the same comune (under 10 km) or the same province; ' +
        'set DEMO_BOUNDARIES_FILE or run `npm run geo:import -- <file>`',
    );
    return { imported: false, reason: 'no_file' };
  }
  const report = await importBoundaryFile(
    deps.db,
    { data: await readFile(file), source: path.basename(file) },
    { actor: { userId: null, organisationId: null, role: null, ip: null }, now: deps.now() },
  );
  log.info(
    { file, matched: report.matched, unknown: report.unknownCodes.length, seconds: report.seconds },
    'demo: comuni boundaries imported (the distance filter measures by centroids)',
  );
  return { imported: true, file, matched: report.matched, seconds: report.seconds };
}
