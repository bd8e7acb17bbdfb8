// The CV of a person (SAP sections 3–4): read with a stated purpose (audited as 'person.cv.read'), replaced as a
// whole with optimistic locking on the person's version. Every reference is checked (code lists, occupations,
// skills) and every problem reported with its path; a change bumps people.version, rebuilds the search text and
// is audited as 'person.update' with the changed sections ('cv.experiences', …), so that a stale edit of the
// record or of the CV says what changed meanwhile.
import { eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisationInScope } from '../network/service.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import type { ReadPurpose } from './contract.ts';
import { type CvInput, type CvUpdate, type CvView, cvCodeSchemes } from './cv-contract.ts';
import { buildView, conceptLabelMap, loadCvRows, loadReferences, rowsToInput } from './cv-load.ts';
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
import { changedCvSections, cvProblems } from './domain/cv-checks.ts';
import { changesSince } from './records.ts';
import { refreshSearchText } from './search-index.ts';

const today = (now: Date) => now.toISOString().slice(0, 10);

/** The person, or 404 when missing, anonymised or outside the caller's read scope. */
export async function personInReadScope(tx: Tx, actor: Actor, personId: string, lock: boolean) {
  const readScope = authorize(actor, 'person.read');
  const query = tx.select().from(people).where(eq(people.id, personId));
  const [p] = lock ? await query.for('update') : await query;
  if (
    !p ||
    p.anonymisedAt ||
    p.mergedIntoId ||
    !(await organisationInScope(tx, actor, readScope, p.ownerOrganisationId))
  )
    throw notFound();
  return p;
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
    const changed = await applyCv(tx, deps, personId, input.cv);
    if (changed.length === 0) return buildView(tx, current, await loadCvRows(tx, personId), 'it');
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

/**
 * Checks a whole CV and writes it when it differs from the stored one; returns the changed sections (nothing is
 * written when there are none). The caller has locked the person row, checked access and the version, and bumps
 * the version and audits afterwards — shared by operators (replaceCv) and the person themselves (citizens/me).
 */
export async function applyCv(tx: Tx, deps: Deps, personId: string, cv: CvInput): Promise<string[]> {
  const { refs, versions } = await loadReferences(tx, cv);
  const problems = cvProblems(cv, refs, today(deps.now()));
  if (problems.length) throw validationError(problems);
  const changed = changedCvSections(rowsToInput(await loadCvRows(tx, personId)), cv);
  if (changed.length === 0) return changed;
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
  return changed;
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
