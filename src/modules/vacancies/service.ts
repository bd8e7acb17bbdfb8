// Use cases on a vacancy: create (for an employer the caller may see; an employer user only for their own
// company), read, update (optimistic version). Each is one transaction with its policy check, checks that name
// the field at fault, and an audit row for every write. Vacancies hold no personal data, so reads are not audited.
import { eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { employerForVacancy, employerOptions, ownEmployerOf } from '../employers/for-vacancies.ts';
import { checkVacancy } from './checks.ts';
import {
  type EmployerOption,
  type VacancyFields,
  type VacancyInput,
  type VacancyUpdate,
  type VacancyView,
  vacancyFieldNames,
} from './contract.ts';
import { vacancies } from './db.ts';
import { visibleVacancy } from './scope.ts';
import { toView } from './view.ts';

export { runVacancyAction } from './actions.ts';
export { listVacancies } from './list.ts';

const today = (now: Date) => now.toISOString().slice(0, 10);

/** The employer a new vacancy belongs to: an employer user's own company; for operators, one they may see. */
async function employerFor(tx: Tx, actor: Actor, employerId: string | undefined) {
  const scope = authorize(actor, 'vacancy.manage');
  if (scope === 'organisation') {
    const own = await ownEmployerOf(tx, actor);
    if (!own) throw new AppError('forbidden');
    // Naming another company is the same as naming one that does not exist.
    if (employerId && employerId !== own) throw notFound();
    return own;
  }
  if (!employerId) throw validationError([{ field: 'employerId', code: 'required' }]);
  const employer = await employerForVacancy(tx, actor, scope, employerId);
  if (!employer) throw validationError([{ field: 'employerId', code: 'unknown_employer' }]);
  return employer.id;
}

export async function createVacancy(
  deps: Deps,
  actor: Actor,
  input: VacancyInput,
  lang: string,
): Promise<VacancyView> {
  authorize(actor, 'vacancy.manage');
  if (!actor.organisationId) throw new AppError('forbidden');
  const { employerId: askedEmployer, ...fields } = input;
  return deps.db.transaction(async (tx) => {
    const employerId = await employerFor(tx, actor, askedEmployer);
    const problems = await checkVacancy(tx, fields, today(deps.now()));
    if (problems.length) throw validationError(problems);
    const now = deps.now();
    const [row] = await tx
      .insert(vacancies)
      .values({
        ...fields,
        occupationUri: fields.occupationUri!,
        employerId,
        ownerOrganisationId: actor.organisationId!,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'vacancy.create',
      entityType: 'vacancy',
      entityId: row!.id,
      purpose: 'job_matching',
      details: { employerId, title: row!.title },
    });
    return toView(tx, row!, lang, deps.config.vacancies.staleAfterDays);
  });
}

export async function getVacancy(deps: Deps, actor: Actor, id: string, lang: string): Promise<VacancyView> {
  const scope = authorize(actor, 'vacancy.read');
  return deps.db.transaction(async (tx) => {
    const row = await visibleVacancy(tx, actor, scope, id);
    if (!row) throw notFound();
    return toView(tx, row, lang, deps.config.vacancies.staleAfterDays);
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function updateVacancy(
  deps: Deps,
  actor: Actor,
  id: string,
  input: VacancyUpdate,
  lang: string,
): Promise<VacancyView> {
  const scope = authorize(actor, 'vacancy.manage');
  return deps.db.transaction(async (tx) => {
    const current = await visibleVacancy(tx, actor, scope, id);
    if (!current) throw notFound();
    const [locked] = await tx.select().from(vacancies).where(eq(vacancies.id, id)).for('update');
    if (locked!.version !== input.version) {
      throw new AppError('version_conflict', {}, { members: { currentVersion: locked!.version } });
    }
    if (locked!.state === 'closed' || locked!.state === 'filled') {
      throw new AppError(
        'conflict',
        { reason: 'vacancy_not_editable', state: locked!.state },
        { members: { state: locked!.state } },
      );
    }
    const { version: _v, ...fields } = input;
    const problems = await checkVacancy(tx, fields as VacancyFields, today(deps.now()));
    if (problems.length) throw validationError(problems);
    const changed = vacancyFieldNames.filter((f) => !same(fields[f], locked![f]));
    const version = locked!.version + 1;
    const [row] = await tx
      .update(vacancies)
      .set({ ...fields, occupationUri: fields.occupationUri!, version, updatedAt: deps.now() })
      .where(eq(vacancies.id, id))
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'vacancy.update',
      entityType: 'vacancy',
      entityId: id,
      purpose: 'job_matching',
      details: { changed, version },
    });
    return toView(tx, row!, lang, deps.config.vacancies.staleAfterDays);
  });
}

/** Employers the caller may open a vacancy for (the editor's picker), with their sites. */
export async function vacancyEmployerOptions(
  deps: Deps,
  actor: Actor,
  q: string | undefined,
): Promise<EmployerOption[]> {
  const scope = authorize(actor, 'vacancy.manage');
  const items = await deps.db.transaction((tx) => employerOptions(tx, actor, scope, q));
  return items.map(({ email: _e, ...e }) => e);
}
