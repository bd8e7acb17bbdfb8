// Choosing who receives a campaign: employers the caller may read (the employers module's selection: comune of a
// site, ATECO section, willing to host internships) that have an e-mail address, or operators — users of the networks' organisations
// with an operator or coordinator role. Read-only queries on the employers and identity tables.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import { roles, type Scope } from '../../platform/policy/table.ts';
import { listEmployersForSelection } from '../employers/service.ts';
import { memberships, users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import { organisationScope } from '../network/scope.ts';
import type { RecipientFilters } from './contract.ts';

export type Candidate = {
  employerId: string | null;
  userId: string | null;
  name: string;
  email: string;
  comune: string | null;
};

const operatorRoles = [
  'network_coordinator',
  'cpi_operator',
  'social_worker',
  'agency_operator',
  'association_operator',
];

async function employerCandidates(tx: Tx, actor: Actor, f: RecipientFilters): Promise<Candidate[]> {
  const list = await listEmployersForSelection(tx, actor, {
    comuneCode: f.comuneCode,
    atecoSection: f.atecoSection,
    hostsInternships: f.hostsInternships,
  });
  return list
    .filter((e): e is typeof e & { email: string } => Boolean(e.email))
    .map((e) => ({
      employerId: e.id,
      userId: null,
      name: e.name,
      email: e.email,
      comune: e.comuni[0]?.name ?? null,
    }));
}

async function operatorCandidates(tx: Tx, actor: Actor, scope: Scope, f: RecipientFilters) {
  const wanted = (f.roles ?? operatorRoles).filter((r) => (roles as readonly string[]).includes(r));
  if (!wanted.length) return [];
  const rows = await tx
    .selectDistinctOn([users.id], {
      id: users.id,
      givenName: users.givenName,
      familyName: users.familyName,
      email: users.email,
      organisation: organisations.name,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(users.active, true),
        inArray(memberships.role, wanted),
        organisationScope(memberships.organisationId, actor, scope),
        f.comuneCode ? eq(organisations.comuneCode, f.comuneCode) : undefined,
      ),
    )
    .orderBy(users.id);
  return rows
    .map(
      (r): Candidate => ({
        employerId: null,
        userId: r.id,
        name: `${r.givenName} ${r.familyName} (${r.organisation})`,
        email: r.email,
        comune: null,
      }),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

/** Everybody the filters select within the caller's scope of survey.manage. */
export function candidates(tx: Tx, actor: Actor, scope: Scope, f: RecipientFilters): Promise<Candidate[]> {
  return f.audience === 'employers'
    ? employerCandidates(tx, actor, f)
    : operatorCandidates(tx, actor, scope, f);
}
