// Reading shortlists: the board of one vacancy (operators and the employer; the employer sees anonymised cards and
// a name only where the person consented to disclosure), a person's identity on an entry (404 to an employer
// without that consent, so it cannot tell "no consent" from "no such entry"), and the operators' list of entries
// waiting too long ("shortlist ferme"). Every read of personal data is audited.
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { employers } from '../employers/db.ts';
import { organisationScope } from '../network/service.ts';
import { people } from '../people/db.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { shortlistEntries, vacancies } from './db.ts';
import { finalStages, isStale, type ShortlistStage, STALE_AFTER_DAYS } from './domain/shortlist.ts';
import { vacancyScope, visibleVacancy } from './scope.ts';
import {
  cardFor,
  entryInScope,
  entryView,
  identityFor,
  stagesFor,
  vacancyInActionScope,
} from './shortlist-access.ts';
import type { IdentityView, ShortlistBoardView } from './shortlist-contract.ts';

export async function getShortlistBoard(
  deps: Deps,
  actor: Actor,
  vacancyId: string,
  lang: TaxonomyLanguage = 'it',
): Promise<ShortlistBoardView> {
  const scope = authorize(actor, 'shortlist.read');
  const now = deps.now();
  const read = await deps.db.transaction(async (tx) => {
    const v = await visibleVacancy(tx, actor, scope, vacancyId);
    if (!v) throw notFound();
    const rows = await tx
      .select()
      .from(shortlistEntries)
      .where(eq(shortlistEntries.vacancyId, v.id))
      .orderBy(desc(shortlistEntries.score), asc(shortlistEntries.createdAt));
    const identities = new Map<string, IdentityView | null>();
    for (const r of rows) identities.set(r.id, await identityFor(tx, actor, r));
    const can = {
      propose: await vacancyInActionScope(tx, actor, 'shortlist.propose', v.id),
      update: await vacancyInActionScope(tx, actor, 'shortlist.update', v.id),
    };
    await recordAudit(tx, auditActorOf(actor), {
      action: 'shortlist.read',
      entityType: 'vacancy',
      entityId: v.id,
      purpose: 'job_matching',
      details: {
        entries: rows.length,
        identitiesShown: rows.filter((r) => identities.get(r.id)).map((r) => r.personId),
      },
    });
    return { v, rows, identities, can };
  });
  // The cards are read afterwards, each with the caller's own rights and audit (one transaction at a time).
  const entries = [];
  for (const r of read.rows) {
    const card = await cardFor(deps, actor, r.personId, lang);
    entries.push(entryView(r, now, { card, identity: read.identities.get(r.id) ?? null, actor }));
  }
  const v = read.v;
  return {
    vacancy: { id: v.id, title: v.title, state: v.state, positions: v.positions, hired: v.hired },
    entries,
    can: {
      propose: read.can.propose,
      update: read.can.update,
      recordDisclosure: read.can.propose,
      stages: read.can.update ? stagesFor(actor) : [],
    },
  };
}

export async function getShortlistIdentity(deps: Deps, actor: Actor, entryId: string): Promise<IdentityView> {
  authorize(actor, 'shortlist.read');
  return deps.db.transaction(async (tx) => {
    const { e } = await entryInScope(tx, actor, 'shortlist.read', entryId);
    const identity = await identityFor(tx, actor, e);
    if (!identity) throw notFound();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'shortlist.identity.read',
      entityType: 'person',
      entityId: e.personId,
      purpose: 'job_matching',
      details: { shortlistEntryId: e.id, vacancyId: e.vacancyId, disclosed: Boolean(e.disclosureConsentAt) },
    });
    return identity;
  });
}

const dayMs = 86_400_000;
const waitingStages = Object.keys(STALE_AFTER_DAYS) as (keyof typeof STALE_AFTER_DAYS)[];

/** Open entries of the vacancies the operator follows, longest waiting first (only the stale ones by default). */
export async function listShortlistEntries(
  deps: Deps,
  actor: Actor,
  query: { stale: 'true' | 'false'; limit: number },
) {
  authorize(actor, 'shortlist.propose');
  const scope = authorize(actor, 'shortlist.read');
  const personScope = authorize(actor, 'person.read');
  const now = deps.now();
  // The SQL filter mirrors isStale (per-stage thresholds); isStale decides the flag on every row returned.
  const threshold = sql.join(
    waitingStages.map(
      (s) =>
        sql`WHEN ${s} THEN ${new Date(now.getTime() - STALE_AFTER_DAYS[s] * dayMs).toISOString()}::timestamptz`,
    ),
    sql` `,
  );
  const staleOnly = query.stale === 'true';
  return deps.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        e: shortlistEntries,
        vacancyTitle: vacancies.title,
        employerName: employers.name,
        givenName: people.givenName,
        familyName: people.familyName,
      })
      .from(shortlistEntries)
      .innerJoin(vacancies, eq(vacancies.id, shortlistEntries.vacancyId))
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .innerJoin(people, eq(people.id, shortlistEntries.personId))
      .where(
        and(
          vacancyScope(actor, scope),
          organisationScope(people.ownerOrganisationId, actor, personScope),
          notInArray(shortlistEntries.stage, finalStages),
          inArray(vacancies.state, ['draft', 'published', 'unpublished']),
          staleOnly
            ? sql`${shortlistEntries.movedAt} < CASE ${shortlistEntries.stage} ${threshold} END`
            : undefined,
        ),
      )
      .orderBy(asc(shortlistEntries.movedAt))
      .limit(query.limit);
    const items = rows
      .map((r) => ({
        id: r.e.id,
        vacancyId: r.e.vacancyId,
        vacancyTitle: r.vacancyTitle,
        employerName: r.employerName,
        personId: r.e.personId,
        personName: `${r.givenName} ${r.familyName}`,
        stage: r.e.stage as ShortlistStage,
        movedAt: r.e.movedAt.toISOString(),
        daysWaiting: Math.floor((now.getTime() - r.e.movedAt.getTime()) / dayMs),
        stale: isStale(r.e.stage as ShortlistStage, r.e.movedAt, now),
      }))
      .filter((i) => !staleOnly || i.stale);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'shortlist.read',
      entityType: 'shortlist_entry',
      purpose: 'job_matching',
      details: { stale: staleOnly, count: items.length },
    });
    return { items };
  });
}
