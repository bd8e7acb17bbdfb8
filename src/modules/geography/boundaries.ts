// Importing comuni boundaries (API, `npm run geo:import`, the demo start): parse and check the whole file first
// (domain/parse.ts), then in ONE transaction write every comune we know and audit the import. A refused file
// writes nothing; a second import of the same file replaces the same rows (idempotent). Rows of comuni that are
// not in the file are kept, so regions can be imported one by one.
import { inArray, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { comuni } from '../network/db.ts';
import type { ImportReport } from './contract.ts';
import { comuneGeography } from './db.ts';
import { BoundaryFormatError, parseBoundaries } from './domain/parse.ts';

/** Rows per INSERT: well under the 65,535 bind parameters of the PostgreSQL protocol (7 per row). */
const BATCH = 500;

/** The file is refused (wrong shape, or no comune of ours): the message says why; nothing was written. */
export class BoundaryImportError extends Error {}

export async function importBoundaryFile(
  db: Db,
  input: { data: string | Uint8Array; source: string },
  opts: { actor: AuditActor; now: Date },
): Promise<ImportReport> {
  const started = performance.now();
  let parsed: ReturnType<typeof parseBoundaries>;
  try {
    parsed = parseBoundaries(input.data);
  } catch (err) {
    if (err instanceof BoundaryFormatError) throw new BoundaryImportError(err.message);
    throw err;
  }
  const codes = parsed.comuni.map((b) => b.code);
  return db.transaction(async (tx) => {
    const known = new Set(
      (await tx.select({ code: comuni.code }).from(comuni).where(inArray(comuni.code, codes))).map(
        (r) => r.code,
      ),
    );
    const unknownCodes = codes.filter((c) => !known.has(c)).sort();
    if (known.size === 0)
      throw new BoundaryImportError(
        `none of the ${codes.length} com_istat_code values of the file is a comune known here (first: ${codes.slice(0, 5).join(', ')})`,
      );
    const rows = parsed.comuni
      .filter((b) => known.has(b.code))
      .map((b) => ({
        comuneCode: b.code,
        centroidLat: b.centroid.lat,
        centroidLon: b.centroid.lon,
        geometry: b.geometry,
        bbox: b.bbox,
        source: input.source,
        importedAt: opts.now,
      }));
    const [{ n } = { n: 0 }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(comuneGeography)
      .where(inArray(comuneGeography.comuneCode, [...known]));
    for (let i = 0; i < rows.length; i += BATCH) {
      await tx
        .insert(comuneGeography)
        .values(rows.slice(i, i + BATCH))
        .onConflictDoUpdate({
          target: comuneGeography.comuneCode,
          set: {
            centroidLat: sql`excluded.centroid_lat`,
            centroidLon: sql`excluded.centroid_lon`,
            geometry: sql`excluded.geometry`,
            bbox: sql`excluded.bbox`,
            source: sql`excluded.source`,
            importedAt: sql`excluded.imported_at`,
          },
        });
    }
    const report: ImportReport = {
      source: input.source,
      inFile: codes.length,
      matched: rows.length,
      replaced: Number(n),
      unknownCodes,
      withoutGeometry: parsed.withoutGeometry,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    await recordAudit(tx, opts.actor, {
      action: 'geography.import',
      entityType: 'comune_geography',
      purpose: 'platform_administration',
      details: { ...report, unknownCodes: unknownCodes.slice(0, 100) },
    });
    return report;
  });
}

/** The API's import: platform administrators only; a refused file answers 400 with the reason. */
export async function importBoundaries(
  deps: Deps,
  actor: Actor,
  input: { data: Uint8Array; source: string },
): Promise<ImportReport> {
  authorize(actor, 'geography.manage');
  try {
    return await importBoundaryFile(deps.db, input, { actor: auditActorOf(actor), now: deps.now() });
  } catch (err) {
    if (err instanceof BoundaryImportError)
      throw validationError([
        { field: '(body)', code: 'invalid_boundaries', params: { message: err.message } },
      ]);
    throw err;
  }
}
