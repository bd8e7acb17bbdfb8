// Networks (territories): their comuni and a summary of their organisations and users, for the home page.
import { and, asc, count, countDistinct, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { memberships } from '../identity/db.ts';
import type { NetworkInput, NetworkSummary } from './contract.ts';
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

function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

async function checkComuni(tx: Tx, codes: string[]) {
  const unique = [...new Set(codes)];
  const found = await tx.select({ code: comuni.code }).from(comuni).where(inArray(comuni.code, unique));
  const known = new Set(found.map((r) => r.code));
  const fields = codes
    .map((code, i) => ({ code, i }))
    .filter(({ code }) => !known.has(code))
    .map(({ i }) => ({ field: `comuneCodes.${i}`, code: 'unknown_comune' }));
  if (fields.length) throw validationError(fields);
  return unique;
}

/** A new territory (platform administrators: creating networks is not within one network's scope). */
export async function createNetwork(deps: Deps, actor: Actor, input: NetworkInput): Promise<NetworkSummary> {
  const scope = authorize(actor, 'network.manage');
  if (scope !== 'all') throw new AppError('forbidden');
  const id = await deps.db.transaction(async (tx) => {
    const codes = await checkComuni(tx, input.comuneCodes);
    let slug = slugify(input.name) || 'rete';
    const [taken] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
    if (taken) slug = `${slug}-${Date.now().toString(36)}`;
    const [created] = await tx
      .insert(networks)
      .values({ name: input.name, slug, description: input.description ?? null })
      .returning({ id: networks.id });
    await tx
      .insert(networkComuni)
      .values(codes.map((comuneCode) => ({ networkId: created!.id, comuneCode })));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'network.create',
      entityType: 'network',
      entityId: created!.id,
      purpose: 'network_administration',
      details: { name: input.name, comuni: codes.length },
    });
    return created!.id;
  });
  return (await summarise(deps, [id]))[0]!;
}

/** Renames a territory or changes its comuni (its coordinators, or platform administrators). */
export async function updateNetwork(
  deps: Deps,
  actor: Actor,
  id: string,
  input: NetworkInput,
): Promise<NetworkSummary> {
  const scope = authorize(actor, 'network.manage');
  if (scope !== 'all' && !actor.networkIds.includes(id)) {
    const readScope = authorize(actor, 'network.read');
    throw readScope === 'all' ? new AppError('forbidden') : notFound();
  }
  await deps.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(networks).where(eq(networks.id, id)).for('update');
    if (!existing) throw notFound();
    const codes = await checkComuni(tx, input.comuneCodes);
    const before = await tx
      .select({ code: networkComuni.comuneCode })
      .from(networkComuni)
      .where(eq(networkComuni.networkId, id));
    await tx
      .update(networks)
      .set({ name: input.name, description: input.description ?? null })
      .where(eq(networks.id, id));
    await tx.delete(networkComuni).where(eq(networkComuni.networkId, id));
    await tx.insert(networkComuni).values(codes.map((comuneCode) => ({ networkId: id, comuneCode })));
    const was = new Set(before.map((r) => r.code));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'network.update',
      entityType: 'network',
      entityId: id,
      purpose: 'network_administration',
      details: {
        renamed: existing.name !== input.name,
        added: codes.filter((c) => !was.has(c)),
        removed: [...was].filter((c) => !codes.includes(c)),
      },
    });
  });
  return (await summarise(deps, [id]))[0]!;
}
