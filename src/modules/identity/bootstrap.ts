// The first administrator of a real installation (DEMO_SEED=false): an administration organisation and a
// platform-administrator invitation whose link is printed by `npm run admin:invite`. Audited like any invitation.
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Deps } from '../../platform/deps.ts';
import { validationError } from '../../platform/http/errors.ts';
import { comuni, organisations } from '../network/db.ts';
import { isValidOrganisationTaxCode, normaliseTaxCode } from '../network/domain/tax-codes.ts';
import { invitations } from './db.ts';

export async function inviteAdministrator(
  deps: Deps,
  input: { email: string; organisationName: string; taxCode: string; comuneCode: string },
): Promise<{ link: string; organisationId: string }> {
  const email = input.email.trim().toLowerCase();
  const taxCode = normaliseTaxCode(input.taxCode);
  const fields = [];
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    fields.push({ field: 'email', code: 'invalid_format', params: { format: 'email' } });
  if (!isValidOrganisationTaxCode(taxCode)) fields.push({ field: 'taxCode', code: 'invalid_tax_code' });
  const [comune] = await deps.db.select().from(comuni).where(eq(comuni.code, input.comuneCode));
  if (!comune) fields.push({ field: 'comuneCode', code: 'unknown_comune' });
  if (fields.length) throw validationError(fields);
  return deps.db.transaction(async (tx) => {
    let [org] = await tx.select().from(organisations).where(eq(organisations.name, input.organisationName));
    if (!org) {
      [org] = await tx
        .insert(organisations)
        .values({
          name: input.organisationName,
          kind: 'other_public_body',
          taxCode,
          comuneCode: input.comuneCode,
        })
        .returning();
    }
    const token = newToken();
    const [invitation] = await tx
      .insert(invitations)
      .values({
        email,
        organisationId: org!.id,
        role: 'platform_admin',
        tokenHash: sha256(token),
        createdAt: deps.now(),
        expiresAt: new Date(deps.now().getTime() + 7 * 86_400_000),
      })
      .returning();
    await recordAudit(
      tx,
      { userId: null, organisationId: null, role: null, ip: null },
      {
        action: 'invitation.create',
        entityType: 'invitation',
        entityId: invitation!.id,
        purpose: 'platform_administration',
        details: { email, organisationId: org!.id, role: 'platform_admin', via: 'command line' },
      },
    );
    return { link: `${deps.config.publicUrl}/invitation/${token}`, organisationId: org!.id };
  });
}
