// Import, part two: committing a validated file all or nothing without holding the database for long (ADR 0010).
// Phase 1 validates, then writes the prepared rows into person_import_staging AND the new people, hidden
// (hidden.ts), in short transactions with other requests served in between; phase 2 checks, in one short
// transaction, what may have changed meanwhile, writes the updates, makes the new people visible all at once by
// deleting the import's pending row and records one 'person.import' audit row.

import { createHash, randomUUID } from 'node:crypto';
import { auditActorOf } from '../../../platform/audit/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { queryRows, sql } from '../../../platform/db/client.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import type { Actor } from '../../../platform/policy/policy.ts';
import { buildSearchText } from '../domain/search-text.ts';
import { refreshSearchText } from '../search-index.ts';
import { analyse, type ImportFile, type ImportOptions, startAs, toErrors, yieldToOthers } from './dry-run.ts';
import {
  column,
  dropAbandoned,
  dropImport,
  openImport,
  type PeopleKey,
  personKeys,
  type StagedRow,
  writeChunk,
} from './hidden.ts';
import type { ColumnMapping, ImportTarget } from './mapping.ts';
import { applyUpdates, changedMeanwhile, dropUnchanged, toRefresh } from './recheck.ts';
import './texts.ts';
import type { RowIssue } from './validate.ts';

export type CommitResult = {
  importId: string;
  rows: number;
  created: number;
  updated: number;
  fileSha256: string;
};

// --- Phase 1: staging and hidden people -------------------------------------------------------------------------

/**
 * Rows per phase-1 transaction: writing a new person (every index of `people`, the full-text GIN included, and the
 * foreign-key checks) costs ~0.2 ms on PGlite unloaded, so 500 take ~0.1 s — what another user may wait at worst
 * behind one chunk (bench: `npm run bench -- import`). Smaller chunks only add round trips.
 */
const CHUNK = 500;

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

/**
 * Phase 1, outside any long transaction: validates the file (read-only queries), refuses with every error (400)
 * unless all rows are valid, then writes CHUNK rows per transaction — staging rows and hidden new people — letting
 * other requests run between them. Nobody sees any of it until finishImport; on failure it is all deleted.
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
  await dropAbandoned(deps);
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
  const lost: RowIssue[] = [];
  progress({ phase: 'writing', processed, total });
  try {
    await openImport(deps.db, importId, now);
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
      for (const l of await writeChunk(deps.db, actor, importId, chunk, now))
        lost.push({ row: l.row, column: a.mapping.taxCode!, field: 'taxCode', code: l.code });
      const updates = chunk.filter((r) => r.kind === 'update').map((r) => r.row);
      await dropUnchanged(deps.db, importId, updateKeys, updates);
      processed += chunk.length;
      progress({ phase: 'writing', processed, total });
      await yieldToOthers();
    }
    // Codici fiscali taken between validation and writing: all-or-nothing, so the whole import is refused.
    if (lost.length) throw importInvalid(lost, locale);
  } catch (err) {
    await dropImport(deps.db, importId).catch(() => {});
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

/**
 * Phase 2, ONE short transaction: refuses (400, naming the rows) when something changed since phase 1 makes a row
 * wrong, else writes the updates (set-based, only the people that change), refreshes their search text where a
 * name or the comune changed, makes every new person visible by deleting the import's pending row and records the
 * audit row. Then (outside it) the staging rows are deleted in chunks. When it fails, the hidden people and the
 * staging rows are deleted: nothing of the import was ever visible.
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
  const recheck = { importId, taxCodeColumn: s.mapping.taxCode!, updateKeys: s.updateKeys };
  let result: CommitResult;
  try {
    result = await deps.db.transaction(async (tx) => {
      const { issues, writable } = await changedMeanwhile(tx, actor, recheck);
      if (issues.length) throw importInvalid(issues, locale);
      const now = deps.now().toISOString();
      const refresh = await toRefresh(tx, recheck);
      if (s.updated) await applyUpdates(tx, recheck, writable, now);
      // The search text also holds the CV: rebuilt per person, only where a part of it changed.
      for (const id of refresh) await refreshSearchText(tx, id);
      // The commit point for the new people: one row deleted, and all of them are visible (visibility.ts).
      const opened = await queryRows<{ id: string }>(
        tx,
        sql`DELETE FROM person_import_pending WHERE import_id = ${importId}::uuid RETURNING import_id AS id`,
      );
      // Only if it was dropped as abandoned meanwhile (after a day): its people are gone, so nothing is written.
      if (!opened.length) throw new Error(`Import ${importId} is no longer pending`);
      // ONE audit row for the import, not one per person: it names the file (its SHA-256), the mapping and the
      // counts, and every created record carries created_by, the import's time and its id (people.import_id).
      // Tens of thousands of 'person.create' rows would serialise on the audit chain's lock and bury the trail
      // without telling more.
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
      return { importId, rows: s.rows, created: s.created, updated: s.updated, fileSha256: s.fileSha256 };
    });
  } catch (err) {
    await dropImport(deps.db, importId).catch(() => {});
    throw err;
  }
  // Committed: the staging rows are only bookkeeping now (a failure here leaves them to the abandoned clean-up).
  await dropImport(deps.db, importId).catch(() => {});
  progress({ phase: 'done', processed: s.rows, total: s.rows });
  return result;
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
 * connection, and a transaction holds it): phase 1 (stageImport) validates and writes the rows, new people hidden,
 * in short transactions; phase 2 (finishImport) re-checks what may have changed meanwhile, writes the updates and
 * makes the new people visible, in one short transaction. Either every row is visible or none (a refused or failed
 * import leaves no staging rows and no hidden people).
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
