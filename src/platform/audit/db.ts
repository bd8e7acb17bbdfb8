// The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained (each row's hash
// covers the previous row's hash), so that `npm run audit:verify` finds any altered or deleted row. No foreign
// keys: the trail outlives what it talks about.
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** Why the data was touched, e.g. network_administration, account_security. */
    purpose: text('purpose').notNull(),
    ip: text('ip'),
    details: jsonb('details').notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorUserId, t.seq),
    index('audit_events_org_idx').on(t.actorOrganisationId, t.seq),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** The head of the chain, updated in the same transaction as each append: detects deletion of the last rows. */
export const auditHead = pgTable('audit_head', {
  id: text('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
