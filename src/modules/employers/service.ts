// Use cases on the employers registry: register (identifiers and ATECO checked, one record per codice fiscale),
// read, update (optimistic locking like people: a stale version gets 409 with the fields changed meanwhile), and
// the selection other modules use (surveys pick recipients with listEmployersForSelection). Every query takes its
// tenant filter from scope.ts; a record outside the caller's scope is 404. Writes and reads are audited (contacts
// are personal data).
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditEvents } from '../../platform/audit/db.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { comuni } from '../network/db.ts';
import { atecoColumns, employerFieldProblems, siteProblems } from './checks.ts';
import {
  type EmployerInput,
  type EmployerUpdate,
  type EmployerView,
  employerFieldNames,
} from './contract.ts';
import { employerContacts, employerSites, employers } from './db.ts';
import { employerScope, visibleEmployer } from './scope.ts';
import { toView } from './view.ts';

export { listEmployers } from './list.ts';

const PURPOSE = 'employer_relations';

/** 409 when the codice fiscale is already recorded: named when the caller may see it, anonymous otherwise. */
export async function assertNewTaxCode(tx: Tx, actor: Actor, taxCode: string, exceptId?: string) {
  const [same] = await tx
    .select({ id: employers.id, name: employers.name })
    .from(employers)
    .where(eq(employers.taxCode, taxCode));
  if (!same || same.id === exceptId) return;
  const visible = await visibleEmployer(tx, actor, authorize(actor, 'employer.read'), same.id);
  throw visible
    ? new AppError(
        'conflict',
        { reason: 'duplicate_employer', name: same.name, taxCode },
        { members: { duplicateOf: same.id } },
      )
    : new AppError('conflict', { reason: 'duplicate_employer_elsewhere', taxCode });
}

export async function createEmployer(deps: Deps, actor: Actor, input: EmployerInput): Promise<EmployerView> {
  authorize(actor, 'employer.create');
  if (!actor.organisationId) throw new AppError('forbidden');
  const { sites, contacts, ...fields } = input;
  return deps.db.transaction(async (tx) => {
    const problems = [...employerFieldProblems(fields), ...(await siteProblems(tx, sites))];
    if (problems.length) throw validationError(problems);
    await assertNewTaxCode(tx, actor, fields.taxCode);
    const now = deps.now();
    const [created] = await tx
      .insert(employers)
      .values({
        ...fields,
        ...atecoColumns(fields),
        ownerOrganisationId: actor.organisationId!,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      // Two requests with the same codice fiscale at once: the second waits for the first, then inserts nothing
      // and gets the same 409 as if it had come later (not a unique-violation 500).
      .onConflictDoNothing({ target: employers.taxCode })
      .returning();
    if (!created) {
      await assertNewTaxCode(tx, actor, fields.taxCode);
      throw new AppError('conflict', { reason: 'duplicate_employer_elsewhere', taxCode: fields.taxCode });
    }
    if (sites.length)
      await tx.insert(employerSites).values(sites.map((s) => ({ ...s, employerId: created!.id })));
    if (contacts.length)
      await tx.insert(employerContacts).values(contacts.map((c) => ({ ...c, employerId: created!.id })));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'employer.create',
      entityType: 'employer',
      entityId: created!.id,
      purpose: PURPOSE,
      details: { taxCode: fields.taxCode, sites: sites.length, contacts: contacts.length },
    });
    return toView(tx, actor, created!, now);
  });
}

/** One employer; outside the caller's scope → 404. The read is audited (the record holds contacts). */
export async function getEmployer(deps: Deps, actor: Actor, id: string): Promise<EmployerView> {
  const scope = authorize(actor, 'employer.read');
  return deps.db.transaction(async (tx) => {
    const row = await visibleEmployer(tx, actor, scope, id);
    if (!row) throw notFound();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'employer.read',
      entityType: 'employer',
      entityId: id,
      purpose: PURPOSE,
    });
    return toView(tx, actor, row, deps.now());
  });
}

/** The employer record of the caller's own organisation ("La mia azienda"); none → 404. */
export async function getOwnEmployer(deps: Deps, actor: Actor): Promise<EmployerView> {
  authorize(actor, 'employer.read');
  if (!actor.organisationId) throw notFound();
  const [row] = await deps.db
    .select({ id: employers.id })
    .from(employers)
    .where(eq(employers.organisationId, actor.organisationId));
  if (!row) throw notFound();
  return getEmployer(deps, actor, row.id);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields others changed since `version`, from the audit trail (for the stale edit's message). */
async function changesSince(tx: Tx, id: string, version: number): Promise<string[]> {
  const rows = await tx
    .select({ details: auditEvents.details })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'employer'),
        eq(auditEvents.entityId, id),
        inArray(auditEvents.action, ['employer.update', 'employer.import']),
        gt(sql`(${auditEvents.details}->>'version')::int`, version),
      ),
    )
    .orderBy(desc(auditEvents.seq));
  const fields = new Set<string>();
  for (const r of rows) for (const f of (r.details as { changed?: string[] }).changed ?? []) fields.add(f);
  return [...fields];
}

export async function updateEmployer(
  deps: Deps,
  actor: Actor,
  id: string,
  input: EmployerUpdate,
): Promise<EmployerView> {
  authorize(actor, 'employer.update');
  const readScope = authorize(actor, 'employer.read');
  return deps.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: employers.id })
      .from(employers)
      .where(eq(employers.id, id))
      .for('update');
    const current = locked ? await visibleEmployer(tx, actor, readScope, id) : null;
    if (!current) throw notFound();
    if (!(await visibleEmployer(tx, actor, authorize(actor, 'employer.update'), id)))
      throw new AppError('forbidden');
    if (current.version !== input.version) {
      const changed = await changesSince(tx, id, input.version);
      throw new AppError(
        'version_conflict',
        {},
        { members: { changedFields: changed, currentVersion: current.version } },
      );
    }
    const { version: _v, ...fields } = input;
    const problems = employerFieldProblems(fields);
    if (problems.length) throw validationError(problems);
    if (fields.taxCode !== current.taxCode) await assertNewTaxCode(tx, actor, fields.taxCode, id);
    const values = { ...fields, ...atecoColumns(fields) };
    const changed = employerFieldNames.filter((f) => !same(values[f], current[f]));
    const version = current.version + 1;
    const [updated] = await tx
      .update(employers)
      .set({ ...values, version, updatedAt: deps.now() })
      .where(eq(employers.id, id))
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'employer.update',
      entityType: 'employer',
      entityId: id,
      purpose: PURPOSE,
      details: { changed, version },
    });
    return toView(tx, actor, updated!, deps.now());
  });
}

export type EmployerForSelection = {
  id: string;
  name: string;
  email: string | null;
  /** Comuni of the sites (headquarters first), by ISTAT code and name. */
  comuni: { code: string; name: string }[];
  atecoSection: string | null;
  atecoVersion: string | null;
};

/**
 * Employers the caller may read, for choosing recipients (surveys, newsletters): ids, name, e-mail, comuni of the
 * sites, ATECO section. Optional filters narrow by ids, comune or section. Not audited: no contact data.
 */
export async function listEmployersForSelection(
  tx: Tx,
  actor: Actor,
  filter: { ids?: string[]; comuneCode?: string; atecoSection?: string; hostsInternships?: boolean } = {},
): Promise<EmployerForSelection[]> {
  const scope = authorize(actor, 'employer.read');
  const conditions = [employerScope(actor, scope)];
  if (filter.ids) conditions.push(filter.ids.length ? inArray(employers.id, filter.ids) : sql`false`);
  if (filter.atecoSection) conditions.push(eq(employers.atecoSection, filter.atecoSection));
  if (filter.hostsInternships !== undefined)
    conditions.push(eq(employers.hostsInternships, filter.hostsInternships));
  if (filter.comuneCode)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${employerSites} WHERE ${employerSites.employerId} = ${employers.id} AND ${employerSites.comuneCode} = ${filter.comuneCode})`,
    );
  const rows = await tx
    .select({
      id: employers.id,
      name: employers.name,
      email: employers.email,
      atecoSection: employers.atecoSection,
      atecoVersion: employers.atecoVersion,
    })
    .from(employers)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${employers.name})`), asc(employers.id));
  const sites = rows.length
    ? await tx
        .select({ employerId: employerSites.employerId, code: comuni.code, name: comuni.name })
        .from(employerSites)
        .innerJoin(comuni, eq(comuni.code, employerSites.comuneCode))
        .where(
          inArray(
            employerSites.employerId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(sql`${employerSites.headquarters} DESC`, asc(comuni.name))
    : [];
  const byEmployer = new Map<string, { code: string; name: string }[]>();
  for (const s of sites) {
    const list = byEmployer.get(s.employerId) ?? [];
    if (!list.some((c) => c.code === s.code)) list.push({ code: s.code, name: s.name });
    byEmployer.set(s.employerId, list);
  }
  return rows.map((r) => ({ ...r, comuni: byEmployer.get(r.id) ?? [] }));
}
