// Answering a survey from the personal link, without an account: the token identifies the recipient. Opening the
// page marks the link as opened; answering again replaces the answers until the campaign closes. Hiring-needs
// answers of employers are also written as rows of hiring_needs (replaced with the answer).
import { eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import { sha256 } from '../../platform/crypto/tokens.ts';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, validationError } from '../../platform/http/errors.ts';
import { conceptLabels, occupationSkills, occupations } from '../taxonomy/db.ts';
import { rankedLabelSearch } from '../taxonomy/labels-sql.ts';
import { hiringNeeds, surveyCampaigns, surveyRecipients, surveyResponses, surveys } from './db.ts';
import { type Answers, checkAnswers, type HiringNeed } from './domain/questions.ts';

async function byToken(tx: Tx, token: string, lock = false) {
  const query = tx
    .select({ r: surveyRecipients, c: surveyCampaigns, s: surveys })
    .from(surveyRecipients)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyRecipients.campaignId))
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(eq(surveyRecipients.tokenHash, sha256(token)));
  const [row] = lock ? await query.for('update', { of: surveyRecipients }) : await query;
  // A link never e-mailed (campaign still a draft) does not work either.
  if (!row?.r.sentAt) throw new AppError('invalid_token');
  return row;
}

/** Refuses answers outside the campaign's window or once the survey is closed, saying which. */
function ensureOpen(deps: Deps, c: typeof surveyCampaigns.$inferSelect, s: typeof surveys.$inferSelect) {
  const now = deps.now();
  if (s.state === 'closed' || c.closesAt <= now) {
    throw new AppError('conflict', {
      reason: 'survey_closed',
      closedAt: c.closesAt.toISOString().slice(0, 10),
    });
  }
  if (c.opensAt > now) throw new AppError('conflict', { reason: 'survey_not_open_yet' });
}

async function labelsOf(tx: Tx, uris: string[]) {
  if (!uris.length) return {};
  const rows = await tx
    .select({ uri: conceptLabels.uri, label: conceptLabels.preferredLabel })
    .from(conceptLabels)
    .where(sql`${inArray(conceptLabels.uri, uris)} AND ${conceptLabels.lang} = 'it'`);
  return Object.fromEntries(rows.map((r) => [r.uri, r.label]));
}

const needsIn = (answers: Answers, hiringIds: string[]): HiringNeed[] =>
  hiringIds.flatMap((id) => (Array.isArray(answers[id]) ? (answers[id] as HiringNeed[]) : []));

export async function openSurvey(deps: Deps, token: string) {
  return deps.db.transaction(async (tx) => {
    const { r, c, s } = await byToken(tx, token, true);
    ensureOpen(deps, c, s);
    if (!r.openedAt)
      await tx.update(surveyRecipients).set({ openedAt: deps.now() }).where(eq(surveyRecipients.id, r.id));
    const [previous] = await tx.select().from(surveyResponses).where(eq(surveyResponses.recipientId, r.id));
    const hiringIds = s.questions.filter((q) => q.kind === 'hiring_needs').map((q) => q.id);
    const uris = previous ? needsIn(previous.answers, hiringIds).map((n) => n.occupationUri) : [];
    return {
      title: s.title,
      intro: s.intro,
      questions: s.questions,
      recipientName: r.name,
      closesAt: c.closesAt.toISOString(),
      answers: previous?.answers ?? null,
      occupationLabels: await labelsOf(tx, [...new Set(uris)]),
    };
  });
}

export async function submitAnswers(deps: Deps, token: string, answers: Answers, ip: string | null) {
  return deps.db.transaction(async (tx) => {
    const { r, c, s } = await byToken(tx, token, true);
    ensureOpen(deps, c, s);
    const hiringIds = s.questions.filter((q) => q.kind === 'hiring_needs').map((q) => q.id);
    const mentioned = [
      ...new Set(
        needsIn(answers, hiringIds)
          .map((n) => n?.occupationUri)
          .filter(Boolean),
      ),
    ];
    const known = new Set(
      mentioned.length
        ? (
            await tx
              .select({ uri: occupations.uri })
              .from(occupations)
              .where(inArray(occupations.uri, mentioned))
          ).map((o) => o.uri)
        : [],
    );
    const problems = checkAnswers(s.questions, answers, (uri) => known.has(uri));
    if (problems.length) {
      throw validationError(
        problems.map((p) => ({ field: `answers.${p.questionId}`, code: p.code, params: p.params })),
      );
    }
    const now = deps.now();
    const [previous] = await tx.select().from(surveyResponses).where(eq(surveyResponses.recipientId, r.id));
    let responseId: string;
    if (previous) {
      responseId = previous.id;
      await tx
        .update(surveyResponses)
        .set({ answers, updatedAt: now })
        .where(eq(surveyResponses.id, previous.id));
      await tx.delete(hiringNeeds).where(eq(hiringNeeds.responseId, previous.id));
    } else {
      const [row] = await tx
        .insert(surveyResponses)
        .values({
          recipientId: r.id,
          campaignId: c.id,
          surveyId: s.id,
          employerId: r.employerId,
          answers,
          submittedAt: now,
          updatedAt: now,
        })
        .returning({ id: surveyResponses.id });
      responseId = row!.id;
    }
    const needs = needsIn(answers, hiringIds);
    if (r.employerId && needs.length) {
      await tx.insert(hiringNeeds).values(
        needs.map((n) => ({
          responseId,
          surveyId: s.id,
          employerId: r.employerId!,
          ownerOrganisationId: s.ownerOrganisationId,
          occupationUri: n.occupationUri,
          positions: n.positions,
          horizon: n.horizon,
          skillUris: n.skillUris ?? [],
          createdAt: now,
        })),
      );
    }
    await tx
      .update(surveyRecipients)
      .set({ respondedAt: now, openedAt: r.openedAt ?? now })
      .where(eq(surveyRecipients.id, r.id));
    await recordAudit(
      tx,
      { userId: null, organisationId: null, role: null, ip },
      {
        action: previous ? 'survey.answer_update' : 'survey.answer',
        entityType: 'survey_response',
        entityId: responseId,
        purpose: 'employer_relations',
        details: { campaignId: c.id, hiringNeeds: needs.length },
      },
    );
    return { submittedAt: now.toISOString(), updated: Boolean(previous) };
  });
}

/** Occupation look-up for the hiring-needs grid of the public page (the token stands for the session). */
export async function occupationsForToken(deps: Deps, token: string, q: string) {
  await byToken(deps.db, token);
  const rows = await queryRows<{ uri: string; label: string }>(
    deps.db,
    rankedLabelSearch(sql`${occupations}`, q, 'it', sql``, 15),
  );
  return rows.map((r) => ({ uri: r.uri, label: r.label }));
}

/** The skills of one occupation (essential first), so the grid can say which ones the employer needs. */
export async function occupationSkillsForToken(deps: Deps, token: string, occupationUri: string) {
  await byToken(deps.db, token);
  const rows = await deps.db
    .select({
      uri: occupationSkills.skillUri,
      label: conceptLabels.preferredLabel,
      relation: occupationSkills.relation,
    })
    .from(occupationSkills)
    .innerJoin(
      conceptLabels,
      sql`${conceptLabels.uri} = ${occupationSkills.skillUri} AND ${conceptLabels.lang} = 'it'`,
    )
    .where(eq(occupationSkills.occupationUri, occupationUri))
    .orderBy(occupationSkills.relation, conceptLabels.preferredLabel)
    .limit(30);
  return rows.map((r) => ({ uri: r.uri, label: r.label }));
}
