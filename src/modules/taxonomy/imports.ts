// Use cases of taxonomy imports: a platform administrator uploads an ESCO bundle; it is checked at once (wrong
// files are refused with nothing written), recorded as a job and audited, then imported in the background; the
// job shows progress and outcome. The uploaded file is deleted when the job ends.
import { rm } from 'node:fs/promises';
import { desc, eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { ImportJob, ImportProgress, ImportStatus } from './contract.ts';
import { taxonomyImports } from './db.ts';
import { bundleVersion, inspectBundle } from './importer/esco.ts';
import { ImportError } from './importer/headers.ts';
import { createImportJob, runImportJob } from './importer/job.ts';

type JobRow = typeof taxonomyImports.$inferSelect;

export function toJobView(row: JobRow): ImportJob {
  return {
    id: row.id,
    source: row.source,
    language: row.language,
    version: row.version,
    status: row.status as ImportStatus,
    progress: row.progress as ImportProgress,
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export type ImportRequest = {
  /** The uploaded bundle, saved to a temporary file (deleted when the job ends). */
  file: string;
  /** The name the administrator's file had, for the job list and version detection. */
  filename: string;
  version?: string;
  /** Called when the background job ends, whatever the outcome (tests and logs). */
  onFinished?: (error: unknown) => void;
};

export async function startImport(deps: Deps, actor: Actor, request: ImportRequest): Promise<ImportJob> {
  authorize(actor, 'taxonomy.manage');
  let languages: string[];
  try {
    ({ languages } = await inspectBundle([request.file]));
  } catch (err) {
    await rm(request.file, { force: true });
    if (err instanceof ImportError)
      throw validationError([
        { field: '(body)', code: 'invalid_esco_bundle', params: { message: err.message } },
      ]);
    throw err;
  }
  const version = bundleVersion([request.filename], request.version);
  const id = await deps.db.transaction(async (tx) => {
    const jobId = await createImportJob(tx, { source: request.filename, version, startedBy: actor.userId });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'taxonomy.import',
      entityType: 'taxonomy_import',
      entityId: jobId,
      purpose: 'platform_administration',
      details: { file: request.filename, version, languages },
    });
    return jobId;
  });
  // Read before the import starts: on PGlite the import's transaction holds the only connection until it ends.
  const [row] = await deps.db.select().from(taxonomyImports).where(eq(taxonomyImports.id, id));
  // Not awaited: the client polls the job. The outcome (done/failed, message) is written to the job row.
  void runImportJob(deps.db, id, [request.file], { version })
    .then(
      () => request.onFinished?.(null),
      (err) => request.onFinished?.(err),
    )
    .finally(() => rm(request.file, { force: true }));
  return toJobView(row!);
}

export async function getImport(deps: Deps, actor: Actor, id: string): Promise<ImportJob> {
  authorize(actor, 'taxonomy.manage');
  const [row] = await deps.db.select().from(taxonomyImports).where(eq(taxonomyImports.id, id));
  if (!row) throw notFound();
  return toJobView(row);
}

export async function listImports(deps: Deps, actor: Actor, limit = 50): Promise<ImportJob[]> {
  authorize(actor, 'taxonomy.manage');
  const rows = await deps.db
    .select()
    .from(taxonomyImports)
    .orderBy(desc(taxonomyImports.startedAt))
    .limit(limit);
  return rows.map(toJobView);
}
