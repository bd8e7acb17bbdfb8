// Citizen sign-up: a public form that never says whether an e-mail is registered (always the same 202), then an
// e-mailed single-use link that creates the account (role citizen: no membership) and creates or links the person
// record. Until the link is opened nothing but the pending sign-up exists.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword, isAcceptablePassword } from '../../platform/auth/passwords.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, validationError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { users } from '../identity/db.ts';
import { people } from '../people/db.ts';
import { checkPerson, type PersonFields } from '../people/records.ts';
import { refreshSearchText } from '../people/search-index.ts';
import { heldByPendingImport } from '../people/visibility.ts';
import type { SignUpInput, VerifyResult } from './contract.ts';
import { citizenSignUps, selfServiceInvitations } from './db.ts';
import { linkDecision } from './domain/self-service.ts';
import { alreadyRegisteredEmail, verifyEmail } from './emails.ts';
import { openInvitationByHash } from './link.ts';
import { ownerForResidence } from './owner.ts';

export const VERIFY_HOURS = 24;

type Details = Omit<SignUpInput, 'email' | 'password' | 'invitationToken'>;
/** What a pending sign-up stores: the declared data, the interface language, the invitation token's hash only. */
type Stored = Details & { locale?: Locale; invitationTokenHash?: string | null };

/** The person record a sign-up would create: what was declared, the rest empty for the citizen to fill. */
function personFieldsOf(d: Details, email: string): PersonFields {
  return {
    taxCode: d.taxCode,
    givenName: d.givenName,
    familyName: d.familyName,
    sex: d.sex,
    birthDate: d.birthDate,
    birthComuneCode: d.birthComuneCode ?? null,
    birthCountry: d.birthCountry,
    citizenship: d.citizenship,
    residenceComuneCode: d.residenceComuneCode,
    residenceSubdivisionId: null,
    address: null,
    postcode: null,
    email,
    phone: null,
    employmentStatus: d.employmentStatus,
    didDate: null,
    unemployedSince: null,
    incomeSupport: [],
    declaredGroups: [],
    availableFrom: null,
    maxCommuteKm: null,
    ownVehicle: false,
    contractTypes: [],
    workingTimes: [],
    shifts: [],
  };
}

/** Field problems of a sign-up: the same codice fiscale and comune checks as an operator's record. */
async function signUpProblems(tx: Tx, deps: Deps, input: SignUpInput) {
  const { email, password, invitationToken: _t, ...details } = input;
  const problems = await checkPerson(tx, personFieldsOf(details, email), deps.now());
  if (!isAcceptablePassword(password, email)) problems.push({ field: 'password', code: 'weak_password' });
  if (
    !problems.some((p) => p.field === 'residenceComuneCode') &&
    !(await ownerForResidence(tx, details.residenceComuneCode))
  )
    problems.push({ field: 'residenceComuneCode', code: 'no_service_for_comune' });
  return problems;
}

export async function signUp(
  deps: Deps,
  input: SignUpInput,
  locale: Locale,
  ip: string | null,
): Promise<void> {
  // Hashed before anything else, whatever happens next: the time taken does not tell a registered address.
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    const problems = await signUpProblems(tx, deps, input);
    if (problems.length) throw validationError(problems);
    const { email, password: _p, invitationToken, ...details } = input;
    const [existing] = await tx
      .select({ id: users.id, locale: users.locale })
      .from(users)
      .where(eq(users.email, email));
    const smtp = Boolean(deps.config.mail.smtpUrl);
    const anonymous = { userId: null, organisationId: null, role: null, ip };
    if (existing) {
      const mail = alreadyRegisteredEmail((existing.locale as Locale) ?? locale, {
        loginLink: `${deps.config.publicUrl}/login`,
        resetLink: `${deps.config.publicUrl}/forgot-password`,
      });
      await enqueueMail(tx, { to: email, ...mail, kind: 'citizen_already_registered' }, smtp);
      await recordAudit(tx, anonymous, {
        action: 'citizen.sign_up',
        entityType: 'user',
        entityId: existing.id,
        purpose: 'account_security',
        details: { existingAccount: true, noticeVersion: details.noticeVersion },
      });
      return;
    }
    const token = newToken();
    const [row] = await tx
      .insert(citizenSignUps)
      .values({
        email,
        tokenHash: sha256(token),
        passwordHash,
        details: {
          ...details,
          locale,
          invitationTokenHash: invitationToken ? sha256(invitationToken) : null,
        } satisfies Stored,
        createdAt: deps.now(),
        expiresAt: new Date(deps.now().getTime() + VERIFY_HOURS * 3600_000),
      })
      .returning({ id: citizenSignUps.id });
    const mail = verifyEmail(locale, {
      givenName: details.givenName,
      link: `${deps.config.publicUrl}/verifica-email/${token}`,
      hours: VERIFY_HOURS,
    });
    await enqueueMail(tx, { to: email, ...mail, kind: 'citizen_verify_email' }, smtp);
    // The codice fiscale is not written in the log: the pending sign-up is not yet anyone's verified identity.
    await recordAudit(tx, anonymous, {
      action: 'citizen.sign_up',
      entityType: 'citizen_sign_up',
      entityId: row!.id,
      purpose: 'account_security',
      details: {
        existingAccount: false,
        noticeVersion: details.noticeVersion,
        viaInvitation: Boolean(invitationToken),
      },
    });
  });
}

export async function verifySignUp(deps: Deps, token: string, ip: string | null): Promise<VerifyResult> {
  return deps.db.transaction(async (tx) => {
    const [pending] = await tx
      .select()
      .from(citizenSignUps)
      .where(
        and(
          eq(citizenSignUps.tokenHash, sha256(token)),
          isNull(citizenSignUps.usedAt),
          gt(citizenSignUps.expiresAt, deps.now()),
        ),
      )
      .for('update');
    if (!pending) throw new AppError('invalid_token');
    const details = pending.details as Stored;
    // Another sign-up of the same address was verified first: this link is of no use any more.
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, pending.email));
    if (taken) throw new AppError('invalid_token');
    await tx.update(citizenSignUps).set({ usedAt: deps.now() }).where(eq(citizenSignUps.id, pending.id));
    const [user] = await tx
      .insert(users)
      .values({
        email: pending.email,
        givenName: details.givenName,
        familyName: details.familyName,
        passwordHash: pending.passwordHash,
        locale: details.locale ?? 'it',
      })
      .returning({ id: users.id });
    const actor = { userId: user!.id, organisationId: null, role: 'citizen', ip };
    await recordAudit(tx, actor, {
      action: 'citizen.verify',
      entityType: 'user',
      entityId: user!.id,
      purpose: 'account_security',
      details: { noticeVersion: details.noticeVersion },
    });

    const invitation = details.invitationTokenHash
      ? await openInvitationByHash(tx, deps, details.invitationTokenHash)
      : null;
    // A codice fiscale held by a hidden person of a spreadsheet import still being committed (people/visibility.ts):
    // neither linked nor created until the import ends (the unique index would refuse a second record anyway).
    if (await heldByPendingImport(tx, details.taxCode))
      throw new AppError('conflict', { reason: 'person_being_imported' });
    const load = async (where: ReturnType<typeof eq>) =>
      (
        await tx
          .select({ id: people.id, email: people.email, userId: people.userId, taxCode: people.taxCode })
          .from(people)
          .where(and(where, isNull(people.anonymisedAt)))
          .for('update')
      )[0] ?? null;
    const decision = linkDecision({
      verifiedEmail: pending.email,
      taxCode: details.taxCode,
      byTaxCode: await load(eq(people.taxCode, details.taxCode)),
      invited: invitation ? await load(eq(people.id, invitation.personId)) : null,
    });

    if (decision.outcome === 'create') {
      const owner = await ownerForResidence(tx, details.residenceComuneCode);
      const problems = await checkPerson(tx, personFieldsOf(details, pending.email), deps.now());
      // Checked at sign-up; a network could have dropped the comune since: the account stays, unlinked.
      if (!owner || problems.length) return { outcome: 'not_linked', email: pending.email };
      const [created] = await tx
        .insert(people)
        .values({
          ...personFieldsOf(details, pending.email),
          userId: user!.id,
          ownerOrganisationId: owner.organisationId,
          createdBy: user!.id,
          createdAt: deps.now(),
          updatedAt: deps.now(),
        })
        .returning({ id: people.id });
      await refreshSearchText(tx, created!.id);
      await recordAudit(tx, actor, {
        action: 'person.create',
        entityType: 'person',
        entityId: created!.id,
        purpose: 'data_subject_request',
        details: { selfService: true, ownerOrganisationId: owner.organisationId },
      });
      return { outcome: 'created', email: pending.email };
    }
    if (decision.outcome === 'link') {
      await tx
        .update(people)
        .set({ userId: user!.id, updatedAt: deps.now() })
        .where(eq(people.id, decision.personId));
      if (invitation)
        await tx
          .update(selfServiceInvitations)
          .set({ acceptedAt: deps.now(), acceptedBy: user!.id })
          .where(eq(selfServiceInvitations.id, invitation.id));
      await recordAudit(tx, actor, {
        action: 'person.self_service_link',
        entityType: 'person',
        entityId: decision.personId,
        purpose: 'data_subject_request',
        details: { via: decision.via },
      });
      return { outcome: 'linked', email: pending.email };
    }
    // Operators see the refused attempt on the record and can send a link invitation to its e-mail.
    await recordAudit(tx, actor, {
      action: 'person.self_service_link_refused',
      entityType: 'person',
      entityId: decision.personId,
      purpose: 'data_subject_request',
      details: { reason: decision.reason },
    });
    return { outcome: 'not_linked', email: pending.email };
  });
}
