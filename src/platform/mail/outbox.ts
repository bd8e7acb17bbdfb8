// Stored outbox: `enqueueMail` runs inside the caller's transaction; the worker sends after commit, retrying with
// back-off. Without SMTP the message is stored as 'held' and administrators read it in the app.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db, Tx } from '../db/client.ts';
import { mailOutbox } from './db.ts';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** Extra headers sent with the message as they are (e.g. List-Unsubscribe); stored with it. */
  headers?: Record<string, string>;
};

export async function enqueueMail(tx: Tx, message: MailMessage, smtpConfigured: boolean): Promise<string> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      toAddress: message.to,
      subject: message.subject,
      bodyText: message.text,
      kind: message.kind,
      headers: message.headers ?? null,
      status: smtpConfigured ? 'queued' : 'held',
    })
    .returning({ id: mailOutbox.id });
  return row!.id;
}

const MAX_ATTEMPTS = 5;

export type MailWorker = { stop: () => Promise<void>; runOnce: () => Promise<number> };

export function startMailWorker(opts: {
  db: Db;
  smtpUrl: string | undefined;
  from: string;
  intervalMs?: number;
  log: { warn: (o: object, m: string) => void; info: (o: object, m: string) => void };
}): MailWorker {
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function runOnce(): Promise<number> {
    if (!transport) return 0;
    return opts.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, new Date())))
        .orderBy(asc(mailOutbox.createdAt))
        .limit(10)
        .for('update', { skipLocked: true });
      for (const m of due) {
        try {
          await transport.sendMail({
            from: opts.from,
            to: m.toAddress,
            subject: m.subject,
            text: m.bodyText,
            ...(m.headers ? { headers: m.headers } : {}),
          });
          await tx
            .update(mailOutbox)
            .set({ status: 'sent', sentAt: new Date(), attempts: m.attempts + 1 })
            .where(eq(mailOutbox.id, m.id));
        } catch (err) {
          const attempts = m.attempts + 1;
          const failed = attempts >= MAX_ATTEMPTS;
          opts.log.warn({ mailId: m.id, attempts, err: String(err) }, 'mail delivery failed');
          await tx
            .update(mailOutbox)
            .set({
              attempts,
              status: failed ? 'failed' : 'queued',
              lastError: String(err).slice(0, 500),
              nextAttemptAt: sql`now() + ${`${2 ** attempts} minutes`}::interval`,
            })
            .where(eq(mailOutbox.id, m.id));
        }
      }
      return due.length;
    });
  }

  const tick = () => {
    if (stopped) return;
    running = runOnce()
      .catch((err) => {
        opts.log.warn({ err: String(err) }, 'mail worker error');
        return 0;
      })
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, opts.intervalMs ?? 2000);
      });
  };
  if (transport) timer = setTimeout(tick, opts.intervalMs ?? 2000);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
      transport?.close();
    },
  };
}
