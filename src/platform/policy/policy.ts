// Asking the policy table. Services call `authorize(actor, action)` and get back the scope they must filter by;
// `ensureVisible` turns "exists but outside your scope" into 404 so that other organisations' resources do not
// reveal they exist.
import { AppError } from '../http/errors.ts';
import { type Action, policyTable, type Role, roles, type Scope } from './table.ts';

export type Actor = {
  userId: string;
  role: Role;
  /** Current organisation (null for citizens without a membership). */
  organisationId: string | null;
  /** Networks the current organisation belongs to. */
  networkIds: string[];
  ip: string | null;
};

export function scopeOf(role: Role, action: Action): Scope | null {
  return policyTable[action][role] ?? null;
}

export function can(actor: Pick<Actor, 'role'>, action: Action): boolean {
  return scopeOf(actor.role, action) !== null;
}

/** Throws 403 when the role may not do the action at all; returns the scope to apply otherwise. */
export function authorize(actor: Pick<Actor, 'role'>, action: Action): Scope {
  const scope = scopeOf(actor.role, action);
  if (!scope) throw new AppError('forbidden', { action });
  return scope;
}

/** The abilities of a role, sent to the web app so it shows only what the user may do. */
export function abilitiesOf(role: Role): Partial<Record<Action, Scope>> {
  const out: Partial<Record<Action, Scope>> = {};
  for (const [action, row] of Object.entries(policyTable) as [Action, Partial<Record<Role, Scope>>][]) {
    const scope = row[role];
    if (scope) out[action] = scope;
  }
  return out;
}

/** Roles that may read special-category data; with MFA_REQUIRED=special-category they must use two factors. */
export function rolesWithSpecialCategoryAccess(): Role[] {
  return roles.filter((r) => scopeOf(r, 'person.special_category.read') !== null);
}

export function mfaRequiredRoles(setting: string): Role[] {
  const value = setting.trim();
  if (value === 'special-category') return rolesWithSpecialCategoryAccess();
  if (value === 'all') return [...roles];
  if (value === 'none' || value === '') return [];
  const listed = value.split(',').map((s) => s.trim());
  const unknown = listed.filter((r) => !(roles as readonly string[]).includes(r));
  if (unknown.length) throw new Error(`MFA_REQUIRED names unknown roles: ${unknown.join(', ')}`);
  return listed as Role[];
}
