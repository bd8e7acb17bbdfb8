// Reading the audit trail, scoped by the policy: yourself, your organisation, your network or everything.
// Reading and exporting it are themselves audited (the trail holds personal data: names, IPs).
import { and, desc, eq, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditEvents } from '../../platform/audit/db.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import { organisationScope } from '../network/service.ts';
import type { AuditEventView, AuditQuery } from './contract.ts';

function conditions(actor: Actor, scope: Scope, q: Omit<AuditQuery, 'limit' | 'before'>): SQL[] {
  const own = actor.userId ? eq(auditEvents.actorUserId, actor.userId) : sql`false`;
  const where: SQL[] = [];
  if (scope === 'self') where.push(own);
  else if (scope !== 'all')
    where.push(or(own, organisationScope(auditEvents.actorOrganisationId, actor, scope))!);
  if (q.mine) where.push(own);
  if (q.from) where.push(gte(auditEvents.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) where.push(lte(auditEvents.at, new Date(`${q.to}T23:59:59.999Z`)));
  if (q.action) where.push(eq(auditEvents.action, q.action));
  if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
  if (q.userId) where.push(eq(auditEvents.actorUserId, q.userId));
  if (q.organisationId) where.push(eq(auditEvents.actorOrganisationId, q.organisationId));
  return where;
}

async function select(tx: Tx, where: SQL[], limit: number): Promise<AuditEventView[]> {
  const rows = await tx
    .select({
      e: auditEvents,
      actorName: sql<string | null>`${users.givenName} || ' ' || ${users.familyName}`,
      actorOrganisationName: organisations.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditEvents.actorOrganisationId))
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
  return rows.map(({ e, actorName, actorOrganisationName }) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorName,
    actorOrganisationId: e.actorOrganisationId,
    actorOrganisationName,
    actorRole: e.actorRole,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    purpose: e.purpose,
    ip: e.ip,
    details: (e.details ?? {}) as Record<string, unknown>,
  }));
}

export async function listAuditEvents(deps: Deps, actor: Actor, q: AuditQuery) {
  const scope = authorize(actor, 'audit.read');
  return deps.db.transaction(async (tx) => {
    const where = conditions(actor, scope, q);
    if (q.before) where.push(lt(auditEvents.seq, q.before));
    const items = await select(tx, where, q.limit + 1);
    const page = items.slice(0, q.limit);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'audit.list',
      entityType: 'audit_event',
      purpose: 'security_audit',
      details: { returned: page.length },
    });
    return { items: page, nextBefore: items.length > q.limit ? (page.at(-1)?.seq ?? null) : null };
  });
}

export const EXPORT_LIMIT = 100_000;

export async function exportAuditEvents(
  deps: Deps,
  actor: Actor,
  q: Omit<AuditQuery, 'limit' | 'before'>,
  format: string,
) {
  const scope = authorize(actor, 'audit.export');
  return deps.db.transaction(async (tx) => {
    const items = await select(tx, conditions(actor, scope, q), EXPORT_LIMIT);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'audit.export',
      entityType: 'audit_event',
      purpose: 'security_audit',
      details: { format, rows: items.length, filters: { ...q } },
    });
    return items;
  });
}
