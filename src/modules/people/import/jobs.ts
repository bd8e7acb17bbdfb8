// Import, part three: committing big files as background jobs kept in this process's memory, polled by id.
import { randomUUID } from 'node:crypto';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, fieldMessage, notFound } from '../../../platform/http/errors.ts';
import { type Actor, authorize } from '../../../platform/policy/policy.ts';
import { type CommitResult, commitImport } from './commit.ts';
import {
  type ImportError,
  type ImportFile,
  type ImportOptions,
  type ImportPhase,
  startAs,
} from './dry-run.ts';

// --- Background jobs ----------------------------------------------------------------------------------------------
// Big files are committed in the background and polled. The state lives in this process's memory (keyed by the
// job id, which is also the id of the import's audit row): a job survives neither a restart nor a hop to another
// app node; the audit row is the durable record of a finished import, and a lost job is retried by sending the
// file again (all-or-nothing + upsert make that safe).

export type ImportJob = {
  jobId: string;
  phase: ImportPhase;
  processed: number;
  total: number;
  done: boolean;
  error: { code: string; message: string; errors?: ImportError[]; errorCount?: number } | null;
  result: CommitResult | null;
};
type JobEntry = ImportJob & { userId: string; organisationId: string };

const jobs = new Map<string, JobEntry>();
const JOB_TTL_MS = 60 * 60 * 1000;

export function startImportJob(
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions = {},
): ImportJob {
  startAs(actor);
  const jobId = randomUUID();
  const job: JobEntry = {
    jobId,
    phase: 'queued',
    processed: 0,
    total: 0,
    done: false,
    error: null,
    result: null,
    userId: actor.userId,
    organisationId: actor.organisationId!,
  };
  jobs.set(jobId, job);
  const forget = () => setTimeout(() => jobs.delete(jobId), JOB_TTL_MS).unref();
  setImmediate(() => {
    commitImport(deps, actor, file, {
      ...options,
      importId: jobId,
      onProgress: (p) => Object.assign(job, p),
    })
      .then((result) => Object.assign(job, { phase: 'done', done: true, result, processed: result.rows }))
      .catch((err: unknown) => {
        const app = err instanceof AppError ? err : new AppError('internal');
        Object.assign(job, {
          phase: 'failed',
          done: true,
          error: {
            code: app.code,
            message: app.fields.length
              ? app.fields.map((f) => fieldMessage(f.code, f.params, options.locale ?? 'it')).join('; ')
              : String(app.params.first ?? app.code),
            ...(app.members.importErrors
              ? {
                  errors: app.members.importErrors as ImportError[],
                  errorCount: app.members.errorCount as number,
                }
              : {}),
          },
        });
      })
      .finally(forget);
  });
  return view(job);
}

const view = ({ userId: _u, organisationId: _o, ...job }: JobEntry): ImportJob => ({ ...job });

/** A job is visible to the user who started it, in the same organisation; otherwise 404. */
export function getImportJob(actor: Actor, jobId: string): ImportJob {
  authorize(actor, 'person.import');
  const job = jobs.get(jobId);
  if (!job || job.userId !== actor.userId || job.organisationId !== actor.organisationId) throw notFound();
  return view(job);
}
