// "My profile": the citizen's own person record — the one whose user_id is the caller (policy scope 'self'). Reads
// and writes reuse the operators' services (CV, consents, access-request export) after this file has found the
// record; every read and write is audited with the citizen as actor, so operators see who changed what.
import { and, eq, isNull } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Action } from '../../platform/policy/table.ts';
import { comuni } from '../network/db.ts';
import { appendConsent, toView as consentsView, loadConsentHistory } from '../people/consent.ts';
import type { ConsentInput, ConsentsView } from '../people/consent-contract.ts';
import { applyCv } from '../people/cv.ts';
import type { CvInput, CvUpdate, CvView } from '../people/cv-contract.ts';
import { buildView, conceptLabelMap, loadCvRows, loadReferences } from '../people/cv-load.ts';
import { people, personDesiredOccupations } from '../people/db.ts';
import { cvProblems } from '../people/domain/cv-checks.ts';
import { changesSince } from '../people/records.ts';
import { collectPersonDataOf } from '../people/rights.ts';
import { refreshSearchText } from '../people/search-index.ts';
import { loadPersonRow } from '../people/view.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { type MyPersonPatch, type MyPersonView, myPersonFieldNames } from './contract.ts';
import { forTheCitizen } from './domain/self-service.ts';

const PURPOSE = 'data_subject_request';
const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The 'self' scope of the person actions: the record linked to the caller's account. A role whose scope is not
 * 'self' has no "own" record (operators use /api/people); a citizen without a linked record gets 404 with a hint.
 */
async function myRow(tx: Tx, actor: Actor, action: Action, lock: boolean) {
  if (authorize(actor, action) !== 'self') throw new AppError('forbidden');
  const query = tx
    .select()
    .from(people)
    .where(and(eq(people.userId, actor.userId), isNull(people.anonymisedAt), isNull(people.mergedIntoId)));
  const [p] = lock ? await query.for('update') : await query;
  if (!p) throw new AppError('no_linked_person');
  return p;
}

async function versionConflict(tx: Tx, id: string, expected: number, current: number) {
  return new AppError(
    'version_conflict',
    {},
    { members: { changedFields: await changesSince(tx, id, expected), currentVersion: current } },
  );
}

async function myView(tx: Tx, id: string, lang: TaxonomyLanguage): Promise<MyPersonView> {
  const row = (await loadPersonRow(tx, id))!;
  const p = row.p;
  const desired = await tx
    .select({ uri: personDesiredOccupations.occupationUri })
    .from(personDesiredOccupations)
    .where(eq(personDesiredOccupations.personId, id));
  const labels = await conceptLabelMap(
    tx,
    desired.map((d) => d.uri),
    lang,
  );
  return {
    id: p.id,
    taxCode: p.taxCode,
    givenName: p.givenName,
    familyName: p.familyName,
    sex: p.sex as 'M' | 'F',
    birthDate: p.birthDate,
    birthComuneName: row.birthComuneName,
    birthCountry: p.birthCountry,
    citizenship: p.citizenship,
    residenceComuneCode: p.residenceComuneCode,
    residenceComuneName: row.residenceComuneName,
    address: p.address,
    postcode: p.postcode,
    email: p.email,
    phone: p.phone,
    employmentStatus: p.employmentStatus,
    availableFrom: p.availableFrom,
    maxCommuteKm: p.maxCommuteKm,
    ownVehicle: p.ownVehicle,
    contractTypes: p.contractTypes,
    workingTimes: p.workingTimes,
    shifts: p.shifts,
    desiredOccupations: desired.map((d) => ({ uri: d.uri, label: labels.get(d.uri) ?? d.uri })),
    ownerOrganisationName: row.ownerName,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function getMyPerson(deps: Deps, actor: Actor, lang: TaxonomyLanguage = 'it') {
  return deps.db.transaction(async (tx) => {
    const p = await myRow(tx, actor, 'person.self.read', false);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.read',
      entityType: 'person',
      entityId: p.id,
      purpose: PURPOSE,
    });
    return myView(tx, p.id, lang);
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const emptyCv = (desiredOccupations: string[]): CvInput => ({
  education: [],
  experiences: [],
  trainings: [],
  languages: [],
  licences: [],
  skills: [],
  desiredOccupations,
});

export async function updateMyPerson(deps: Deps, actor: Actor, patch: MyPersonPatch) {
  return deps.db.transaction(async (tx) => {
    const current = await myRow(tx, actor, 'person.self.update', true);
    if (current.version !== patch.version)
      throw await versionConflict(tx, current.id, patch.version, current.version);
    // Only what is sent changes; fields the citizen does not manage are not even read from the body (strict schema).
    const set: Partial<typeof people.$inferInsert> = {};
    const changed: string[] = [];
    for (const f of myPersonFieldNames) {
      const value = patch[f];
      if (value === undefined || same(value, current[f])) continue;
      (set as Record<string, unknown>)[f] = value;
      changed.push(f);
    }
    if (set.residenceComuneCode) {
      const [c] = await tx
        .select({ code: comuni.code })
        .from(comuni)
        .where(eq(comuni.code, set.residenceComuneCode));
      if (!c) throw validationError([{ field: 'residenceComuneCode', code: 'unknown_comune' }]);
      // The quartiere belongs to the former comune: the operators set it again if it matters.
      set.residenceSubdivisionId = null;
    }
    if (patch.desiredOccupations) {
      const wanted = patch.desiredOccupations;
      const stored = await tx
        .select({ uri: personDesiredOccupations.occupationUri })
        .from(personDesiredOccupations)
        .where(eq(personDesiredOccupations.personId, current.id));
      if (!same([...wanted].sort(), stored.map((s) => s.uri).sort())) {
        const cv = emptyCv(wanted);
        const { refs } = await loadReferences(tx, cv);
        const problems = cvProblems(cv, refs, today(deps.now()));
        if (problems.length) throw validationError(problems);
        await tx.delete(personDesiredOccupations).where(eq(personDesiredOccupations.personId, current.id));
        if (wanted.length)
          await tx
            .insert(personDesiredOccupations)
            .values(wanted.map((occupationUri) => ({ personId: current.id, occupationUri })));
        changed.push('cv.desiredOccupations');
      }
    }
    if (changed.length === 0) return myView(tx, current.id, 'it');
    const version = current.version + 1;
    await tx
      .update(people)
      .set({ ...set, version, updatedAt: deps.now() })
      .where(eq(people.id, current.id));
    await refreshSearchText(tx, current.id);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.update',
      entityType: 'person',
      entityId: current.id,
      purpose: PURPOSE,
      details: { changed, version, selfService: true },
    });
    return myView(tx, current.id, 'it');
  });
}

export async function getMyCv(deps: Deps, actor: Actor, lang: TaxonomyLanguage): Promise<CvView> {
  return deps.db.transaction(async (tx) => {
    const p = await myRow(tx, actor, 'person.self.read', false);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.cv.read',
      entityType: 'person',
      entityId: p.id,
      purpose: PURPOSE,
    });
    return buildView(tx, p, await loadCvRows(tx, p.id), lang);
  });
}

/** The whole CV, with the same checks and optimistic locking as operators' PUT /api/people/:id/cv. */
export async function replaceMyCv(deps: Deps, actor: Actor, input: CvUpdate): Promise<CvView> {
  return deps.db.transaction(async (tx) => {
    const current = await myRow(tx, actor, 'person.self.update', true);
    if (current.version !== input.version)
      throw await versionConflict(tx, current.id, input.version, current.version);
    const changed = await applyCv(tx, deps, current.id, input.cv);
    if (changed.length === 0) return buildView(tx, current, await loadCvRows(tx, current.id), 'it');
    const version = current.version + 1;
    const updatedAt = deps.now();
    await tx.update(people).set({ version, updatedAt }).where(eq(people.id, current.id));
    await refreshSearchText(tx, current.id);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.update',
      entityType: 'person',
      entityId: current.id,
      purpose: PURPOSE,
      details: { changed, version, selfService: true },
    });
    return buildView(tx, { id: current.id, version, updatedAt }, await loadCvRows(tx, current.id), 'it');
  });
}

export async function listMyConsents(deps: Deps, actor: Actor): Promise<ConsentsView> {
  return deps.db.transaction(async (tx) => {
    const p = await myRow(tx, actor, 'person.self.read', false);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.consent.read',
      entityType: 'person',
      entityId: p.id,
      purpose: PURPOSE,
    });
    return consentsView(p.id, await loadConsentHistory(tx, p.id));
  });
}

/** A grant or withdrawal by the person themselves: appended to the history like an operator's recording. */
export async function recordMyConsent(deps: Deps, actor: Actor, input: ConsentInput): Promise<ConsentsView> {
  return deps.db.transaction(async (tx) => {
    const p = await myRow(tx, actor, 'person.self.update', true);
    await appendConsent(tx, deps, actor, p.id, input);
    return consentsView(p.id, await loadConsentHistory(tx, p.id));
  });
}

/** The access request made by the person themselves, without operators' working data (forTheCitizen). */
export async function exportMyData(deps: Deps, actor: Actor, format: 'json' | 'pdf') {
  return deps.db.transaction(async (tx) => {
    const p = await myRow(tx, actor, 'person.self.read', false);
    const data = forTheCitizen(await collectPersonDataOf(deps, tx, actor, (await loadPersonRow(tx, p.id))!));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.data_export',
      entityType: 'person',
      entityId: p.id,
      purpose: PURPOSE,
      details: { format, selfService: true },
    });
    return data;
  });
}
