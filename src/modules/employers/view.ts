// An employer record as the API shows it: its fields, sites (with the comune's name), contacts, the owner's
// name, and both quotas computed for the day of the request with the rule's source and band.
import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import { scopeOf } from '../../platform/policy/policy.ts';
import { comuni, organisations } from '../network/db.ts';
import type { EmployerView } from './contract.ts';
import { employerContacts, employerSites, employers } from './db.ts';
import { disabilityHiringQuota, internshipHostQuota, type Quota } from './domain/quotas.ts';
import { employerScope } from './scope.ts';

export type EmployerRow = typeof employers.$inferSelect;

const quotaOut = (q: Quota | null) =>
  q ? { places: q.places, source: q.source, band: { min: q.band.min, max: q.band.max } } : null;

/** May the actor update this employer (its update scope contains the record)? */
export async function mayUpdate(tx: Tx, actor: Actor, id: string): Promise<boolean> {
  const scope = scopeOf(actor.role, 'employer.update');
  if (!scope) return false;
  const [row] = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(sql`${employers.id} = ${id} AND ${employerScope(actor, scope)}`);
  return Boolean(row);
}

export async function toView(tx: Tx, actor: Actor, row: EmployerRow, now: Date): Promise<EmployerView> {
  const today = now.toISOString().slice(0, 10);
  const sites = await tx
    .select({ s: employerSites, comuneName: comuni.name })
    .from(employerSites)
    .innerJoin(comuni, eq(comuni.code, employerSites.comuneCode))
    .where(eq(employerSites.employerId, row.id))
    .orderBy(sql`${employerSites.headquarters} DESC`, asc(comuni.name), asc(employerSites.id));
  const contacts = await tx
    .select()
    .from(employerContacts)
    .where(eq(employerContacts.employerId, row.id))
    .orderBy(asc(employerContacts.name), asc(employerContacts.id));
  const [owner] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, row.ownerOrganisationId));
  return {
    id: row.id,
    taxCode: row.taxCode,
    vatNumber: row.vatNumber,
    name: row.name,
    legalForm: row.legalForm,
    atecoCode: row.atecoCode,
    atecoVersion: (row.atecoVersion as '2007' | '2025' | null) ?? null,
    atecoSection: row.atecoSection,
    employees: row.employees,
    hostsInternships: row.hostsInternships,
    email: row.email,
    phone: row.phone,
    website: row.website,
    notes: row.notes,
    organisationId: row.organisationId,
    ownerOrganisationId: row.ownerOrganisationId,
    ownerOrganisationName: owner?.name ?? '',
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sites: sites.map(({ s, comuneName }) => ({
      id: s.id,
      name: s.name,
      comuneCode: s.comuneCode,
      comuneName,
      address: s.address,
      postcode: s.postcode,
      headquarters: s.headquarters,
      employees: s.employees,
    })),
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone })),
    quotas: {
      on: today,
      internshipHostQuota: quotaOut(internshipHostQuota(row.employees, today)),
      disabilityHiringQuota: quotaOut(disabilityHiringQuota(row.employees, today)),
    },
    canUpdate: await mayUpdate(tx, actor, row.id),
  };
}
