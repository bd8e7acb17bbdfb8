// My account: the session view, changing password, enrolling and removing the second factor.
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { checkTotp, newRecoveryCodes, newTotpSecret, totpEnrolment } from '../../platform/auth/totp.ts';
import { sha256 } from '../../platform/crypto/tokens.ts';
import type { Deps } from '../../platform/deps.ts';
import type { RequestAuth } from '../../platform/http/context.ts';
import { AppError, validationError } from '../../platform/http/errors.ts';
import { abilitiesOf } from '../../platform/policy/policy.ts';
import type { Role } from '../../platform/policy/table.ts';
import { networks, organisations } from '../network/db.ts';
import { networkIdsOf } from '../network/scope.ts';
import { mfaRequiredFor } from './auth.ts';
import type { SessionView } from './contract.ts';
import { memberships, recoveryCodes, sessions, users } from './db.ts';
import { grantableRoles } from './domain/role-rules.ts';

export async function sessionView(deps: Deps, auth: RequestAuth): Promise<SessionView> {
  const db = deps.db;
  const [user] = await db.select().from(users).where(eq(users.id, auth.actor.userId));
  const [session] = await db.select().from(sessions).where(eq(sessions.id, auth.sessionId));
  if (!user || !session) throw new AppError('unauthenticated');
  const rows = await db
    .select({
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
  const current = rows.find((m) => m.organisationId === auth.actor.organisationId);
  const networkIds = auth.actor.organisationId ? await networkIdsOf(db, auth.actor.organisationId) : [];
  const nets = networkIds.length
    ? await db
        .select({ id: networks.id, name: networks.name })
        .from(networks)
        .where(inArray(networks.id, networkIds))
    : [];
  const idleEnd = new Date(session.lastSeenAt.getTime() + deps.config.session.idleMinutes * 60_000);
  return {
    stage: auth.stage,
    csrfToken: auth.csrfToken,
    user: {
      id: user.id,
      email: user.email,
      givenName: user.givenName,
      familyName: user.familyName,
      locale: user.locale as 'it' | 'en',
      totpEnabled: Boolean(user.totpEnabledAt),
    },
    role: auth.actor.role,
    mfaRequired: await mfaRequiredFor(db, deps, user.id),
    currentOrganisation: current
      ? { id: current.organisationId, name: current.organisationName, kind: current.organisationKind }
      : null,
    networks: nets,
    memberships: rows.map((m) => ({ ...m, role: m.role as Role })),
    abilities: auth.stage === 'complete' ? abilitiesOf(auth.actor.role) : {},
    grantableRoles: auth.stage === 'complete' ? [...grantableRoles[auth.actor.role]] : [],
    expiresAt: (idleEnd < session.expiresAt ? idleEnd : session.expiresAt).toISOString(),
  };
}

export async function changePassword(deps: Deps, auth: RequestAuth, current: string, next: string) {
  await deps.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, auth.actor.userId));
    if (!user || !(await verifyPassword(user.passwordHash, current))) throw new AppError('wrong_password');
    if (!isAcceptablePassword(next, user.email))
      throw validationError([{ field: 'newPassword', code: 'weak_password' }]);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(next), updatedAt: deps.now(), version: user.version + 1 })
      .where(eq(users.id, user.id));
    // Other sessions of this user end: whoever knew the old password is signed out.
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, auth.sessionId)));
    await recordAudit(tx, auditActorOf(auth.actor), {
      action: 'account.password_change',
      entityType: 'user',
      entityId: user.id,
      purpose: 'account_security',
    });
  });
}

/** Starts enrolment: a new secret, stored encrypted but not active until a code confirms it. */
export async function startTotpEnrolment(deps: Deps, auth: RequestAuth) {
  const [user] = await deps.db.select().from(users).where(eq(users.id, auth.actor.userId));
  if (!user) throw new AppError('unauthenticated');
  if (user.totpEnabledAt) throw new AppError('conflict', { reason: 'totp_already_enabled' });
  const secret = newTotpSecret();
  await deps.db
    .update(users)
    .set({ totpSecret: deps.cipher.encrypt(secret) })
    .where(eq(users.id, user.id));
  return totpEnrolment(secret, user.email);
}

export async function confirmTotpEnrolment(deps: Deps, auth: RequestAuth, code: string) {
  return deps.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, auth.actor.userId));
    if (!user?.totpSecret || user.totpEnabledAt)
      throw new AppError('conflict', { reason: 'no_totp_enrolment' });
    if (!(await checkTotp(deps.cipher.decrypt(user.totpSecret), code, deps.now())))
      throw new AppError('invalid_totp');
    const codes = newRecoveryCodes();
    await tx
      .update(users)
      .set({ totpEnabledAt: deps.now(), version: user.version + 1 })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: user.id, codeHash: sha256(c) })));
    if (auth.stage === 'mfa_enrolment') {
      await tx.update(sessions).set({ stage: 'complete' }).where(eq(sessions.id, auth.sessionId));
    }
    await recordAudit(tx, auditActorOf(auth.actor), {
      action: 'account.totp_enabled',
      entityType: 'user',
      entityId: user.id,
      purpose: 'account_security',
    });
    return { recoveryCodes: codes };
  });
}

export async function disableTotp(deps: Deps, auth: RequestAuth, password: string) {
  await deps.db.transaction(async (tx) => {
    if (await mfaRequiredFor(tx, deps, auth.actor.userId)) throw new AppError('forbidden');
    const [user] = await tx.select().from(users).where(eq(users.id, auth.actor.userId));
    if (!user || !(await verifyPassword(user.passwordHash, password))) throw new AppError('wrong_password');
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, version: user.version + 1 })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await recordAudit(tx, auditActorOf(auth.actor), {
      action: 'account.totp_disabled',
      entityType: 'user',
      entityId: user.id,
      purpose: 'account_security',
    });
  });
}
