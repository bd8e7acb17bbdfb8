// Import, part one: reading and validating a spreadsheet against the people already recorded (the analysis the
// commit runs before staging its rows), the shared import types and the dry run that reports what would happen.
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditEvents } from '../../../platform/audit/db.ts';
import { queryRows, type Tx } from '../../../platform/db/client.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, fieldMessage, validationError } from '../../../platform/http/errors.ts';
import { fieldTexts } from '../../../platform/i18n/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { type Actor, authorize } from '../../../platform/policy/policy.ts';
import { comuni } from '../../network/db.ts';
import { organisationInScope } from '../../network/service.ts';
import { visiblePerson } from '../visibility.ts';
import { type ColumnMapping, importTargets, requiredTargets, suggestMapping } from './mapping.ts';
import { readSpreadsheet, type Sheet, UnreadableFile } from './read.ts';
import { columnIndexes, comuneIndex, convertRow, type MappedRow, type RowIssue } from './validate.ts';

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

export type Existing = {
  id: string;
  taxCode: string;
  owner: string;
  givenName: string;
  familyName: string;
  residence: string;
  anonymised: boolean;
};

export type Analysis = {
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

/**
 * The mapping the organisation used last time for an import: kept in the details of its last audit row of that
 * import ('person.import', 'employer.import').
 */
export async function rememberedMapping(
  tx: Tx,
  organisationId: string,
  action: 'person.import' | 'employer.import' = 'person.import',
): Promise<Record<string, string> | null> {
  const [last] = await tx
    .select({ details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorOrganisationId, organisationId), eq(auditEvents.action, action)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const mapping = (last?.details as { mapping?: Record<string, string> } | undefined)?.mapping;
  return mapping && typeof mapping === 'object' ? mapping : null;
}

/** The suggestion from the headers, where the remembered choices win for the headers this file has too. */
export function withRemembered<T extends string>(
  columns: string[],
  suggested: Partial<Record<T, string>>,
  remembered: Record<string, string> | null,
  targets: readonly T[],
): Partial<Record<T, string>> {
  const mapping = { ...suggested };
  for (const [target, header] of Object.entries(remembered ?? {}))
    if ((targets as readonly string[]).includes(target) && columns.includes(header))
      mapping[target as T] = header;
  return mapping;
}

function chooseMapping(
  columns: string[],
  given: ColumnMapping | undefined,
  remembered: Record<string, string> | null,
) {
  const suggested = suggestMapping(columns);
  if (given) return { suggested, mapping: given };
  return {
    suggested,
    mapping: withRemembered(columns, suggested, remembered, importTargets) as ColumnMapping,
  };
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

/** Lets the requests waiting for the event loop (and, on PGlite, for the one connection) run first. */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Codes per look-up query in the analysis (see analyse). */
const LOOKUP_SLICE = 2000;
type FoundPerson = {
  id: string;
  tax_code: string;
  owner: string;
  given_name: string;
  family_name: string;
  residence: string;
  anonymised: boolean;
  pending: boolean;
};

export async function analyse(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions,
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
  for (const [i, r] of sheet.rows.entries()) {
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
    // Other requests get the event loop between slices of the file (outside a transaction, also the database).
    if (i % 1000 === 999) await yieldToOthers();
  }

  // Who already exists: one query for the whole file (one array parameter, not one per code).
  const codes = valid.map((v) => v.person.taxCode);
  // Who already exists, and which codes were given up in a merge (importing one would bring a merged duplicate back):
  // LOOKUP_SLICE codes per query (one array parameter each), other requests served between them — on PGlite one
  // query for 100,000 codes held the database for seconds.
  const found: FoundPerson[] = [];
  const former: { code: string }[] = [];
  for (let i = 0; i < codes.length; i += LOOKUP_SLICE) {
    const slice = sql.param(codes.slice(i, i + LOOKUP_SLICE));
    found.push(
      ...(await queryRows<FoundPerson>(
        tx,
        sql`SELECT id, tax_code, owner_organisation_id AS owner, given_name, family_name,
              residence_comune_code AS residence, anonymised_at IS NOT NULL AS anonymised,
              NOT ${visiblePerson(sql`import_id`)} AS pending
            FROM people WHERE tax_code = ANY(${slice}::text[])`,
      )),
    );
    former.push(
      ...(await queryRows<{ code: string }>(
        tx,
        sql`SELECT DISTINCT unnest(former_tax_codes) AS code FROM person_merges
            WHERE former_tax_codes && ${slice}::text[]`,
      )),
    );
    await yieldToOthers();
  }
  // A codice fiscale held by a hidden row of another import still being committed (visibility.ts) is neither an
  // update (nobody may see that row) nor a create (the code is taken): that row is refused.
  const pending = new Set(found.filter((p) => p.pending).map((p) => p.tax_code));
  const existing = new Map<string, Existing>(
    found
      .filter((p) => !p.pending)
      .map((p) => [
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
  const formerCodes = new Set(former.map((f) => f.code));
  const updateScope = authorize(actor, 'person.update');
  const ownerAllowed = new Map<string, boolean>();
  for (const owner of new Set(found.map((p) => p.owner)))
    ownerAllowed.set(owner, await organisationInScope(tx, actor, updateScope, owner));
  const writable: MappedRow[] = [];
  for (const v of valid) {
    const p = existing.get(v.person.taxCode);
    if (pending.has(v.person.taxCode)) {
      issues.push({ row: v.row, column: mapping.taxCode!, field: 'taxCode', code: 'person_being_imported' });
    } else if (p && (p.anonymised || !ownerAllowed.get(p.owner))) {
      issues.push({
        row: v.row,
        column: mapping.taxCode!,
        field: 'taxCode',
        code: p.anonymised ? 'person_anonymised' : 'person_outside_network',
      });
    } else if (!p && formerCodes.has(v.person.taxCode)) {
      issues.push({ row: v.row, column: mapping.taxCode!, field: 'taxCode', code: 'person_merged_tax_code' });
    } else writable.push(v);
  }
  progress({ phase: 'validating', processed: total, total });
  issues.sort((a, b) => a.row - b.row);
  return { sheet, suggested, mapping, valid: writable, existing, issues };
}

export const toErrors = (issues: RowIssue[], locale: Locale): ImportError[] =>
  issues.slice(0, MAX_REPORTED_ERRORS).map((i) => ({
    row: i.row,
    column: i.column,
    field: i.field,
    code: i.code,
    message: fieldMessage(i.code, i.params, locale),
  }));

export function startAs(actor: Actor) {
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
  // Read-only and outside a transaction: on PGlite other requests run between its queries and slices.
  const a = await analyse(deps.db, deps, actor, file, options);
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
