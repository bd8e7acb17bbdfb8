// What a hire changes besides the entry, in the caller's transaction: the vacancy counts the hire and, when every
// position is covered, becomes 'filled' (off the public list); the person becomes 'employed', with the job added to
// their CV as a current experience. The person's change is written by the system on behalf of whoever recorded
// the hire (an employer user has no right to edit person records), like the citizens' self-service does: same
// audit action and details ('person.update', changed fields, version), so the record's history and the
// "changed meanwhile" messages of stale edits include it.
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import { employers } from '../employers/db.ts';
import { people, personExperiences } from '../people/db.ts';
import { refreshSearchText } from '../people/search-index.ts';
import { conceptLabels } from '../taxonomy/db.ts';
import { vacancies } from './db.ts';
import { openPositions } from './domain/lifecycle.ts';
import type { VacancyRow } from './shortlist-access.ts';

const systemActor = (actor: Actor) => ({ userId: null, organisationId: null, role: null, ip: actor.ip });
const onBehalfOf = (actor: Actor) => ({
  userId: actor.userId,
  role: actor.role,
  organisationId: actor.organisationId,
});

export async function applyHire(
  tx: Tx,
  actor: Actor,
  now: Date,
  p: { entryId: string; personId: string; vacancy: VacancyRow; contractType: string; startDate: string },
) {
  const v = p.vacancy;
  const hired = v.hired + 1;
  const filled = openPositions(v.positions, hired) === 0;
  await tx
    .update(vacancies)
    .set({
      hired,
      version: v.version + 1,
      updatedAt: now,
      ...(filled ? { state: 'filled', stateReason: 'filled', closedAt: now } : {}),
    })
    .where(eq(vacancies.id, v.id));
  await recordAudit(tx, systemActor(actor), {
    action: filled ? 'vacancy.filled' : 'vacancy.hire',
    entityType: 'vacancy',
    entityId: v.id,
    purpose: 'job_matching',
    details: { hired, positions: v.positions, shortlistEntryId: p.entryId, onBehalfOf: onBehalfOf(actor) },
  });

  const [person] = await tx.select().from(people).where(eq(people.id, p.personId)).for('update');
  if (!person || person.anonymisedAt || person.mergedIntoId) return { filled };
  const [employer] = await tx
    .select({ name: employers.name, taxCode: employers.taxCode })
    .from(employers)
    .where(eq(employers.id, v.employerId));
  const [label] = await tx
    .select({ label: conceptLabels.preferredLabel })
    .from(conceptLabels)
    .where(and(eq(conceptLabels.uri, v.occupationUri), eq(conceptLabels.lang, 'it')))
    .limit(1);
  const version = person.version + 1;
  const changed = ['employmentStatus', ...(person.unemployedSince ? ['unemployedSince'] : [])];
  await tx
    .update(people)
    .set({ employmentStatus: 'employed', unemployedSince: null, version, updatedAt: now })
    .where(eq(people.id, person.id));
  await tx.insert(personExperiences).values({
    personId: person.id,
    employerName: employer?.name ?? v.title,
    employerTaxCode: employer?.taxCode ?? null,
    occupationUri: v.occupationUri,
    occupationLabel: label?.label ?? null,
    startDate: p.startDate,
    contractType: p.contractType,
    description: v.title,
  });
  await refreshSearchText(tx, person.id);
  await recordAudit(tx, systemActor(actor), {
    action: 'person.update',
    entityType: 'person',
    entityId: person.id,
    purpose: 'job_matching',
    details: {
      changed: [...changed, 'cv.experiences'],
      version,
      hire: {
        shortlistEntryId: p.entryId,
        vacancyId: v.id,
        contractType: p.contractType,
        startDate: p.startDate,
      },
      onBehalfOf: onBehalfOf(actor),
    },
  });
  return { filled };
}
