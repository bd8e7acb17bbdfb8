// Who sees what of a shortlist entry. The entry is reached through its vacancy, so the vacancy's tenant filter
// (scope.ts) decides: outside the read scope → 404; inside it but outside the scope of the action → 403.
// A person's identity (name, e-mail, phone) is shown to those who read person records anyway (operators, within
// their people scope) and to the employer only while the person consents to disclosure for this vacancy.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize, scopeOf } from '../../platform/policy/policy.ts';
import type { Action } from '../../platform/policy/table.ts';
import { organisationInScope } from '../network/service.ts';
import { getCandidateCard } from '../people/candidate-card.ts';
import type { CandidateCard } from '../people/candidate-card-contract.ts';
import { people } from '../people/db.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { shortlistEntries, vacancies } from './db.ts';
import { isStale, moves, type NotSelectedReason, type ShortlistStage } from './domain/shortlist.ts';
import { vacancyScope } from './scope.ts';
import type { IdentityView, ShortlistEntryView } from './shortlist-contract.ts';

export type EntryRow = typeof shortlistEntries.$inferSelect;
export type VacancyRow = typeof vacancies.$inferSelect;

/** Stages an employer user may record: 'withdrew' is the person's own decision, stated to an operator. */
export const employerStages: ShortlistStage[] = ['contacted', 'interview', 'hired', 'not_selected'];
export const stagesFor = (actor: Actor): ShortlistStage[] =>
  actor.role === 'employer_user'
    ? employerStages
    : ['contacted', 'interview', 'hired', 'not_selected', 'withdrew'];

/** The entry and its vacancy, or 404 (outside shortlist.read); 403 when `action` does not reach the vacancy. */
export async function entryInScope(tx: Tx, actor: Actor, action: Action, id: string, lock = false) {
  const readScope = authorize(actor, 'shortlist.read');
  const query = tx
    .select({ e: shortlistEntries, v: vacancies })
    .from(shortlistEntries)
    .innerJoin(vacancies, eq(vacancies.id, shortlistEntries.vacancyId))
    .where(and(eq(shortlistEntries.id, id), vacancyScope(actor, readScope)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  if (action !== 'shortlist.read' && !(await vacancyInActionScope(tx, actor, action, row.v.id)))
    throw new AppError('forbidden', { action });
  return row;
}

export async function vacancyInActionScope(tx: Tx, actor: Actor, action: Action, vacancyId: string) {
  const scope = scopeOf(actor.role, action);
  if (!scope) return false;
  const [hit] = await tx
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(sql`${vacancies.id} = ${vacancyId} AND ${vacancyScope(actor, scope)}`);
  return Boolean(hit);
}

/** The person's identity if the caller may see it for this entry, else null. */
export async function identityFor(tx: Tx, actor: Actor, entry: EntryRow): Promise<IdentityView | null> {
  const [p] = await tx.select().from(people).where(eq(people.id, entry.personId));
  if (!p || p.anonymisedAt || p.mergedIntoId) return null;
  const personScope = scopeOf(actor.role, 'person.read');
  const readsRecords =
    personScope && (await organisationInScope(tx, actor, personScope, p.ownerOrganisationId));
  // Disclosure is to the company: it opens the identity to the employer's users, nobody else.
  const disclosedToCaller = actor.role === 'employer_user' && Boolean(entry.disclosureConsentAt);
  if (!readsRecords && !disclosedToCaller) return null;
  return { personId: p.id, givenName: p.givenName, familyName: p.familyName, email: p.email, phone: p.phone };
}

/** The anonymised card, read with the caller's own rights (and audited there); null when not available. */
export async function cardFor(
  deps: Deps,
  actor: Actor,
  personId: string,
  lang: TaxonomyLanguage,
): Promise<CandidateCard | null> {
  try {
    return await getCandidateCard(deps, actor, personId, lang);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

export function entryView(
  e: EntryRow,
  now: Date,
  extra: { card: CandidateCard | null; identity: IdentityView | null; actor: Actor },
): ShortlistEntryView {
  const stage = e.stage as ShortlistStage;
  const allowed = new Set(stagesFor(extra.actor));
  const readsRecords = scopeOf(extra.actor.role, 'person.read') !== null;
  return {
    id: e.id,
    vacancyId: e.vacancyId,
    stage,
    movedAt: e.movedAt.toISOString(),
    stale: isStale(stage, e.movedAt, now),
    allowedMoves: moves[stage].filter((s) => allowed.has(s)),
    // The match explanation may name priority groups (long unemployment, declared target groups): like the
    // anonymised card, the employer does not see it — only those who read person records do.
    score: readsRecords ? e.score : null,
    explanation: readsRecords ? (e.explanation ?? null) : null,
    interviewAt: e.interviewAt ? e.interviewAt.toISOString() : null,
    interviewPlace: e.interviewPlace,
    contractType: e.contractType,
    startDate: e.startDate,
    notSelectedReason: (e.notSelectedReason as NotSelectedReason | null) ?? null,
    note: e.note,
    disclosure: disclosureOf(e),
    card: extra.card,
    identity: extra.identity,
    version: e.version,
  };
}

export function disclosureOf(e: EntryRow) {
  return {
    granted: Boolean(e.disclosureConsentAt),
    at: e.disclosureConsentAt ? e.disclosureConsentAt.toISOString() : null,
    source: (e.disclosureSource as 'self' | 'operator' | null) ?? null,
  };
}
