// The lifecycle actions of a vacancy (publish, refresh, unpublish, close, reopen), through the transitions table of
// domain/lifecycle.ts: an action the current state does not allow answers 409 naming the state and the actions
// that are possible. Publishing checks the requirements again (a deadline may have passed since the draft).
import { eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { checkVacancy } from './checks.ts';
import type { VacancyFields, VacancyView } from './contract.ts';
import { vacancies } from './db.ts';
import { transition, type VacancyAction, type VacancyState } from './domain/lifecycle.ts';
import { visibleVacancy } from './scope.ts';
import { toView, type VacancyRow } from './view.ts';

/** Why the offer left the public list, when an action takes it off. */
const reasonOf: Partial<Record<VacancyAction, string>> = { unpublish: 'withdrawn', close: 'closed' };

export async function runVacancyAction(
  deps: Deps,
  actor: Actor,
  id: string,
  action: VacancyAction,
  version: number | undefined,
  lang: string,
): Promise<VacancyView> {
  const scope = authorize(actor, 'vacancy.manage');
  return deps.db.transaction(async (tx) => {
    if (!(await visibleVacancy(tx, actor, scope, id))) throw notFound();
    const [current] = await tx.select().from(vacancies).where(eq(vacancies.id, id)).for('update');
    if (version !== undefined && current!.version !== version) {
      throw new AppError('version_conflict', {}, { members: { currentVersion: current!.version } });
    }
    const from = current!.state as VacancyState;
    const result = transition(from, action);
    if (!result.ok) {
      throw new AppError(
        'conflict',
        {
          reason: 'vacancy_transition_not_allowed',
          state: from,
          action,
          allowed: result.allowed.join(', ') || '—',
        },
        { members: { state: from, allowedActions: result.allowed } },
      );
    }
    const now = deps.now();
    if (action === 'publish') {
      const problems = await checkVacancy(
        tx,
        current as unknown as VacancyFields,
        now.toISOString().slice(0, 10),
      );
      if (problems.length) throw validationError(problems);
    }
    const changes: Partial<VacancyRow> = {
      state: result.to,
      version: current!.version + 1,
      updatedAt: now,
    };
    if (action === 'publish')
      Object.assign(changes, { publishedAt: now, refreshedAt: now, stateReason: null });
    if (action === 'refresh') changes.refreshedAt = now;
    if (action === 'close') changes.closedAt = now;
    if (action === 'reopen') Object.assign(changes, { closedAt: null, stateReason: null });
    if (reasonOf[action]) changes.stateReason = reasonOf[action]!;
    const [row] = await tx.update(vacancies).set(changes).where(eq(vacancies.id, id)).returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: `vacancy.${action}`,
      entityType: 'vacancy',
      entityId: id,
      purpose: 'job_matching',
      details: { from, to: result.to, version: row!.version },
    });
    return toView(tx, row!, lang, deps.config.vacancies.staleAfterDays);
  });
}
