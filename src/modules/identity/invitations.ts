// Inviting a colleague: an e-mailed, single-use link (7 days) that creates the account — or adds the membership
// to an existing account once its owner confirms with their password.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Role } from '../../platform/policy/table.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope, organisationScope } from '../network/scope.ts';
import { invitations, memberships, users } from './db.ts';
import { mayGrant, roleFits } from './domain/role-rules.ts';
import { invitationEmail } from './emails.ts';

const VALID_DAYS = 7;

function statusOf(i: typeof invitations.$inferSelect, now: Date) {
  if (i.acceptedAt) return 'accepted' as const;
  if (i.revokedAt) return 'revoked' as const;
  return i.expiresAt <= now ? ('expired' as const) : ('pending' as const);
}

export async function listInvitations(deps: Deps, actor: Actor, organisationId?: string) {
  const scope = authorize(actor, 'user.invite');
  if (organisationId && !(await organisationInScope(deps.db, actor, scope, organisationId))) throw notFound();
  const rows = await deps.db
    .select({
      i: invitations,
      organisationName: organisations.name,
      inviterGiven: users.givenName,
      inviterFamily: users.familyName,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        organisationScope(invitations.organisationId, actor, scope),
        organisationId ? eq(invitations.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  return rows.map((r) => view(r, deps.now()));
}

function view(
  r: {
    i: typeof invitations.$inferSelect;
    organisationName: string;
    inviterGiven: string | null;
    inviterFamily: string | null;
  },
  now: Date,
) {
  return {
    id: r.i.id,
    email: r.i.email,
    organisationId: r.i.organisationId,
    organisationName: r.organisationName,
    role: r.i.role as Role,
    invitedByName: r.inviterGiven ? `${r.inviterGiven} ${r.inviterFamily}` : null,
    createdAt: r.i.createdAt.toISOString(),
    expiresAt: r.i.expiresAt.toISOString(),
    status: statusOf(r.i, now),
  };
}

export async function createInvitation(
  deps: Deps,
  actor: Actor,
  input: { email: string; organisationId: string; role: Role; givenName?: string | undefined },
) {
  const scope = authorize(actor, 'user.invite');
  return deps.db.transaction(async (tx) => {
    const readScope = authorize(actor, 'organisation.read');
    if (!(await organisationInScope(tx, actor, readScope, input.organisationId))) throw notFound();
    if (!(await organisationInScope(tx, actor, scope, input.organisationId))) throw new AppError('forbidden');
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) throw notFound();
    if (!mayGrant(actor.role, input.role))
      throw validationError([{ field: 'role', code: 'role_not_grantable' }]);
    if (!roleFits(input.role, org.kind))
      throw validationError([{ field: 'role', code: 'role_not_for_organisation' }]);
    const [existing] = await tx.select().from(users).where(eq(users.email, input.email));
    if (existing) {
      const [m] = await tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, existing.id), eq(memberships.organisationId, org.id)));
      if (m) throw validationError([{ field: 'email', code: 'already_member' }]);
    }
    // A new invitation replaces a pending one for the same person and organisation.
    await tx
      .update(invitations)
      .set({ revokedAt: deps.now() })
      .where(
        and(
          eq(invitations.email, input.email),
          eq(invitations.organisationId, org.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const token = newToken();
    const [created] = await tx
      .insert(invitations)
      .values({
        email: input.email,
        organisationId: org.id,
        role: input.role,
        tokenHash: sha256(token),
        invitedBy: actor.userId,
        createdAt: deps.now(),
        expiresAt: new Date(deps.now().getTime() + VALID_DAYS * 86_400_000),
      })
      .returning();
    const [inviter] = await tx.select().from(users).where(eq(users.id, actor.userId));
    const inviterName = inviter ? `${inviter.givenName} ${inviter.familyName}` : 'ReteLavoro';
    const mail = invitationEmail((existing?.locale as Locale | undefined) ?? 'it', {
      organisation: org.name,
      inviter: inviterName,
      link: `${deps.config.publicUrl}/invitation/${token}`,
      days: VALID_DAYS,
      givenName: input.givenName,
    });
    await enqueueMail(
      tx,
      { to: input.email, ...mail, kind: 'invitation' },
      Boolean(deps.config.mail.smtpUrl),
    );
    await recordAudit(tx, auditActorOf(actor), {
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: created!.id,
      purpose: 'network_administration',
      details: { email: input.email, organisationId: org.id, role: input.role },
    });
    return view(
      {
        i: created!,
        organisationName: org.name,
        inviterGiven: inviter?.givenName ?? null,
        inviterFamily: inviter?.familyName ?? null,
      },
      deps.now(),
    );
  });
}

export async function revokeInvitation(deps: Deps, actor: Actor, id: string) {
  const scope = authorize(actor, 'user.invite');
  await deps.db.transaction(async (tx) => {
    const [i] = await tx.select().from(invitations).where(eq(invitations.id, id));
    if (!i || !(await organisationInScope(tx, actor, scope, i.organisationId))) throw notFound();
    if (i.acceptedAt || i.revokedAt) throw new AppError('conflict', { reason: 'invitation_closed' });
    await tx.update(invitations).set({ revokedAt: deps.now() }).where(eq(invitations.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: id,
      purpose: 'network_administration',
    });
  });
}

async function openInvitation(tx: Tx, deps: Deps, token: string) {
  const [row] = await tx
    .select({ i: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, sha256(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, deps.now()),
      ),
    );
  if (!row) throw new AppError('invalid_token');
  return row;
}

export async function previewInvitation(deps: Deps, token: string) {
  const row = await openInvitation(deps.db, deps, token);
  const [existing] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, row.i.email));
  return {
    email: row.i.email,
    organisationName: row.organisationName,
    role: row.i.role as Role,
    existingUser: Boolean(existing),
  };
}

export async function acceptInvitation(
  deps: Deps,
  input: { token: string; givenName?: string | undefined; familyName?: string | undefined; password: string },
  ip: string | null,
) {
  await deps.db.transaction(async (tx) => {
    const { i } = await openInvitation(tx, deps, input.token);
    let [user] = await tx.select().from(users).where(eq(users.email, i.email));
    if (user) {
      if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError('wrong_password');
    } else {
      const missing = (['givenName', 'familyName'] as const).filter((f) => !input[f]);
      if (missing.length) throw validationError(missing.map((field) => ({ field, code: 'required' })));
      if (!isAcceptablePassword(input.password, i.email)) {
        throw validationError([{ field: 'password', code: 'weak_password' }]);
      }
      [user] = await tx
        .insert(users)
        .values({
          email: i.email,
          givenName: input.givenName!,
          familyName: input.familyName!,
          passwordHash: await hashPassword(input.password),
        })
        .returning();
    }
    await tx
      .insert(memberships)
      .values({ userId: user!.id, organisationId: i.organisationId, role: i.role })
      .onConflictDoNothing();
    await tx.update(invitations).set({ acceptedAt: deps.now() }).where(eq(invitations.id, i.id));
    await recordAudit(
      tx,
      { userId: user!.id, organisationId: i.organisationId, role: i.role, ip },
      {
        action: 'invitation.accept',
        entityType: 'invitation',
        entityId: i.id,
        purpose: 'network_administration',
        details: { newUser: !user!.lastLoginAt },
      },
    );
  });
}
