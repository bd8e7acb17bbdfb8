// A person row → the API view: names of comuni and owner, target groups computed on read, and what the caller
// may do with the record.
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db/client.ts';
import { type Actor, scopeOf } from '../../platform/policy/policy.ts';
import { comuni, organisations } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import type { PersonView } from './contract.ts';
import { people } from './db.ts';
import { targetGroupsOf } from './domain/target-groups.ts';
import { mergedIdsOf } from './merge-lookup.ts';
import { visiblePerson } from './visibility.ts';

const birthComune = alias(comuni, 'birth_comune');

export type PersonRow = typeof people.$inferSelect;

export async function loadPersonRow(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      p: people,
      residenceComuneName: comuni.name,
      birthComuneName: birthComune.name,
      ownerName: organisations.name,
    })
    .from(people)
    .innerJoin(comuni, eq(comuni.code, people.residenceComuneCode))
    .leftJoin(birthComune, eq(birthComune.code, people.birthComuneCode))
    .innerJoin(organisations, eq(organisations.id, people.ownerOrganisationId))
    // A person of an import still being committed does not exist yet for anyone (visibility.ts).
    .where(and(eq(people.id, id), visiblePerson()));
  return row ?? null;
}

async function allowed(
  tx: Tx,
  actor: Actor,
  action: Parameters<typeof scopeOf>[1],
  ownerOrganisationId: string,
) {
  const scope = scopeOf(actor.role, action);
  return scope !== null && (await organisationInScope(tx, actor, scope, ownerOrganisationId));
}

export async function toView(
  tx: Tx,
  actor: Actor,
  row: NonNullable<Awaited<ReturnType<typeof loadPersonRow>>>,
  now: Date,
): Promise<PersonView> {
  const p = row.p;
  return {
    id: p.id,
    taxCode: p.taxCode,
    givenName: p.givenName,
    familyName: p.familyName,
    sex: p.sex as 'M' | 'F',
    birthDate: p.birthDate,
    birthComuneCode: p.birthComuneCode,
    birthComuneName: row.birthComuneName,
    birthCountry: p.birthCountry,
    citizenship: p.citizenship,
    residenceComuneCode: p.residenceComuneCode,
    residenceComuneName: row.residenceComuneName,
    residenceSubdivisionId: p.residenceSubdivisionId,
    address: p.address,
    postcode: p.postcode,
    email: p.email,
    phone: p.phone,
    employmentStatus: p.employmentStatus as PersonView['employmentStatus'],
    didDate: p.didDate,
    unemployedSince: p.unemployedSince,
    incomeSupport: p.incomeSupport,
    declaredGroups: p.declaredGroups,
    availableFrom: p.availableFrom,
    maxCommuteKm: p.maxCommuteKm,
    ownVehicle: p.ownVehicle,
    contractTypes: p.contractTypes,
    workingTimes: p.workingTimes,
    shifts: p.shifts,
    targetGroups: targetGroupsOf(
      {
        birthDate: p.birthDate,
        employmentStatus: p.employmentStatus,
        unemployedSince: p.unemployedSince ?? p.didDate,
        incomeSupport: p.incomeSupport,
        declared: p.declaredGroups,
        // Only the existence of a disability record, and only for who may read the record.
        disability: false,
      },
      now,
    ),
    hasSpecialCategory: p.hasSpecialCategory,
    // Self-registered: the record was created by the citizen's own verified sign-up (created_by is their account).
    selfService: { linked: p.userId !== null, selfRegistered: p.userId !== null && p.createdBy === p.userId },
    ownerOrganisationId: p.ownerOrganisationId,
    ownerOrganisationName: row.ownerName,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    mergedFrom: await mergedIdsOf(tx, p.id),
    can: {
      update: await allowed(tx, actor, 'person.update', p.ownerOrganisationId),
      readSpecialCategory: await allowed(tx, actor, 'person.special_category.read', p.ownerOrganisationId),
      writeSpecialCategory: await allowed(tx, actor, 'person.special_category.write', p.ownerOrganisationId),
    },
  };
}
