// One spreadsheet row → the person input of createPerson, or the reasons why not. The same rules as the form:
// personInput (zod) and the codice fiscale checked part by part against the declared identity and the birth
// comune's cadastral code. Comuni come from an index built by ONE query for the whole file. Pure.
import type { z } from 'zod';
import { personInput } from '../contract.ts';
import { taxCodeMismatches } from '../domain/tax-code-check.ts';
import {
  type ColumnMapping,
  type Converted,
  comuneKey,
  type ImportTarget,
  parseComuneCell,
  parseCountry,
  parseEmploymentStatus,
  parseIncomeSupport,
  parseInteger,
  parseItalianDate,
  parseSex,
  parseYesNo,
} from './mapping.ts';
import type { SheetRow } from './read.ts';

export type ComuneRef = { code: string; name: string; provinceAcr: string; belfiore: string };
export type ComuneIndex = { byCode: Map<string, ComuneRef>; byName: Map<string, ComuneRef[]> };

export function comuneIndex(list: ComuneRef[]): ComuneIndex {
  const byCode = new Map<string, ComuneRef>();
  const byName = new Map<string, ComuneRef[]>();
  for (const c of list) {
    byCode.set(c.code, c);
    const key = comuneKey(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  return { byCode, byName };
}

/** A problem with one cell (or one row): `params` fill the message of fieldTexts[code]. */
export type RowIssue = {
  row: number;
  column: string;
  field: string;
  code: string;
  params?: Record<string, unknown>;
};

export type PersonFields = Omit<z.output<typeof personInput>, 'confirmNotDuplicate'>;
export type MappedRow = {
  row: number;
  person: PersonFields;
  residenceComuneName: string;
  /** The fields whose cell was not empty (an update writes only these). */
  provided: Set<string>;
};

/** The person field each target feeds (comuni resolve to their ISTAT code). */
const fieldOf: Record<ImportTarget, string> = {
  taxCode: 'taxCode',
  givenName: 'givenName',
  familyName: 'familyName',
  sex: 'sex',
  birthDate: 'birthDate',
  birthComune: 'birthComuneCode',
  birthProvince: 'birthComuneCode',
  birthCountry: 'birthCountry',
  citizenship: 'citizenship',
  residenceComune: 'residenceComuneCode',
  residenceProvince: 'residenceComuneCode',
  address: 'address',
  postcode: 'postcode',
  email: 'email',
  phone: 'phone',
  employmentStatus: 'employmentStatus',
  didDate: 'didDate',
  unemployedSince: 'unemployedSince',
  incomeSupport: 'incomeSupport',
  availableFrom: 'availableFrom',
  maxCommuteKm: 'maxCommuteKm',
  ownVehicle: 'ownVehicle',
};
const targetOfField = (field: string): ImportTarget =>
  field === 'birthComuneCode'
    ? 'birthComune'
    : field === 'residenceComuneCode'
      ? 'residenceComune'
      : ((Object.keys(fieldOf) as ImportTarget[]).find((t) => fieldOf[t] === field) ?? 'taxCode');

const converters: Partial<Record<ImportTarget, (raw: string) => Converted<unknown>>> = {
  sex: parseSex,
  birthDate: parseItalianDate,
  didDate: parseItalianDate,
  unemployedSince: parseItalianDate,
  availableFrom: parseItalianDate,
  employmentStatus: parseEmploymentStatus,
  incomeSupport: parseIncomeSupport,
  maxCommuteKm: parseInteger,
  ownVehicle: parseYesNo,
  birthCountry: parseCountry,
  citizenship: parseCountry,
};

/** Which column (index) feeds each mapped target. */
export function columnIndexes(columns: string[], mapping: ColumnMapping): Map<ImportTarget, number> {
  const out = new Map<ImportTarget, number>();
  for (const [target, header] of Object.entries(mapping) as [ImportTarget, string][]) {
    const i = columns.indexOf(header);
    if (i >= 0) out.set(target, i);
  }
  return out;
}

function resolveComune(
  index: ComuneIndex,
  raw: string,
  provinceRaw: string | undefined,
): { ok: true; comune: ComuneRef } | { ok: false; code: 'unknown_comune' | 'ambiguous_comune' } {
  const cell = parseComuneCell(raw);
  if ('code' in cell) {
    const c = index.byCode.get(cell.code);
    return c ? { ok: true, comune: c } : { ok: false, code: 'unknown_comune' };
  }
  const province = (cell.province ?? provinceRaw?.trim().toUpperCase()) || null;
  const candidates = (index.byName.get(comuneKey(cell.name)) ?? []).filter(
    (c) => !province || c.provinceAcr === province,
  );
  if (candidates.length === 1) return { ok: true, comune: candidates[0]! };
  return { ok: false, code: candidates.length ? 'ambiguous_comune' : 'unknown_comune' };
}

/** zod's issue → our field error code (the contract's custom messages are codes, e.g. 'invalid_postcode'). */
function issueCode(issue: z.core.$ZodIssue, known: (code: string) => boolean) {
  if (known(issue.message)) return { code: issue.message, params: {} };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { code: 'required', params: {} };
  const params: Record<string, unknown> = { ...(issue as unknown as Record<string, unknown>) };
  delete params.input;
  delete params.path;
  if (Array.isArray(params.values)) params.values = (params.values as unknown[]).join(', ');
  return { code: issue.code, params };
}

export function convertRow(
  sheetRow: SheetRow,
  columns: string[],
  indexes: Map<ImportTarget, number>,
  comuni: ComuneIndex,
  today: string,
  knownCode: (code: string) => boolean,
): { value: MappedRow | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const bad = new Set<string>();
  const columnOf = (target: ImportTarget) => {
    const i = indexes.get(target);
    return i === undefined ? '' : columns[i]!;
  };
  const report = (target: ImportTarget, code: string, params?: Record<string, unknown>) => {
    const field = fieldOf[target];
    bad.add(field);
    issues.push({ row: sheetRow.row, column: columnOf(target), field, code, ...(params ? { params } : {}) });
  };
  const cell = (target: ImportTarget): string | undefined => {
    const i = indexes.get(target);
    if (i === undefined) return undefined;
    const v = (sheetRow.cells[i] ?? '').trim();
    return v === '' ? undefined : v;
  };

  const candidate: Record<string, unknown> = {};
  for (const target of indexes.keys()) {
    if (target === 'birthComune' || target === 'residenceComune') continue;
    if (target === 'birthProvince' || target === 'residenceProvince') continue;
    const raw = cell(target);
    if (raw === undefined) continue;
    const convert = converters[target];
    if (!convert) {
      candidate[fieldOf[target]] = target === 'postcode' && /^\d{4}$/.test(raw) ? `0${raw}` : raw;
      continue;
    }
    const converted = convert(raw);
    if (converted.ok) candidate[fieldOf[target]] = converted.value;
    else report(target, converted.code, { value: raw });
  }
  let residenceComuneName = '';
  const belfiore = new Map<string, string>();
  for (const [target, province] of [
    ['birthComune', 'birthProvince'],
    ['residenceComune', 'residenceProvince'],
  ] as const) {
    const raw = cell(target);
    if (raw === undefined) continue;
    const found = resolveComune(comuni, raw, cell(province));
    if (!found.ok) {
      report(target, found.code, { value: raw });
      continue;
    }
    candidate[fieldOf[target]] = found.comune.code;
    belfiore.set(target, found.comune.belfiore);
    if (target === 'residenceComune') residenceComuneName = found.comune.name;
  }

  const parsed = personInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'taxCode');
      if (bad.has(field)) continue;
      const { code, params } = issueCode(issue, knownCode);
      report(targetOfField(field), code, params);
    }
    return { value: null, issues };
  }
  if (issues.length) return { value: null, issues };
  const { confirmNotDuplicate: _c, ...person } = parsed.data;

  // What createPerson checks beyond zod (records.ts checkPerson), without a query per row.
  if (person.birthCountry === 'IT' && !person.birthComuneCode) report('birthComune', 'birth_comune_required');
  for (const f of ['birthDate', 'didDate', 'unemployedSince'] as const) {
    const value = person[f];
    if (value && value > today) report(f, 'date_in_future');
  }
  const birthplaceCode = person.birthCountry === 'IT' ? (belfiore.get('birthComune') ?? null) : null;
  const mismatches = taxCodeMismatches(person.taxCode, { ...person, birthplaceCode });
  if (person.birthCountry !== 'IT' && !mismatches.includes('format') && person.taxCode[11] !== 'Z')
    mismatches.push('birthplace');
  for (const part of mismatches) report('taxCode', `tax_code_${part}`);
  if (issues.length) return { value: null, issues };
  return {
    value: { row: sheetRow.row, person, residenceComuneName, provided: new Set(Object.keys(candidate)) },
    issues,
  };
}
