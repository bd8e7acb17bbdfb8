// Writing the audit trail. Call `recordAudit` inside the transaction of the change (or of the read of personal
// data) so that the change and its audit row commit or roll back together.
import { asc, eq, gt } from 'drizzle-orm';
import { queryRows, sql, type Tx } from '../db/client.ts';
import { type ChainProblem, checkBatch, GENESIS_HASH, hashRow } from './chain.ts';
import { auditEvents, auditHead } from './db.ts';

export type AuditActor = {
  userId: string | null;
  organisationId: string | null;
  role: string | null;
  ip: string | null;
};

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  purpose: string;
  details?: Record<string, unknown>;
};

/** Serialises appends across transactions and app nodes: the chain needs one writer at a time. */
const AUDIT_LOCK = 7253002;
let onRecorded: (() => void) | undefined;
export const setAuditCounter = (fn: () => void) => {
  onRecorded = fn;
};

export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 'main'));
  const row = {
    seq: (head?.seq ?? 0) + 1,
    at: new Date(),
    actorUserId: actor.userId,
    actorOrganisationId: actor.organisationId,
    actorRole: actor.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    purpose: entry.purpose,
    ip: actor.ip,
    details: entry.details ?? {},
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = hashRow(row, prevHash);
  await tx.insert(auditEvents).values({ ...row, prevHash, hash });
  await tx
    .insert(auditHead)
    .values({ id: 'main', seq: row.seq, hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq: row.seq, hash } });
  onRecorded?.();
}

export type VerifyReport = { ok: boolean; checked: number; problems: ChainProblem[] };

/** Walks the whole chain in batches (constant memory) and compares its end with the recorded head. */
export async function verifyAuditChain(db: Tx, batchSize = 5000): Promise<VerifyReport> {
  let last: { seq: number; hash: string } | null = null;
  let checked = 0;
  const problems: ChainProblem[] = [];
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, last?.seq ?? 0))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    const result = checkBatch(rows, last);
    problems.push(...result.problems);
    last = result.last;
    checked += rows.length;
  }
  const [head] = await queryRows<{ seq: string | number; hash: string }>(
    db,
    sql`SELECT seq, hash FROM audit_head WHERE id = 'main'`,
  );
  if (head && (Number(head.seq) !== (last?.seq ?? 0) || head.hash !== (last?.hash ?? GENESIS_HASH))) {
    problems.push({
      seq: Number(head.seq),
      kind: 'tail_deleted',
      message: `the chain ends at ${last?.seq ?? 0} but the recorded head is ${head.seq}`,
    });
  }
  return { ok: problems.length === 0, checked, problems };
}
