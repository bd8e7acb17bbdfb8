// Which organisation keeps a record created by self-registration (the rule is domain/self-service.ts
// pickOwnerOrganisation): the CPIs of the networks that cover the comune of residence.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { networkComuni, networkMembers, organisations } from '../network/db.ts';
import { pickOwnerOrganisation } from './domain/self-service.ts';

export async function ownerForResidence(tx: Tx, comuneCode: string) {
  const candidates = await tx
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      kind: organisations.kind,
      tier: networkMembers.tier,
    })
    .from(networkComuni)
    .innerJoin(networkMembers, eq(networkMembers.networkId, networkComuni.networkId))
    .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
    .where(and(eq(networkComuni.comuneCode, comuneCode), eq(organisations.kind, 'cpi')));
  return pickOwnerOrganisation(candidates);
}
