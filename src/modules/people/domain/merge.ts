// Merging two records of the same person (duplicates): which value each field takes, which differences the
// operator must decide, and the union of the two CVs and consent histories. Pure: merge.ts reads the rows and
// writes the result.
import { personFieldNames } from '../contract.ts';
import { type ConsentEvent, currentConsents } from './consents.ts';

export type MergeSide = 'survivor' | 'merged';
export type FieldName = (typeof personFieldNames)[number];
export type FieldValue = string | number | boolean | null | readonly string[];
export type MergeFields = Record<FieldName, FieldValue>;

/** Lists that describe facts about the person (declared target groups, income support): both records are true. */
const unionFields: ReadonlySet<FieldName> = new Set(['incomeSupport', 'declaredGroups']);

const isEmpty = (v: FieldValue | undefined) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const sameValue = (a: FieldValue, b: FieldValue) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export type FieldConflict = {
  field: FieldName;
  survivor: FieldValue;
  merged: FieldValue;
  /** The operator's choice, or null when still to be made (the survivor's value is shown meanwhile). */
  chosen: MergeSide | null;
};

/**
 * The resulting fields. Equal values stay; a value present on one side only is kept; lists of facts are joined;
 * two different non-empty values are a conflict, decided by `choices` (default: the survivor's, listed as
 * unresolved so the commit refuses it). A choice also applies where one side is empty, to drop a value.
 */
export function mergeFields(
  survivor: MergeFields,
  merged: MergeFields,
  choices: Partial<Record<string, MergeSide>>,
): { fields: MergeFields; conflicts: FieldConflict[] } {
  const fields = { ...survivor };
  const conflicts: FieldConflict[] = [];
  for (const f of personFieldNames) {
    const a = survivor[f];
    const b = merged[f];
    if (sameValue(a, b)) continue;
    if (unionFields.has(f)) {
      fields[f] = [...new Set([...((a as string[]) ?? []), ...((b as string[]) ?? [])])];
      continue;
    }
    const choice = choices[f] ?? null;
    if (!isEmpty(a) && !isEmpty(b)) {
      conflicts.push({ field: f, survivor: a, merged: b, chosen: choice });
      fields[f] = choice === 'merged' ? b : a;
    } else if (choice) {
      fields[f] = choice === 'merged' ? b : a;
    } else {
      fields[f] = isEmpty(a) ? b : a;
    }
  }
  return { fields, conflicts };
}

// --- CV -------------------------------------------------------------------------------------------------------

const norm = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : (v ?? null));
const keyOf = (row: Record<string, unknown>, keys: readonly string[]) =>
  JSON.stringify(keys.map((k) => norm(row[k])));

/** Rows with their own id (education, experiences, trainings): the merged record's rows that are not exact
 * duplicates (same content, case and spaces ignored) of one of the survivor's move; the others are dropped. */
export function splitDuplicates<R extends { id: string }>(
  survivor: readonly R[],
  merged: readonly R[],
  keys: readonly (keyof R & string)[],
): { move: string[]; drop: string[] } {
  const seen = new Set(survivor.map((r) => keyOf(r, keys)));
  const move: string[] = [];
  const drop: string[] = [];
  for (const r of merged) {
    const k = keyOf(r, keys);
    if (seen.has(k)) drop.push(r.id);
    else {
      seen.add(k);
      move.push(r.id);
    }
  }
  return { move, drop };
}

/** The content that makes two rows "the same" entry, per section. */
export const duplicateKeys = {
  education: ['levelCode', 'title', 'institution', 'year', 'country'],
  experiences: [
    'employerName',
    'employerTaxCode',
    'occupationUri',
    'startDate',
    'endDate',
    'contractType',
    'description',
  ],
  trainings: ['title', 'provider', 'hours', 'year', 'certificate'],
} as const;

const cefr = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const higherCefr = (a: string | null, b: string | null) =>
  cefr.indexOf((a ?? '') as never) >= cefr.indexOf((b ?? '') as never) ? a : b;

export type LanguageRow = {
  language: string;
  motherTongue: boolean;
  listening: string | null;
  reading: string | null;
  speaking: string | null;
  writing: string | null;
};

/** One row per language; each ability keeps the higher CEFR level; a mother tongue on either side stays one. */
export function mergeLanguages(
  survivor: readonly LanguageRow[],
  merged: readonly LanguageRow[],
): LanguageRow[] {
  const out = new Map(survivor.map((l) => [l.language, { ...l }]));
  for (const l of merged) {
    const s = out.get(l.language);
    if (!s) {
      out.set(l.language, { ...l });
      continue;
    }
    s.motherTongue ||= l.motherTongue;
    for (const k of ['listening', 'reading', 'speaking', 'writing'] as const) s[k] = higherCefr(s[k], l[k]);
  }
  return [...out.values()];
}

const skillLevels = ['basic', 'intermediate', 'advanced'];
export type SkillRow = { skillUri: string; level: string };

/** One row per skill, at the higher of the two levels. */
export function mergeSkills(survivor: readonly SkillRow[], merged: readonly SkillRow[]): SkillRow[] {
  const out = new Map(survivor.map((s) => [s.skillUri, { ...s }]));
  for (const s of merged) {
    const kept = out.get(s.skillUri);
    if (!kept) out.set(s.skillUri, { ...s });
    else if (skillLevels.indexOf(s.level) > skillLevels.indexOf(kept.level)) kept.level = s.level;
  }
  return [...out.values()];
}

/** Union by key, the survivor's row winning (licences by scheme and code, desired occupations by URI). */
export function unionBy<R>(survivor: readonly R[], merged: readonly R[], key: (r: R) => string): R[] {
  const out = new Map(survivor.map((r) => [key(r), r]));
  for (const r of merged) if (!out.has(key(r))) out.set(key(r), r);
  return [...out.values()];
}

// --- Consents -------------------------------------------------------------------------------------------------

/**
 * Both histories are kept whole (they are evidence of what each record was told and answered); the current state
 * of each purpose is then simply the most recent event of either record.
 */
export function mergeConsents<E extends ConsentEvent>(survivor: readonly E[], merged: readonly E[]) {
  const history = [...survivor, ...merged].sort((a, b) => a.at.getTime() - b.at.getTime());
  return { history, current: currentConsents(history) };
}
