// Shortlists: an operator proposes a person for a vacancy (only someone they may read, who currently agrees to
// share their CV with employers), then operators and the employer move the entry along its path
// (domain/shortlist.ts). Every step is one transaction: the entry, its move in shortlist_moves, the audit row, the
// e-mails in the outbox and, for a hire, the vacancy and the person (shortlist-hire.ts).
import { and, eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { employers } from '../employers/db.ts';
import { organisationInScope } from '../network/service.ts';
import { loadConsentHistory } from '../people/consent.ts';
import { people } from '../people/db.ts';
import { grants } from '../people/domain/consents.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { shortlistEntries, shortlistMoves } from './db.ts';
import { openPositions } from './domain/lifecycle.ts';
import { checkMove, type ShortlistStage } from './domain/shortlist.ts';
import { visibleVacancy } from './scope.ts';
import {
  cardFor,
  entryInScope,
  entryView,
  identityFor,
  stagesFor,
  vacancyInActionScope,
} from './shortlist-access.ts';
import type {
  AddToShortlistInput,
  ShortlistEntryView,
  UpdateShortlistEntryInput,
} from './shortlist-contract.ts';
import { columnsOf, factsOf } from './shortlist-facts.ts';
import { applyHire } from './shortlist-hire.ts';
import {
  employerRecipients,
  interviewMail,
  outcomeMail,
  personRecipient,
  proposedMail,
  sendMail,
} from './shortlist-mails.ts';

/** Vacancies that take no new candidates. */
const closedStates = new Set(['closed', 'filled']);

export async function addToShortlist(
  deps: Deps,
  actor: Actor,
  vacancyId: string,
  input: AddToShortlistInput,
  lang: TaxonomyLanguage = 'it',
): Promise<ShortlistEntryView> {
  const readScope = authorize(actor, 'shortlist.read');
  authorize(actor, 'shortlist.propose');
  const now = deps.now();
  const entry = await deps.db.transaction(async (tx) => {
    const v = await visibleVacancy(tx, actor, readScope, vacancyId);
    if (!v) throw notFound();
    if (!(await vacancyInActionScope(tx, actor, 'shortlist.propose', v.id)))
      throw new AppError('forbidden', { action: 'shortlist.propose' });
    if (closedStates.has(v.state)) throw new AppError('conflict', { reason: 'shortlist_vacancy_closed' });

    const personScope = authorize(actor, 'person.read');
    const [p] = await tx.select().from(people).where(eq(people.id, input.personId));
    if (
      !p ||
      p.anonymisedAt ||
      p.mergedIntoId ||
      !(await organisationInScope(tx, actor, personScope, p.ownerOrganisationId))
    )
      throw new AppError('conflict', { reason: 'shortlist_person_not_found' });
    if (!grants(await loadConsentHistory(tx, p.id), 'share_cv_with_employers'))
      throw new AppError('conflict', { reason: 'shortlist_no_cv_consent' });
    const [already] = await tx
      .select({ id: shortlistEntries.id, stage: shortlistEntries.stage })
      .from(shortlistEntries)
      .where(and(eq(shortlistEntries.vacancyId, v.id), eq(shortlistEntries.personId, p.id)));
    if (already)
      throw new AppError(
        'conflict',
        { reason: 'shortlist_duplicate' },
        { members: { entryId: already.id, stage: already.stage } },
      );

    const [row] = await tx
      .insert(shortlistEntries)
      .values({
        vacancyId: v.id,
        personId: p.id,
        stage: 'proposed',
        movedAt: now,
        score: input.score ?? null,
        explanation: input.explanation ?? null,
        proposedBy: actor.userId,
        createdAt: now,
      })
      .returning();
    await tx.insert(shortlistMoves).values({
      entryId: row!.id,
      fromStage: null,
      toStage: 'proposed',
      facts: input.score === undefined ? null : { score: input.score },
      movedBy: actor.userId,
      movedAt: now,
    });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'shortlist.propose',
      entityType: 'shortlist_entry',
      entityId: row!.id,
      purpose: 'job_matching',
      details: { vacancyId: v.id, personId: p.id },
    });
    const link = `${deps.config.publicUrl}/vacancies/${v.id}`;
    for (const r of await employerRecipients(tx, v.employerId))
      await sendMail(
        deps,
        tx,
        r.email,
        proposedMail(r.locale, { vacancy: v.title, link }),
        'shortlist_proposed',
      );
    const identity = await identityFor(tx, actor, row!);
    return { row: row!, identity };
  });
  const card = await cardFor(deps, actor, entry.row.personId, lang);
  return entryView(entry.row, now, { card, identity: entry.identity, actor });
}

export async function updateShortlistEntry(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateShortlistEntryInput,
  lang: TaxonomyLanguage = 'it',
): Promise<ShortlistEntryView> {
  authorize(actor, 'shortlist.update');
  const now = deps.now();
  const result = await deps.db.transaction(async (tx) => {
    const { e, v } = await entryInScope(tx, actor, 'shortlist.update', id, true);
    const from = e.stage as ShortlistStage;
    if (!stagesFor(actor).includes(input.stage))
      throw new AppError('forbidden', { action: 'shortlist.update' });
    if (e.version !== input.version)
      throw new AppError('version_conflict', {}, { members: { currentVersion: e.version } });
    const problem = checkMove(from, input.stage);
    if (problem)
      throw new AppError(
        'conflict',
        { reason: problem.code, from, allowed: problem.allowed.join(', ') || '—' },
        { members: { from, allowed: problem.allowed } },
      );
    const facts = factsOf(input);
    if (!facts.ok) throw validationError(facts.fields);
    if (facts.facts.stage === 'hired' && openPositions(v.positions, v.hired) === 0)
      throw new AppError('conflict', { reason: 'shortlist_no_open_positions', positions: v.positions });

    const [row] = await tx
      .update(shortlistEntries)
      .set({ stage: input.stage, movedAt: now, version: e.version + 1, ...columnsOf(facts.facts) })
      .where(eq(shortlistEntries.id, e.id))
      .returning();
    await tx.insert(shortlistMoves).values({
      entryId: e.id,
      fromStage: from,
      toStage: input.stage,
      facts: facts.facts,
      movedBy: actor.userId,
      movedAt: now,
    });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'shortlist.move',
      entityType: 'shortlist_entry',
      entityId: e.id,
      purpose: 'job_matching',
      details: { vacancyId: v.id, from, to: input.stage, version: e.version + 1 },
    });
    let filled = false;
    if (facts.facts.stage === 'hired')
      ({ filled } = await applyHire(tx, actor, now, {
        entryId: e.id,
        personId: e.personId,
        vacancy: v,
        contractType: facts.facts.contractType,
        startDate: facts.facts.startDate,
      }));

    // The person hears about their interview and the outcome (if they have an e-mail address).
    const to = ['interview', 'hired', 'not_selected'].includes(input.stage)
      ? await personRecipient(tx, e.personId)
      : null;
    if (to) {
      const [employer] = await tx
        .select({ name: employers.name })
        .from(employers)
        .where(eq(employers.id, v.employerId));
      const base = { givenName: to.givenName, vacancy: v.title, employer: employer?.name ?? '' };
      const f = facts.facts;
      const mail =
        f.stage === 'interview'
          ? interviewMail(to.locale, { ...base, at: f.interviewAt, place: f.place })
          : outcomeMail(to.locale, {
              ...base,
              hired: f.stage === 'hired',
              startDate: f.stage === 'hired' ? f.startDate : undefined,
            });
      await sendMail(deps, tx, to.email, mail, `shortlist_${input.stage}`);
    }
    return { row: row!, filled, identity: await identityFor(tx, actor, row!) };
  });
  const card = await cardFor(deps, actor, result.row.personId, lang);
  return entryView(result.row, now, { card, identity: result.identity, actor });
}
