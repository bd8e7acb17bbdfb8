// Import, the final checks (inside the final transaction, commit.ts): what changed since the rows were validated
// and would make a row wrong now. New people need little: their codici fiscali are held by their hidden rows
// (hidden.ts), so nobody could register them meanwhile; only a merge may have given one up since.
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx, uuidArray } from '../../../platform/db/client.ts';
import { type Actor, authorize } from '../../../platform/policy/policy.ts';
import { organisationInScope } from '../../network/service.ts';
import { column, type PeopleKey, staged } from './hidden.ts';
import type { RowIssue } from './validate.ts';

/** What the final checks need to know about the import. */
export type Recheck = { importId: string; taxCodeColumn: string; updateKeys: PeopleKey[] };

const formerTaxCodes = sql`(SELECT unnest(former_tax_codes) FROM person_merges)`;

/** The staged updates that really change a mapped field of their person (an empty cell keeps the value). */
function changes(s: Pick<Recheck, 'updateKeys'>): SQL {
  const cols = s.updateKeys.map((k) => sql.identifier(column(k)));
  return sql.join(
    cols.map((c) => sql`COALESCE(r.${c}, p.${c}) IS DISTINCT FROM p.${c}`),
    sql` OR `,
  );
}

/**
 * Phase 1, after each chunk is staged: its updates that would change nothing are dropped, so that the final
 * transaction checks and writes only people who change (a re-imported file of 100,000 people with 1,000 changes
 * held PGlite for 5.4 s there, reading every staged row three times). What they skip cannot hurt: a person who
 * changes after this point keeps the newer values (the import never overwrites an edit made since its check), and
 * one anonymised, merged or deleted meanwhile was not going to be written anyway.
 */
export async function dropUnchanged(db: Tx, importId: string, updateKeys: PeopleKey[], rows: number[]) {
  if (!updateKeys.length || !rows.length) return;
  await db.execute(
    sql`DELETE FROM person_import_staging d WHERE d.import_id = ${importId}::uuid AND d.ordinal IN (
          SELECT s.ordinal FROM people p, ${staged(importId, 'update')}
            AND s.ordinal = ANY(${`{${rows.join(',')}}`}::int[]) AND p.id = s.person_id
            AND NOT (${changes({ updateKeys })}))`,
  );
}

/**
 * The people the import will write to are locked first — only those whose mapped fields change: locking all
 * 100,000 people of a re-imported file held PGlite's one connection for seconds to write a few hundred — then
 * every staged update is checked to still hold its codice fiscale, not to be anonymised and to be owned inside
 * the caller's update scope; the new people not to hold a code given up in a merge meanwhile (that would bring a
 * merged duplicate back). The ids returned are the people applyUpdates may write: a person who starts to differ
 * only after this (a colleague's edit, an anonymisation committed meanwhile) is left as it is, never overwritten.
 */
export async function changedMeanwhile(
  tx: Tx,
  actor: Actor,
  s: Recheck,
): Promise<{ issues: RowIssue[]; writable: string[] }> {
  const id = s.importId;
  const writable = s.updateKeys.length
    ? (
        await queryRows<{ id: string }>(
          tx,
          sql`SELECT p.id FROM people p, ${staged(id, 'update')} AND p.id = s.person_id AND (${changes(s)})
              ORDER BY p.id FOR UPDATE OF p`,
        )
      ).map((r) => r.id)
    : [];
  const updates = await queryRows<{ row: number; code: string | null; owner: string | null }>(
    tx,
    sql`SELECT s.ordinal AS row, p.owner_organisation_id AS owner,
          CASE WHEN p.id IS NULL OR p.tax_code <> s.tax_code
                 THEN CASE WHEN s.tax_code IN ${formerTaxCodes} THEN 'person_merged_tax_code'
                           ELSE 'person_changed_meanwhile' END
               WHEN p.anonymised_at IS NOT NULL THEN 'person_anonymised' END AS code
        FROM person_import_staging s LEFT JOIN people p ON p.id = s.person_id
        WHERE s.import_id = ${id}::uuid AND s.kind = 'update'
          AND (p.id IS NULL OR p.tax_code <> s.tax_code OR p.anonymised_at IS NOT NULL
               OR p.owner_organisation_id IS DISTINCT FROM s.owner_organisation_id)`,
  );
  const creates = await queryRows<{ row: number; code: string }>(
    tx,
    sql`SELECT s.ordinal AS row, 'person_merged_tax_code' AS code
        FROM person_import_staging s
        WHERE s.import_id = ${id}::uuid AND s.kind = 'create' AND s.tax_code IN ${formerTaxCodes}`,
  );
  const issues: RowIssue[] = [];
  const moved = updates.filter((u) => !u.code);
  if (moved.length) {
    // Owned by another organisation now: still fine inside the caller's update scope.
    const scope = authorize(actor, 'person.update');
    const allowed = new Map<string, boolean>();
    for (const owner of new Set(moved.map((u) => u.owner!)))
      allowed.set(owner, await organisationInScope(tx, actor, scope, owner));
    for (const u of moved)
      if (!allowed.get(u.owner!))
        issues.push({
          row: u.row,
          column: s.taxCodeColumn,
          field: 'taxCode',
          code: 'person_outside_network',
        });
  }
  for (const u of [...updates.filter((x) => x.code), ...creates])
    issues.push({ row: u.row, column: s.taxCodeColumn, field: 'taxCode', code: u.code! });
  return { issues: issues.sort((a, b) => a.row - b.row), writable };
}

/** The people whose search text must be rebuilt: a name or the comune of residence changes (checked before writing). */
export async function toRefresh(tx: Tx, s: Recheck): Promise<string[]> {
  const parts: SQL[] = [];
  for (const k of ['givenName', 'familyName', 'residenceComuneCode'] as const)
    if (s.updateKeys.includes(k)) {
      const c = sql.identifier(column(k));
      parts.push(sql`(r.${c} IS NOT NULL AND r.${c} <> p.${c})`);
    }
  if (!parts.length) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`SELECT p.id FROM people p, ${staged(s.importId, 'update')} AND p.id = s.person_id
        AND (${sql.join(parts, sql` OR `)})`,
  );
  return rows.map((r) => r.id);
}

/**
 * Writes the updates to the people changedMeanwhile locked: only where a mapped field really changes (a re-import
 * of an unchanged file writes nothing, and each row written costs index maintenance in the final transaction).
 * An empty cell keeps the value.
 */
export async function applyUpdates(tx: Tx, s: Recheck, writable: readonly string[], now: string) {
  if (!s.updateKeys.length || writable.length === 0) return;
  const cols = s.updateKeys.map((k) => sql.identifier(column(k)));
  const sets = sql.join(
    cols.map((c) => sql`${c} = COALESCE(r.${c}, p.${c})`),
    sql`, `,
  );
  await tx.execute(
    sql`UPDATE people p SET ${sets}, version = p.version + 1, updated_at = ${now}::timestamptz
        FROM ${staged(s.importId, 'update')} AND p.id = s.person_id AND p.id = ANY(${uuidArray(writable)})
          AND (${changes(s)})`,
  );
}
