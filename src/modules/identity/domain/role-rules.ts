// Who may grant which role, and which roles fit which kind of organisation. Rules as data; pure functions.
import { type Role, roles } from '../../../platform/policy/table.ts';
import { type OrganisationKind, organisationKinds } from '../../network/contract.ts';

const allBut = <T extends string>(list: readonly T[], ...except: T[]) =>
  list.filter((x) => !except.includes(x));

/** Roles each role may give to others (through invitations or role changes). */
export const grantableRoles: Record<Role, readonly Role[]> = {
  platform_admin: allBut(roles, 'citizen'),
  network_coordinator: allBut(roles, 'citizen', 'platform_admin'),
  cpi_operator: ['cpi_operator'],
  social_worker: ['social_worker'],
  agency_operator: ['agency_operator'],
  association_operator: ['association_operator'],
  employer_user: ['employer_user'],
  citizen: [],
  analyst: [],
};

/** Kinds of organisation where a role makes sense. Citizens have no membership: they act for themselves. */
export const organisationKindsForRole: Record<Role, readonly OrganisationKind[]> = {
  platform_admin: organisationKinds,
  network_coordinator: allBut(organisationKinds, 'employer'),
  analyst: allBut(organisationKinds, 'employer'),
  cpi_operator: ['cpi'],
  social_worker: ['social_services', 'comune', 'circoscrizione', 'health_service', 'other_public_body'],
  agency_operator: ['training_agency', 'employment_agency', 'cooperative'],
  association_operator: ['association', 'cooperative', 'union', 'foundation', 'school'],
  employer_user: ['employer'],
  citizen: [],
};

export function mayGrant(granter: Role, role: Role): boolean {
  return grantableRoles[granter].includes(role);
}

export function roleFits(role: Role, kind: string): boolean {
  return (organisationKindsForRole[role] as readonly string[]).includes(kind);
}
