// Pure rules of citizen self-service: when a verified sign-up may take over an existing person record, which
// organisation keeps a self-registered record, and what of an access-request export a citizen receives.

/** E-mail addresses compare case-insensitively and without surrounding spaces (the local part is not folded). */
export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export type ExistingPerson = { id: string; email: string | null; userId: string | null; taxCode: string };

export type LinkDecision =
  | { outcome: 'create' }
  | { outcome: 'link'; personId: string; via: 'email_match' | 'invitation' }
  | {
      outcome: 'not_linked';
      personId: string;
      reason: 'email_mismatch' | 'already_linked' | 'tax_code_mismatch';
    };

/**
 * What a verified sign-up does with the person record of its codice fiscale. A record is taken over only when its
 * owner proved control of the e-mail the operators recorded: either the verified address IS that e-mail, or the
 * citizen holds an invitation token that was sent to it (then the codice fiscale typed at sign-up must be the
 * record's). Otherwise someone who merely knows a codice fiscale (printed on every health card) could read a
 * stranger's record: the account is created unlinked and the citizen is told to ask their employment centre.
 */
export function linkDecision(input: {
  verifiedEmail: string;
  taxCode: string;
  byTaxCode: ExistingPerson | null;
  invited: ExistingPerson | null;
}): LinkDecision {
  const { invited, byTaxCode } = input;
  if (invited) {
    if (invited.userId) return { outcome: 'not_linked', personId: invited.id, reason: 'already_linked' };
    if (invited.taxCode !== input.taxCode)
      return { outcome: 'not_linked', personId: invited.id, reason: 'tax_code_mismatch' };
    return { outcome: 'link', personId: invited.id, via: 'invitation' };
  }
  if (!byTaxCode) return { outcome: 'create' };
  if (byTaxCode.userId) return { outcome: 'not_linked', personId: byTaxCode.id, reason: 'already_linked' };
  if (!sameEmail(byTaxCode.email, input.verifiedEmail))
    return { outcome: 'not_linked', personId: byTaxCode.id, reason: 'email_mismatch' };
  return { outcome: 'link', personId: byTaxCode.id, via: 'email_match' };
}

export type OwnerCandidate = {
  organisationId: string;
  organisationName: string;
  kind: string;
  tier: 'coordination' | 'wider' | string;
};

/**
 * The organisation that keeps a record created by self-registration: a centro per l'impiego (CPI) of a network
 * that covers the comune of residence — the public employment service is the controller the law gives job seekers
 * (D.Lgs. 150/2015), and it is the office the citizen is sent to for everything self-service cannot do. Among
 * several CPIs, those in a coordination group come first, then by name, so the choice is stable. Null when no
 * network covers the comune with a CPI: the platform has nobody to look after the record, and sign-up refuses it.
 */
export function pickOwnerOrganisation(candidates: readonly OwnerCandidate[]): OwnerCandidate | null {
  const cpis = candidates.filter((c) => c.kind === 'cpi');
  if (cpis.length === 0) return null;
  const rank = (c: OwnerCandidate) => (c.tier === 'coordination' ? 0 : 1);
  return (
    [...cpis].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.organisationName.localeCompare(b.organisationName, 'it') ||
        a.organisationId.localeCompare(b.organisationId),
    )[0] ?? null
  );
}

/** Operators' working data a citizen's own export leaves out (see forTheCitizen). */
export const WITHHELD_FOR_CITIZEN_NOTE = 'held by the services, not shown online: ask your employment centre';

type ExportLike = {
  person: { declaredGroups: string[]; targetGroups: { declared: string[] } } & Record<string, unknown>;
  specialCategory: readonly unknown[];
};

/**
 * The access-request export as the citizen downloads it: special-category records (art. 9) and the groups operators
 * declared (e.g. addiction services, former detainee) are operators' working data, sensitive if someone else reads
 * the citizen's screen or mailbox: they are replaced by one note saying they exist and whom to ask. The `can`
 * flags (what an operator may do) are dropped; everything else (record, CV, consents, who accessed the record) is
 * the citizen's own and stays.
 */
export function forTheCitizen<T extends ExportLike>(data: T) {
  const { can: _can, hasSpecialCategory: _h, ...person } = data.person;
  const withheld = data.specialCategory.length > 0 || data.person.declaredGroups.length > 0;
  return {
    ...data,
    person: {
      ...person,
      declaredGroups: [] as string[],
      targetGroups: { ...data.person.targetGroups, declared: [] as string[] },
    },
    specialCategory: [] as never[],
    withheld: withheld ? WITHHELD_FOR_CITIZEN_NOTE : null,
  };
}
