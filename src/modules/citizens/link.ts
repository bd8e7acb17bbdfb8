// Linking an existing person record to a self-service account through an operator's invitation: the operator
// (person.update on the record) sends a single-use link (7 days) to the e-mail ON THE RECORD; whoever opens it
// signed in as a citizen, or signs up with it, gets the record linked. Holding the link proves control of the
// address the services recorded, which is what an e-mail match proves at sign-up (domain/self-service.ts).
import { and, eq, gt, isNull } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import { people } from '../people/db.ts';
import { selfServiceInvitations } from './db.ts';
import { selfServiceInvitationEmail } from './emails.ts';

export const LINK_VALID_DAYS = 7;

/** The pending invitation of a token, or null (expired, used, revoked or unknown). */
export async function openInvitation(tx: Tx, deps: Deps, token: string) {
  return openInvitationByHash(tx, deps, sha256(token));
}

/** The same by the token's sha256 (a pending sign-up keeps only the hash of the invitation it came with). */
export async function openInvitationByHash(tx: Tx, deps: Deps, tokenHash: string) {
  const [row] = await tx
    .select()
    .from(selfServiceInvitations)
    .where(
      and(
        eq(selfServiceInvitations.tokenHash, tokenHash),
        isNull(selfServiceInvitations.acceptedAt),
        isNull(selfServiceInvitations.revokedAt),
        gt(selfServiceInvitations.expiresAt, deps.now()),
      ),
    );
  return row ?? null;
}

export async function invitePersonToSelfService(deps: Deps, actor: Actor, personId: string) {
  const readScope = authorize(actor, 'person.read');
  return deps.db.transaction(async (tx) => {
    const [p] = await tx.select().from(people).where(eq(people.id, personId)).for('update');
    if (!p || p.anonymisedAt || !(await organisationInScope(tx, actor, readScope, p.ownerOrganisationId)))
      throw notFound();
    const updateScope = authorize(actor, 'person.update');
    if (!(await organisationInScope(tx, actor, updateScope, p.ownerOrganisationId)))
      throw new AppError('forbidden');
    if (p.userId) throw new AppError('conflict', { reason: 'person_already_linked' });
    if (!p.email) throw validationError([{ field: 'email', code: 'person_email_missing' }]);
    // A new invitation replaces the pending one: only the latest link works.
    await tx
      .update(selfServiceInvitations)
      .set({ revokedAt: deps.now() })
      .where(
        and(
          eq(selfServiceInvitations.personId, p.id),
          isNull(selfServiceInvitations.acceptedAt),
          isNull(selfServiceInvitations.revokedAt),
        ),
      );
    const token = newToken();
    const expiresAt = new Date(deps.now().getTime() + LINK_VALID_DAYS * 86_400_000);
    await tx.insert(selfServiceInvitations).values({
      personId: p.id,
      email: p.email,
      tokenHash: sha256(token),
      invitedBy: actor.userId,
      organisationId: actor.organisationId,
      createdAt: deps.now(),
      expiresAt,
    });
    const [org] = actor.organisationId
      ? await tx
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, actor.organisationId))
      : [];
    const mail = selfServiceInvitationEmail('it', {
      givenName: p.givenName,
      organisation: org?.name ?? 'ReteLavoro',
      link: `${deps.config.publicUrl}/collega-account/${token}`,
      days: LINK_VALID_DAYS,
    });
    await enqueueMail(
      tx,
      { to: p.email, ...mail, kind: 'self_service_invitation' },
      Boolean(deps.config.mail.smtpUrl),
    );
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.self_service_invite',
      entityType: 'person',
      entityId: p.id,
      purpose: 'data_subject_request',
      details: { email: p.email },
    });
    return { personId: p.id, email: p.email, expiresAt: expiresAt.toISOString() };
  });
}

/** A signed-in citizen accepts the invitation: the record becomes theirs (one record per account). */
export async function acceptSelfServiceInvitation(deps: Deps, actor: Actor, token: string) {
  if (authorize(actor, 'person.self.update') !== 'self') throw new AppError('forbidden');
  return deps.db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, deps, token);
    if (!invitation) throw new AppError('invalid_token');
    const [mine] = await tx.select({ id: people.id }).from(people).where(eq(people.userId, actor.userId));
    if (mine) throw new AppError('conflict', { reason: 'account_already_linked' });
    const [p] = await tx.select().from(people).where(eq(people.id, invitation.personId)).for('update');
    if (!p || p.anonymisedAt) throw new AppError('invalid_token');
    if (p.userId) throw new AppError('conflict', { reason: 'person_already_linked' });
    await tx.update(people).set({ userId: actor.userId, updatedAt: deps.now() }).where(eq(people.id, p.id));
    await tx
      .update(selfServiceInvitations)
      .set({ acceptedAt: deps.now(), acceptedBy: actor.userId })
      .where(eq(selfServiceInvitations.id, invitation.id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.self_service_link',
      entityType: 'person',
      entityId: p.id,
      purpose: 'data_subject_request',
      details: { via: 'invitation' },
    });
    return { personId: p.id };
  });
}
