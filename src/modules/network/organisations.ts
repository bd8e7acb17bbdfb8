// Use cases on organisations: list, read, create, update. Each one asks the policy, runs in one transaction and
// writes its audit row in that transaction.
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, type FieldError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize, scopeOf } from '../../platform/policy/policy.ts';
import { memberships } from '../identity/db.ts';
import type {
  OrganisationDetail,
  OrganisationInput,
  OrganisationKind,
  OrganisationSummary,
  OrganisationUpdate,
  organisationListQuery,
} from './contract.ts';
import { comuneSubdivisions, comuni, networkMembers, networks, organisations } from './db.ts';
import { normaliseTaxCode } from './domain/tax-codes.ts';
import { organisationInScope, organisationScope } from './scope.ts';

type NetworkRef = OrganisationSummary['networks'][number];

async function networksOf(tx: Tx, ids: string[]): Promise<Map<string, NetworkRef[]>> {
  const out = new Map<string, NetworkRef[]>();
  if (ids.length === 0) return out;
  const rows = await tx
    .select({
      orgId: networkMembers.organisationId,
      id: networks.id,
      name: networks.name,
      tier: networkMembers.tier,
    })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(inArray(networkMembers.organisationId, ids))
    .orderBy(asc(networks.name));
  for (const r of rows) {
    const list = out.get(r.orgId) ?? [];
    list.push({ id: r.id, name: r.name, tier: r.tier as NetworkRef['tier'] });
    out.set(r.orgId, list);
  }
  return out;
}

const memberCount = sql<number>`(SELECT count(*)::int FROM ${memberships} WHERE ${memberships.organisationId} = ${organisations.id})`;

export async function listOrganisations(
  deps: Deps,
  actor: Actor,
  query: z.infer<typeof organisationListQuery>,
): Promise<{ items: OrganisationSummary[]; total: number }> {
  const scope = authorize(actor, 'organisation.read');
  const where: SQL[] = [organisationScope(organisations.id, actor, scope)];
  if (query.q) {
    // By name (anywhere in it) or by codice fiscale / partita IVA (exact, spaces and case ignored).
    const code = normaliseTaxCode(query.q);
    where.push(
      or(
        ilike(organisations.name, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`),
        eq(organisations.taxCode, code),
        eq(organisations.vatNumber, code),
      )!,
    );
  }
  if (query.kind) where.push(eq(organisations.kind, query.kind));
  if (query.comuneCode) where.push(eq(organisations.comuneCode, query.comuneCode));
  if (query.networkId) {
    where.push(
      inArray(
        organisations.id,
        sql`(SELECT ${networkMembers.organisationId} FROM ${networkMembers} WHERE ${networkMembers.networkId} = ${query.networkId})`,
      ),
    );
  }
  const condition = and(...where);
  const db = deps.db;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(organisations).where(condition);
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      taxCode: organisations.taxCode,
      comuneCode: organisations.comuneCode,
      comuneName: comuni.name,
      memberCount,
    })
    .from(organisations)
    .innerJoin(comuni, eq(comuni.code, organisations.comuneCode))
    .where(condition)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(query.limit)
    .offset(query.offset);
  const nets = await networksOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => ({ ...r, kind: r.kind as OrganisationKind, networks: nets.get(r.id) ?? [] })),
  };
}

async function loadDetail(tx: Tx, actor: Actor, id: string): Promise<OrganisationDetail | null> {
  const [row] = await tx
    .select({
      o: organisations,
      comuneName: comuni.name,
      subdivisionName: comuneSubdivisions.name,
      memberCount,
      parentName: sql<
        string | null
      >`(SELECT p.name FROM organisations p WHERE p.id = ${organisations.parentId})`,
    })
    .from(organisations)
    .innerJoin(comuni, eq(comuni.code, organisations.comuneCode))
    .leftJoin(comuneSubdivisions, eq(comuneSubdivisions.id, organisations.subdivisionId))
    .where(eq(organisations.id, id));
  if (!row) return null;
  const o = row.o;
  const allowed = async (action: 'organisation.update' | 'user.invite' | 'user.read') => {
    const scope = scopeOf(actor.role, action);
    return scope !== null && (await organisationInScope(tx, actor, scope, id));
  };
  return {
    id: o.id,
    name: o.name,
    kind: o.kind as OrganisationKind,
    taxCode: o.taxCode,
    vatNumber: o.vatNumber,
    comuneCode: o.comuneCode,
    comuneName: row.comuneName,
    subdivisionId: o.subdivisionId,
    subdivisionName: row.subdivisionName,
    parentId: o.parentId,
    parentName: row.parentName,
    address: o.address,
    email: o.email,
    phone: o.phone,
    website: o.website,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    memberCount: row.memberCount,
    networks: (await networksOf(tx, [id])).get(id) ?? [],
    can: {
      update: await allowed('organisation.update'),
      invite: await allowed('user.invite'),
      readUsers: await allowed('user.read'),
    },
  };
}

export async function getOrganisation(deps: Deps, actor: Actor, id: string): Promise<OrganisationDetail> {
  const scope = authorize(actor, 'organisation.read');
  if (!(await organisationInScope(deps.db, actor, scope, id))) throw notFound();
  const detail = await loadDetail(deps.db, actor, id);
  if (!detail) throw notFound();
  return detail;
}

/** Checks the references of an organisation form; every problem is reported against its field. */
async function checkReferences(
  tx: Tx,
  actor: Actor,
  input: Omit<OrganisationInput, 'networks'>,
  current?: { id: string; parentId: string | null },
) {
  const fields: FieldError[] = [];
  const [c] = await tx.select({ code: comuni.code }).from(comuni).where(eq(comuni.code, input.comuneCode));
  if (!c) fields.push({ field: 'comuneCode', code: 'unknown_comune' });
  if (input.subdivisionId) {
    const [s] = await tx
      .select()
      .from(comuneSubdivisions)
      .where(eq(comuneSubdivisions.id, input.subdivisionId));
    if (!s || s.comuneCode !== input.comuneCode) {
      fields.push({ field: 'subdivisionId', code: 'subdivision_not_in_comune' });
    }
  }
  // A parent is checked when it is set or changed: an unchanged parent may sit outside the editor's scope
  // (a CPI office under Agenzia Piemonte Lavoro, edited by the office's own operator).
  if (input.parentId && input.parentId !== current?.parentId) {
    const readScope = authorize(actor, 'organisation.read');
    if (
      input.parentId === current?.id ||
      !(await organisationInScope(tx, actor, readScope, input.parentId))
    ) {
      fields.push({ field: 'parentId', code: 'unknown_parent' });
    }
  }
  return fields;
}

export async function createOrganisation(deps: Deps, actor: Actor, input: OrganisationInput) {
  const scope = authorize(actor, 'organisation.create');
  return deps.db.transaction(async (tx) => {
    const fields = await checkReferences(tx, actor, input);
    // Network-scoped creators place the organisation in their own networks (else they could not see it).
    const requested =
      input.networks ?? actor.networkIds.map((networkId) => ({ networkId, tier: 'wider' as const }));
    requested.forEach((n, i) => {
      if (scope !== 'all' && !actor.networkIds.includes(n.networkId)) {
        fields.push({ field: `networks.${i}.networkId`, code: 'not_your_network' });
      }
    });
    if (fields.length) throw validationError(fields);
    const [dup] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.taxCode, input.taxCode),
          sql`lower(${organisations.name}) = lower(${input.name})`,
        ),
      );
    if (dup)
      throw new AppError('conflict', {
        reason: 'duplicate_organisation',
        name: input.name,
        taxCode: input.taxCode,
      });
    const { networks: _ignored, ...values } = input;
    const [created] = await tx.insert(organisations).values(values).returning({ id: organisations.id });
    const id = created!.id;
    if (requested.length) {
      await tx.insert(networkMembers).values(requested.map((n) => ({ ...n, organisationId: id })));
    }
    await recordAudit(tx, auditActorOf(actor), {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: id,
      purpose: 'network_administration',
      details: { name: input.name, kind: input.kind, networks: requested.map((n) => n.networkId) },
    });
    return (await loadDetail(tx, actor, id))!;
  });
}

export async function updateOrganisation(deps: Deps, actor: Actor, id: string, input: OrganisationUpdate) {
  const readScope = authorize(actor, 'organisation.read');
  return deps.db.transaction(async (tx) => {
    if (!(await organisationInScope(tx, actor, readScope, id))) throw notFound();
    const updateScope = authorize(actor, 'organisation.update');
    if (!(await organisationInScope(tx, actor, updateScope, id))) throw new AppError('forbidden');
    const [current] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
    if (!current) throw notFound();
    if (current.version !== input.version) throw new AppError('version_conflict');
    const fields = await checkReferences(tx, actor, input, current);
    if (fields.length) throw validationError(fields);
    const { version: _v, ...values } = input;
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
      (k) => (values[k] ?? null) !== (current[k] ?? null),
    );
    await tx
      .update(organisations)
      .set({ ...values, version: current.version + 1, updatedAt: deps.now() })
      .where(eq(organisations.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      purpose: 'network_administration',
      details: { changed },
    });
    return (await loadDetail(tx, actor, id))!;
  });
}
