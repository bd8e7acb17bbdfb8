// Employers import: which spreadsheet column feeds which employer field (suggested from the header names, Italian
// or English) and one row → the employer input or the reasons why not. Header matching and the cell conversions
// (yes/no, numbers, comuni) are the people import's generic helpers, imported from there. Pure.
import {
  comuneKey,
  headerKey,
  parseComuneCell,
  parseInteger,
  parseYesNo,
} from '../../people/import/mapping.ts';
import type { SheetRow } from '../../people/import/read.ts';
import type { ComuneIndex } from '../../people/import/validate.ts';
import { employerFieldProblems } from '../checks.ts';
import { type EmployerInput, employerInput } from '../contract.ts';
import { type AtecoVersion, normaliseAteco } from '../domain/ateco.ts';
import { isLegalForm, legalFormLabels, legalForms } from '../domain/legal-forms.ts';

export const employerImportTargets = [
  'taxCode',
  'vatNumber',
  'name',
  'legalForm',
  'atecoCode',
  'atecoVersion',
  'employees',
  'hostsInternships',
  'email',
  'phone',
  'website',
  'comune',
  'province',
  'address',
  'postcode',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const;
export type EmployerImportTarget = (typeof employerImportTargets)[number];
export type EmployerMapping = Partial<Record<EmployerImportTarget, string>>;
export const requiredEmployerTargets: EmployerImportTarget[] = ['taxCode', 'name', 'comune'];

const synonyms: Record<EmployerImportTarget, string[]> = {
  taxCode: [
    'codice fiscale',
    'cf',
    'c f',
    'cod fiscale',
    'codice fiscale azienda',
    'tax code',
    'fiscal code',
  ],
  vatNumber: ['partita iva', 'p iva', 'piva', 'p i', 'partita i v a', 'vat', 'vat number'],
  name: [
    'ragione sociale',
    'denominazione',
    'azienda',
    'impresa',
    'nome azienda',
    'company',
    'company name',
    'name',
  ],
  legalForm: ['forma giuridica', 'natura giuridica', 'legal form'],
  atecoCode: ['ateco', 'codice ateco', 'cod ateco', 'attivita ateco', 'ateco code'],
  atecoVersion: ['versione ateco', 'ateco versione', 'ateco version'],
  employees: ['dipendenti', 'numero dipendenti', 'n dipendenti', 'addetti', 'numero addetti', 'employees'],
  hostsInternships: [
    'tirocini',
    'ospita tirocini',
    'disponibile tirocini',
    'hosts internships',
    'internships',
  ],
  email: ['email', 'e mail', 'pec', 'posta elettronica', 'mail'],
  phone: ['telefono', 'tel', 'phone', 'telephone'],
  website: ['sito', 'sito web', 'sito internet', 'website', 'web'],
  comune: ['comune', 'comune sede', 'comune sede legale', 'sede', 'citta', 'comune istat', 'city', 'town'],
  province: ['provincia', 'prov', 'pr', 'province'],
  address: ['indirizzo', 'indirizzo sede', 'via', 'address', 'street'],
  postcode: ['cap', 'c a p', 'postcode', 'postal code', 'zip'],
  contactName: ['referente', 'nome referente', 'contatto', 'contact', 'contact name'],
  contactRole: ['ruolo referente', 'ruolo', 'qualifica', 'contact role', 'role'],
  contactEmail: ['email referente', 'e mail referente', 'mail referente', 'contact email'],
  contactPhone: ['telefono referente', 'tel referente', 'cellulare referente', 'contact phone'],
};

/** Each header goes to the first target whose synonym it equals (then: contains a multi-word synonym). */
export function suggestEmployerMapping(columns: string[]): EmployerMapping {
  const mapping: EmployerMapping = {};
  const used = new Set<string>();
  const keys = columns.map(headerKey);
  const assign = (match: (key: string, synonym: string) => boolean) => {
    for (const target of employerImportTargets) {
      if (mapping[target]) continue;
      for (const synonym of synonyms[target]) {
        const i = keys.findIndex((k, idx) => !used.has(columns[idx]!) && match(k, synonym));
        if (i >= 0) {
          mapping[target] = columns[i]!;
          used.add(columns[i]!);
          break;
        }
      }
    }
  };
  assign((k, s) => k === s);
  assign((k, s) => s.includes(' ') && s.length > 4 && k.includes(s));
  return mapping;
}

export type RowIssue = {
  row: number;
  column: string;
  field: string;
  code: string;
  params?: Record<string, unknown>;
};
export type EmployerRow = { row: number; input: EmployerInput; provided: Set<string> };

/** Legal forms by code or by the words people write ("S.r.l.", "Società cooperativa"). */
export function parseLegalForm(raw: string): string | null {
  const k = headerKey(raw).replace(/ /g, '');
  if (isLegalForm(k)) return k;
  const words: Record<string, string> = {
    dittaindividuale: 'ditta_individuale',
    impresaindividuale: 'ditta_individuale',
    cooperativa: 'cooperativa',
    societacooperativa: 'cooperativa',
    cooperativasociale: 'cooperativa_sociale',
    associazione: 'associazione',
    fondazione: 'fondazione',
    consorzio: 'consorzio',
    entepubblico: 'ente_pubblico',
  };
  if (words[k]) return words[k]!;
  for (const form of legalForms) if (headerKey(legalFormLabels[form].it).replace(/ /g, '') === k) return form;
  return null;
}

/** One row → an employer input with its site and contact, or the issues of its cells. */
export function convertEmployerRow(
  r: SheetRow,
  columns: string[],
  mapping: EmployerMapping,
  comuni: ComuneIndex,
  defaultVersion: AtecoVersion,
): { value: EmployerRow | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const cell = (t: EmployerImportTarget) => {
    const header = mapping[t];
    const i = header === undefined ? -1 : columns.indexOf(header);
    return i >= 0 ? (r.cells[i] ?? '').trim() : '';
  };
  const issue = (t: EmployerImportTarget, field: string, code: string, params?: Record<string, unknown>) =>
    issues.push({ row: r.row, column: mapping[t] ?? '', field, code, ...(params ? { params } : {}) });
  const provided = new Set(employerImportTargets.filter((t) => cell(t) !== ''));

  let legalForm: string | null = null;
  if (cell('legalForm')) {
    legalForm = parseLegalForm(cell('legalForm'));
    if (!legalForm) issue('legalForm', 'legalForm', 'invalid_legal_form');
  }
  let employees: number | null = null;
  if (cell('employees')) {
    const n = parseInteger(cell('employees'));
    if (n.ok && n.value >= 0) employees = n.value;
    else issue('employees', 'employees', 'invalid_number');
  }
  let hostsInternships = false;
  if (cell('hostsInternships')) {
    const b = parseYesNo(cell('hostsInternships'));
    if (b.ok) hostsInternships = b.value;
    else issue('hostsInternships', 'hostsInternships', 'invalid_yes_no');
  }
  const version = cell('atecoVersion') || defaultVersion;
  let comuneCode: string | null = null;
  const comuneCell = cell('comune');
  if (!comuneCell) issue('comune', 'comune', 'employer_site_required');
  else {
    const parsed = parseComuneCell(comuneCell);
    if ('code' in parsed) {
      if (comuni.byCode.has(parsed.code)) comuneCode = parsed.code;
      else issue('comune', 'comune', 'unknown_comune');
    } else {
      const province = (parsed.province ?? cell('province')).toUpperCase() || null;
      const found = (comuni.byName.get(comuneKey(parsed.name)) ?? []).filter(
        (c) => !province || c.provinceAcr === province,
      );
      if (found.length === 1) comuneCode = found[0]!.code;
      else if (found.length > 1) issue('comune', 'comune', 'ambiguous_comune', { value: parsed.name });
      else issue('comune', 'comune', 'unknown_comune');
    }
  }
  const contact = cell('contactName')
    ? [
        {
          name: cell('contactName'),
          role: cell('contactRole') || null,
          email: cell('contactEmail') || null,
          phone: cell('contactPhone') || null,
        },
      ]
    : [];
  const parsed = employerInput.safeParse({
    taxCode: cell('taxCode'),
    vatNumber: cell('vatNumber') || null,
    name: cell('name'),
    legalForm,
    atecoCode: cell('atecoCode') ? normaliseAteco(cell('atecoCode')) : null,
    atecoVersion: cell('atecoCode') ? version : null,
    employees,
    hostsInternships,
    email: cell('email') || null,
    phone: cell('phone') || null,
    website: cell('website') || null,
    sites: comuneCode
      ? [
          {
            comuneCode,
            address: cell('address') || null,
            postcode: cell('postcode') || null,
            headquarters: true,
          },
        ]
      : [],
    contacts: contact,
  });
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      const [head, , sub] = zi.path.map(String);
      const field =
        head === 'contacts'
          ? `contact${sub![0]!.toUpperCase()}${sub!.slice(1)}`
          : head === 'sites'
            ? (sub ?? 'comune')
            : head!;
      const target = (employerImportTargets as readonly string[]).includes(field)
        ? (field as EmployerImportTarget)
        : 'name';
      issue(
        target,
        field,
        field === 'atecoVersion'
          ? 'invalid_value'
          : zi.code === 'too_small'
            ? 'required'
            : zi.message in codes
              ? zi.message
              : 'invalid_format',
        field === 'atecoVersion' ? { values: '2007, 2025' } : undefined,
      );
    }
    return { value: null, issues };
  }
  const targetOf: Record<string, EmployerImportTarget> = {
    taxCode: 'taxCode',
    vatNumber: 'vatNumber',
    atecoCode: 'atecoCode',
    atecoVersion: 'atecoVersion',
  };
  for (const p of employerFieldProblems(parsed.data))
    issue(targetOf[p.field] ?? 'name', p.field, p.code, p.params);
  return issues.length
    ? { value: null, issues }
    : { value: { row: r.row, input: parsed.data, provided }, issues };
}

/** zod messages that are field-text codes (set in contract.ts). */
const codes: Record<string, true> = { unknown_comune: true, invalid_postcode: true };
