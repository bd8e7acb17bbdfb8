// Consent of a person per purpose: read with a stated purpose (audited as 'person.consent.read'), recorded by an
// operator who may update the record (audited as 'person.consent' with purpose and granted). Each recording is a
// new row of person_consents: a withdrawal never erases the grant it withdraws.
import { and, desc, eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { users } from '../identity/db.ts';
import { organisationInScope } from '../network/service.ts';
import type { ConsentInput, ConsentsView } from './consent-contract.ts';
import { CURRENT_NOTICE_VERSION } from './consent-notices.ts';
import type { ReadPurpose } from './contract.ts';
import { people, personConsents } from './db.ts';
import { type ConsentPurpose, currentConsents } from './domain/consents.ts';

/** The consent history of a person, oldest first (with the name of who recorded each event). */
export async function loadConsentHistory(tx: Tx, personId: string) {
  const rows = await tx
    .select({
      purpose: personConsents.purpose,
      granted: personConsents.granted,
      noticeVersion: personConsents.noticeVersion,
      recordedBy: personConsents.recordedBy,
      at: personConsents.at,
      givenName: users.givenName,
      familyName: users.familyName,
    })
    .from(personConsents)
    .leftJoin(users, eq(users.id, personConsents.recordedBy))
    .where(eq(personConsents.personId, personId))
    .orderBy(personConsents.at);
  return rows;
}
type HistoryRow = Awaited<ReturnType<typeof loadConsentHistory>>[number];

const recorderOf = (r: HistoryRow) => ({
  userId: r.recordedBy,
  name: r.givenName ? `${r.givenName} ${r.familyName ?? ''}`.trim() : null,
});

export function toView(personId: string, history: HistoryRow[]): ConsentsView {
  return {
    personId,
    currentNoticeVersion: CURRENT_NOTICE_VERSION,
    items: currentConsents(history).map((c) => ({
      purpose: c.purpose,
      state: c.state,
      at: c.last ? c.last.at.toISOString() : null,
      noticeVersion: c.last?.noticeVersion ?? null,
      recordedBy: c.last ? recorderOf(c.last) : null,
    })),
    history: [...history].reverse().map((r) => ({
      purpose: r.purpose as ConsentPurpose,
      granted: r.granted,
      noticeVersion: r.noticeVersion,
      recordedBy: recorderOf(r),
      at: r.at.toISOString(),
    })),
  };
}

/** The person, or 404 when missing, anonymised or outside the caller's read scope. */
async function personInReadScope(tx: Tx, actor: Actor, personId: string, lock: boolean) {
  const readScope = authorize(actor, 'person.read');
  const query = tx
    .select({
      id: people.id,
      owner: people.ownerOrganisationId,
      anonymisedAt: people.anonymisedAt,
      mergedIntoId: people.mergedIntoId,
    })
    .from(people)
    .where(eq(people.id, personId));
  const [p] = lock ? await query.for('update') : await query;
  if (!p || p.anonymisedAt || p.mergedIntoId || !(await organisationInScope(tx, actor, readScope, p.owner)))
    throw notFound();
  return p;
}

export async function listConsents(
  deps: Deps,
  actor: Actor,
  personId: string,
  purpose: ReadPurpose,
): Promise<ConsentsView> {
  return deps.db.transaction(async (tx) => {
    await personInReadScope(tx, actor, personId, false);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.consent.read',
      entityType: 'person',
      entityId: personId,
      purpose,
    });
    return toView(personId, await loadConsentHistory(tx, personId));
  });
}

export async function recordConsent(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: ConsentInput,
): Promise<ConsentsView> {
  authorize(actor, 'person.read');
  return deps.db.transaction(async (tx) => {
    // The row lock serialises recordings for the same person, so that their times are strictly increasing.
    const p = await personInReadScope(tx, actor, personId, true);
    const updateScope = authorize(actor, 'person.update');
    if (!(await organisationInScope(tx, actor, updateScope, p.owner))) throw new AppError('forbidden');
    await appendConsent(tx, deps, actor, personId, input);
    return toView(personId, await loadConsentHistory(tx, personId));
  });
}

/**
 * Appends one consent event and its audit row. The caller holds the person row lock (so that times are strictly
 * increasing) and has checked access — shared by operators (recordConsent) and the person themselves (citizens/me).
 */
export async function appendConsent(tx: Tx, deps: Deps, actor: Actor, personId: string, input: ConsentInput) {
  const [previous] = await tx
    .select({ at: personConsents.at })
    .from(personConsents)
    .where(and(eq(personConsents.personId, personId), eq(personConsents.purpose, input.purpose)))
    .orderBy(desc(personConsents.at))
    .limit(1);
  const now = deps.now();
  const at = previous && previous.at.getTime() >= now.getTime() ? new Date(previous.at.getTime() + 1) : now;
  await tx.insert(personConsents).values({
    personId,
    purpose: input.purpose,
    granted: input.granted,
    noticeVersion: input.noticeVersion,
    recordedBy: actor.userId,
    at,
  });
  await recordAudit(tx, auditActorOf(actor), {
    action: 'person.consent',
    entityType: 'person',
    entityId: personId,
    purpose: 'administration',
    details: { purpose: input.purpose, granted: input.granted, noticeVersion: input.noticeVersion },
  });
}
