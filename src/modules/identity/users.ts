// Users of the network and their memberships. Reading users is reading personal data: audited with its purpose.
import { and, asc, count, eq, exists, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Role, Scope } from '../../platform/policy/table.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope, organisationScope } from '../network/scope.ts';
import type { UserSummary, userListQuery } from './contract.ts';
import { memberships, recoveryCodes, sessions, users } from './db.ts';
import { mayGrant, roleFits } from './domain/role-rules.ts';

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

async function summaries(tx: Tx, actor: Actor, scope: Scope, where: SQL, limit: number, offset: number) {
  const rows = await tx
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.familyName), asc(users.givenName), asc(users.id))
    .limit(limit)
    .offset(offset);
  const ids = rows.map((u) => u.id);
  const ms = ids.length
    ? await tx
        .select({
          id: memberships.id,
          userId: memberships.userId,
          organisationId: memberships.organisationId,
          organisationName: organisations.name,
          organisationKind: organisations.kind,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(
          and(inArray(memberships.userId, ids), organisationScope(memberships.organisationId, actor, scope)),
        )
        .orderBy(asc(organisations.name))
    : [];
  return rows.map(
    (u): UserSummary => ({
      id: u.id,
      email: u.email,
      givenName: u.givenName,
      familyName: u.familyName,
      active: u.active,
      totpEnabled: Boolean(u.totpEnabledAt),
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      memberships: ms
        .filter((m) => m.userId === u.id)
        .map(({ userId: _u, ...m }) => ({ ...m, role: m.role as Role })),
    }),
  );
}

export async function listUsers(deps: Deps, actor: Actor, query: z.infer<typeof userListQuery>) {
  const scope = authorize(actor, 'user.read');
  return deps.db.transaction(async (tx) => {
    if (query.organisationId && !(await organisationInScope(tx, actor, scope, query.organisationId)))
      throw notFound();
    const membershipCondition = and(
      eq(memberships.userId, users.id),
      organisationScope(memberships.organisationId, actor, scope),
      query.organisationId ? eq(memberships.organisationId, query.organisationId) : undefined,
    );
    const where = and(
      exists(tx.select({ one: memberships.id }).from(memberships).where(membershipCondition)),
      query.q
        ? or(
            ilike(users.familyName, like(query.q)),
            ilike(users.givenName, like(query.q)),
            ilike(users.email, like(query.q)),
          )
        : undefined,
    )!;
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(users).where(where);
    const items = await summaries(tx, actor, scope, where, query.limit, query.offset);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'user.list',
      entityType: 'user',
      purpose: 'network_administration',
      details: { organisationId: query.organisationId ?? null, q: query.q ?? null, returned: items.length },
    });
    return { items, total };
  });
}

export async function getUser(deps: Deps, actor: Actor, id: string) {
  const scope = authorize(actor, 'user.read');
  return deps.db.transaction(async (tx) => {
    const where = and(
      eq(users.id, id),
      exists(
        tx
          .select({ one: memberships.id })
          .from(memberships)
          .where(
            and(
              eq(memberships.userId, users.id),
              organisationScope(memberships.organisationId, actor, scope),
            ),
          ),
      ),
    )!;
    const [user] = await summaries(tx, actor, scope, where, 1, 0);
    if (!user) throw notFound();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'user.read',
      entityType: 'user',
      entityId: id,
      purpose: 'network_administration',
    });
    return user;
  });
}

/** Loads a membership the actor may manage: outside the read scope → 404, outside the manage scope → 403. */
async function manageableMembership(tx: Tx, actor: Actor, id: string) {
  const readScope = authorize(actor, 'user.read');
  const [m] = await tx.select().from(memberships).where(eq(memberships.id, id));
  if (!m || !(await organisationInScope(tx, actor, readScope, m.organisationId))) throw notFound();
  const manageScope = authorize(actor, 'membership.manage');
  if (!(await organisationInScope(tx, actor, manageScope, m.organisationId))) throw new AppError('forbidden');
  return m;
}

export async function updateMembershipRole(deps: Deps, actor: Actor, id: string, role: Role) {
  await deps.db.transaction(async (tx) => {
    const m = await manageableMembership(tx, actor, id);
    const [org] = await tx
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, m.organisationId));
    if (!mayGrant(actor.role, role)) throw validationError([{ field: 'role', code: 'role_not_grantable' }]);
    if (!roleFits(role, org!.kind))
      throw validationError([{ field: 'role', code: 'role_not_for_organisation' }]);
    await tx.update(memberships).set({ role }).where(eq(memberships.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'membership.update',
      entityType: 'membership',
      entityId: id,
      purpose: 'network_administration',
      details: { userId: m.userId, organisationId: m.organisationId, from: m.role, to: role },
    });
  });
}

export async function removeMembership(deps: Deps, actor: Actor, id: string) {
  await deps.db.transaction(async (tx) => {
    const m = await manageableMembership(tx, actor, id);
    if (m.userId === actor.userId) {
      throw new AppError('conflict', { reason: 'own_membership' });
    }
    await tx.delete(memberships).where(eq(memberships.id, id));
    // Sessions sitting in that organisation move to another one at their next request (see sessions.ts).
    await recordAudit(tx, auditActorOf(actor), {
      action: 'membership.remove',
      entityType: 'membership',
      entityId: id,
      purpose: 'network_administration',
      details: { userId: m.userId, organisationId: m.organisationId, role: m.role },
    });
  });
}

/** Removes a user's second factor (lost phone and recovery codes): audited; their sessions end. */
export async function resetTwoFactor(deps: Deps, actor: Actor, userId: string) {
  const scope = authorize(actor, 'user.reset_two_factor');
  await deps.db.transaction(async (tx) => {
    const visible = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), organisationScope(memberships.organisationId, actor, scope)))
      .limit(1);
    if (visible.length === 0) throw notFound();
    if (userId === actor.userId) throw new AppError('conflict', { reason: 'reset_own_two_factor' });
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, updatedAt: deps.now() })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'user.reset_two_factor',
      entityType: 'user',
      entityId: userId,
      purpose: 'account_security',
    });
  });
}
