// Unanswered newsletter opt-ins (src/modules/newsletters/opt-in-expiry.ts): past their link's expiry an address that
// never consented is deleted, one that had subscribed before goes back to 'unsubscribed' with its history, and
// confirmed or still valid requests are left alone; one audit row records the run.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsletterSubscribers } from '../../src/modules/newsletters/db.ts';
import { expireOptIns } from '../../src/modules/newsletters/opt-in-expiry.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR } from '../helpers/demo-users.ts';

const DAY = 86_400_000;
const [NEVER, AGAIN, CONFIRMED, RECENT] = [
  'mai.risposto@example.org',
  'di.nuovo@example.org',
  'confermata@example.org',
  'recente@example.org',
];

describe.skipIf(skipDatabase)('newsletter opt-ins left unanswered', () => {
  let t: TestApp;
  let coord: Client;
  let listId = '';

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.sessionFor(COORDINATOR);
    listId = (
      await coord.request({ method: 'POST', url: '/api/newsletters/lists', payload: { name: 'Scadenze' } })
    ).json().id;
    const added = await coord.request({
      method: 'POST',
      url: `/api/newsletters/lists/${listId}/subscribers`,
      payload: { emails: [NEVER, AGAIN, CONFIRMED, RECENT] },
    });
    expect(added.json()).toMatchObject({ requested: 4 });
    const set = (email: string, values: Partial<typeof newsletterSubscribers.$inferInsert>) =>
      t.deps.db
        .update(newsletterSubscribers)
        .set(values)
        .where(and(eq(newsletterSubscribers.listId, listId), eq(newsletterSubscribers.email, email)));
    // AGAIN had subscribed and left before this new request; CONFIRMED answered; RECENT was asked later.
    await set(AGAIN, { consentAt: new Date(Date.now() - 90 * DAY), consentSource: 'double_opt_in' });
    await set(CONFIRMED, { status: 'confirmed', consentAt: new Date(), confirmExpiresAt: null });
    await set(RECENT, { confirmExpiresAt: new Date(Date.now() + 30 * DAY) });
  });
  afterAll(() => t?.close());

  it('deletes the addresses that never consented, reverts the others, keeps the rest; audited', async () => {
    const before = await expireOptIns(t.deps, new Date(Date.now() + DAY));
    expect(before).toMatchObject({ deleted: 0, reverted: 0 });
    const r = await expireOptIns(t.deps, new Date(Date.now() + 15 * DAY));
    expect(r.reverted).toBe(1);
    expect(r.deleted).toBeGreaterThanOrEqual(1);
    const rows = await t.deps.db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.listId, listId));
    const by = new Map(rows.map((s) => [s.email, s]));
    expect(by.has(NEVER)).toBe(false);
    expect(by.get(AGAIN)).toMatchObject({ status: 'unsubscribed', confirmTokenHash: null });
    expect(by.get(AGAIN)!.consentAt).not.toBeNull();
    expect(by.get(CONFIRMED)!.status).toBe('confirmed');
    expect(by.get(RECENT)!.status).toBe('pending');
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.action, ['newsletter.opt_in_expire']));
    expect(audit).toMatchObject({ actorUserId: null, purpose: 'retention' });
    expect((audit!.details as { lists: string[] }).lists).toContain(listId);
  });
});
