// The identity module's API: sessions, login and two-factor, users, memberships, invitations, account.
import { z } from 'zod';
import { actions, roles, scopes } from '../../platform/policy/table.ts';

export const role = z.enum(roles);
const email = z
  .email()
  .max(200)
  .transform((v) => v.trim().toLowerCase());
export const password = z.string().min(12, 'weak_password').max(200);
const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$|^[a-z0-9]{4}-[a-z0-9]{4}$/i, 'invalid_format');

export const loginInput = z.strictObject({ email, password: z.string().min(1).max(200) });
export const totpInput = z.strictObject({ code: totpCode });
export const switchOrganisationInput = z.strictObject({ organisationId: z.uuid() });
export const localeInput = z.strictObject({ locale: z.enum(['it', 'en']) });

export const membershipView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: z.string(),
  role,
});

export const sessionView = z.object({
  stage: z.enum(['complete', 'mfa_pending', 'mfa_enrolment']),
  csrfToken: z.string(),
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    locale: z.enum(['it', 'en']),
    totpEnabled: z.boolean(),
  }),
  role,
  mfaRequired: z.boolean(),
  currentOrganisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable(),
  networks: z.array(z.object({ id: z.uuid(), name: z.string() })),
  memberships: z.array(membershipView),
  /** What the current role may do, with which scope: the web app shows only these. */
  abilities: z.partialRecord(z.enum(actions), z.enum(scopes)),
  /** Roles the current role may give to others (invitations, role changes). */
  grantableRoles: z.array(role),
  expiresAt: z.string(),
});
export type SessionView = z.infer<typeof sessionView>;

export const loginResult = z.object({ stage: sessionView.shape.stage });

export const userSummary = z.object({
  id: z.uuid(),
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  active: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  memberships: z.array(membershipView),
});
export type UserSummary = z.infer<typeof userSummary>;

export const userListQuery = z.strictObject({
  organisationId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const userList = z.object({ items: z.array(userSummary), total: z.number().int() });

export const invitationInput = z.strictObject({
  email,
  organisationId: z.uuid(),
  role,
  givenName: z.string().trim().min(1).max(100).optional(),
});
export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  role,
  invitedByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
});
export const invitationListQuery = z.strictObject({ organisationId: z.uuid().optional() });
export const invitationList = z.object({ items: z.array(invitationView) });

export const invitationPreview = z.object({
  email: z.string(),
  organisationName: z.string(),
  role,
  existingUser: z.boolean(),
});
export const acceptInvitationInput = z.strictObject({
  token: z.string().min(10).max(200),
  givenName: z.string().trim().min(1).max(100).optional(),
  familyName: z.string().trim().min(1).max(100).optional(),
  password,
});

export const membershipRoleInput = z.strictObject({ role });

export const passwordResetRequest = z.strictObject({ email });
export const passwordResetConfirm = z.strictObject({ token: z.string().min(10).max(200), password });
export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const totpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export const totpConfirmResult = z.object({ recoveryCodes: z.array(z.string()) });
export const totpDisableInput = z.strictObject({ password: z.string().min(1).max(200) });

export const ok = z.object({ ok: z.literal(true) });
