// Import, part two: committing a validated file all or nothing without holding the database for long. Phase 1
// validates and writes the prepared rows into person_import_staging in short transactions; phase 2 checks, in one
// short transaction, what may have changed meanwhile and moves the rows into people with set-based SQL, refreshes
// the search text where needed and records one 'person.import' audit row.

import { createHash, randomUUID } from 'node:crypto';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { auditActorOf } from '../../../platform/audit/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { queryRows, type Tx } from '../../../platform/db/client.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { type Actor, authorize } from '../../../platform/policy/policy.ts';
import { organisationInScope } from '../../network/service.ts';
import { personFieldNames } from '../contract.ts';
import { people } from '../db.ts';
import { buildSearchText } from '../domain/search-text.ts';
import { refreshSearchText } from '../search-index.ts';
import { analyse, type ImportFile, type ImportOptions, startAs, toErrors, yieldToOthers } from './dry-run.ts';
import type { ColumnMapping, ImportTarget } from './mapping.ts';
import type { PersonFields, RowIssue } from './validate.ts';

export type CommitResult = {
  importId: string;
  rows: number;
  created: number;
  updated: number;
  fileSha256: string;
};

// --- Phase 1: staging -------------------------------------------------------------------------------------------

/** Rows per staging write: each is one short statement, other requests run between them. */
const CHUNK = 1000;
/** Staging rows older than this belong to an abandoned import (the process stopped): the next import deletes them. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
const columnsOf = getTableColumns(people);
type PeopleKey = keyof typeof columnsOf;
const column = (k: PeopleKey) => columnsOf[k].name;

// Every person field except the circoscrizione, which spreadsheets do not carry.
const personKeys = personFieldNames.filter((k) => k !== 'residenceSubdivisionId') as (keyof PersonFields &
  PeopleKey)[];

type StagedRow = {
  row: number;
  kind: 'create' | 'update';
  personId: string;
  taxCode: string;
  owner: string | null;
  /** People columns by column name. */
  data: Record<string, unknown>;
};

/** What phase 2 needs to know about a staged import. */
export type StagedImport = {
  importId: string;
  fileSha256: string;
  file: { name: string | null; format: 'csv' | 'xlsx'; bytes: number };
  mapping: ColumnMapping;
  rows: number;
  created: number;
  updated: number;
  /** The people columns an update writes (those the mapping feeds, except the codice fiscale). */
  updateKeys: PeopleKey[];
};

async function writeStaging(db: Tx, importId: string, rows: StagedRow[], now: Date) {
  await db.execute(sql`
    INSERT INTO person_import_staging
      (import_id, ordinal, kind, person_id, tax_code, owner_organisation_id, data, created_at)
    SELECT ${importId}::uuid, u.ordinal, u.kind, u.person_id, u.tax_code, u.owner, u.data, ${now.toISOString()}::timestamptz
    FROM unnest(
      ${sql.param(rows.map((r) => r.row))}::int[],
      ${sql.param(rows.map((r) => r.kind))}::text[],
      ${sql.param(rows.map((r) => r.personId))}::uuid[],
      ${sql.param(rows.map((r) => r.taxCode))}::text[],
      ${sql.param(rows.map((r) => r.owner))}::uuid[],
      ${sql.param(rows.map((r) => JSON.stringify(r.data)))}::jsonb[]
    ) AS u(ordinal, kind, person_id, tax_code, owner, data)`);
}

export const deleteStaging = (db: Tx, importId: string) =>
  db.execute(sql`DELETE FROM person_import_staging WHERE import_id = ${importId}::uuid`);

/**
 * Phase 1, outside any long transaction: validates the file (read-only queries), refuses with every error (400)
 * unless all rows are valid, and writes the prepared rows into person_import_staging, CHUNK rows per statement,
 * letting other requests run between them. Nothing is visible in people yet.
 */
export async function stageImport(
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions & { importId?: string } = {},
): Promise<StagedImport> {
  startAs(actor);
  const locale = options.locale ?? 'it';
  const progress = options.onProgress ?? (() => {});
  const importId = options.importId ?? randomUUID();
  const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
  const now = deps.now();
  await deps.db.execute(
    sql`DELETE FROM person_import_staging
        WHERE created_at < ${new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString()}::timestamptz`,
  );
  const a = await analyse(deps.db, deps, actor, file, options);
  if (a.issues.length) throw importInvalid(a.issues, locale);
  const total = a.valid.length;
  // Fields the mapping writes on existing people (the codice fiscale is the key and stays).
  const mappedFields = new Set<PeopleKey>();
  for (const target of Object.keys(a.mapping) as ImportTarget[]) {
    const field =
      (
        {
          birthComune: 'birthComuneCode',
          birthProvince: 'birthComuneCode',
          residenceComune: 'residenceComuneCode',
          residenceProvince: 'residenceComuneCode',
        } as Record<string, PeopleKey>
      )[target] ?? (target as PeopleKey);
    if (field !== 'taxCode') mappedFields.add(field);
  }
  const updateKeys = personKeys.filter((k) => mappedFields.has(k));
  let created = 0;
  let processed = 0;
  progress({ phase: 'writing', processed, total });
  try {
    for (let i = 0; i < total; i += CHUNK) {
      const chunk: StagedRow[] = a.valid.slice(i, i + CHUNK).map((v) => {
        const current = a.existing.get(v.person.taxCode);
        const data: Record<string, unknown> = {};
        if (!current) {
          for (const k of personKeys) data[column(k)] = v.person[k] ?? null;
          // The search text of a new person: names and comune (no CV yet), as refreshSearchText would build it.
          data.search_text = buildSearchText({
            givenName: v.person.givenName,
            familyName: v.person.familyName,
            residenceComuneName: v.residenceComuneName,
          });
          return {
            row: v.row,
            kind: 'create',
            personId: randomUUID(),
            taxCode: v.person.taxCode,
            owner: null,
            data,
          };
        }
        // Only the fields the file maps and the row fills: a null (empty cell) keeps the stored value.
        for (const k of updateKeys) if (v.provided.has(k)) data[column(k)] = v.person[k] ?? null;
        return {
          row: v.row,
          kind: 'update',
          personId: current.id,
          taxCode: v.person.taxCode,
          owner: current.owner,
          data,
        };
      });
      created += chunk.filter((r) => r.kind === 'create').length;
      await writeStaging(deps.db, importId, chunk, now);
      processed += chunk.length;
      progress({ phase: 'writing', processed, total });
      await yieldToOthers();
    }
  } catch (err) {
    await deleteStaging(deps.db, importId).catch(() => {});
    throw err;
  }
  return {
    importId,
    fileSha256,
    file: { name: file.name ?? null, format: a.sheet.format, bytes: file.bytes.length },
    mapping: a.mapping,
    rows: total,
    created,
    updated: total - created,
    updateKeys,
  };
}

// --- Phase 2: the short all-or-nothing transaction ------------------------------------------------------------------

const staged = (importId: string, kind: 'create' | 'update') =>
  sql`person_import_staging s CROSS JOIN LATERAL jsonb_populate_record(NULL::people, s.data) r
      WHERE s.import_id = ${importId}::uuid AND s.kind = ${kind}`;
const formerTaxCodes = sql`(SELECT unnest(former_tax_codes) FROM person_merges)`;

/**
 * What changed since phase 1 and would make a row wrong now (the same answers validation gives): the people to
 * update locked first (as the validation used to lock them), then checked to still hold their codice fiscale, not
 * to be anonymised and to be owned inside the caller's update scope; no new code registered or given up in a merge.
 */
async function changedMeanwhile(tx: Tx, actor: Actor, s: StagedImport): Promise<RowIssue[]> {
  const id = s.importId;
  await tx.execute(sql`SELECT count(*) FROM (SELECT p.id FROM people p JOIN person_import_staging s
      ON p.id = s.person_id WHERE s.import_id = ${id}::uuid AND s.kind = 'update' ORDER BY p.id FOR UPDATE OF p) l`);
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
    sql`SELECT s.ordinal AS row,
          CASE WHEN EXISTS (SELECT 1 FROM people p WHERE p.tax_code = s.tax_code) THEN 'person_registered_meanwhile'
               ELSE 'person_merged_tax_code' END AS code
        FROM person_import_staging s
        WHERE s.import_id = ${id}::uuid AND s.kind = 'create'
          AND (EXISTS (SELECT 1 FROM people p WHERE p.tax_code = s.tax_code) OR s.tax_code IN ${formerTaxCodes})`,
  );
  const issues: RowIssue[] = [];
  const column = s.mapping.taxCode!;
  const moved = updates.filter((u) => !u.code);
  if (moved.length) {
    // Owned by another organisation now: still fine inside the caller's update scope.
    const scope = authorize(actor, 'person.update');
    const allowed = new Map<string, boolean>();
    for (const owner of new Set(moved.map((u) => u.owner!)))
      allowed.set(owner, await organisationInScope(tx, actor, scope, owner));
    for (const u of moved)
      if (!allowed.get(u.owner!))
        issues.push({ row: u.row, column, field: 'taxCode', code: 'person_outside_network' });
  }
  for (const u of [...updates.filter((x) => x.code), ...creates])
    issues.push({ row: u.row, column, field: 'taxCode', code: u.code! });
  return issues.sort((a, b) => a.row - b.row);
}

/** The people whose search text must be rebuilt: a name or the comune of residence changes (checked before writing). */
async function toRefresh(tx: Tx, s: StagedImport): Promise<string[]> {
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
 * Phase 2, ONE short transaction: refuses (400, naming the rows) when something changed since phase 1 makes a
 * row wrong, else creates and updates every staged person with two set-based statements, refreshes the search
 * text where a name or the comune changed, records the audit row and deletes the staging rows. The staging rows
 * are deleted as well when it fails.
 */
export async function finishImport(
  deps: Deps,
  actor: Actor,
  s: StagedImport,
  options: ImportOptions = {},
): Promise<CommitResult> {
  const locale = options.locale ?? 'it';
  const progress = options.onProgress ?? (() => {});
  const { importId } = s;
  try {
    const result = await deps.db.transaction(async (tx) => {
      const issues = await changedMeanwhile(tx, actor, s);
      if (issues.length) throw importInvalid(issues, locale);
      const now = deps.now().toISOString();
      const refresh = await toRefresh(tx, s);
      const keys = sql.join(
        personKeys.map((k) => sql.identifier(column(k))),
        sql`, `,
      );
      const values = sql.join(
        personKeys.map((k) => sql`r.${sql.identifier(column(k))}`),
        sql`, `,
      );
      // ON CONFLICT: a codice fiscale registered by a transaction that committed after the check above
      // (PostgreSQL) leaves its row out, and the count tells.
      const [inserted] = await queryRows<{ n: number }>(
        tx,
        sql`WITH ins AS (
              INSERT INTO people (id, ${keys}, search_text, owner_organisation_id, created_by, created_at, updated_at)
              SELECT s.person_id, ${values}, r.search_text, ${actor.organisationId}::uuid, ${actor.userId}::uuid,
                     ${now}::timestamptz, ${now}::timestamptz
              FROM ${staged(importId, 'create')} ORDER BY s.ordinal
              ON CONFLICT (tax_code) DO NOTHING RETURNING 1)
            SELECT count(*)::int AS n FROM ins`,
      );
      if (inserted!.n !== s.created) {
        const lost = await queryRows<{ row: number }>(
          tx,
          sql`SELECT s.ordinal AS row FROM person_import_staging s
              WHERE s.import_id = ${importId}::uuid AND s.kind = 'create'
                AND NOT EXISTS (SELECT 1 FROM people p WHERE p.id = s.person_id) ORDER BY s.ordinal`,
        );
        throw importInvalid(
          lost.map((l) => ({
            row: l.row,
            column: s.mapping.taxCode!,
            field: 'taxCode',
            code: 'person_registered_meanwhile',
          })),
          locale,
        );
      }
      if (s.updateKeys.length && s.updated) {
        const sets = sql.join(
          s.updateKeys.map((k) => {
            const c = sql.identifier(column(k));
            return sql`${c} = COALESCE(r.${c}, p.${c})`;
          }),
          sql`, `,
        );
        await tx.execute(
          sql`UPDATE people p SET ${sets}, version = p.version + 1, updated_at = ${now}::timestamptz
              FROM ${staged(importId, 'update')} AND p.id = s.person_id`,
        );
      }
      // The search text also holds the CV: rebuilt per person, only where a part of it changed.
      for (const id of refresh) await refreshSearchText(tx, id);
      // ONE audit row for the import, not one per person: it names the file (its SHA-256), the mapping and the
      // counts, and every created record carries created_by and the import's time. Tens of thousands of
      // 'person.create' rows would serialise on the audit chain's lock and bury the trail without telling more.
      await recordAudit(tx, auditActorOf(actor), {
        action: 'person.import',
        entityType: 'person_import',
        entityId: importId,
        purpose: 'administration',
        details: {
          file: { sha256: s.fileSha256, ...s.file },
          rows: s.rows,
          created: s.created,
          updated: s.updated,
          mapping: s.mapping,
        },
      });
      await deleteStaging(tx, importId);
      return { importId, rows: s.rows, created: s.created, updated: s.updated, fileSha256: s.fileSha256 };
    });
    progress({ phase: 'done', processed: s.rows, total: s.rows });
    return result;
  } catch (err) {
    await deleteStaging(deps.db, importId).catch(() => {});
    throw err;
  }
}

function importInvalid(issues: RowIssue[], locale: Locale) {
  const errors = toErrors(issues, locale);
  const first = errors[0];
  return new AppError(
    'import_invalid',
    {
      count: issues.length,
      first: first ? `${first.row}, ${first.column || first.field}: ${first.message}` : '',
    },
    { members: { importErrors: errors, errorCount: issues.length } },
  );
}

/**
 * Commits a file all or nothing in two phases, so that other users are not kept waiting (PGlite has one
 * connection, and a transaction holds it): phase 1 (stageImport) validates and stages the rows in short
 * statements, phase 2 (finishImport) re-checks what may have changed meanwhile and writes everything in one short
 * set-based transaction. Either every row is written or none (a refused or failed import leaves no staging rows).
 */
export async function commitImport(
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions & { importId?: string } = {},
): Promise<CommitResult> {
  const s = await stageImport(deps, actor, file, options);
  return finishImport(deps, actor, s, options);
}
