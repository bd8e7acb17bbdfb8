// The candidate index of one database (ADR 0012): the store (store.ts) filled from the people tables in batches,
// then kept fresh from the change feed (people/change-feed.ts, written by triggers) before every match.
//
// Why this is safe: the feed row carries the writing transaction's id. Each refresh reads, in one statement, the
// changes with xid >= the watermark and the oldest transaction still running (pg_snapshot_xmin); that becomes the
// next watermark. A transaction that commits after a refresh has an id at or above it, so its changes are read
// the next time — even a long import. Changed people are read again from the tables (the truth), or removed when
// they are no longer records of their own. Feed rows are pruned after FEED_DAYS; an index not refreshed for
// REBUILD_AFTER_MS (half of that) starts again from the tables rather than trust a feed that may have gaps.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { loadCandidateFacts } from '../../people/match-candidates.ts';
import { CandidateStore } from './store.ts';

const BATCH = 10_000;
const FEED_PAGE = 50_000;
const FEED_DAYS = 1;
const REBUILD_AFTER_MS = (FEED_DAYS * 86_400_000) / 2;
const PRUNE_EVERY_MS = 3_600_000;

export type IndexStats = { people: number; bytes: number; builtInMs: number; lastRefreshChanged: number };

export class CandidateIndex {
  private store: CandidateStore | null = null;
  private watermark = 0;
  private refreshedAt = 0;
  private prunedAt = 0;
  private builtInMs = 0;
  private lastChanged = 0;
  /** A refresh queued behind the running one: callers arriving meanwhile share it. */
  private queued: Promise<CandidateStore> | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /**
   * The store, up to date with every change committed before this call. Call it outside a transaction: on
   * PGlite (one connection) a refresh waits for any open transaction to end.
   */
  current(): Promise<CandidateStore> {
    if (this.queued) return this.queued;
    const next = this.running.then(() => {
      this.queued = null;
      return this.refresh();
    });
    this.queued = next;
    this.running = next.catch(() => undefined);
    return next;
  }

  stats(): IndexStats {
    return {
      people: this.store?.size ?? 0,
      bytes: this.store?.bytes ?? 0,
      builtInMs: this.builtInMs,
      lastRefreshChanged: this.lastChanged,
    };
  }

  private async refresh(): Promise<CandidateStore> {
    if (!this.store || Date.now() - this.refreshedAt > REBUILD_AFTER_MS) await this.build();
    const store = this.store!;
    const { xmin, ids } = await this.changedSince(this.watermark);
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      const facts = await loadCandidateFacts(this.db, { ids: chunk });
      const found = new Set<string>();
      for (const f of facts) {
        store.put(f);
        found.add(f.personId);
      }
      for (const id of chunk) if (!found.has(id)) store.remove(id);
    }
    this.watermark = xmin;
    this.lastChanged = ids.length;
    this.refreshedAt = Date.now();
    if (this.refreshedAt - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = this.refreshedAt;
      await this.db.execute(
        sql`DELETE FROM person_changes WHERE at < now() - make_interval(days => ${FEED_DAYS})`,
      );
    }
    return store;
  }

  /**
   * The people announced by transactions from `xid` on, each once, and the next watermark: the oldest transaction
   * still running when the first page is read, in the same statement (so from the same snapshot). Whatever commits
   * after it has an id at or above it and is read next time; what later pages also see is read twice, harmlessly.
   * Pages are read in index order (keyset on xid, id): the plan stays an index range scan whatever the table's
   * statistics say.
   */
  private async changedSince(xid: number): Promise<{ xmin: number; ids: string[] }> {
    const out = new Set<string>();
    let after: { xid: string; id: string } | null = null;
    let xmin: number | null = null;
    for (;;) {
      const from: ReturnType<typeof sql> =
        after === null ? sql`xid >= ${xid}` : sql`(xid, id) > (${after.xid}::bigint, ${after.id}::bigint)`;
      const rows: { xmin: string; xid: string | null; id: string; person_id: string }[] = await queryRows(
        this.db,
        // ORDER BY the columns, not the text aliases of the select list: that order is the index's.
        sql`SELECT s.xmin, c.xid::text AS xid, c.id::text AS id, c.person_id
            FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin) s
            LEFT JOIN LATERAL (SELECT xid, id, person_id FROM person_changes WHERE ${from}
              ORDER BY person_changes.xid, person_changes.id LIMIT ${FEED_PAGE}) c ON true`,
      );
      xmin ??= Number(rows[0]!.xmin);
      const page = rows.filter((r) => r.xid !== null);
      for (const r of page) out.add(r.person_id);
      if (page.length < FEED_PAGE) return { xmin, ids: [...out] };
      const last = page[page.length - 1]!;
      after = { xid: last.xid!, id: last.id };
    }
  }

  /** Everyone, in batches of ids; changes made meanwhile are caught by the refresh that follows. */
  private async build() {
    const t0 = performance.now();
    const [snap] = await queryRows<{ xmin: string }>(
      this.db,
      sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`,
    );
    const store = new CandidateStore();
    let after: string | null = null;
    for (;;) {
      const ids: { id: string }[] = await queryRows<{ id: string }>(
        this.db,
        sql`SELECT id FROM people WHERE ${after === null ? sql`true` : sql`id > ${after}::uuid`}
            ORDER BY id LIMIT ${BATCH}`,
      );
      if (ids.length === 0) break;
      const upTo = ids[ids.length - 1]!.id;
      for (const f of await loadCandidateFacts(this.db, { after, upTo })) store.put(f);
      after = upTo;
    }
    this.store = store;
    this.watermark = Number(snap!.xmin);
    this.builtInMs = performance.now() - t0;
  }
}

const indexes = new WeakMap<Db, CandidateIndex>();

/** The one index of a database connection (each process keeps its own and refreshes it from the feed). */
export function candidateIndexOf(db: Db): CandidateIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new CandidateIndex(db);
    indexes.set(db, index);
  }
  return index;
}

/** Builds the index at start, logging its size and time; a failure is logged and retried by the first match. */
export async function warmCandidateIndex(
  deps: { db: Db },
  log: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void },
) {
  const index = candidateIndexOf(deps.db);
  try {
    await index.current();
    const s = index.stats();
    log.info(
      {
        people: s.people,
        mebibytes: Math.round(s.bytes / 2 ** 20),
        seconds: (s.builtInMs / 1000).toFixed(1),
      },
      'matching: candidate index ready',
    );
  } catch (err) {
    log.warn({ err }, 'matching: candidate index not built, the first match will try again');
  }
}
