// A person's audit trail for the operators who may read the record: every event on it, whoever the actor — also
// the person themselves through self-service (actor role 'citizen', no organisation), which the audit log page's
// organisation scope would never show. The same trail is already part of the access-request export
// (person.data_export, same roles), so this shows operators nothing they could not already obtain.
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditEvents } from '../../platform/audit/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import { people } from './db.ts';
import { mergedIdsOf } from './merge-lookup.ts';

export const personAuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
});

export const personAuditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  actorOrganisationName: z.string().nullable(),
  actorRole: z.string().nullable(),
  /** The person themselves (self-service): citizens can act on no record but their own (scope 'self'). */
  bySubject: z.boolean(),
  action: z.string(),
  purpose: z.string(),
  /** Which fields or CV sections a change touched (person.update), so that "who changed what" is visible. */
  changed: z.array(z.string()),
});
export type PersonAuditEvent = z.infer<typeof personAuditEvent>;
export const personAuditPage = z.object({
  items: z.array(personAuditEvent),
  nextBefore: z.number().int().nullable(),
});

export async function personAuditTrail(
  deps: Deps,
  actor: Actor,
  personId: string,
  q: z.infer<typeof personAuditQuery>,
) {
  const scope = authorize(actor, 'person.read');
  return deps.db.transaction(async (tx) => {
    const [p] = await tx
      .select({ owner: people.ownerOrganisationId, anonymisedAt: people.anonymisedAt })
      .from(people)
      .where(eq(people.id, personId));
    if (!p || p.anonymisedAt || !(await organisationInScope(tx, actor, scope, p.owner))) throw notFound();
    const rows = await tx
      .select({
        e: auditEvents,
        givenName: users.givenName,
        familyName: users.familyName,
        organisationName: organisations.name,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .leftJoin(organisations, eq(organisations.id, auditEvents.actorOrganisationId))
      .where(
        and(
          eq(auditEvents.entityType, 'person'),
          // The duplicates merged into this record: their history is part of this one's (merge.ts).
          inArray(auditEvents.entityId, [personId, ...(await mergedIdsOf(tx, personId))]),
          q.before ? lt(auditEvents.seq, q.before) : undefined,
        ),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(q.limit + 1);
    const page = rows.slice(0, q.limit);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.audit_trail.read',
      entityType: 'person',
      entityId: personId,
      purpose: 'security_audit',
    });
    return {
      items: page.map(({ e, givenName, familyName, organisationName }) => ({
        seq: e.seq,
        at: e.at.toISOString(),
        actorName: givenName ? `${givenName} ${familyName}` : null,
        actorOrganisationName: organisationName,
        actorRole: e.actorRole,
        bySubject: e.actorRole === 'citizen',
        action: e.action,
        purpose: e.purpose,
        changed: ((e.details ?? {}) as { changed?: string[] }).changed ?? [],
      })),
      nextBefore: rows.length > q.limit ? (page.at(-1)?.e.seq ?? null) : null,
    };
  });
}
