// The vacancies list of operators and employers: everything in the caller's scope (an employer user: their own
// company's), filtered by state, occupation, comune, employer or words of the title, newest change first.
import { and, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Deps } from '../../platform/deps.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { employers } from '../employers/db.ts';
import { comuni } from '../network/db.ts';
import { labelOf } from '../taxonomy/labels-sql.ts';
import type { VacancyListQuery, VacancyPage } from './contract.ts';
import { vacancies } from './db.ts';
import type { VacancyState } from './domain/lifecycle.ts';
import { vacancyScope } from './scope.ts';

export const likeOf = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

export async function listVacancies(
  deps: Deps,
  actor: Actor,
  query: VacancyListQuery,
  lang: string,
): Promise<VacancyPage> {
  const scope = authorize(actor, 'vacancy.read');
  const filters: (SQL | undefined)[] = [
    vacancyScope(actor, scope),
    query.state ? eq(vacancies.state, query.state) : undefined,
    query.occupationUri ? eq(vacancies.occupationUri, query.occupationUri) : undefined,
    query.comuneCode ? eq(vacancies.siteComuneCode, query.comuneCode) : undefined,
    query.employerId ? eq(vacancies.employerId, query.employerId) : undefined,
    query.q ? or(ilike(vacancies.title, likeOf(query.q)), ilike(employers.name, likeOf(query.q))) : undefined,
  ];
  const where = and(...filters);
  return deps.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: vacancies.id,
        title: vacancies.title,
        employerId: vacancies.employerId,
        employerName: employers.name,
        occupationLabel: labelOf(sql`${vacancies.occupationUri}`, lang),
        siteComuneName: comuni.name,
        state: vacancies.state,
        stateReason: vacancies.stateReason,
        positions: vacancies.positions,
        hired: vacancies.hired,
        deadline: vacancies.deadline,
        refreshedAt: vacancies.refreshedAt,
        updatedAt: vacancies.updatedAt,
      })
      .from(vacancies)
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .innerJoin(comuni, eq(comuni.code, vacancies.siteComuneCode))
      .where(where)
      .orderBy(desc(vacancies.updatedAt), vacancies.id)
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx
      .select({ n: count() })
      .from(vacancies)
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .where(where);
    return {
      items: rows.map((r) => ({
        ...r,
        state: r.state as VacancyState,
        refreshedAt: r.refreshedAt?.toISOString() ?? null,
        updatedAt: r.updatedAt.toISOString(),
      })),
      total: Number(total?.n ?? 0),
    };
  });
}
