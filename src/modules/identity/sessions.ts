// Server-side sessions: the cookie holds a random token, the table holds its sha256. Idle and absolute expiry,
// the current organisation and the role it gives, and the networks of that organisation (the policy's scope).
import { and, asc, eq, lt, or } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import type { RequestAuth, SessionStage } from '../../platform/http/context.ts';
import type { Role } from '../../platform/policy/table.ts';
import { networkIdsOf } from '../network/service.ts';
import { memberships, sessions, users } from './db.ts';

export const SESSION_COOKIE = 'rl_session';
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  tx: Tx,
  config: Config,
  input: {
    userId: string;
    organisationId: string | null;
    stage: SessionStage;
    ip: string | null;
    userAgent?: string;
  },
  now: Date,
): Promise<{ token: string; id: string }> {
  const token = newToken();
  const id = sha256(token);
  await tx.insert(sessions).values({
    id,
    userId: input.userId,
    organisationId: input.organisationId,
    stage: input.stage,
    csrfToken: newToken(24),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.session.absoluteHours * 3600_000),
  });
  return { token, id };
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.session.secureCookie,
    maxAge: config.session.absoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The role a user has in an organisation; a user without organisation is a citizen. */
export async function roleIn(tx: Tx, userId: string, organisationId: string | null): Promise<Role | null> {
  if (!organisationId) return 'citizen';
  const [m] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return (m?.role as Role | undefined) ?? null;
}

/** The organisation a new session starts in: the user's oldest membership, or none (citizen). */
export async function defaultOrganisationOf(tx: Tx, userId: string): Promise<string | null> {
  const [m] = await tx
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(1);
  return m?.organisationId ?? null;
}

export function sessionResolver(db: Db, config: Config, now: () => Date) {
  return async function resolveAuth(req: FastifyRequest): Promise<RequestAuth | null> {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return null;
    const id = sha256(token);
    const [row] = await db
      .select({ s: sessions, active: users.active })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, id));
    if (!row) return null;
    const t = now();
    const idleLimit = row.s.lastSeenAt.getTime() + config.session.idleMinutes * 60_000;
    if (!row.active || row.s.expiresAt <= t || idleLimit <= t.getTime()) {
      await db.delete(sessions).where(eq(sessions.id, id));
      return null;
    }
    let organisationId = row.s.organisationId;
    let role = await roleIn(db, row.s.userId, organisationId);
    if (!role) {
      // The membership was removed meanwhile: fall back to another organisation (or none).
      organisationId = await defaultOrganisationOf(db, row.s.userId);
      role = (await roleIn(db, row.s.userId, organisationId)) ?? 'citizen';
      await db.update(sessions).set({ organisationId }).where(eq(sessions.id, id));
    }
    if (t.getTime() - row.s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await db.update(sessions).set({ lastSeenAt: t }).where(eq(sessions.id, id));
    }
    return {
      sessionId: id,
      stage: row.s.stage as SessionStage,
      csrfToken: row.s.csrfToken,
      actor: {
        userId: row.s.userId,
        role,
        organisationId,
        networkIds: organisationId ? await networkIdsOf(db, organisationId) : [],
        ip: req.ip ?? null,
      },
    };
  };
}

/** Housekeeping: drop expired sessions (run periodically). */
export async function purgeExpiredSessions(db: Db, config: Config, now: Date): Promise<void> {
  const idleCutoff = new Date(now.getTime() - config.session.idleMinutes * 60_000);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)));
}
