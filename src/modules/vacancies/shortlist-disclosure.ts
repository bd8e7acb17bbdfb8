// Disclosure: whether the employer of a vacancy may see who a shortlisted person is (name, e-mail, phone). The
// person decides, per vacancy: themselves from their own page ("Le mie candidature"), or through an operator who
// records it on their behalf. A withdrawal hides the identity again. The entry keeps the current decision (when,
// who, from where); the audit log keeps every decision.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { employers } from '../employers/db.ts';
import { comuni } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import { people } from '../people/db.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { shortlistEntries, vacancies } from './db.ts';
import type { ShortlistStage } from './domain/shortlist.ts';
import {
  cardFor,
  disclosureOf,
  type EntryRow,
  entryInScope,
  entryView,
  identityFor,
} from './shortlist-access.ts';
import type { MyApplicationView, ShortlistEntryView } from './shortlist-contract.ts';

async function writeDisclosure(
  tx: Tx,
  actor: Actor,
  e: EntryRow,
  granted: boolean,
  source: 'self' | 'operator',
  now: Date,
) {
  const [row] = await tx
    .update(shortlistEntries)
    .set({
      disclosureConsentAt: granted ? now : null,
      disclosureRecordedBy: actor.userId,
      disclosureSource: source,
      version: e.version + 1,
    })
    .where(eq(shortlistEntries.id, e.id))
    .returning();
  await recordAudit(tx, auditActorOf(actor), {
    action: 'shortlist.disclosure',
    entityType: 'shortlist_entry',
    entityId: e.id,
    purpose: source === 'self' ? 'data_subject_request' : 'job_matching',
    details: { granted, source, personId: e.personId, vacancyId: e.vacancyId },
  });
  return row!;
}

/** An operator records the person's decision on their behalf (the person must be in the operator's records). */
export async function recordShortlistDisclosure(
  deps: Deps,
  actor: Actor,
  entryId: string,
  granted: boolean,
  lang: TaxonomyLanguage = 'it',
): Promise<ShortlistEntryView> {
  authorize(actor, 'shortlist.propose');
  const personScope = authorize(actor, 'person.read');
  const now = deps.now();
  const result = await deps.db.transaction(async (tx) => {
    const { e } = await entryInScope(tx, actor, 'shortlist.propose', entryId, true);
    const [p] = await tx
      .select({ owner: people.ownerOrganisationId, anonymisedAt: people.anonymisedAt })
      .from(people)
      .where(eq(people.id, e.personId));
    if (!p || p.anonymisedAt || !(await organisationInScope(tx, actor, personScope, p.owner)))
      throw notFound();
    const row = await writeDisclosure(tx, actor, e, granted, 'operator', now);
    return { row, identity: await identityFor(tx, actor, row) };
  });
  const card = await cardFor(deps, actor, result.row.personId, lang);
  return entryView(result.row, now, { card, identity: result.identity, actor });
}

/** The record linked to the citizen's account ('self' scope), or 404 with a hint. */
async function myPersonId(tx: Tx, actor: Actor, action: 'person.self.read' | 'person.self.update') {
  if (authorize(actor, action) !== 'self') throw new AppError('forbidden');
  const [p] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.userId, actor.userId), isNull(people.anonymisedAt), isNull(people.mergedIntoId)));
  if (!p) throw new AppError('no_linked_person');
  return p.id;
}

async function myApplications(tx: Tx, personId: string, onlyId?: string): Promise<MyApplicationView[]> {
  const rows = await tx
    .select({
      e: shortlistEntries,
      title: vacancies.title,
      employerName: employers.name,
      comuneName: comuni.name,
    })
    .from(shortlistEntries)
    .innerJoin(vacancies, eq(vacancies.id, shortlistEntries.vacancyId))
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(comuni, eq(comuni.code, vacancies.siteComuneCode))
    .where(and(eq(shortlistEntries.personId, personId), onlyId ? eq(shortlistEntries.id, onlyId) : undefined))
    .orderBy(asc(shortlistEntries.createdAt));
  return rows.map((r) => ({
    id: r.e.id,
    vacancyTitle: r.title,
    employerName: r.employerName,
    comuneName: r.comuneName,
    stage: r.e.stage as ShortlistStage,
    movedAt: r.e.movedAt.toISOString(),
    interviewAt: r.e.interviewAt ? r.e.interviewAt.toISOString() : null,
    interviewPlace: r.e.interviewPlace,
    disclosure: disclosureOf(r.e),
  }));
}

export async function listMyApplications(deps: Deps, actor: Actor) {
  return deps.db.transaction(async (tx) => {
    const personId = await myPersonId(tx, actor, 'person.self.read');
    const items = await myApplications(tx, personId);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'shortlist.read',
      entityType: 'person',
      entityId: personId,
      purpose: 'data_subject_request',
      details: { entries: items.length, selfService: true },
    });
    return { items };
  });
}

export async function recordMyDisclosure(deps: Deps, actor: Actor, entryId: string, granted: boolean) {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const personId = await myPersonId(tx, actor, 'person.self.update');
    const [e] = await tx
      .select()
      .from(shortlistEntries)
      .where(and(eq(shortlistEntries.id, entryId), eq(shortlistEntries.personId, personId)))
      .for('update');
    if (!e) throw notFound();
    await writeDisclosure(tx, actor, e, granted, 'self', now);
    const [view] = await myApplications(tx, personId, e.id);
    return view!;
  });
}
