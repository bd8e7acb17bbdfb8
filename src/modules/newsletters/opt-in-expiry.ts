// Opt-in requests nobody answered: once their link has expired (OPT_IN_DAYS) the address was never given with
// consent, so it is not kept (storage limitation). An address that had subscribed before, unsubscribed and was
// asked again goes back to 'unsubscribed': its row holds the history of what it received and when it left.
// Run daily by src/jobs.ts; one audit row per run, as a system action.
import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { newsletterSubscribers } from './db.ts';

export async function expireOptIns(deps: Pick<Deps, 'db'>, now: Date) {
  return deps.db.transaction(async (tx) => {
    const expired = and(
      eq(newsletterSubscribers.status, 'pending'),
      lt(newsletterSubscribers.confirmExpiresAt, now),
    );
    const deleted = await tx
      .delete(newsletterSubscribers)
      .where(and(expired, isNull(newsletterSubscribers.consentAt)))
      .returning({ id: newsletterSubscribers.id, listId: newsletterSubscribers.listId });
    const reverted = await tx
      .update(newsletterSubscribers)
      .set({ status: 'unsubscribed', confirmTokenHash: null, confirmExpiresAt: null })
      .where(and(expired, isNotNull(newsletterSubscribers.consentAt)))
      .returning({ id: newsletterSubscribers.id });
    if (deleted.length || reverted.length)
      await recordAudit(
        tx,
        { userId: null, organisationId: null, role: null, ip: null },
        {
          action: 'newsletter.opt_in_expire',
          entityType: 'newsletter_subscriber',
          entityId: null,
          purpose: 'retention',
          details: {
            deleted: deleted.length,
            reverted: reverted.length,
            lists: [...new Set(deleted.map((d) => d.listId))],
          },
        },
      );
    return { deleted: deleted.length, reverted: reverted.length };
  });
}
