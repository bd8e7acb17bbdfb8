// The citizens module's tables: pending sign-ups (waiting for the e-mail to be verified) and the invitations an
// operator sends to link an existing person record to a self-service account. Tokens are stored as sha256 only,
// like password resets and invitations.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import { people } from '../people/db.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A sign-up waiting for its e-mail to be verified. Nothing else exists until then: the account and the person
 * record are created (or linked) by the verification, so an unverified address never owns a record.
 */
export const citizenSignUps = pgTable(
  'citizen_sign_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(), // lower-case
    tokenHash: text('token_hash').notNull().unique(),
    /** argon2id of the chosen password: the plain password is never stored, not even while pending. */
    passwordHash: text('password_hash').notNull(),
    /** What the citizen declared (names, codice fiscale, birth, residence, status, notice version). */
    details: jsonb('details').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [index('citizen_sign_ups_email_idx').on(t.email)],
);

/** An operator's invitation to link a person record to a self-service account (sent to the record's e-mail). */
export const selfServiceInvitations = pgTable(
  'self_service_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    /** The account that accepted it. */
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('self_service_invitations_person_idx').on(t.personId)],
);
