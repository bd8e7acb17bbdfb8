// The hash chain: hash(n) = sha256(hash(n-1) + canonical form of row n). Pure functions, no I/O.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  purpose: string;
  ip: string | null;
  details: unknown;
};

/** JSON with object keys sorted at every level, so that jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashRow(row: ChainedFields, prevHash: string): string {
  const canonical = canonicalJson([
    row.seq,
    row.at.toISOString(),
    row.actorUserId,
    row.actorOrganisationId,
    row.actorRole,
    row.action,
    row.entityType,
    row.entityId,
    row.purpose,
    row.ip,
    row.details ?? {},
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

export type ChainProblem = { seq: number; kind: 'altered' | 'deleted' | 'tail_deleted'; message: string };

/** Checks consecutive rows; `previous` is the last row of the previous batch (or null at the start). */
export function checkBatch(
  rows: (ChainedFields & { prevHash: string; hash: string })[],
  previous: { seq: number; hash: string } | null,
): { problems: ChainProblem[]; last: { seq: number; hash: string } | null } {
  const problems: ChainProblem[] = [];
  let last = previous;
  for (const row of rows) {
    const expectedSeq = (last?.seq ?? 0) + 1;
    const expectedPrev = last?.hash ?? GENESIS_HASH;
    if (row.seq !== expectedSeq) {
      problems.push({
        seq: row.seq,
        kind: 'deleted',
        message: `rows ${expectedSeq}–${row.seq - 1} are missing`,
      });
    } else if (row.prevHash !== expectedPrev) {
      problems.push({ seq: row.seq, kind: 'deleted', message: 'previous hash does not match the chain' });
    }
    if (hashRow(row, row.prevHash) !== row.hash) {
      problems.push({ seq: row.seq, kind: 'altered', message: 'content does not match its hash' });
    }
    last = { seq: row.seq, hash: row.hash };
  }
  return { problems, last };
}
