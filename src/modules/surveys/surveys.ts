// Building surveys: list, create (empty or from a template), read, update the questions while a draft, close.
// The coordination and the CPI build them (survey.manage); whoever sees results (survey.results) lists them.
// A survey belongs to the organisation that created it and is visible to its networks.
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Action } from '../../platform/policy/table.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope, organisationScope } from '../network/scope.ts';
import type { SurveyInput, SurveySummary, SurveyUpdate, SurveyView } from './contract.ts';
import { surveyCampaigns, surveyResponses, surveys } from './db.ts';
import { type Question, surveyProblems } from './domain/questions.ts';
import { hiringNeedsTemplate } from './templates.ts';

type SurveyRow = typeof surveys.$inferSelect;

export const surveyView = (s: SurveyRow): SurveyView => ({
  id: s.id,
  title: s.title,
  intro: s.intro,
  questions: s.questions,
  state: s.state as SurveyView['state'],
  version: s.version,
  ownerOrganisationId: s.ownerOrganisationId,
  updatedAt: s.updatedAt.toISOString(),
});

/** The survey if the caller may do `action` on it: outside the read scope → 404, outside `action`'s → 403. */
export async function surveyFor(tx: Tx, actor: Actor, id: string, action: Action, lock = false) {
  const readScope = authorize(actor, 'survey.results');
  const query = tx.select().from(surveys).where(eq(surveys.id, id));
  const [s] = lock ? await query.for('update') : await query;
  if (!s || !(await organisationInScope(tx, actor, readScope, s.ownerOrganisationId))) throw notFound();
  if (action !== 'survey.results') {
    const scope = authorize(actor, action);
    if (!(await organisationInScope(tx, actor, scope, s.ownerOrganisationId)))
      throw new AppError('forbidden');
  }
  return s;
}

/** The builder's checks, each naming the question (field `questions.<id>`). */
function checkQuestions(questions: Question[]) {
  const problems = surveyProblems(questions);
  if (problems.length) {
    throw validationError(
      problems.map((p) => ({ field: `questions.${p.questionId}`, code: p.code, params: p.params })),
    );
  }
}

export async function listSurveys(deps: Deps, actor: Actor): Promise<SurveySummary[]> {
  const scope = authorize(actor, 'survey.results');
  const rows = await deps.db
    .select({
      s: surveys,
      owner: organisations.name,
      campaigns: sql<number>`(SELECT count(*)::int FROM ${surveyCampaigns} WHERE ${surveyCampaigns.surveyId} = ${surveys.id})`,
      responses: sql<number>`(SELECT count(*)::int FROM ${surveyResponses} WHERE ${surveyResponses.surveyId} = ${surveys.id})`,
    })
    .from(surveys)
    .innerJoin(organisations, eq(organisations.id, surveys.ownerOrganisationId))
    .where(organisationScope(surveys.ownerOrganisationId, actor, scope))
    .orderBy(desc(surveys.updatedAt))
    .limit(500);
  return rows.map((r) => ({
    id: r.s.id,
    title: r.s.title,
    state: r.s.state as SurveySummary['state'],
    questions: r.s.questions.length,
    campaigns: Number(r.campaigns),
    responses: Number(r.responses),
    ownerOrganisationName: r.owner,
    updatedAt: r.s.updatedAt.toISOString(),
  }));
}

export async function createSurvey(deps: Deps, actor: Actor, input: SurveyInput): Promise<SurveyView> {
  authorize(actor, 'survey.manage');
  if (!actor.organisationId) throw new AppError('forbidden');
  checkQuestions(input.questions as Question[]);
  return deps.db.transaction(async (tx) => {
    const [s] = await tx
      .insert(surveys)
      .values({
        title: input.title,
        intro: input.intro,
        questions: input.questions as Question[],
        ownerOrganisationId: actor.organisationId!,
        createdBy: actor.userId,
        createdAt: deps.now(),
        updatedAt: deps.now(),
      })
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.create',
      entityType: 'survey',
      entityId: s!.id,
      purpose: 'employer_relations',
      details: { title: input.title, questions: input.questions.length },
    });
    return surveyView(s!);
  });
}

export const createSurveyFromTemplate = (deps: Deps, actor: Actor) =>
  createSurvey(deps, actor, hiringNeedsTemplate);

export async function getSurvey(deps: Deps, actor: Actor, id: string): Promise<SurveyView> {
  return surveyView(await surveyFor(deps.db, actor, id, 'survey.results'));
}

export async function updateSurvey(
  deps: Deps,
  actor: Actor,
  id: string,
  input: SurveyUpdate,
): Promise<SurveyView> {
  checkQuestions(input.questions as Question[]);
  return deps.db.transaction(async (tx) => {
    const s = await surveyFor(tx, actor, id, 'survey.manage', true);
    if (s.version !== input.version) {
      throw new AppError('version_conflict', {}, { members: { currentVersion: s.version } });
    }
    // Once answers may arrive the questions stay as they are, or answers would no longer match them.
    if (s.state !== 'draft' && JSON.stringify(s.questions) !== JSON.stringify(input.questions)) {
      throw new AppError('conflict', { reason: 'survey_not_draft' });
    }
    const [updated] = await tx
      .update(surveys)
      .set({
        title: input.title,
        intro: input.intro,
        questions: input.questions as Question[],
        version: s.version + 1,
        updatedAt: deps.now(),
      })
      .where(and(eq(surveys.id, id), eq(surveys.version, s.version)))
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.update',
      entityType: 'survey',
      entityId: id,
      purpose: 'employer_relations',
      details: { questions: input.questions.length },
    });
    return surveyView(updated!);
  });
}

export async function closeSurvey(deps: Deps, actor: Actor, id: string): Promise<SurveyView> {
  return deps.db.transaction(async (tx) => {
    const s = await surveyFor(tx, actor, id, 'survey.manage', true);
    const [updated] = await tx
      .update(surveys)
      .set({ state: 'closed', version: s.version + 1, updatedAt: deps.now() })
      .where(eq(surveys.id, id))
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.close',
      entityType: 'survey',
      entityId: id,
      purpose: 'employer_relations',
    });
    return surveyView(updated!);
  });
}
