// Which vacancies (and so which shortlists) a caller sees: those of the employers they see (employers/scope.ts),
// plus those their networks' organisations keep. An employer user sees only their own company's vacancies, even
// when an operator entered them. Every query on vacancies and shortlists takes its tenant filter from here.
import { inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { employers } from '../employers/db.ts';
import { employerScope } from '../employers/scope.ts';
import { organisationScope } from '../network/scope.ts';
import { vacancies } from './db.ts';

export function vacancyScope(actor: Actor, scope: Scope): SQL {
  const ofVisibleEmployers = inArray(
    vacancies.employerId,
    sql`(SELECT ${employers.id} FROM ${employers} WHERE ${employerScope(actor, scope)})`,
  );
  if (scope === 'organisation') return ofVisibleEmployers;
  return or(ofVisibleEmployers, organisationScope(vacancies.ownerOrganisationId, actor, scope))!;
}

/** One vacancy if the caller may see it (outside the scope → null, and the caller answers 404). */
export async function visibleVacancy(tx: Tx, actor: Actor, scope: Scope, id: string) {
  const [row] = await tx
    .select()
    .from(vacancies)
    .where(sql`${vacancies.id} = ${id} AND ${vacancyScope(actor, scope)}`);
  return row ?? null;
}
