// The CV sections as editable rows: which fields each entry has (and how the controls show them), the stored CV
// turned into rows, and rows turned back into the contract's input (the whole CV is replaced at once).
import {
  type CvInput,
  type CvSection,
  type CvView,
  cefrLevels,
  licenceSchemes,
  skillLevels,
} from '../cv-contract.ts';
import type { ConceptValue } from './ConceptAutocomplete.tsx';

export type CellValue = string | boolean | ConceptValue;
export type CvRow = Record<string, CellValue>;

export type FieldSpec = {
  key: string;
  kind: 'text' | 'textarea' | 'number' | 'date' | 'checkbox' | 'select' | 'occupation' | 'skill';
  required?: boolean;
  /** A code list of the taxonomy (or, for a function, the one chosen by another field of the row). */
  codeList?: string | ((row: CvRow) => string);
  /** Fixed options, labelled by people.cv.options.<key>.<value> unless `rawLabels`. */
  options?: readonly string[];
  rawLabels?: boolean;
};

export const cvFields: Record<CvSection, FieldSpec[]> = {
  education: [
    { key: 'levelCode', kind: 'select', required: true, codeList: 'sap-education' },
    { key: 'title', kind: 'text' },
    { key: 'institution', kind: 'text' },
    { key: 'year', kind: 'number' },
    { key: 'country', kind: 'text', required: true },
  ],
  experiences: [
    { key: 'employerName', kind: 'text', required: true },
    { key: 'employerTaxCode', kind: 'text' },
    { key: 'occupationUri', kind: 'occupation' },
    { key: 'startDate', kind: 'date', required: true },
    { key: 'endDate', kind: 'date' },
    { key: 'contractType', kind: 'select', codeList: 'co-contract' },
    { key: 'description', kind: 'textarea' },
  ],
  trainings: [
    { key: 'title', kind: 'text', required: true },
    { key: 'provider', kind: 'text' },
    { key: 'hours', kind: 'number' },
    { key: 'year', kind: 'number' },
    { key: 'certificate', kind: 'text' },
  ],
  languages: [
    { key: 'language', kind: 'text', required: true },
    { key: 'motherTongue', kind: 'checkbox' },
    { key: 'listening', kind: 'select', options: cefrLevels, rawLabels: true },
    { key: 'reading', kind: 'select', options: cefrLevels, rawLabels: true },
    { key: 'speaking', kind: 'select', options: cefrLevels, rawLabels: true },
    { key: 'writing', kind: 'select', options: cefrLevels, rawLabels: true },
  ],
  licences: [
    { key: 'scheme', kind: 'select', required: true, options: licenceSchemes },
    {
      key: 'code',
      kind: 'select',
      required: true,
      codeList: (row) => String(row.scheme || 'driving-licence'),
    },
  ],
  skills: [
    { key: 'skillUri', kind: 'skill', required: true },
    { key: 'level', kind: 'select', required: true, options: skillLevels },
  ],
  desiredOccupations: [{ key: 'occupationUri', kind: 'occupation', required: true }],
};

const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const concept = (uri: string | null, label: string | null): ConceptValue =>
  uri ? { uri, label: label ?? uri } : null;

/** The stored CV as rows of control values, section by section. */
export function rowsOf(cv: CvView, section: CvSection): CvRow[] {
  switch (section) {
    case 'education':
      return cv.education.map((e) => ({
        ...e,
        title: s(e.title),
        institution: s(e.institution),
        year: s(e.year),
      }));
    case 'experiences':
      return cv.experiences.map((e) => ({
        employerName: e.employerName,
        employerTaxCode: s(e.employerTaxCode),
        occupationUri: concept(e.occupationUri, e.occupationLabel),
        startDate: e.startDate,
        endDate: s(e.endDate),
        contractType: s(e.contractType),
        description: s(e.description),
      }));
    case 'trainings':
      return cv.trainings.map((e) => ({
        title: e.title,
        provider: s(e.provider),
        hours: s(e.hours),
        year: s(e.year),
        certificate: s(e.certificate),
      }));
    case 'languages':
      return cv.languages.map((l) => ({
        language: l.language,
        motherTongue: l.motherTongue,
        listening: s(l.listening),
        reading: s(l.reading),
        speaking: s(l.speaking),
        writing: s(l.writing),
      }));
    case 'licences':
      return cv.licences.map((l) => ({ scheme: l.scheme, code: l.code }));
    case 'skills':
      return cv.skills.map((k) => ({ skillUri: concept(k.skillUri, k.label), level: k.level }));
    case 'desiredOccupations':
      return cv.desiredOccupations.map((o) => ({ occupationUri: concept(o.occupationUri, o.label) }));
  }
}

export function emptyRow(section: CvSection): CvRow {
  const row: CvRow = {};
  for (const f of cvFields[section])
    row[f.key] = f.kind === 'checkbox' ? false : f.kind === 'occupation' || f.kind === 'skill' ? null : '';
  if (section === 'education') row.country = 'IT';
  if (section === 'licences') row.scheme = 'driving-licence';
  if (section === 'skills') row.level = 'intermediate';
  return row;
}

/** One row as the contract's entry: empty optional values become null, numbers are numbers, concepts URIs. */
function entryOf(section: CvSection, row: CvRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of cvFields[section]) {
    const v = row[f.key];
    if (f.kind === 'checkbox') out[f.key] = Boolean(v);
    else if (f.kind === 'occupation' || f.kind === 'skill')
      out[f.key] = (v as ConceptValue)?.uri ?? (f.required ? '' : null);
    else {
      const text = String(v ?? '').trim();
      if (text === '') out[f.key] = f.required ? '' : null;
      else out[f.key] = f.kind === 'number' ? Number(text) : f.key === 'country' ? text.toUpperCase() : text;
    }
  }
  return out;
}

/** The whole CV input, with `section` replaced by the edited rows. */
export function cvInputWith(cv: CvView, section: CvSection, rows: CvRow[]): CvInput {
  const sections = [
    'education',
    'experiences',
    'trainings',
    'languages',
    'licences',
    'skills',
    'desiredOccupations',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const name of sections) {
    const entries = (name === section ? rows : rowsOf(cv, name)).map((r) => entryOf(name, r));
    out[name] = name === 'desiredOccupations' ? entries.map((e) => e.occupationUri) : entries;
  }
  return out as CvInput;
}
