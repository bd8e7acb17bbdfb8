// Networks (territories): their comuni and a summary of their organisations and users, for the home page.
import { and, asc, count, countDistinct, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { memberships } from '../identity/db.ts';
import type { NetworkSummary } from './contract.ts';
import { comuneSubdivisions, comuni, networkComuni, networkMembers, networks, organisations } from './db.ts';
import { organisationInScope } from './scope.ts';

async function summarise(deps: Deps, ids: string[]): Promise<NetworkSummary[]> {
  if (ids.length === 0) return [];
  const db = deps.db;
  const rows = await db.select().from(networks).where(inArray(networks.id, ids)).orderBy(asc(networks.name));
  const out: NetworkSummary[] = [];
  for (const n of rows) {
    const comuniRows = await db
      .select({ code: comuni.code, name: comuni.name, population: comuni.population })
      .from(networkComuni)
      .innerJoin(comuni, eq(comuni.code, networkComuni.comuneCode))
      .where(eq(networkComuni.networkId, n.id))
      .orderBy(asc(comuni.name));
    const byKind = await db
      .select({ kind: organisations.kind, n: count() })
      .from(networkMembers)
      .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
      .where(eq(networkMembers.networkId, n.id))
      .groupBy(organisations.kind);
    const [coordination] = await db
      .select({ n: count() })
      .from(networkMembers)
      .where(and(eq(networkMembers.networkId, n.id), eq(networkMembers.tier, 'coordination')));
    const [usersRow] = await db
      .select({ n: countDistinct(memberships.userId) })
      .from(memberships)
      .innerJoin(networkMembers, eq(networkMembers.organisationId, memberships.organisationId))
      .where(eq(networkMembers.networkId, n.id));
    out.push({
      id: n.id,
      name: n.name,
      description: n.description,
      comuni: comuniRows,
      organisationCount: byKind.reduce((s, r) => s + r.n, 0),
      coordinationCount: coordination?.n ?? 0,
      userCount: usersRow?.n ?? 0,
      organisationsByKind: Object.fromEntries(byKind.map((r) => [r.kind, r.n])),
    });
  }
  return out;
}

export async function listNetworks(deps: Deps, actor: Actor): Promise<NetworkSummary[]> {
  const scope = authorize(actor, 'network.read');
  if (scope === 'all') {
    const all = await deps.db.select({ id: networks.id }).from(networks);
    return summarise(
      deps,
      all.map((r) => r.id),
    );
  }
  return summarise(deps, actor.networkIds);
}

export async function getNetwork(deps: Deps, actor: Actor, id: string): Promise<NetworkSummary> {
  const scope = authorize(actor, 'network.read');
  if (scope !== 'all' && !actor.networkIds.includes(id)) throw notFound();
  const [summary] = await summarise(deps, [id]);
  if (!summary) throw notFound();
  return summary;
}

/** Comuni whose name starts with `q` (or with that ISTAT code): the caller's network first, then by population. */
export async function searchComuni(deps: Deps, actor: Actor, q: string, limit: number) {
  const escaped = q.replace(/[%_\\]/g, '\\$&');
  const inMyNetworks = actor.networkIds.length
    ? sql`${comuni.code} IN (SELECT ${networkComuni.comuneCode} FROM ${networkComuni} WHERE ${inArray(networkComuni.networkId, actor.networkIds)})`
    : sql`false`;
  return deps.db
    .select({
      code: comuni.code,
      name: comuni.name,
      provinceAcr: comuni.provinceAcr,
      regionName: comuni.regionName,
      belfiore: comuni.belfiore,
    })
    .from(comuni)
    .where(or(ilike(comuni.name, `${escaped}%`), eq(comuni.code, q)))
    .orderBy(
      sql`CASE WHEN ${inMyNetworks} THEN 0 ELSE 1 END`,
      sql`${comuni.population} DESC NULLS LAST`,
      asc(comuni.name),
    )
    .limit(limit);
}

export async function listSubdivisions(deps: Deps, comuneCode: string) {
  return deps.db
    .select()
    .from(comuneSubdivisions)
    .where(eq(comuneSubdivisions.comuneCode, comuneCode))
    .orderBy(asc(comuneSubdivisions.code));
}

/** Places an organisation in a network (or changes its tier): coordination group or wider network. */
export async function setNetworkMember(
  deps: Deps,
  actor: Actor,
  networkId: string,
  organisationId: string,
  tier: 'coordination' | 'wider',
) {
  const scope = authorize(actor, 'network.manage');
  await deps.db.transaction(async (tx) => {
    if (scope !== 'all' && !actor.networkIds.includes(networkId)) throw notFound();
    const readScope = authorize(actor, 'organisation.read');
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    const [net] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, networkId));
    if (!org || !net) throw notFound();
    // An organisation outside the caller's networks can be added only by someone who can see it.
    if (readScope !== 'all' && !(await organisationInScope(tx, actor, readScope, organisationId)))
      throw notFound();
    await tx
      .insert(networkMembers)
      .values({ networkId, organisationId, tier })
      .onConflictDoUpdate({
        target: [networkMembers.networkId, networkMembers.organisationId],
        set: { tier },
      });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'network.set_member',
      entityType: 'network',
      entityId: networkId,
      purpose: 'network_administration',
      details: { organisationId, tier },
    });
  });
}

export async function removeNetworkMember(
  deps: Deps,
  actor: Actor,
  networkId: string,
  organisationId: string,
) {
  const scope = authorize(actor, 'network.manage');
  await deps.db.transaction(async (tx) => {
    if (scope !== 'all' && !actor.networkIds.includes(networkId)) throw notFound();
    if (organisationId === actor.organisationId) {
      throw new AppError('conflict', { reason: 'own_organisation_network' });
    }
    const removed = await tx
      .delete(networkMembers)
      .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.organisationId, organisationId)))
      .returning();
    if (removed.length === 0) throw notFound();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'network.remove_member',
      entityType: 'network',
      entityId: networkId,
      purpose: 'network_administration',
      details: { organisationId },
    });
  });
}
