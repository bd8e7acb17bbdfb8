// Importing the Banca Dati Lavoro from a spreadsheet (CSV or XLSX). The whole file is validated first (the same
// rules as createPerson, comuni looked up once for the file, codici fiscali repeated in the file, existing people
// updated only inside the caller's update scope); then ALL rows are written, or none: staged in short statements,
// then moved into people by ONE short transaction (commit.ts).
// Upsert by codice fiscale: a new code creates a person owned by the caller's organisation, a known one updates
// the mapped fields (an empty cell keeps what the record holds).
//
// Resuming: because the write is all-or-nothing and keyed by codice fiscale, a failed or interrupted import leaves
// nothing behind and is retried by sending the same file again (already imported people become updates).
//
// The work is split by phase: dry-run.ts (reading, validating, the dry run), commit.ts (the all-or-nothing write)
// and jobs.ts (background commits); this module is their public face.
export { type CommitResult, commitImport } from './commit.ts';
export {
  type DryRunResult,
  dryRunImport,
  type ImportError,
  type ImportFile,
  type ImportOptions,
  type ImportPhase,
  type ImportProgress,
  MAX_REPORTED_ERRORS,
  rememberedMapping,
} from './dry-run.ts';
export { getImportJob, type ImportJob, startImportJob } from './jobs.ts';
