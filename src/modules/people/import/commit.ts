// Import, part two: writing a validated file in one transaction (batched INSERT / UPDATE from unnested array
// parameters), refreshing the search text where needed and recording one 'person.import' audit row.

import { createHash, randomUUID } from 'node:crypto';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { auditActorOf } from '../../../platform/audit/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import type { Actor } from '../../../platform/policy/policy.ts';
import { personFieldNames } from '../contract.ts';
import { people } from '../db.ts';
import { buildSearchText } from '../domain/search-text.ts';
import { refreshSearchText } from '../search-index.ts';
import { analyse, type ImportFile, type ImportOptions, startAs, toErrors } from './dry-run.ts';
import type { ImportTarget } from './mapping.ts';
import type { PersonFields, RowIssue } from './validate.ts';

export type CommitResult = {
  importId: string;
  rows: number;
  created: number;
  updated: number;
  fileSha256: string;
};

// --- Writing ------------------------------------------------------------------------------------------------------

const BATCH = 2000;
const columnsOf = getTableColumns(people);
type PeopleKey = keyof typeof columnsOf;

/** A value as the text PostgreSQL casts back to the column's type (arrays as array literals). */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return `{${value.map((v) => `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  return String(value);
}

/** One array parameter per column, unnested by the database: a few dozen parameters per thousands of rows. */
function unnestArrays(keys: PeopleKey[], rows: Record<string, unknown>[]) {
  const arrays = sql.join(
    keys.map((k) => sql`${sql.param(rows.map((r) => asText(r[k])))}::text[]`),
    sql`, `,
  );
  const aliases = sql.join(
    keys.map((_, i) => sql.identifier(`c${i}`)),
    sql`, `,
  );
  return sql`unnest(${arrays}) AS u(${aliases})`;
}
const castOf = (k: PeopleKey, i: number): SQL =>
  sql`u.${sql.identifier(`c${i}`)}::${sql.raw(columnsOf[k].getSQLType())}`;

// Every person field except the circoscrizione, which spreadsheets do not carry.
const personKeys = personFieldNames.filter((k) => k !== 'residenceSubdivisionId') as (keyof PersonFields &
  PeopleKey)[];

async function insertBatch(tx: Tx, rows: Record<string, unknown>[]) {
  const keys = Object.keys(rows[0]!) as PeopleKey[];
  const names = sql.join(
    keys.map((k) => sql.identifier(columnsOf[k].name)),
    sql`, `,
  );
  const casts = sql.join(
    keys.map((k, i) => castOf(k, i)),
    sql`, `,
  );
  await tx.execute(sql`INSERT INTO ${people} (${names}) SELECT ${casts} FROM ${unnestArrays(keys, rows)}`);
}

/** Only the fields the file maps are written; a null (empty cell) keeps the stored value. */
async function updateBatch(tx: Tx, keys: PeopleKey[], rows: Record<string, unknown>[], now: Date) {
  const all: PeopleKey[] = ['id', ...keys];
  const sets = sql.join(
    keys.map((k, i) => {
      const column = sql.identifier(columnsOf[k].name);
      return sql`${column} = COALESCE(${castOf(k, i + 1)}, ${people}.${column})`;
    }),
    sql`, `,
  );
  await tx.execute(
    sql`UPDATE ${people} SET ${sets}, version = ${people}.version + 1, updated_at = ${now.toISOString()}::timestamptz
        FROM ${unnestArrays(all, rows)} WHERE ${people}.id = u.c0::uuid`,
  );
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
 * Validates the whole file again inside the writing transaction (the data may have changed since the dry run),
 * refuses with every error (400) unless all rows are valid, then writes all rows in this one transaction.
 * On PGlite (one connection) other requests wait while it runs: ≈ seconds for 100,000 rows (see the report).
 */
export async function commitImport(
  deps: Deps,
  actor: Actor,
  file: ImportFile,
  options: ImportOptions & { importId?: string } = {},
): Promise<CommitResult> {
  startAs(actor);
  const locale = options.locale ?? 'it';
  const progress = options.onProgress ?? (() => {});
  const importId = options.importId ?? randomUUID();
  const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
  return deps.db.transaction(async (tx) => {
    const a = await analyse(tx, deps, actor, file, { ...options, lock: true });
    if (a.issues.length) throw importInvalid(a.issues, locale);
    const total = a.valid.length;
    const now = deps.now();
    const creates: Record<string, unknown>[] = [];
    const updates: Record<string, unknown>[] = [];
    const refresh: string[] = [];
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
    for (const v of a.valid) {
      const current = a.existing.get(v.person.taxCode);
      if (!current) {
        const row: Record<string, unknown> = {};
        for (const k of personKeys) row[k] = v.person[k] ?? null;
        Object.assign(row, {
          // The search text of a new person: names and comune (no CV yet), as refreshSearchText would build it.
          searchText: buildSearchText({
            givenName: v.person.givenName,
            familyName: v.person.familyName,
            residenceComuneName: v.residenceComuneName,
          }),
          ownerOrganisationId: actor.organisationId,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        creates.push(row);
      } else {
        const row: Record<string, unknown> = { id: current.id };
        for (const k of updateKeys) row[k] = v.provided.has(k) ? (v.person[k] ?? null) : null;
        updates.push(row);
        // The search text also holds the CV: rebuilt (per person) only when a part of it changed.
        if (
          (v.provided.has('givenName') && v.person.givenName !== current.givenName) ||
          (v.provided.has('familyName') && v.person.familyName !== current.familyName) ||
          (v.provided.has('residenceComuneCode') && v.person.residenceComuneCode !== current.residence)
        )
          refresh.push(current.id);
      }
    }
    let processed = 0;
    progress({ phase: 'writing', processed, total });
    for (let i = 0; i < creates.length; i += BATCH) {
      const batch = creates.slice(i, i + BATCH);
      await insertBatch(tx, batch);
      processed += batch.length;
      progress({ phase: 'writing', processed, total });
    }
    if (updateKeys.length) {
      for (let i = 0; i < updates.length; i += BATCH) {
        const batch = updates.slice(i, i + BATCH);
        await updateBatch(tx, updateKeys, batch, now);
        processed += batch.length;
        progress({ phase: 'writing', processed, total });
      }
    }
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
        file: {
          sha256: fileSha256,
          name: file.name ?? null,
          format: a.sheet.format,
          bytes: file.bytes.length,
        },
        rows: total,
        created: creates.length,
        updated: updates.length,
        mapping: a.mapping,
      },
    });
    progress({ phase: 'done', processed: total, total });
    return { importId, rows: total, created: creates.length, updated: updates.length, fileSha256 };
  });
}
