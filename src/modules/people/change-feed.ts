// The people change feed (ADR 0012), apart from the person tables it watches: the triggers of migration 0018 write
// it, matching's candidate index (matching/candidate-index/index.ts) reads it.
import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The change feed of what matching reads (ADR 0012): one row per person whose record, CV or consents changed,
 * written by statement-level triggers (migration 0018), so no write path can forget it. `xid` is the writing
 * transaction: a reader that remembers the oldest transaction still running at its last read
 * (pg_snapshot_xmin) and asks for `xid >= that` never misses a change committed late. Rows older than a day are
 * pruned; a reader that was away longer rebuilds from the tables.
 */
export const personChanges = pgTable(
  'person_changes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** No foreign key: a deleted person must still be announced. */
    personId: uuid('person_id').notNull(),
    xid: bigint('xid', { mode: 'number' }).notNull().default(sql`(pg_current_xact_id()::text::bigint)`),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_changes_xid_idx').on(t.xid, t.id), index('person_changes_at_idx').on(t.at)],
);
