// What a recipient does without an account: confirm an opt-in (the link of the opt-in e-mail, single-use, it
// records the consent with its date and source) and unsubscribe with the personal link of any issue — from the
// public page or in one click from the mail client (RFC 8058). Tokens are looked up by their sha256 only.
import { and, eq, gt } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import { sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { UnsubscribeResult } from './contract.ts';
import { newsletterDeliveries, newsletterLists, newsletterSubscribers } from './db.ts';

const anonymous = (ip: string | null) => ({ userId: null, organisationId: null, role: null, ip });

/** "m***@example.org": enough for the recipient to recognise the address, not for a stranger holding the link. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

export async function confirmSubscription(deps: Deps, token: string, ip: string | null) {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ s: newsletterSubscribers, listName: newsletterLists.name })
      .from(newsletterSubscribers)
      .innerJoin(newsletterLists, eq(newsletterLists.id, newsletterSubscribers.listId))
      .where(
        and(
          eq(newsletterSubscribers.confirmTokenHash, sha256(token)),
          eq(newsletterSubscribers.status, 'pending'),
          gt(newsletterSubscribers.confirmExpiresAt, deps.now()),
        ),
      )
      .for('update');
    if (!row) throw new AppError('invalid_token');
    await tx
      .update(newsletterSubscribers)
      .set({
        status: 'confirmed',
        consentAt: deps.now(),
        consentSource: 'double_opt_in',
        confirmTokenHash: null,
        confirmExpiresAt: null,
        unsubscribedAt: null,
        unsubscribeSource: null,
      })
      .where(eq(newsletterSubscribers.id, row.s.id));
    await recordAudit(tx, anonymous(ip), {
      action: 'newsletter.confirm',
      entityType: 'newsletter_subscriber',
      entityId: row.s.id,
      purpose: 'employer_relations',
      details: { listId: row.s.listId, source: 'double_opt_in' },
    });
    return { listName: row.listName, email: maskEmail(row.s.email) };
  });
}

async function subscriberOfToken(tx: Tx, token: string) {
  const [row] = await tx
    .select({ s: newsletterSubscribers, listName: newsletterLists.name })
    .from(newsletterDeliveries)
    .innerJoin(newsletterSubscribers, eq(newsletterSubscribers.id, newsletterDeliveries.subscriberId))
    .innerJoin(newsletterLists, eq(newsletterLists.id, newsletterSubscribers.listId))
    .where(eq(newsletterDeliveries.unsubscribeTokenHash, sha256(token)));
  if (!row) throw new AppError('invalid_token');
  return row;
}

/** What the unsubscribe page shows before the click: the list and the (masked) address. No change. */
export async function unsubscribeInfo(deps: Deps, token: string) {
  const row = await subscriberOfToken(deps.db, token);
  return {
    listName: row.listName,
    email: maskEmail(row.s.email),
    status: row.s.status as 'pending' | 'confirmed' | 'unsubscribed',
  };
}

/** Unsubscribes the address the link was sent to; a second use answers that it is already done. */
export async function unsubscribe(
  deps: Deps,
  token: string,
  source: 'page' | 'one_click',
  ip: string | null,
): Promise<UnsubscribeResult> {
  return deps.db.transaction(async (tx) => {
    const row = await subscriberOfToken(tx, token);
    if (row.s.status === 'unsubscribed') return { listName: row.listName, outcome: 'already_unsubscribed' };
    await tx
      .update(newsletterSubscribers)
      .set({
        status: 'unsubscribed',
        unsubscribedAt: deps.now(),
        unsubscribeSource: source,
        confirmTokenHash: null,
      })
      .where(eq(newsletterSubscribers.id, row.s.id));
    await recordAudit(tx, anonymous(ip), {
      action: 'newsletter.unsubscribe',
      entityType: 'newsletter_subscriber',
      entityId: row.s.id,
      purpose: 'employer_relations',
      details: { listId: row.s.listId, source },
    });
    return { listName: row.listName, outcome: 'unsubscribed' };
  });
}
