// Special-category records (GDPR art. 9: health, disability, addiction services): encrypted at rest, written and
// read only by roles whose purpose needs them, every read audited with its purpose. Others see only that a record
// exists (people.has_special_category).
import { and, eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import type { ReadPurpose, SpecialRecordInput } from './contract.ts';
import { people, personSpecialRecords } from './db.ts';

async function personInScope(
  tx: Tx,
  actor: Actor,
  action: 'person.special_category.read' | 'person.special_category.write',
  id: string,
) {
  // Outside the person's read scope the person does not exist for the caller (404); inside it, lacking the
  // special-category permission is a 403 raised by authorize() before this point.
  const readScope = authorize(actor, 'person.read');
  const scope = authorize(actor, action);
  const [p] = await tx.select().from(people).where(eq(people.id, id));
  if (
    !p ||
    p.anonymisedAt ||
    p.mergedIntoId ||
    !(await organisationInScope(tx, actor, readScope, p.ownerOrganisationId))
  )
    throw notFound();
  if (!(await organisationInScope(tx, actor, scope, p.ownerOrganisationId))) throw notFound();
  return p;
}

export async function putSpecialRecord(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: SpecialRecordInput,
) {
  await deps.db.transaction(async (tx) => {
    await personInScope(tx, actor, 'person.special_category.write', personId);
    const payload = deps.cipher.encrypt(JSON.stringify(input));
    const [existing] = await tx
      .select()
      .from(personSpecialRecords)
      .where(
        and(eq(personSpecialRecords.personId, personId), eq(personSpecialRecords.category, input.category)),
      );
    if (existing) {
      await tx
        .update(personSpecialRecords)
        .set({
          payload,
          recordedBy: actor.userId,
          recordedByOrganisationId: actor.organisationId,
          version: existing.version + 1,
          updatedAt: deps.now(),
        })
        .where(eq(personSpecialRecords.id, existing.id));
    } else {
      await tx.insert(personSpecialRecords).values({
        personId,
        category: input.category,
        payload,
        recordedBy: actor.userId,
        recordedByOrganisationId: actor.organisationId,
        createdAt: deps.now(),
        updatedAt: deps.now(),
      });
    }
    await tx.update(people).set({ hasSpecialCategory: true }).where(eq(people.id, personId));
    // The audit row names the category, never the content.
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.special_category.write',
      entityType: 'person',
      entityId: personId,
      purpose: 'social_support',
      details: { category: input.category },
    });
  });
}

export async function listSpecialRecords(deps: Deps, actor: Actor, personId: string, purpose: ReadPurpose) {
  return deps.db.transaction(async (tx) => {
    await personInScope(tx, actor, 'person.special_category.read', personId);
    const rows = await tx
      .select({ r: personSpecialRecords, organisationName: organisations.name })
      .from(personSpecialRecords)
      .leftJoin(organisations, eq(organisations.id, personSpecialRecords.recordedByOrganisationId))
      .where(eq(personSpecialRecords.personId, personId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.special_category.read',
      entityType: 'person',
      entityId: personId,
      purpose,
      details: { categories: rows.map((r) => r.r.category) },
    });
    return rows.map(({ r, organisationName }) => ({
      id: r.id,
      data: JSON.parse(deps.cipher.decrypt(r.payload)) as SpecialRecordInput,
      recordedByOrganisationName: organisationName,
      updatedAt: r.updatedAt.toISOString(),
    }));
  });
}
