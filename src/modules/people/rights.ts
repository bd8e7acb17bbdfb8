// Data-subject rights on the Banca Dati Lavoro: the access request (GDPR art. 15: everything held on a person, as
// JSON or as a readable PDF) and erasure (art. 17), done as an anonymisation that keeps what statistics need
// (comune, status, occupations, skills, education levels, birth year) and removes everything that identifies.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditEvents } from '../../platform/audit/db.ts';
import type { Tx } from '../../platform/db/client.ts';
import { inSequence } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize, scopeOf } from '../../platform/policy/policy.ts';
import { users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import {
  people,
  personConsents,
  personDesiredOccupations,
  personDocuments,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personMerges,
  personSkills,
  personSpecialRecords,
  personTrainings,
} from './db.ts';
import { loadPersonRow, toView } from './view.ts';

export const WITHHELD_NOTE = 'present, withheld: ask the social service';

export type SpecialExport =
  | { category: string; status: 'included'; data: unknown; updatedAt: string }
  | { category: string; status: 'withheld'; note: string };

export type PersonDataExport = Awaited<ReturnType<typeof collectPersonData>>;

const without = <T extends { personId: string }>({ personId: _p, ...rest }: T) => rest;

async function collectPersonData(deps: Deps, tx: Tx, actor: Actor, id: string) {
  const row = await loadPersonRow(tx, id);
  const readScope = authorize(actor, 'person.data_export');
  if (
    !row ||
    row.p.anonymisedAt ||
    row.p.mergedIntoId ||
    !(await organisationInScope(tx, actor, readScope, row.p.ownerOrganisationId))
  )
    throw notFound();
  return collectPersonDataOf(deps, tx, actor, row);
}

/**
 * Everything held on the person of `row`, for a caller whose access was checked: operators (collectPersonData) or
 * the person themselves (citizens/me, which then applies forTheCitizen).
 */
export async function collectPersonDataOf(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  row: NonNullable<Awaited<ReturnType<typeof loadPersonRow>>>,
) {
  const id = row.p.id;
  const now = deps.now();
  const [education, experiences, trainings, languages, licences, skills, desiredOccupations] =
    await inSequence([
      tx.select().from(personEducation).where(eq(personEducation.personId, id)),
      tx.select().from(personExperiences).where(eq(personExperiences.personId, id)),
      tx.select().from(personTrainings).where(eq(personTrainings.personId, id)),
      tx.select().from(personLanguages).where(eq(personLanguages.personId, id)),
      tx.select().from(personLicences).where(eq(personLicences.personId, id)),
      tx.select().from(personSkills).where(eq(personSkills.personId, id)),
      tx.select().from(personDesiredOccupations).where(eq(personDesiredOccupations.personId, id)),
    ]);
  // Documents: what is held (metadata); the files themselves are downloaded one by one from the Documenti tab.
  const documents = await tx
    .select({
      kind: personDocuments.kind,
      fileName: personDocuments.fileName,
      mediaType: personDocuments.mediaType,
      sizeBytes: personDocuments.sizeBytes,
      sha256: personDocuments.sha256,
      createdAt: personDocuments.createdAt,
    })
    .from(personDocuments)
    .where(eq(personDocuments.personId, id))
    .orderBy(asc(personDocuments.createdAt));
  const consents = await tx
    .select()
    .from(personConsents)
    .where(eq(personConsents.personId, id))
    .orderBy(asc(personConsents.at));
  // Special-category content only for who may read it (the same rule as GET …/special-records); the others learn
  // that a record exists and whom to ask.
  const specialScope = scopeOf(actor.role, 'person.special_category.read');
  const mayReadSpecial =
    specialScope !== null && (await organisationInScope(tx, actor, specialScope, row.p.ownerOrganisationId));
  const specialRows = await tx
    .select()
    .from(personSpecialRecords)
    .where(eq(personSpecialRecords.personId, id));
  const specialCategory: SpecialExport[] = specialRows.map((r) =>
    mayReadSpecial
      ? {
          category: r.category,
          status: 'included',
          data: JSON.parse(deps.cipher.decrypt(r.payload)),
          updatedAt: r.updatedAt.toISOString(),
        }
      : { category: r.category, status: 'withheld', note: WITHHELD_NOTE },
  );
  const trail = await tx
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorGivenName: users.givenName,
      actorFamilyName: users.familyName,
      actorRole: auditEvents.actorRole,
      organisation: organisations.name,
      action: auditEvents.action,
      purpose: auditEvents.purpose,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditEvents.actorOrganisationId))
    .where(and(eq(auditEvents.entityType, 'person'), eq(auditEvents.entityId, id)))
    .orderBy(asc(auditEvents.seq));
  const [producer] = await tx
    .select({ givenName: users.givenName, familyName: users.familyName })
    .from(users)
    .where(eq(users.id, actor.userId));
  const [producerOrg] = actor.organisationId
    ? await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, actor.organisationId))
    : [];
  return {
    generatedAt: now.toISOString(),
    producedBy: {
      name: producer ? `${producer.givenName} ${producer.familyName}` : null,
      organisation: producerOrg?.name ?? null,
      role: actor.role,
    },
    person: await toView(tx, actor, row, now),
    cv: {
      education: education.map(without),
      experiences: experiences.map(without),
      trainings: trainings.map(without),
      languages: languages.map(without),
      licences: licences.map(without),
      skills: skills.map(without),
      desiredOccupations: desiredOccupations.map(without),
    },
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    consents: consents.map((c) => ({
      purpose: c.purpose,
      granted: c.granted,
      noticeVersion: c.noticeVersion,
      at: c.at.toISOString(),
    })),
    specialCategory,
    auditTrail: trail.map((e) => ({
      at: e.at.toISOString(),
      who: e.actorGivenName ? `${e.actorGivenName} ${e.actorFamilyName}` : null,
      role: e.actorRole,
      organisation: e.organisation,
      action: e.action,
      purpose: e.purpose,
    })),
  };
}

/** The access request: everything held on the person, audited as a data-subject request. */
export async function exportPersonData(
  deps: Deps,
  actor: Actor,
  id: string,
  format: 'json' | 'pdf',
): Promise<PersonDataExport> {
  authorize(actor, 'person.data_export');
  return deps.db.transaction(async (tx) => {
    const data = await collectPersonData(deps, tx, actor, id);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.data_export',
      entityType: 'person',
      entityId: id,
      purpose: 'data_subject_request',
      details: {
        format,
        specialCategory: data.specialCategory.map((s) => ({ category: s.category, status: s.status })),
      },
    });
    return data;
  });
}

/**
 * Anonymises one person inside the caller's transaction: identifiers replaced or emptied, special-category records
 * and documents deleted, consents reduced to (purpose, granted, at), CV free text removed, what statistics need kept.
 */
export async function anonymisePerson(tx: Tx, id: string, now: Date): Promise<void> {
  // The person's merged duplicates and the merge history (snapshot, former codici fiscali) are the same person's
  // data: they go with the survivor. Merges are re-pointed, so every duplicate names this id directly.
  const duplicates = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.mergedIntoId, id), isNull(people.anonymisedAt)));
  for (const d of duplicates) await anonymiseRow(tx, d.id, now);
  await tx
    .update(personMerges)
    .set({ snapshot: null, formerTaxCodes: [] })
    .where(
      or(
        eq(personMerges.survivorId, id),
        inArray(personMerges.mergedId, [id, ...duplicates.map((d) => d.id)]),
      ),
    );
  await anonymiseRow(tx, id, now);
}

async function anonymiseRow(tx: Tx, id: string, now: Date): Promise<void> {
  const [p] = await tx
    .select({ birthDate: people.birthDate, version: people.version })
    .from(people)
    .where(eq(people.id, id));
  if (!p) return;
  await tx
    .update(people)
    .set({
      // Unique and meaningless: the column is UNIQUE NOT NULL.
      taxCode: `ANON-${randomUUID()}`,
      givenName: 'Anonimo',
      familyName: 'Anonimo',
      // Only the birth year survives; mid-year keeps age bands roughly right.
      birthDate: `${p.birthDate.slice(0, 4)}-07-01`,
      // The subdivision (quartiere/frazione) is finer than the comune: removed with the address.
      residenceSubdivisionId: null,
      address: null,
      postcode: null,
      email: null,
      phone: null,
      userId: null,
      hasSpecialCategory: false,
      // Out of the search index too: an anonymised record is never a search or matching hit.
      searchText: '',
      searchFacets: [],
      anonymisedAt: now,
      updatedAt: now,
      version: p.version + 1,
    })
    .where(eq(people.id, id));
  await tx.delete(personSpecialRecords).where(eq(personSpecialRecords.personId, id));
  // Uploaded CVs and certificates identify the person through and through: nothing in them is kept.
  await tx.delete(personDocuments).where(eq(personDocuments.personId, id));
  // Consents keep purpose, granted and at (the notice version is a document version, not about the person).
  await tx.update(personConsents).set({ recordedBy: null }).where(eq(personConsents.personId, id));
  // CV: occupations, skills, education levels, languages and licences stay (statistics); free text goes.
  await tx
    .update(personEducation)
    .set({ title: null, institution: null })
    .where(eq(personEducation.personId, id));
  await tx
    .update(personExperiences)
    .set({ employerName: '', employerTaxCode: null, description: null })
    .where(eq(personExperiences.personId, id));
  await tx
    .update(personTrainings)
    .set({ title: '', provider: null, certificate: null })
    .where(eq(personTrainings.personId, id));
}

/** Erasure on request: one transaction, audited. */
export async function erasePerson(deps: Deps, actor: Actor, id: string) {
  const scope = authorize(actor, 'person.erase');
  return deps.db.transaction(async (tx) => {
    const [current] = await tx.select().from(people).where(eq(people.id, id)).for('update');
    if (
      !current ||
      current.anonymisedAt ||
      current.mergedIntoId ||
      !(await organisationInScope(tx, actor, scope, current.ownerOrganisationId))
    )
      throw notFound();
    const now = deps.now();
    await anonymisePerson(tx, id, now);
    // The audit trail keeps the entity id of the erased person (and its earlier rows stay as they are): the
    // controller must be able to demonstrate who did what with personal data and that the erasure happened
    // (accountability, GDPR art. 5.2), and art. 17.3.b/e exempt what is needed for a legal obligation and for
    // the establishment or defence of legal claims. After anonymisation the id no longer leads to a name.
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.erase',
      entityType: 'person',
      entityId: id,
      purpose: 'data_subject_request',
    });
    return { ok: true as const, anonymisedAt: now.toISOString() };
  });
}
