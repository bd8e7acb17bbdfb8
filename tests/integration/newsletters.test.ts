// Newsletters over HTTP with a real SMTP conversation: double opt-in (nothing is sent to an address before it
// confirms), one message per confirmed subscriber through the outbox with its personal unsubscribe link and the
// RFC 8058 headers (checked in what the SMTP server received), one-click unsubscribe that works once and stops
// further issues, and delivery status read from the outbox.
import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerContacts, employers } from '../../src/modules/employers/db.ts';
import { memberships, users } from '../../src/modules/identity/db.ts';
import { newsletterSubscribers } from '../../src/modules/newsletters/db.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { mailOutbox } from '../../src/platform/mail/db.ts';
import { startMailWorker } from '../../src/platform/mail/outbox.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { latestMailTo, linkToken, startSmtpCatcher } from '../helpers/mail.ts';

const quiet = { warn: () => {}, info: () => {} };
const ANNA = 'anna.rista@trattoria-collina.example';
const BRUNO = 'bruno.pending@officine-santena.example';
const CONTACT = 'ufficio.personale@logistica-moncalieri.example';

describe.skipIf(skipDatabase)('newsletters: opt-in, sending, one-click unsubscribe, delivery status', () => {
  let t: TestApp;
  let coord: Client;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let port: number;
  let listId: string;
  let contactId: string;
  let cpiUserId: string;
  let received: { to: string; data: string }[] = [];

  const deliver = async () => {
    const worker = startMailWorker({
      db: t.deps.db,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'ReteLavoro <noreply@x.example>',
      intervalMs: 60_000,
      log: quiet,
    });
    while ((await worker.runOnce()) > 0) {}
    await worker.stop();
  };
  const send = (subject: string) =>
    coord.request({
      method: 'POST',
      url: `/api/newsletters/lists/${listId}/issues`,
      payload: { subject, text: 'Il bando tirocini 2027 è aperto: scadenza 31 gennaio.' },
    });
  const issueMailsTo = (to: string) =>
    t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.kind, 'newsletter_issue')));

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    port = smtp.port;
    received = smtp.received;
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    coord = await t.sessionFor(COORDINATOR);
    const [me] = await t.deps.db
      .select({ org: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, COORDINATOR));
    const [employer] = await t.deps.db
      .insert(employers)
      .values({ taxCode: '09876543210', name: 'Logistica Moncalieri S.r.l.', ownerOrganisationId: me!.org })
      .returning();
    const [contact] = await t.deps.db
      .insert(employerContacts)
      .values({ employerId: employer!.id, name: 'Giulia Ferri', role: 'HR', email: CONTACT })
      .returning();
    contactId = contact!.id;
    const [cpi] = await t.deps.db.select().from(users).where(eq(users.email, CPI_OPERATOR));
    cpiUserId = cpi!.id;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('creates a list and asks every address for its consent; nobody is subscribed yet', async () => {
    const created = await coord.request({
      method: 'POST',
      url: '/api/newsletters/lists',
      payload: { name: 'Aziende del Patto', description: 'Bandi e opportunità per le aziende' },
    });
    expect(created.statusCode, created.body).toBe(201);
    listId = created.json().id;
    const added = await coord.request({
      method: 'POST',
      url: `/api/newsletters/lists/${listId}/subscribers`,
      payload: {
        emails: [ANNA, BRUNO, ANNA.toUpperCase()],
        employerContactIds: [contactId],
        userIds: [cpiUserId],
      },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toEqual({ requested: 4, alreadyConfirmed: 0 });
    const optIn = await latestMailTo(t, ANNA);
    expect(optIn.kind).toBe('newsletter_opt_in');
    expect(optIn.bodyText).toContain('Aziende del Patto');
    const detail = (await coord.request({ method: 'GET', url: `/api/newsletters/lists/${listId}` })).json();
    expect(detail.subscribers).toEqual({ pending: 4, confirmed: 0, unsubscribed: 0 });
    // Opt-in required: with no confirmed subscriber there is nothing to send, and the answer says why.
    const none = await send('Prima uscita');
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ field: 'listId', code: 'no_confirmed_subscribers' });
  });

  it('refuses unknown recipients and contacts outside the network with the field named', async () => {
    const res = await coord.request({
      method: 'POST',
      url: `/api/newsletters/lists/${listId}/subscribers`,
      payload: { employerContactIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'employerContactIds.0', code: 'unknown_recipient' });
    const bad = await coord.request({
      method: 'POST',
      url: `/api/newsletters/lists/${listId}/subscribers`,
      payload: { emails: ['non-una-email'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('emails.0');
  });

  it('confirms with the single-use link, keeping consent date and source', async () => {
    for (const to of [ANNA, CONTACT]) {
      const token = linkToken((await latestMailTo(t, to)).bodyText, 'newsletter/conferma');
      const ok = await t.anonymous().request({ method: 'POST', url: `/api/newsletters/confirm/${token}` });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().listName).toBe('Aziende del Patto');
      const again = await t.anonymous().request({ method: 'POST', url: `/api/newsletters/confirm/${token}` });
      expect(again.statusCode).toBe(400);
      expect(again.json().code).toBe('invalid_token');
    }
    const rows = await t.deps.db
      .select()
      .from(newsletterSubscribers)
      .where(inArray(newsletterSubscribers.email, [ANNA, CONTACT]));
    expect(rows.map((r) => [r.status, r.consentSource, r.consentAt !== null])).toEqual([
      ['confirmed', 'double_opt_in', true],
      ['confirmed', 'double_opt_in', true],
    ]);
  });

  it('sends one message per confirmed subscriber, with the unsubscribe link and the RFC 8058 headers', async () => {
    const preview = await coord.request({
      method: 'POST',
      url: `/api/newsletters/lists/${listId}/preview`,
      payload: { subject: 'Bando tirocini', text: 'Il bando tirocini 2027 è aperto: scadenza 31 gennaio.' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().recipients).toBe(2);
    expect(preview.json().text).toContain('/newsletter/disiscrizione/');
    const sent = await send('Bando tirocini');
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ recipients: 2, totals: { queued: 2 } });
    expect(await issueMailsTo(BRUNO)).toHaveLength(0); // pending: never confirmed
    const [stored] = await issueMailsTo(ANNA);
    expect(stored!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(stored!.headers!['List-Unsubscribe']).toMatch(
      /^<http.*\/api\/newsletters\/unsubscribe\/[\w-]{20,}>$/,
    );
    expect(stored!.bodyText).toMatch(/\/newsletter\/disiscrizione\/[\w-]{20,}/);

    await deliver();
    const wire = received
      .find((r) => r.to === ANNA && r.data.includes('Subject: Bando tirocini'))!
      .data.replace(/\r?\n[ \t]+/g, ' ');
    expect(wire).toMatch(/^List-Unsubscribe: <http[^>]*\/api\/newsletters\/unsubscribe\/[\w-]{20,}>/m);
    expect(wire).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    // Delivery status is the outbox's: both sent; a failure in the outbox shows as failed.
    const issueId = sent.json().id;
    await t.deps.db
      .update(mailOutbox)
      .set({ status: 'failed', lastError: '550 mailbox unavailable' })
      .where(eq(mailOutbox.id, (await issueMailsTo(CONTACT))[0]!.id));
    const detail = await coord.request({ method: 'GET', url: `/api/newsletters/issues/${issueId}` });
    expect(detail.json().totals).toEqual({ queued: 0, sent: 1, failed: 1, held: 0 });
    expect(detail.json().deliveries).toEqual([
      expect.objectContaining({ email: ANNA, status: 'sent' }),
      expect.objectContaining({ email: CONTACT, status: 'failed', lastError: '550 mailbox unavailable' }),
    ]);
  });

  it('unsubscribes in one click (POST from the mail client) once; the address gets no further issue', async () => {
    const [stored] = await issueMailsTo(ANNA);
    const url = stored!.headers!['List-Unsubscribe']!.slice(1, -1);
    const path = new URL(url).pathname;
    const info = await t.anonymous().request({ method: 'GET', url: path });
    expect(info.json()).toEqual({
      listName: 'Aziende del Patto',
      email: 'a***@trattoria-collina.example',
      status: 'confirmed',
    });
    const oneClick = () =>
      t.anonymous().request({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
    const first = await oneClick();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().outcome).toBe('unsubscribed');
    expect((await oneClick()).json().outcome).toBe('already_unsubscribed');
    const [row] = await t.deps.db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.email, ANNA));
    expect(row).toMatchObject({ status: 'unsubscribed', unsubscribeSource: 'one_click' });

    const second = await send('Seconda uscita');
    expect(second.json().recipients).toBe(1);
    expect(await issueMailsTo(ANNA)).toHaveLength(1);
    expect(await issueMailsTo(CONTACT)).toHaveLength(2);
    const bogus = await t.anonymous().request({
      method: 'POST',
      url: '/api/newsletters/unsubscribe/abcdefghijklmnopqrstuvwxyz',
      payload: {},
    });
    expect(bogus.statusCode).toBe(400);
  });

  it('keeps lists to the operators of the network', async () => {
    const picked = await coord.request({ method: 'GET', url: '/api/newsletters/candidates?q=ferri' });
    expect(picked.json().contacts).toEqual([
      expect.objectContaining({ id: contactId, email: CONTACT, employerName: 'Logistica Moncalieri S.r.l.' }),
    ]);
    const employer = await t.sessionFor(EMPLOYER_USER);
    expect(
      (await employer.request({ method: 'GET', url: `/api/newsletters/lists/${listId}` })).statusCode,
    ).toBe(403);
    const cpi = await t.sessionFor(CPI_OPERATOR);
    const lists = await cpi.request({ method: 'GET', url: '/api/newsletters/lists' });
    expect(lists.json().items.map((l: { name: string }) => l.name)).toContain('Aziende del Patto');
    const others = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(like(mailOutbox.toAddress, '%@officine-santena.example'));
    expect(others.every((m) => m.kind === 'newsletter_opt_in')).toBe(true);
  });

  it('renames a list; deletes one only while it has sent nothing, its subscribers with it; audited', async () => {
    const renamed = await coord.request({
      method: 'PATCH',
      url: `/api/newsletters/lists/${listId}`,
      payload: { name: 'Aziende del Patto 2027', description: 'Bandi e tirocini' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Aziende del Patto 2027', description: 'Bandi e tirocini' });
    const empty = await coord.request({
      method: 'PATCH',
      url: `/api/newsletters/lists/${listId}`,
      payload: { name: '' },
    });
    expect(empty.statusCode).toBe(400);
    // This list has sent issues: deleting it would lose them, their delivery status and the consents.
    const refused = await coord.request({ method: 'DELETE', url: `/api/newsletters/lists/${listId}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/già inviato \d+ newsletter/);
    // A new list with one pending subscriber and no issue can go, with the subscriber.
    const created = await coord.request({
      method: 'POST',
      url: '/api/newsletters/lists',
      payload: { name: 'Prova' },
    });
    const id = created.json().id;
    await coord.request({
      method: 'POST',
      url: `/api/newsletters/lists/${id}/subscribers`,
      payload: { emails: ['prova.iscritto@example.org'] },
    });
    const employer = await t.sessionFor(EMPLOYER_USER);
    expect(
      (await employer.request({ method: 'DELETE', url: `/api/newsletters/lists/${id}` })).statusCode,
    ).toBe(403);
    const deleted = await coord.request({ method: 'DELETE', url: `/api/newsletters/lists/${id}` });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(
      await t.deps.db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.listId, id)),
    ).toEqual([]);
    expect((await coord.request({ method: 'GET', url: `/api/newsletters/lists/${id}` })).statusCode).toBe(
      404,
    );
    const trail = await t.deps.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.action, ['newsletter.list_update', 'newsletter.list_delete']));
    expect(trail.map((e) => [e.action, e.details])).toEqual([
      ['newsletter.list_update', { name: 'Aziende del Patto 2027', previousName: 'Aziende del Patto' }],
      ['newsletter.list_delete', { name: 'Prova', subscribers: 1 }],
    ]);
  });
});
