// Checks of a CV that zod cannot make alone: codes against the code lists, occupations and skills against the
// taxonomy, dates against today, duplicates within a list. Pure: the service loads the reference sets. Every
// problem is reported with its path in the CV (`experiences.2.endDate`, `licences.0.code`).
import type { FieldError } from '../../../platform/http/errors.ts';
import type { CvInput, CvSection } from '../cv-contract.ts';

export type CvReferences = {
  educationLevels: ReadonlySet<string>;
  contractTypes: ReadonlySet<string>;
  licences: Readonly<Record<'driving-licence' | 'licence', ReadonlySet<string>>>;
  occupations: ReadonlySet<string>;
  skills: ReadonlySet<string>;
};

/** The occupation and skill URIs a CV refers to (to load only those). */
export function cvReferencedUris(cv: CvInput): { occupations: string[]; skills: string[] } {
  const occupations = new Set<string>(cv.desiredOccupations);
  for (const e of cv.experiences) if (e.occupationUri) occupations.add(e.occupationUri);
  return { occupations: [...occupations], skills: [...new Set(cv.skills.map((s) => s.skillUri))] };
}

/** `today` as YYYY-MM-DD. */
export function cvProblems(cv: CvInput, refs: CvReferences, today: string): FieldError[] {
  const out: FieldError[] = [];
  const add = (field: string, code: string) => out.push({ field, code });
  const year = Number(today.slice(0, 4));
  const duplicates = <T>(section: string, items: readonly T[], key: (item: T) => string, sub?: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) add([section, i, sub].filter((p) => p !== undefined).join('.'), 'duplicate_entry');
      seen.add(k);
    });
  };

  cv.education.forEach((e, i) => {
    if (!refs.educationLevels.has(e.levelCode)) add(`education.${i}.levelCode`, 'unknown_code');
    if (e.year && e.year > year) add(`education.${i}.year`, 'date_in_future');
  });
  cv.experiences.forEach((e, i) => {
    if (e.occupationUri && !refs.occupations.has(e.occupationUri))
      add(`experiences.${i}.occupationUri`, 'unknown_occupation');
    if (e.startDate > today) add(`experiences.${i}.startDate`, 'date_in_future');
    if (e.endDate && e.endDate > today) add(`experiences.${i}.endDate`, 'date_in_future');
    else if (e.endDate && e.endDate < e.startDate) add(`experiences.${i}.endDate`, 'end_before_start');
    if (e.contractType && !refs.contractTypes.has(e.contractType))
      add(`experiences.${i}.contractType`, 'unknown_code');
  });
  cv.trainings.forEach((t, i) => {
    if (t.year && t.year > year) add(`trainings.${i}.year`, 'date_in_future');
  });
  duplicates('languages', cv.languages, (l) => l.language, 'language');
  cv.licences.forEach((l, i) => {
    if (!refs.licences[l.scheme].has(l.code)) add(`licences.${i}.code`, 'unknown_code');
  });
  duplicates('licences', cv.licences, (l) => `${l.scheme}|${l.code}`, 'code');
  cv.skills.forEach((s, i) => {
    if (!refs.skills.has(s.skillUri)) add(`skills.${i}.skillUri`, 'unknown_skill');
  });
  duplicates('skills', cv.skills, (s) => s.skillUri, 'skillUri');
  cv.desiredOccupations.forEach((uri, i) => {
    if (!refs.occupations.has(uri)) add(`desiredOccupations.${i}`, 'unknown_occupation');
  });
  duplicates('desiredOccupations', cv.desiredOccupations, (u) => u);
  return out;
}

/** A CV in a canonical form for comparison: optional values as null, each section in a fixed order (the stored
 *  rows have no order of their own: the view sorts them by date). */
export function canonicalCv(cv: CvInput): Record<CvSection, string[]> {
  const n = <T>(v: T | null | undefined) => v ?? null;
  const rows = (items: unknown[][]) => items.map((r) => JSON.stringify(r)).sort();
  return {
    education: rows(
      cv.education.map((e) => [e.levelCode, n(e.title), n(e.institution), n(e.year), e.country]),
    ),
    experiences: rows(
      cv.experiences.map((e) => [
        e.employerName,
        n(e.employerTaxCode),
        n(e.occupationUri),
        e.startDate,
        n(e.endDate),
        n(e.contractType),
        n(e.description),
      ]),
    ),
    trainings: rows(
      cv.trainings.map((t) => [t.title, n(t.provider), n(t.hours), n(t.year), n(t.certificate)]),
    ),
    languages: rows(
      cv.languages.map((l) => [
        l.language,
        l.motherTongue,
        n(l.listening),
        n(l.reading),
        n(l.speaking),
        n(l.writing),
      ]),
    ),
    licences: rows(cv.licences.map((l) => [l.scheme, l.code])),
    skills: rows(cv.skills.map((s) => [s.skillUri, s.level])),
    desiredOccupations: rows(cv.desiredOccupations.map((u) => [u])),
  };
}

/** The sections that differ between two CVs, as audit field names ('cv.experiences', …). */
export function changedCvSections(before: CvInput, after: CvInput): string[] {
  const a = canonicalCv(before);
  const b = canonicalCv(after);
  return (Object.keys(a) as CvSection[])
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `cv.${k}`);
}
