// Importing the Banca Dati Lavoro from a spreadsheet (CSV or XLSX). The whole file is validated first (the same
// rules as createPerson, comuni looked up once for the file, codici fiscali repeated in the file, existing people
// updated only inside the caller's update scope); then ALL rows are written in ONE transaction, or none.
// Upsert by codice fiscale: a new code creates a person owned by the caller's organisation, a known one updates
// the mapped fields (an empty cell keeps what the record holds).
//
// Resuming: because the write is all-or-nothing and keyed by codice fiscale, a failed or interrupted import leaves
// nothing behind and is retried by sending the same file again (already imported people become updates).
import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { auditActorOf } from '../../../platform/audit/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditEvents } from '../../../platform/audit/db.ts';
import { queryRows, type Tx } from '../../../platform/db/client.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, fieldMessage, notFound, validationError } from '../../../platform/http/errors.ts';
import { fieldTexts } from '../../../platform/i18n/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { type Actor, authorize } from '../../../platform/policy/policy.ts';
import { comuni } from '../../network/db.ts';
import { organisationInScope } from '../../network/service.ts';
import { people } from '../db.ts';
import { buildSearchText } from '../domain/search-text.ts';
import { refreshSearchText } from '../search-index.ts';
import {
  type ColumnMapping,
  type ImportTarget,
  importTargets,
  requiredTargets,
  suggestMapping,
} from './mapping.ts';
import { readSpreadsheet, type Sheet, UnreadableFile } from './read.ts';
import {
  columnIndexes,
  comuneIndex,
  convertRow,
  type MappedRow,
  type PersonFields,
  type RowIssue,
} from './validate.ts';

export const MAX_REPORTED_ERRORS = 1000;

export type ImportFile = { bytes: Buffer; name?: string };
export type ImportError = { row: number; column: string; field: string; code: string; message: string };
export type ImportProgress = { phase: ImportPhase; processed: number; total: number };
export type ImportPhase = 'queued' | 'reading' | 'validating' | 'writing' | 'done' | 'failed';
export type ImportOptions = {
  mapping?: ColumnMapping;
  locale?: Locale;
  onProgress?: (p: ImportProgress) => void;
};

export type DryRunResult = {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  columns: string[];
  suggestedMapping: ColumnMapping;
  /** The mapping this run used: the one given, else the organisation's last one, else the suggestion. */
  mapping: ColumnMapping;
  rows: number;
  valid: number;
  toCreate: number;
  toUpdate: number;
  errors: ImportError[];
  errorCount: number;
  sample: Record<string, unknown>[];
};

export type CommitResult = {
  importId: string;
  rows: number;
  created: number;
  updated: number;
  fileSha256: string;
};

type Existing = {
  id: string;
  taxCode: string;
  owner: string;
  givenName: string;
  familyName: string;
  residence: string;
  anonymised: boolean;
};

type Analysis = {
  sheet: Sheet;
  suggested: ColumnMapping;
  mapping: ColumnMapping;
  valid: MappedRow[];
  existing: Map<string, Existing>;
  issues: RowIssue[];
};

// --- Reading and validating -------------------------------------------------------------------------------------

async function readFile(file: ImportFile): Promise<Sheet> {
  try {
    return await readSpreadsheet(file.bytes);
  } catch (err) {
    if (err instanceof UnreadableFile)
      throw validationError([{ field: '(body)', code: err.reason, params: { message: err.detail } }]);
    throw err;
  }
}

/** The mapping the organisation used last time: kept in the details of its last 'person.import' audit row. */
export async function rememberedMapping(tx: Tx, organisationId: string): Promise<ColumnMapping | null> {
  const [last] = await tx
    .select({ details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorOrganisationId, organisationId), eq(auditEvents.action, 'person.import')))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const mapping = (last?.details as { mapping?: ColumnMapping } | undefined)?.mapping;
  return mapping && typeof mapping === 'object' ? mapping : null;
}

function chooseMapping(
  columns: string[],
  given: ColumnMapping | undefined,
  remembered: ColumnMapping | null,
) {
  const suggested = suggestMapping(columns);
  if (given) return { suggested, mapping: given };
  const mapping: ColumnMapping = { ...suggested };
  // The remembered choices win where this file has the same headers.
  for (const [target, header] of Object.entries(remembered ?? {}) as [ImportTarget, string][]) {
    if (importTargets.includes(target) && columns.includes(header)) mapping[target] = header;
  }
  return { suggested, mapping };
}

function mappingIssues(columns: string[], mapping: ColumnMapping): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const [target, header] of Object.entries(mapping) as [string, string][]) {
    if (!(importTargets as readonly string[]).includes(target))
      issues.push({ row: 1, column: String(header), field: target, code: 'unknown_import_target' });
    else if (!columns.includes(header))
      issues.push({ row: 1, column: String(header), field: target, code: 'unknown_column' });
  }
  for (const target of requiredTargets) {
    if (!mapping[target]) issues.push({ row: 1, column: '', field: target, code: 'column_missing' });
  }
  return issues;
}

const knownCode = (code: string) => code in fieldTexts;

async function analyse(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions & { lock?: boolean },
): Promise<Analysis> {
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'reading', processed: 0, total: 0 });
  const sheet = await readFile(file);
  const total = sheet.rows.length;
  const remembered = options.mapping ? null : await rememberedMapping(tx, actor.organisationId!);
  const { suggested, mapping } = chooseMapping(sheet.columns, options.mapping, remembered);
  const issues = mappingIssues(sheet.columns, mapping);
  if (issues.length) return { sheet, suggested, mapping, valid: [], existing: new Map(), issues };

  // Every comune in one query (≈ 7,900 rows): names and codes are then resolved in memory.
  const comuneList = await tx
    .select({
      code: comuni.code,
      name: comuni.name,
      provinceAcr: comuni.provinceAcr,
      belfiore: comuni.belfiore,
    })
    .from(comuni);
  const index = comuneIndex(comuneList);
  const indexes = columnIndexes(sheet.columns, mapping);
  const today = deps.now().toISOString().slice(0, 10);
  const valid: MappedRow[] = [];
  const firstRowOf = new Map<string, number>();
  sheet.rows.forEach((r, i) => {
    const { value, issues: rowIssues } = convertRow(r, sheet.columns, indexes, index, today, knownCode);
    issues.push(...rowIssues);
    if (value) {
      const first = firstRowOf.get(value.person.taxCode);
      if (first !== undefined) {
        issues.push({
          row: r.row,
          column: mapping.taxCode!,
          field: 'taxCode',
          code: 'duplicate_in_file',
          params: { row: first },
        });
      } else {
        firstRowOf.set(value.person.taxCode, r.row);
        valid.push(value);
      }
    }
    if (i % 5000 === 4999) progress({ phase: 'validating', processed: i + 1, total });
  });

  // Who already exists: one query for the whole file (one array parameter, not one per code).
  const codes = valid.map((v) => v.person.taxCode);
  const found = codes.length
    ? await queryRows<{
        id: string;
        tax_code: string;
        owner: string;
        given_name: string;
        family_name: string;
        residence: string;
        anonymised: boolean;
      }>(
        tx,
        sql`SELECT id, tax_code, owner_organisation_id AS owner, given_name, family_name,
              residence_comune_code AS residence, anonymised_at IS NOT NULL AS anonymised
            FROM people WHERE tax_code = ANY(${sql.param(codes)}::text[])${options.lock ? sql` FOR UPDATE` : sql``}`,
      )
    : [];
  const existing = new Map<string, Existing>(
    found.map((p) => [
      p.tax_code,
      {
        id: p.id,
        taxCode: p.tax_code,
        owner: p.owner,
        givenName: p.given_name,
        familyName: p.family_name,
        residence: p.residence,
        anonymised: p.anonymised,
      },
    ]),
  );
  const updateScope = authorize(actor, 'person.update');
  const ownerAllowed = new Map<string, boolean>();
  for (const owner of new Set(found.map((p) => p.owner)))
    ownerAllowed.set(owner, await organisationInScope(tx, actor, updateScope, owner));
  const writable: MappedRow[] = [];
  for (const v of valid) {
    const p = existing.get(v.person.taxCode);
    if (p && (p.anonymised || !ownerAllowed.get(p.owner))) {
      issues.push({
        row: v.row,
        column: mapping.taxCode!,
        field: 'taxCode',
        code: p.anonymised ? 'person_anonymised' : 'person_outside_network',
      });
    } else writable.push(v);
  }
  progress({ phase: 'validating', processed: total, total });
  issues.sort((a, b) => a.row - b.row);
  return { sheet, suggested, mapping, valid: writable, existing, issues };
}

const toErrors = (issues: RowIssue[], locale: Locale): ImportError[] =>
  issues.slice(0, MAX_REPORTED_ERRORS).map((i) => ({
    row: i.row,
    column: i.column,
    field: i.field,
    code: i.code,
    message: fieldMessage(i.code, i.params, locale),
  }));

function startAs(actor: Actor) {
  authorize(actor, 'person.import');
  if (!actor.organisationId) throw new AppError('forbidden');
}

export async function dryRunImport(
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions = {},
): Promise<DryRunResult> {
  startAs(actor);
  const a = await deps.db.transaction((tx) => analyse(tx, deps, actor, file, options));
  const toUpdate = a.valid.filter((v) => a.existing.has(v.person.taxCode)).length;
  return {
    format: a.sheet.format,
    encoding: a.sheet.encoding ?? null,
    columns: a.sheet.columns,
    suggestedMapping: a.suggested,
    mapping: a.mapping,
    rows: a.sheet.rows.length,
    valid: a.valid.length,
    toCreate: a.valid.length - toUpdate,
    toUpdate,
    errors: toErrors(a.issues, options.locale ?? 'it'),
    errorCount: a.issues.length,
    sample: a.valid.slice(0, 5).map((v) => ({ row: v.row, ...v.person })),
  };
}

// --- Writing ------------------------------------------------------------------------------------------------------

const BATCH = 2000;
const columnsOf = getTableColumns(people);
type PeopleKey = keyof typeof columnsOf;

/** A value as the text PostgreSQL casts back to the column's type (arrays as array literals). */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return `{${value.map((v) => `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  return String(value);
}

/** One array parameter per column, unnested by the database: a few dozen parameters per thousands of rows. */
function unnestArrays(keys: PeopleKey[], rows: Record<string, unknown>[]) {
  const arrays = sql.join(
    keys.map((k) => sql`${sql.param(rows.map((r) => asText(r[k])))}::text[]`),
    sql`, `,
  );
  const aliases = sql.join(
    keys.map((_, i) => sql.identifier(`c${i}`)),
    sql`, `,
  );
  return sql`unnest(${arrays}) AS u(${aliases})`;
}
const castOf = (k: PeopleKey, i: number): SQL =>
  sql`u.${sql.identifier(`c${i}`)}::${sql.raw(columnsOf[k].getSQLType())}`;

const personKeys: (keyof PersonFields & PeopleKey)[] = [
  'taxCode',
  'givenName',
  'familyName',
  'sex',
  'birthDate',
  'birthComuneCode',
  'birthCountry',
  'citizenship',
  'residenceComuneCode',
  'address',
  'postcode',
  'email',
  'phone',
  'employmentStatus',
  'didDate',
  'unemployedSince',
  'incomeSupport',
  'declaredGroups',
  'availableFrom',
  'maxCommuteKm',
  'ownVehicle',
  'contractTypes',
  'workingTimes',
  'shifts',
];

async function insertBatch(tx: Tx, rows: Record<string, unknown>[]) {
  const keys = Object.keys(rows[0]!) as PeopleKey[];
  const names = sql.join(
    keys.map((k) => sql.identifier(columnsOf[k].name)),
    sql`, `,
  );
  const casts = sql.join(
    keys.map((k, i) => castOf(k, i)),
    sql`, `,
  );
  await tx.execute(sql`INSERT INTO ${people} (${names}) SELECT ${casts} FROM ${unnestArrays(keys, rows)}`);
}

/** Only the fields the file maps are written; a null (empty cell) keeps the stored value. */
async function updateBatch(tx: Tx, keys: PeopleKey[], rows: Record<string, unknown>[], now: Date) {
  const all: PeopleKey[] = ['id', ...keys];
  const sets = sql.join(
    keys.map((k, i) => {
      const column = sql.identifier(columnsOf[k].name);
      return sql`${column} = COALESCE(${castOf(k, i + 1)}, ${people}.${column})`;
    }),
    sql`, `,
  );
  await tx.execute(
    sql`UPDATE ${people} SET ${sets}, version = ${people}.version + 1, updated_at = ${now.toISOString()}::timestamptz
        FROM ${unnestArrays(all, rows)} WHERE ${people}.id = u.c0::uuid`,
  );
}

function importInvalid(issues: RowIssue[], locale: Locale) {
  const errors = toErrors(issues, locale);
  const first = errors[0];
  return new AppError(
    'import_invalid',
    {
      count: issues.length,
      first: first ? `${first.row}, ${first.column || first.field}: ${first.message}` : '',
    },
    { members: { importErrors: errors, errorCount: issues.length } },
  );
}

/**
 * Validates the whole file again inside the writing transaction (the data may have changed since the dry run),
 * refuses with every error (400) unless all rows are valid, then writes all rows in this one transaction.
 * On PGlite (one connection) other requests wait while it runs: ≈ seconds for 100,000 rows (see the report).
 */
export async function commitImport(
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions & { importId?: string } = {},
): Promise<CommitResult> {
  startAs(actor);
  const locale = options.locale ?? 'it';
  const progress = options.onProgress ?? (() => {});
  const importId = options.importId ?? randomUUID();
  const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
  return deps.db.transaction(async (tx) => {
    const a = await analyse(tx, deps, actor, file, { ...options, lock: true });
    if (a.issues.length) throw importInvalid(a.issues, locale);
    const total = a.valid.length;
    const now = deps.now();
    const creates: Record<string, unknown>[] = [];
    const updates: Record<string, unknown>[] = [];
    const refresh: string[] = [];
    // Fields the mapping writes on existing people (the codice fiscale is the key and stays).
    const mappedFields = new Set<PeopleKey>();
    for (const target of Object.keys(a.mapping) as ImportTarget[]) {
      const field =
        (
          {
            birthComune: 'birthComuneCode',
            birthProvince: 'birthComuneCode',
            residenceComune: 'residenceComuneCode',
            residenceProvince: 'residenceComuneCode',
          } as Record<string, PeopleKey>
        )[target] ?? (target as PeopleKey);
      if (field !== 'taxCode') mappedFields.add(field);
    }
    const updateKeys = personKeys.filter((k) => mappedFields.has(k));
    for (const v of a.valid) {
      const current = a.existing.get(v.person.taxCode);
      if (!current) {
        const row: Record<string, unknown> = {};
        for (const k of personKeys) row[k] = v.person[k] ?? null;
        Object.assign(row, {
          // The search text of a new person: names and comune (no CV yet), as refreshSearchText would build it.
          searchText: buildSearchText({
            givenName: v.person.givenName,
            familyName: v.person.familyName,
            residenceComuneName: v.residenceComuneName,
          }),
          ownerOrganisationId: actor.organisationId,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        creates.push(row);
      } else {
        const row: Record<string, unknown> = { id: current.id };
        for (const k of updateKeys) row[k] = v.provided.has(k) ? (v.person[k] ?? null) : null;
        updates.push(row);
        // The search text also holds the CV: rebuilt (per person) only when a part of it changed.
        if (
          (v.provided.has('givenName') && v.person.givenName !== current.givenName) ||
          (v.provided.has('familyName') && v.person.familyName !== current.familyName) ||
          (v.provided.has('residenceComuneCode') && v.person.residenceComuneCode !== current.residence)
        )
          refresh.push(current.id);
      }
    }
    let processed = 0;
    progress({ phase: 'writing', processed, total });
    for (let i = 0; i < creates.length; i += BATCH) {
      const batch = creates.slice(i, i + BATCH);
      await insertBatch(tx, batch);
      processed += batch.length;
      progress({ phase: 'writing', processed, total });
    }
    if (updateKeys.length) {
      for (let i = 0; i < updates.length; i += BATCH) {
        const batch = updates.slice(i, i + BATCH);
        await updateBatch(tx, updateKeys, batch, now);
        processed += batch.length;
        progress({ phase: 'writing', processed, total });
      }
    }
    for (const id of refresh) await refreshSearchText(tx, id);
    // ONE audit row for the import, not one per person: it names the file (its SHA-256), the mapping and the
    // counts, and every created record carries created_by and the import's time. Tens of thousands of
    // 'person.create' rows would serialise on the audit chain's lock and bury the trail without telling more.
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.import',
      entityType: 'person_import',
      entityId: importId,
      purpose: 'administration',
      details: {
        file: {
          sha256: fileSha256,
          name: file.name ?? null,
          format: a.sheet.format,
          bytes: file.bytes.length,
        },
        rows: total,
        created: creates.length,
        updated: updates.length,
        mapping: a.mapping,
      },
    });
    progress({ phase: 'done', processed: total, total });
    return { importId, rows: total, created: creates.length, updated: updates.length, fileSha256 };
  });
}

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
