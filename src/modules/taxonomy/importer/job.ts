// An import as a job: a taxonomy_imports row that says running, its progress while it runs, then done (with the
// counts) or failed (with a message a person can act on). Used by the HTTP endpoint and by the CLI.
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import type { ImportProgress } from '../contract.ts';
import { taxonomyImports } from '../db.ts';
import { type ImportOptions, type ImportSummary, importEscoBundle } from './esco.ts';
import { ImportError } from './headers.ts';
import { progressWriter } from './progress.ts';

export type NewJob = { source: string; version: string | null; startedBy: string | null };

export async function createImportJob(tx: Tx, job: NewJob): Promise<string> {
  const [row] = await tx
    .insert(taxonomyImports)
    .values({ source: job.source, version: job.version, startedBy: job.startedBy, status: 'running' })
    .returning({ id: taxonomyImports.id });
  return row!.id;
}

/** Database errors are reported without SQL details; import errors (wrong files) as they are. */
function messageOf(err: unknown): string {
  if (err instanceof ImportError) return err.message;
  const text = err instanceof Error ? err.message : String(err);
  return `import failed: ${text.split('\n')[0]!.slice(0, 500)}`;
}

export async function runImportJob(
  db: Db,
  jobId: string,
  inputs: readonly string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const writer = progressWriter(db, jobId);
  let progress: ImportProgress = {};
  try {
    const summary = await importEscoBundle(db, inputs, {
      ...options,
      onProgress: (event) => {
        const { counts, ...where } = event;
        progress = { ...counts, ...where };
        writer.report(progress);
        options.onProgress?.(event);
      },
    });
    await writer.flush();
    await db
      .update(taxonomyImports)
      .set({
        status: 'done',
        language: summary.languages.join(',') || null,
        version: summary.version,
        progress: { ...summary.counts, phase: 'done', seconds: summary.seconds },
        finishedAt: new Date(),
      })
      .where(eq(taxonomyImports.id, jobId));
    return summary;
  } catch (err) {
    await writer.flush();
    await db
      .update(taxonomyImports)
      .set({ status: 'failed', error: messageOf(err), progress, finishedAt: new Date() })
      .where(eq(taxonomyImports.id, jobId));
    throw err;
  }
}
