// Likely duplicates of an existing record, for those who may merge: people of the caller's merge scope born the
// same day with the same or a similar name (domain/duplicates.ts). Their codice fiscale differs by construction
// (it is unique): typically one of the two is wrong (a typo, or an omocodia code recorded without knowing it).
import { and, eq, isNull, ne } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { comuni, organisations } from '../network/db.ts';
import { organisationInScope, organisationScope } from '../network/service.ts';
import { people } from './db.ts';
import { duplicateReason } from './domain/duplicates.ts';
import { visiblePerson } from './visibility.ts';

export async function listPersonDuplicates(deps: Deps, actor: Actor, id: string) {
  const scope = authorize(actor, 'person.merge');
  return deps.db.transaction(async (tx) => {
    const [p] = await tx.select().from(people).where(eq(people.id, id));
    if (
      !p ||
      p.anonymisedAt ||
      p.mergedIntoId ||
      !(await organisationInScope(tx, actor, scope, p.ownerOrganisationId))
    )
      throw notFound();
    const born = await tx
      .select({
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        birthDate: people.birthDate,
        taxCode: people.taxCode,
        version: people.version,
        residenceComuneName: comuni.name,
        ownerOrganisationName: organisations.name,
      })
      .from(people)
      .innerJoin(comuni, eq(comuni.code, people.residenceComuneCode))
      .innerJoin(organisations, eq(organisations.id, people.ownerOrganisationId))
      .where(
        and(
          eq(people.birthDate, p.birthDate),
          ne(people.id, id),
          isNull(people.anonymisedAt),
          isNull(people.mergedIntoId),
          visiblePerson(),
          organisationScope(people.ownerOrganisationId, actor, scope),
        ),
      )
      .limit(500);
    const items = born.flatMap((c) => {
      const reason = duplicateReason(p, c);
      return reason ? [{ ...c, reason }] : [];
    });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.duplicates',
      entityType: 'person',
      entityId: id,
      purpose: 'administration',
      details: { candidates: items.map((c) => c.id) },
    });
    return { items };
  });
}
