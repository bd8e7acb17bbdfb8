// What the vacancies module needs to know about employers: which ones a caller may open vacancies for (with their
// sites, so the editor can offer the workplace), and the company of an employer user. Always through the
// employers' tenant filter (scope.ts), so a caller never learns of employers outside their scope.
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { comuni } from '../network/db.ts';
import { employerSites, employers } from './db.ts';
import { employerScope, visibleEmployer } from './scope.ts';

export type EmployerForVacancy = {
  id: string;
  name: string;
  taxCode: string;
  email: string | null;
  sites: { comuneCode: string; comuneName: string; address: string | null }[];
};

async function sitesOf(tx: Tx, ids: string[]) {
  if (ids.length === 0) return new Map<string, EmployerForVacancy['sites']>();
  const rows = await tx
    .select({
      employerId: employerSites.employerId,
      comuneCode: employerSites.comuneCode,
      comuneName: comuni.name,
      address: employerSites.address,
    })
    .from(employerSites)
    .innerJoin(comuni, eq(comuni.code, employerSites.comuneCode))
    .where(inArray(employerSites.employerId, ids))
    .orderBy(sql`${employerSites.headquarters} DESC`, asc(comuni.name));
  const out = new Map<string, EmployerForVacancy['sites']>();
  for (const r of rows) {
    const list = out.get(r.employerId) ?? [];
    list.push({ comuneCode: r.comuneCode, comuneName: r.comuneName, address: r.address });
    out.set(r.employerId, list);
  }
  return out;
}

/** One employer the caller may see in `scope`, with its sites; null outside the scope. */
export async function employerForVacancy(
  tx: Tx,
  actor: Actor,
  scope: Scope,
  id: string,
): Promise<EmployerForVacancy | null> {
  const e = await visibleEmployer(tx, actor, scope, id);
  if (!e) return null;
  const sites = await sitesOf(tx, [e.id]);
  return { id: e.id, name: e.name, taxCode: e.taxCode, email: e.email, sites: sites.get(e.id) ?? [] };
}

/** The company record of an employer user's current organisation, or null when it has none. */
export async function ownEmployerOf(tx: Tx, actor: Actor): Promise<string | null> {
  if (!actor.organisationId) return null;
  const [row] = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(eq(employers.organisationId, actor.organisationId));
  return row?.id ?? null;
}

/** Employers the caller may open vacancies for, by name or codice fiscale (the editor's picker). */
export async function employerOptions(
  tx: Tx,
  actor: Actor,
  scope: Scope,
  q: string | undefined,
  limit = 20,
): Promise<EmployerForVacancy[]> {
  const needle = q ? `%${q.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await tx
    .select()
    .from(employers)
    .where(
      and(
        employerScope(actor, scope),
        needle ? or(ilike(employers.name, needle), ilike(employers.taxCode, needle)) : undefined,
      ),
    )
    .orderBy(asc(employers.name))
    .limit(limit);
  const sites = await sitesOf(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((e) => ({
    id: e.id,
    name: e.name,
    taxCode: e.taxCode,
    email: e.email,
    sites: sites.get(e.id) ?? [],
  }));
}
