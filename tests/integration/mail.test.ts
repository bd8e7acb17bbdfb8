// E-mail through a real SMTP conversation (a local test server): stored first, sent after commit by the worker,
// retried with back-off when the server is down.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/platform/mail/db.ts';
import { startMailWorker } from '../../src/platform/mail/outbox.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CITIZEN } from '../helpers/demo-users.ts';
import { freePort, startSmtpCatcher } from '../helpers/mail.ts';

const quiet = { warn: () => {}, info: () => {} };

describe.skipIf(skipDatabase)('e-mail delivery', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let port: number;
  let received: { to: string; data: string }[] = [];
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    port = smtp.port;
    received = smtp.received;
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('queues the message in the transaction and the worker delivers it over SMTP', async () => {
    await t
      .anonymous()
      .request({ method: 'POST', url: '/api/auth/password-reset', payload: { email: CITIZEN } });
    const [queued] = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, CITIZEN));
    expect(queued?.status).toBe('queued');
    const worker = startMailWorker({
      db: t.deps.db,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'ReteLavoro <noreply@x.example>',
      intervalMs: 60_000,
      log: quiet,
    });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    const [sent] = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, queued!.id));
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
    expect(received[0]?.to).toBe(CITIZEN);
    // Quoted-printable soft line breaks may split the link.
    expect(received[0]?.data.replace(/=\r?\n/g, '')).toMatch(/reset-password\/[A-Za-z0-9_-]{20,}/);
  });

  it('keeps the message queued with a later retry when the server does not answer', async () => {
    await t
      .anonymous()
      .request({ method: 'POST', url: '/api/auth/password-reset', payload: { email: CITIZEN } });
    const deadPort = await freePort();
    const worker = startMailWorker({
      db: t.deps.db,
      smtpUrl: `smtp://127.0.0.1:${deadPort}`,
      from: 'x@x.example',
      intervalMs: 60_000,
      log: quiet,
    });
    await worker.runOnce();
    await worker.stop();
    const rows = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.status, 'queued'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.attempts).toBe(1);
    expect(rows[0]!.lastError).toBeTruthy();
    expect(rows[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});
