// Storage limitation (GDPR art. 5.1.e): people whose record has not changed for RETENTION_INACTIVE_MONTHS are
// anonymised (the same anonymisation as an erasure request, see rights.ts). Inactivity is measured on
// people.updated_at ONLY: every write on the record or its CV bumps it (and so should consent changes); reads,
// searches and audit rows do not count as activity.
import { and, asc, eq, isNull, lt, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisations } from '../network/db.ts';
import { organisationScope } from '../network/service.ts';
import { people } from './db.ts';
import { anonymisePerson } from './rights.ts';
import { visiblePerson } from './visibility.ts';

export const RETENTION_BATCH = 500;
export const PREVIEW_DAYS = 30;

type RetentionDeps = Pick<Deps, 'db' | 'config'>;

/** The moment before which a record counts as inactive. */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

// Merged duplicates are not counted: they are anonymised together with their survivor (rights.ts). Hidden people
// of an import still being committed are not there yet (visibility.ts).
const inactiveBefore = (cutoff: Date): SQL =>
  and(
    isNull(people.anonymisedAt),
    isNull(people.mergedIntoId),
    visiblePerson(),
    lt(people.updatedAt, cutoff),
  ) as SQL;

/** Anonymises the inactive people, 500 per transaction, one 'person.retention' audit row per batch. */
export async function anonymiseInactive(
  deps: RetentionDeps,
  now: Date,
  batchSize = RETENTION_BATCH,
): Promise<{ anonymised: number; batches: number; cutoff: string }> {
  const cutoff = retentionCutoff(now, deps.config.retention.inactiveMonths);
  let anonymised = 0;
  let batches = 0;
  for (;;) {
    const done = await deps.db.transaction(async (tx) => {
      const ids = (
        await tx
          .select({ id: people.id })
          .from(people)
          .where(inactiveBefore(cutoff))
          .orderBy(asc(people.updatedAt))
          .limit(batchSize)
          .for('update', { skipLocked: true })
      ).map((r) => r.id);
      if (ids.length === 0) return 0;
      for (const id of ids) await anonymisePerson(tx, id, now);
      // A system action: no actor. The ids stay in the trail for accountability (GDPR art. 5.2, see rights.ts).
      await recordAudit(
        tx,
        { userId: null, organisationId: null, role: null, ip: null },
        {
          action: 'person.retention',
          entityType: 'person',
          entityId: null,
          purpose: 'retention',
          details: { count: ids.length, cutoff: cutoff.toISOString(), personIds: ids },
        },
      );
      return ids.length;
    });
    if (done === 0) break;
    anonymised += done;
    batches += 1;
    if (done < batchSize) break;
  }
  return { anonymised, batches, cutoff: cutoff.toISOString() };
}

/** The people (in the caller's scope) that the retention job will anonymise within the next `days` days. */
export async function flagInactive(
  deps: RetentionDeps,
  actor: Actor,
  now: Date,
  days = PREVIEW_DAYS,
): Promise<
  {
    id: string;
    givenName: string;
    familyName: string;
    ownerOrganisationName: string;
    updatedAt: string;
    anonymiseFrom: string;
  }[]
> {
  const scope = authorize(actor, 'person.erase');
  const months = deps.config.retention.inactiveMonths;
  const horizon = retentionCutoff(new Date(now.getTime() + days * 86_400_000), months);
  const rows = await deps.db
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      ownerOrganisationName: organisations.name,
      updatedAt: people.updatedAt,
    })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.ownerOrganisationId))
    .where(and(inactiveBefore(horizon), organisationScope(people.ownerOrganisationId, actor, scope)))
    .orderBy(asc(people.updatedAt))
    .limit(5000);
  return rows.map((r) => {
    const due = new Date(r.updatedAt);
    due.setUTCMonth(due.getUTCMonth() + months);
    return { ...r, updatedAt: r.updatedAt.toISOString(), anonymiseFrom: due.toISOString() };
  });
}
