// The CV of a person (SAP sections 3–4): read with a stated purpose (audited as 'person.cv.read'), replaced as a
// whole with optimistic locking on the person's version. Every reference is checked (code lists, occupations,
// skills) and every problem reported with its path; a change bumps people.version, rebuilds the search text and
// is audited as 'person.update' with the changed sections ('cv.experiences', …), so that a stale edit of the
// record or of the CV says what changed meanwhile.
import { eq, inArray } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import { inSequence } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisationInScope } from '../network/service.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { codeLists, conceptLabels, occupations, skills } from '../taxonomy/db.ts';
import type { ReadPurpose } from './contract.ts';
import { type CvInput, type CvUpdate, type CvView, cvCodeSchemes, type SkillLevel } from './cv-contract.ts';
import {
  people,
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personSkills,
  personTrainings,
} from './db.ts';
import { type CvReferences, changedCvSections, cvProblems, cvReferencedUris } from './domain/cv-checks.ts';
import { changesSince } from './records.ts';
import { refreshSearchText } from './search-index.ts';

const today = (now: Date) => now.toISOString().slice(0, 10);

async function loadCvRows(tx: Tx, personId: string) {
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
type CvRows = Awaited<ReturnType<typeof loadCvRows>>;

function rowsToInput(rows: CvRows): CvInput {
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

/** The person, or 404 when missing, anonymised or outside the caller's read scope. */
async function personInReadScope(tx: Tx, actor: Actor, personId: string, lock: boolean) {
  const readScope = authorize(actor, 'person.read');
  const query = tx.select().from(people).where(eq(people.id, personId));
  const [p] = lock ? await query.for('update') : await query;
  if (!p || p.anonymisedAt || !(await organisationInScope(tx, actor, readScope, p.ownerOrganisationId)))
    throw notFound();
  return p;
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

async function loadReferences(tx: Tx, cv: CvInput) {
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
async function conceptLabelMap(tx: Tx, uris: string[], lang: TaxonomyLanguage) {
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

async function buildView(
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

/** Reads a person's CV: outside the read scope → 404; every read is audited with its purpose. */
export async function getCv(
  deps: Deps,
  actor: Actor,
  personId: string,
  purpose: ReadPurpose,
  lang: TaxonomyLanguage = 'it',
): Promise<CvView> {
  return deps.db.transaction(async (tx) => {
    const p = await personInReadScope(tx, actor, personId, false);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.cv.read',
      entityType: 'person',
      entityId: personId,
      purpose,
    });
    return buildView(tx, p, await loadCvRows(tx, personId), lang);
  });
}

/** Replaces the whole CV (all sections at once) when `input.version` is the person's current version. */
export async function replaceCv(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: CvUpdate,
): Promise<CvView> {
  authorize(actor, 'person.read');
  return deps.db.transaction(async (tx) => {
    const current = await personInReadScope(tx, actor, personId, true);
    const updateScope = authorize(actor, 'person.update');
    if (!(await organisationInScope(tx, actor, updateScope, current.ownerOrganisationId)))
      throw new AppError('forbidden');
    if (current.version !== input.version) {
      const changed = await changesSince(tx, personId, input.version);
      throw new AppError(
        'version_conflict',
        {},
        { members: { changedFields: changed, currentVersion: current.version } },
      );
    }
    const { cv } = input;
    const { refs, versions } = await loadReferences(tx, cv);
    const problems = cvProblems(cv, refs, today(deps.now()));
    if (problems.length) throw validationError(problems);

    const before = await loadCvRows(tx, personId);
    const changed = changedCvSections(rowsToInput(before), cv);
    if (changed.length === 0) return buildView(tx, current, before, 'it');

    const occupationLabels = await conceptLabelMap(
      tx,
      cv.experiences.map((e) => e.occupationUri).filter((u): u is string => Boolean(u)),
      'it',
    );
    await writeCv(tx, personId, cv, {
      educationVersion: (code) => versions.get(cvCodeSchemes.education)!.get(code)!,
      licenceVersion: (scheme, code) => versions.get(scheme)!.get(code)!,
      occupationLabel: (uri) => occupationLabels.get(uri) ?? null,
    });
    const version = current.version + 1;
    const updatedAt = deps.now();
    await tx.update(people).set({ version, updatedAt }).where(eq(people.id, personId));
    await refreshSearchText(tx, personId);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.update',
      entityType: 'person',
      entityId: personId,
      purpose: 'guidance',
      details: { changed, version },
    });
    return buildView(tx, { id: personId, version, updatedAt }, await loadCvRows(tx, personId), 'it');
  });
}

type WriteHelpers = {
  educationVersion: (code: string) => string;
  licenceVersion: (scheme: string, code: string) => string;
  occupationLabel: (uri: string) => string | null;
};

/** Deletes the stored sections and writes the new ones (within the caller's transaction). */
async function writeCv(tx: Tx, personId: string, cv: CvInput, h: WriteHelpers) {
  const tables = [
    personEducation,
    personExperiences,
    personTrainings,
    personLanguages,
    personLicences,
    personSkills,
    personDesiredOccupations,
  ] as const;
  for (const table of tables) await tx.delete(table).where(eq(table.personId, personId));
  if (cv.education.length)
    await tx.insert(personEducation).values(
      cv.education.map((e) => ({
        personId,
        levelScheme: cvCodeSchemes.education,
        levelVersion: h.educationVersion(e.levelCode),
        levelCode: e.levelCode,
        title: e.title ?? null,
        institution: e.institution ?? null,
        year: e.year ?? null,
        country: e.country,
      })),
    );
  if (cv.experiences.length)
    await tx.insert(personExperiences).values(
      cv.experiences.map((e) => ({
        personId,
        employerName: e.employerName,
        employerTaxCode: e.employerTaxCode ?? null,
        occupationUri: e.occupationUri ?? null,
        occupationLabel: e.occupationUri ? h.occupationLabel(e.occupationUri) : null,
        startDate: e.startDate,
        endDate: e.endDate ?? null,
        contractType: e.contractType ?? null,
        description: e.description ?? null,
      })),
    );
  if (cv.trainings.length)
    await tx.insert(personTrainings).values(
      cv.trainings.map((t) => ({
        personId,
        title: t.title,
        provider: t.provider ?? null,
        hours: t.hours ?? null,
        year: t.year ?? null,
        certificate: t.certificate ?? null,
      })),
    );
  if (cv.languages.length)
    await tx.insert(personLanguages).values(
      cv.languages.map((l) => ({
        personId,
        language: l.language,
        motherTongue: l.motherTongue,
        listening: l.listening ?? null,
        reading: l.reading ?? null,
        speaking: l.speaking ?? null,
        writing: l.writing ?? null,
      })),
    );
  if (cv.licences.length)
    await tx.insert(personLicences).values(
      cv.licences.map((l) => ({
        personId,
        scheme: l.scheme,
        version: h.licenceVersion(l.scheme, l.code),
        code: l.code,
      })),
    );
  if (cv.skills.length)
    await tx
      .insert(personSkills)
      .values(cv.skills.map((s) => ({ personId, skillUri: s.skillUri, level: s.level })));
  if (cv.desiredOccupations.length)
    await tx
      .insert(personDesiredOccupations)
      .values(cv.desiredOccupations.map((occupationUri) => ({ personId, occupationUri })));
}
