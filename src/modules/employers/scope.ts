// Which employer records a caller sees, from the policy scope. An employer record has two organisations: the one
// that keeps it in the network (ownerOrganisationId: a CPI, the coordination…) and, when the company uses the
// platform, its own (organisationId). Operators see the records kept in their networks or belonging to companies
// of their networks; an employer user ('organisation' scope) sees only the record of their own company.
// Every query on employers takes its tenant filter from here.
import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { organisationScope } from '../network/scope.ts';
import { employers } from './db.ts';

export function employerScope(actor: Actor, scope: Scope): SQL {
  if (scope === 'organisation') {
    return actor.organisationId ? eq(employers.organisationId, actor.organisationId) : sql`false`;
  }
  return or(
    organisationScope(employers.ownerOrganisationId, actor, scope),
    organisationScope(employers.organisationId, actor, scope),
  )!;
}

/** One employer if the caller may see it (outside the scope → null, and the caller answers 404). */
export async function visibleEmployer(tx: Tx, actor: Actor, scope: Scope, id: string) {
  const [row] = await tx
    .select()
    .from(employers)
    .where(sql`${employers.id} = ${id} AND ${employerScope(actor, scope)}`);
  return row ?? null;
}
