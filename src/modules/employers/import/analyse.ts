// Employers import, part one: reading the file and validating every row against the comuni and the registry (who
// exists, who may be updated by the caller), with the types the dry run and the commit share. Nothing is written.
import { and, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { fieldMessage, validationError } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { type Actor, authorize } from '../../../platform/policy/policy.ts';
import { comuni } from '../../network/db.ts';
import { rememberedMapping, withRemembered } from '../../people/import/dry-run.ts';
import { readSpreadsheet, type Sheet, UnreadableFile } from '../../people/import/read.ts';
import { comuneIndex } from '../../people/import/validate.ts';
import { employers } from '../db.ts';
import type { AtecoVersion } from '../domain/ateco.ts';
import { employerScope } from '../scope.ts';
import {
  convertEmployerRow,
  type EmployerMapping,
  type EmployerRow,
  employerImportTargets,
  type RowIssue,
  requiredEmployerTargets,
  suggestEmployerMapping,
} from './mapping.ts';

export const MAX_EMPLOYER_ROWS = 20_000;
const MAX_REPORTED = 1000;

export type EmployerImportOptions = {
  mapping?: EmployerMapping;
  atecoVersion?: AtecoVersion;
  locale?: Locale;
};
export type EmployerImportError = {
  row: number;
  column: string;
  field: string;
  code: string;
  message: string;
};
export type EmployerDryRun = {
  format: 'csv' | 'xlsx';
  columns: string[];
  mapping: EmployerMapping;
  rows: number;
  valid: number;
  toCreate: number;
  toUpdate: number;
  errors: EmployerImportError[];
  errorCount: number;
};
export type EmployerCommit = {
  importId: string;
  rows: number;
  created: number;
  updated: number;
  fileSha256: string;
};

export type Analysis = {
  sheet: Sheet;
  mapping: EmployerMapping;
  valid: EmployerRow[];
  existing: Map<string, string>;
  issues: RowIssue[];
};

export async function analyse(
  tx: Tx,
  actor: Actor,
  bytes: Buffer,
  options: EmployerImportOptions,
): Promise<Analysis> {
  let sheet: Sheet;
  try {
    sheet = await readSpreadsheet(bytes, MAX_EMPLOYER_ROWS);
  } catch (err) {
    if (err instanceof UnreadableFile)
      throw validationError([{ field: '(body)', code: err.reason, params: { message: err.detail } }]);
    throw err;
  }
  // Given by the caller, else guessed from the headers with the organisation's choices of its last import.
  const mapping =
    options.mapping ??
    withRemembered(
      sheet.columns,
      suggestEmployerMapping(sheet.columns),
      actor.organisationId ? await rememberedMapping(tx, actor.organisationId, 'employer.import') : null,
      employerImportTargets,
    );
  const issues: RowIssue[] = [];
  for (const [target, header] of Object.entries(mapping)) {
    if (!(employerImportTargets as readonly string[]).includes(target))
      issues.push({ row: 1, column: header, field: target, code: 'unknown_import_target' });
    else if (!sheet.columns.includes(header))
      issues.push({ row: 1, column: header, field: target, code: 'unknown_column' });
  }
  for (const t of requiredEmployerTargets)
    if (!mapping[t]) issues.push({ row: 1, column: '', field: t, code: 'column_missing' });
  if (issues.length) return { sheet, mapping, valid: [], existing: new Map(), issues };

  const index = comuneIndex(
    await tx
      .select({
        code: comuni.code,
        name: comuni.name,
        provinceAcr: comuni.provinceAcr,
        belfiore: comuni.belfiore,
      })
      .from(comuni),
  );
  const valid: EmployerRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of sheet.rows) {
    const { value, issues: rowIssues } = convertEmployerRow(
      r,
      sheet.columns,
      mapping,
      index,
      options.atecoVersion ?? '2025',
    );
    issues.push(...rowIssues);
    if (!value) continue;
    const first = firstRowOf.get(value.input.taxCode);
    if (first !== undefined)
      issues.push({
        row: r.row,
        column: mapping.taxCode!,
        field: 'taxCode',
        code: 'employer_duplicate_in_file',
        params: { row: first, first, other: r.row },
      });
    else {
      firstRowOf.set(value.input.taxCode, r.row);
      valid.push(value);
    }
  }
  // Who exists already, and whether the caller may update it (inside the update scope) — one query each.
  const codes = valid.map((v) => v.input.taxCode);
  const found = codes.length
    ? await tx
        .select({ id: employers.id, taxCode: employers.taxCode })
        .from(employers)
        .where(inArray(employers.taxCode, codes))
    : [];
  const updatable = new Set(
    found.length
      ? (
          await tx
            .select({ id: employers.id })
            .from(employers)
            .where(
              and(
                inArray(
                  employers.id,
                  found.map((f) => f.id),
                ),
                employerScope(actor, authorize(actor, 'employer.update')),
              ),
            )
        ).map((r) => r.id)
      : [],
  );
  const existing = new Map<string, string>();
  for (const f of found) {
    if (updatable.has(f.id)) existing.set(f.taxCode, f.id);
    else {
      const row = valid.find((v) => v.input.taxCode === f.taxCode)!;
      issues.push({
        row: row.row,
        column: mapping.taxCode!,
        field: 'taxCode',
        code: 'employer_outside_scope',
      });
    }
  }
  const bad = new Set(issues.map((i) => i.row));
  return { sheet, mapping, valid: valid.filter((v) => !bad.has(v.row)), existing, issues };
}

export function toErrors(issues: RowIssue[], locale: Locale): EmployerImportError[] {
  return [...issues]
    .sort((a, b) => a.row - b.row)
    .slice(0, MAX_REPORTED)
    .map((i) => ({
      row: i.row,
      column: i.column,
      field: i.field,
      code: i.code,
      message: fieldMessage(i.code, i.params, locale),
    }));
}
