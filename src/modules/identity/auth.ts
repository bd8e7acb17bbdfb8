// Signing in and out: password (argon2id) with throttling and lockout, the second factor, switching the current
// organisation, language, and password reset by e-mail. Every outcome is audited.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { checkTotp } from '../../platform/auth/totp.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import type { RequestAuth, SessionStage } from '../../platform/http/context.ts';
import { AppError, validationError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { type Actor, mfaRequiredRoles } from '../../platform/policy/policy.ts';
import type { Role } from '../../platform/policy/table.ts';
import { loginAttempts, memberships, passwordResets, recoveryCodes, sessions, users } from './db.ts';
import { lockedUntil } from './domain/throttle.ts';
import { passwordResetEmail } from './emails.ts';
import { createSession, defaultOrganisationOf, roleIn } from './sessions.ts';

const anonymous = (ip: string | null): AuditActor => ({ userId: null, organisationId: null, role: null, ip });
const RESET_MINUTES = 60;

async function assertNotLocked(tx: Tx, deps: Deps, key: string) {
  const recent = await tx
    .select({ success: loginAttempts.success, at: loginAttempts.at })
    .from(loginAttempts)
    .where(eq(loginAttempts.email, key))
    .orderBy(desc(loginAttempts.at))
    .limit(deps.config.login.maxFailures);
  const now = deps.now();
  const until = lockedUntil(recent, deps.config.login, now);
  if (until) {
    const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
    throw new AppError(
      'account_locked',
      { minutes: Math.ceil(seconds / 60) },
      { retryAfterSeconds: seconds },
    );
  }
}

/** Does any of the user's roles require two-factor login? */
async function mfaRequiredFor(tx: Tx, deps: Deps, userId: string): Promise<boolean> {
  const required = mfaRequiredRoles(deps.config.mfaRequired);
  if (required.length === 0) return false;
  const rows = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  const userRoles = rows.length ? rows.map((r) => r.role as Role) : (['citizen'] as Role[]);
  return userRoles.some((r) => required.includes(r));
}

export { mfaRequiredFor };

export async function login(
  deps: Deps,
  input: { email: string; password: string; ip: string | null; userAgent?: string },
): Promise<{ token: string; stage: SessionStage }> {
  // The attempt row and its audit must persist even when the login fails, so they are written outside the
  // transaction that would be rolled back by the thrown error.
  const outcome = await deps.db.transaction(async (tx) => {
    await assertNotLocked(tx, deps, input.email);
    const [user] = await tx.select().from(users).where(eq(users.email, input.email));
    const ok = (await verifyPassword(user?.passwordHash ?? null, input.password)) && user?.active === true;
    await tx.insert(loginAttempts).values({ email: input.email, ip: input.ip, success: ok, at: deps.now() });
    if (!ok || !user) {
      await recordAudit(tx, anonymous(input.ip), {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        purpose: 'account_security',
        details: { email: input.email },
      });
      return null;
    }
    const organisationId = await defaultOrganisationOf(tx, user.id);
    const stage: SessionStage = user.totpEnabledAt
      ? 'mfa_pending'
      : (await mfaRequiredFor(tx, deps, user.id))
        ? 'mfa_enrolment'
        : 'complete';
    const session = await createSession(
      tx,
      deps.config,
      { ...input, userId: user.id, organisationId, stage },
      deps.now(),
    );
    if (stage === 'complete')
      await tx.update(users).set({ lastLoginAt: deps.now() }).where(eq(users.id, user.id));
    await recordAudit(
      tx,
      { userId: user.id, organisationId, role: await roleIn(tx, user.id, organisationId), ip: input.ip },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        purpose: 'account_security',
        details: { stage },
      },
    );
    return { token: session.token, stage };
  });
  if (!outcome) throw new AppError('invalid_credentials');
  return outcome;
}

/** Second step: a TOTP code or a recovery code. The session token is renewed (no fixation across stages). */
export async function verifySecondFactor(deps: Deps, auth: RequestAuth, code: string, userAgent?: string) {
  if (auth.stage !== 'mfa_pending') throw new AppError('conflict', { reason: 'second_factor_not_pending' });
  const key = `totp:${auth.actor.userId}`;
  const outcome = await deps.db.transaction(async (tx) => {
    await assertNotLocked(tx, deps, key);
    const [user] = await tx.select().from(users).where(eq(users.id, auth.actor.userId));
    let ok = false;
    let usedRecovery = false;
    if (user?.totpSecret && /^\d{6}$/.test(code)) {
      ok = await checkTotp(deps.cipher.decrypt(user.totpSecret), code, deps.now());
    } else if (user) {
      const hash = sha256(code.toLowerCase());
      const [rc] = await tx
        .select()
        .from(recoveryCodes)
        .where(
          and(
            eq(recoveryCodes.userId, user.id),
            eq(recoveryCodes.codeHash, hash),
            isNull(recoveryCodes.usedAt),
          ),
        );
      if (rc) {
        await tx.update(recoveryCodes).set({ usedAt: deps.now() }).where(eq(recoveryCodes.id, rc.id));
        ok = true;
        usedRecovery = true;
      }
    }
    await tx.insert(loginAttempts).values({ email: key, ip: auth.actor.ip, success: ok, at: deps.now() });
    await recordAudit(tx, auditActorOf(auth.actor), {
      action: ok ? 'auth.second_factor' : 'auth.second_factor_failed',
      entityType: 'user',
      entityId: auth.actor.userId,
      purpose: 'account_security',
      details: { recoveryCode: usedRecovery },
    });
    if (!ok) return null;
    await tx.delete(sessions).where(eq(sessions.id, auth.sessionId));
    const session = await createSession(
      tx,
      deps.config,
      {
        userId: auth.actor.userId,
        organisationId: auth.actor.organisationId,
        stage: 'complete',
        ip: auth.actor.ip,
        userAgent,
      },
      deps.now(),
    );
    await tx.update(users).set({ lastLoginAt: deps.now() }).where(eq(users.id, auth.actor.userId));
    return session.token;
  });
  if (!outcome) throw new AppError('invalid_totp');
  return outcome;
}

export async function logout(deps: Deps, auth: RequestAuth) {
  await deps.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, auth.sessionId));
    await recordAudit(tx, auditActorOf(auth.actor), {
      action: 'auth.logout',
      entityType: 'user',
      entityId: auth.actor.userId,
      purpose: 'account_security',
    });
  });
}

export async function switchOrganisation(deps: Deps, auth: RequestAuth, organisationId: string) {
  await deps.db.transaction(async (tx) => {
    const role = await roleIn(tx, auth.actor.userId, organisationId);
    if (!role) throw new AppError('not_found');
    await tx.update(sessions).set({ organisationId }).where(eq(sessions.id, auth.sessionId));
    await recordAudit(
      tx,
      { ...auditActorOf(auth.actor), organisationId, role },
      {
        action: 'auth.switch_organisation',
        entityType: 'organisation',
        entityId: organisationId,
        purpose: 'account_security',
        details: { from: auth.actor.organisationId },
      },
    );
  });
}

export async function setLocale(deps: Deps, actor: Actor, locale: Locale) {
  await deps.db.update(users).set({ locale }).where(eq(users.id, actor.userId));
}

export async function requestPasswordReset(deps: Deps, email: string, ip: string | null) {
  await deps.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    await recordAudit(tx, anonymous(ip), {
      action: 'auth.password_reset_requested',
      entityType: 'user',
      entityId: user?.id ?? null,
      purpose: 'account_security',
      details: { email, known: Boolean(user?.active) },
    });
    if (!user?.active) return;
    const token = newToken();
    await tx.insert(passwordResets).values({
      userId: user.id,
      tokenHash: sha256(token),
      createdAt: deps.now(),
      expiresAt: new Date(deps.now().getTime() + RESET_MINUTES * 60_000),
    });
    const mail = passwordResetEmail(user.locale as Locale, {
      link: `${deps.config.publicUrl}/reset-password/${token}`,
      minutes: RESET_MINUTES,
    });
    await enqueueMail(
      tx,
      { to: user.email, ...mail, kind: 'password_reset' },
      Boolean(deps.config.mail.smtpUrl),
    );
  });
}

export async function confirmPasswordReset(deps: Deps, token: string, password: string, ip: string | null) {
  await deps.db.transaction(async (tx) => {
    const [reset] = await tx
      .select()
      .from(passwordResets)
      .where(
        and(
          eq(passwordResets.tokenHash, sha256(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, deps.now()),
        ),
      );
    if (!reset) throw new AppError('invalid_token');
    const [user] = await tx.select().from(users).where(eq(users.id, reset.userId));
    if (!user) throw new AppError('invalid_token');
    if (!isAcceptablePassword(password, user.email))
      throw validationError([{ field: 'password', code: 'weak_password' }]);
    await tx.update(passwordResets).set({ usedAt: deps.now() }).where(eq(passwordResets.id, reset.id));
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password), updatedAt: deps.now() })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    // A successful reset ends a lockout.
    await tx.insert(loginAttempts).values({ email: user.email, ip, success: true, at: deps.now() });
    await recordAudit(
      tx,
      { userId: user.id, organisationId: null, role: null, ip },
      {
        action: 'auth.password_reset',
        entityType: 'user',
        entityId: user.id,
        purpose: 'account_security',
      },
    );
  });
}
