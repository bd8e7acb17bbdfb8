// Every outgoing e-mail is stored first (in the transaction of the change that causes it) and sent by a worker
// after commit; the stored rows are also what administrators read when no SMTP server is configured.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    kind: text('kind').notNull(), // invitation, password_reset, …
    /** Extra message headers (name → value) passed as they are to the mail transport, e.g. the RFC 8058
     * List-Unsubscribe pair of newsletters. Null for ordinary messages. */
    headers: jsonb('headers').$type<Record<string, string>>(),
    /** queued → sent | failed (after retries) ; held = no SMTP configured, readable in the app. */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    check('mail_outbox_status_check', sql`status IN ('queued', 'sent', 'failed', 'held')`),
    index('mail_outbox_status_idx').on(t.status, t.nextAttemptAt),
  ],
);
