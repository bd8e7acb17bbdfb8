// Loading a person's CV: its rows, the same as a CvInput, the code-list versions and references it is checked
// against, concept labels in a language, and the CvView built from the rows.
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { inSequence } from '../../platform/db/client.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { codeLists, conceptLabels, occupations, skills } from '../taxonomy/db.ts';
import { type CvInput, type CvView, cvCodeSchemes, type SkillLevel } from './cv-contract.ts';
import {
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personSkills,
  personTrainings,
} from './db.ts';
import { type CvReferences, cvReferencedUris } from './domain/cv-checks.ts';

export async function loadCvRows(tx: Tx, personId: string) {
  const [education, experiences, trainings, languages, licences, skillRows, desired] = await inSequence([
    tx.select().from(personEducation).where(eq(personEducation.personId, personId)),
    tx.select().from(personExperiences).where(eq(personExperiences.personId, personId)),
    tx.select().from(personTrainings).where(eq(personTrainings.personId, personId)),
    tx.select().from(personLanguages).where(eq(personLanguages.personId, personId)),
    tx.select().from(personLicences).where(eq(personLicences.personId, personId)),
    tx.select().from(personSkills).where(eq(personSkills.personId, personId)),
    tx.select().from(personDesiredOccupations).where(eq(personDesiredOccupations.personId, personId)),
  ]);
  return { education, experiences, trainings, languages, licences, skills: skillRows, desired };
}
export type CvRows = Awaited<ReturnType<typeof loadCvRows>>;

export function rowsToInput(rows: CvRows): CvInput {
  return {
    education: rows.education.map((e) => ({
      levelCode: e.levelCode,
      title: e.title,
      institution: e.institution,
      year: e.year,
      country: e.country,
    })),
    experiences: rows.experiences.map((e) => ({
      employerName: e.employerName,
      employerTaxCode: e.employerTaxCode,
      occupationUri: e.occupationUri,
      startDate: e.startDate,
      endDate: e.endDate,
      contractType: e.contractType,
      description: e.description,
    })),
    trainings: rows.trainings.map((t) => ({
      title: t.title,
      provider: t.provider,
      hours: t.hours,
      year: t.year,
      certificate: t.certificate,
    })),
    languages: rows.languages.map((l) => ({
      language: l.language,
      motherTongue: l.motherTongue,
      listening: l.listening as CvInput['languages'][number]['listening'],
      reading: l.reading as CvInput['languages'][number]['reading'],
      speaking: l.speaking as CvInput['languages'][number]['speaking'],
      writing: l.writing as CvInput['languages'][number]['writing'],
    })),
    licences: rows.licences.map((l) => ({ scheme: l.scheme as 'driving-licence' | 'licence', code: l.code })),
    skills: rows.skills.map((s) => ({ skillUri: s.skillUri, level: s.level as SkillLevel })),
    desiredOccupations: rows.desired.map((d) => d.occupationUri),
  };
}

const referenceSchemes = [
  cvCodeSchemes.education,
  cvCodeSchemes.contract,
  'driving-licence',
  'licence',
] as const;

/** code → version per scheme; when a code exists in several versions, the latest version. */
async function codeVersions(tx: Tx) {
  const rows = await tx
    .select({ scheme: codeLists.scheme, version: codeLists.version, code: codeLists.code })
    .from(codeLists)
    .where(inArray(codeLists.scheme, [...referenceSchemes]));
  const out = new Map<string, Map<string, string>>(referenceSchemes.map((s) => [s, new Map()]));
  for (const r of rows) {
    const codes = out.get(r.scheme)!;
    const seen = codes.get(r.code);
    if (!seen || seen < r.version) codes.set(r.code, r.version);
  }
  return out;
}

export async function loadReferences(tx: Tx, cv: CvInput) {
  const versions = await codeVersions(tx);
  const uris = cvReferencedUris(cv);
  const [occ, sk] = await inSequence([
    uris.occupations.length
      ? tx
          .select({ uri: occupations.uri })
          .from(occupations)
          .where(inArray(occupations.uri, uris.occupations))
      : [],
    uris.skills.length
      ? tx.select({ uri: skills.uri }).from(skills).where(inArray(skills.uri, uris.skills))
      : [],
  ]);
  const keys = (scheme: string) => new Set(versions.get(scheme)!.keys());
  const refs: CvReferences = {
    educationLevels: keys(cvCodeSchemes.education),
    contractTypes: keys(cvCodeSchemes.contract),
    licences: { 'driving-licence': keys('driving-licence'), licence: keys('licence') },
    occupations: new Set(occ.map((o) => o.uri)),
    skills: new Set(sk.map((s) => s.uri)),
  };
  return { refs, versions };
}

/** Preferred labels of concepts in `lang`, falling back to Italian, then to any language. */
export async function conceptLabelMap(tx: Tx, uris: string[], lang: TaxonomyLanguage) {
  const labels = new Map<string, string>();
  if (uris.length === 0) return labels;
  const rows = await tx
    .select({ uri: conceptLabels.uri, lang: conceptLabels.lang, label: conceptLabels.preferredLabel })
    .from(conceptLabels)
    .where(inArray(conceptLabels.uri, [...new Set(uris)]));
  const rank = (l: string) => (l === lang ? 0 : l === 'it' ? 1 : 2);
  const best = new Map<string, number>();
  for (const r of rows) {
    const k = rank(r.lang);
    if (!best.has(r.uri) || k < best.get(r.uri)!) {
      best.set(r.uri, k);
      labels.set(r.uri, r.label);
    }
  }
  return labels;
}

export async function buildView(
  tx: Tx,
  person: { id: string; version: number; updatedAt: Date },
  rows: CvRows,
  lang: TaxonomyLanguage,
): Promise<CvView> {
  const uris = [
    ...rows.desired.map((d) => d.occupationUri),
    ...rows.skills.map((s) => s.skillUri),
    ...rows.experiences.map((e) => e.occupationUri).filter((u): u is string => Boolean(u)),
  ];
  const [labels, codes] = await inSequence([
    conceptLabelMap(tx, uris, lang),
    tx
      .select({
        scheme: codeLists.scheme,
        version: codeLists.version,
        code: codeLists.code,
        labelIt: codeLists.labelIt,
        labelEn: codeLists.labelEn,
      })
      .from(codeLists)
      .where(inArray(codeLists.scheme, [...referenceSchemes]))
      .orderBy(codeLists.version),
  ]);
  const codeLabel = new Map<string, string>();
  for (const c of codes) {
    const label = lang === 'en' ? c.labelEn : c.labelIt;
    codeLabel.set(`${c.scheme}|${c.version}|${c.code}`, label);
    // The latest version wins for codes stored without a version (contract types).
    codeLabel.set(`${c.scheme}||${c.code}`, label);
  }
  const byDesc =
    <T>(key: (x: T) => string | number | null) =>
    (a: T, b: T) => {
      const ka = key(a) ?? '';
      const kb = key(b) ?? '';
      return ka < kb ? 1 : ka > kb ? -1 : 0;
    };
  const collator = new Intl.Collator(lang);
  return {
    personId: person.id,
    version: person.version,
    updatedAt: person.updatedAt.toISOString(),
    lang,
    education: [...rows.education].sort(byDesc((e) => e.year ?? -1)).map((e) => ({
      levelScheme: e.levelScheme,
      levelVersion: e.levelVersion,
      levelCode: e.levelCode,
      levelLabel: codeLabel.get(`${e.levelScheme}|${e.levelVersion}|${e.levelCode}`) ?? e.levelCode,
      title: e.title,
      institution: e.institution,
      year: e.year,
      country: e.country,
    })),
    experiences: [...rows.experiences].sort(byDesc((e) => e.startDate)).map((e) => ({
      employerName: e.employerName,
      employerTaxCode: e.employerTaxCode,
      occupationUri: e.occupationUri,
      occupationLabel: (e.occupationUri && labels.get(e.occupationUri)) || e.occupationLabel,
      startDate: e.startDate,
      endDate: e.endDate,
      contractType: e.contractType,
      contractTypeLabel: e.contractType
        ? (codeLabel.get(`${cvCodeSchemes.contract}||${e.contractType}`) ?? null)
        : null,
      description: e.description,
    })),
    trainings: [...rows.trainings].sort(byDesc((t) => t.year ?? -1)).map((t) => ({
      title: t.title,
      provider: t.provider,
      hours: t.hours,
      year: t.year,
      certificate: t.certificate,
    })),
    languages: [...rows.languages]
      .sort((a, b) => Number(b.motherTongue) - Number(a.motherTongue) || a.language.localeCompare(b.language))
      .map((l) => ({
        language: l.language,
        motherTongue: l.motherTongue,
        listening: l.listening,
        reading: l.reading,
        speaking: l.speaking,
        writing: l.writing,
      })),
    licences: [...rows.licences]
      .sort((a, b) => a.scheme.localeCompare(b.scheme) || a.code.localeCompare(b.code))
      .map((l) => ({
        scheme: l.scheme,
        version: l.version,
        code: l.code,
        label: codeLabel.get(`${l.scheme}|${l.version}|${l.code}`) ?? l.code,
      })),
    skills: rows.skills
      .map((s) => ({
        skillUri: s.skillUri,
        label: labels.get(s.skillUri) ?? s.skillUri,
        level: s.level as SkillLevel,
      }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    desiredOccupations: rows.desired
      .map((d) => ({ occupationUri: d.occupationUri, label: labels.get(d.occupationUri) ?? d.occupationUri }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}
