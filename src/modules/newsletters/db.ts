// The newsletters module's tables: lists kept by an organisation of the network, their subscribers (double opt-in:
// an address is only written to as a subscriber once it confirmed), the issues sent to a list and one delivery row
// per message, which points at the stored e-mail in the outbox (its status is the delivery status).
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { mailOutbox } from '../../platform/mail/db.ts';
import { employerContacts } from '../employers/db.ts';
import { users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const newsletterLists = pgTable(
  'newsletter_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description'),
    /** Who keeps the list: operators of the same networks manage it (scope 'network', as for people). */
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('newsletter_lists_owner_idx').on(t.ownerOrganisationId)],
);

export const newsletterSubscribers = pgTable(
  'newsletter_subscribers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listId: uuid('list_id')
      .notNull()
      .references(() => newsletterLists.id, { onDelete: 'cascade' }),
    /** Lower-cased; one row per address and list. */
    email: text('email').notNull(),
    name: text('name'),
    /** Where the address came from: an employer's contact, a user of the platform, or typed by an operator. */
    sourceKind: text('source_kind').notNull(),
    employerContactId: uuid('employer_contact_id').references(() => employerContacts.id, {
      onDelete: 'set null',
    }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** pending (opt-in mail sent, not confirmed) → confirmed → unsubscribed. Only 'confirmed' receives issues. */
    status: text('status').notNull(),
    requestedAt: ts('requested_at').notNull(),
    requestedBy: uuid('requested_by'),
    /** sha256 of the single-use confirmation token of the last opt-in mail. */
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: ts('confirm_expires_at'),
    /** The consent: when it was given and how (double_opt_in = the confirmation link of the opt-in mail). */
    consentAt: ts('consent_at'),
    consentSource: text('consent_source'),
    unsubscribedAt: ts('unsubscribed_at'),
    /** page = the personal link's page; one_click = RFC 8058 POST from the mail client; operator. */
    unsubscribeSource: text('unsubscribe_source'),
  },
  (t) => [
    uniqueIndex('newsletter_subscribers_list_email_key').on(t.listId, t.email),
    uniqueIndex('newsletter_subscribers_confirm_key').on(t.confirmTokenHash),
    check('newsletter_subscribers_status_check', sql`status IN ('pending', 'confirmed', 'unsubscribed')`),
    check('newsletter_subscribers_source_check', sql`source_kind IN ('employer_contact', 'user', 'email')`),
  ],
);

export const newsletterIssues = pgTable(
  'newsletter_issues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listId: uuid('list_id')
      .notNull()
      .references(() => newsletterLists.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    recipients: integer('recipients').notNull(),
    sentBy: uuid('sent_by'),
    sentAt: ts('sent_at').notNull(),
  },
  (t) => [index('newsletter_issues_list_idx').on(t.listId, t.sentAt)],
);

export const newsletterDeliveries = pgTable(
  'newsletter_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => newsletterSubscribers.id, { onDelete: 'cascade' }),
    outboxId: uuid('outbox_id')
      .notNull()
      .references(() => mailOutbox.id),
    /** sha256 of this message's personal unsubscribe token (in the body link and the List-Unsubscribe header). */
    unsubscribeTokenHash: text('unsubscribe_token_hash').notNull(),
  },
  (t) => [
    index('newsletter_deliveries_issue_idx').on(t.issueId),
    uniqueIndex('newsletter_deliveries_token_key').on(t.unsubscribeTokenHash),
  ],
);
