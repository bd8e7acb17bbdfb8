// Importing employers from a spreadsheet (CSV or XLSX), the people import's way: the whole file is read and
// validated first (analyse.ts; dry run: every bad row with its reason and field), then written all-or-nothing in
// ONE transaction. Deduplication by codice fiscale: a code already in the registry updates that employer (its
// non-empty cells; a new site comune or contact name is added), a code repeated inside the file is an error naming
// both rows, a code kept by another network is an error. Registries are small (thousands of rows): no staging.
import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { auditActorOf } from '../../../platform/audit/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { type Actor, authorize } from '../../../platform/policy/policy.ts';
import { atecoColumns } from '../checks.ts';
import { employerContacts, employerSites, employers } from '../db.ts';
import {
  analyse,
  type EmployerCommit,
  type EmployerDryRun,
  type EmployerImportOptions,
  toErrors,
} from './analyse.ts';
import type { EmployerRow } from './mapping.ts';

export type {
  EmployerCommit,
  EmployerDryRun,
  EmployerImportError,
  EmployerImportOptions,
} from './analyse.ts';

function startAs(actor: Actor) {
  authorize(actor, 'employer.import');
  if (!actor.organisationId) throw new AppError('forbidden');
}

export async function dryRunEmployerImport(
  deps: Deps,
  actor: Actor,
  bytes: Buffer,
  options: EmployerImportOptions = {},
): Promise<EmployerDryRun> {
  startAs(actor);
  const a = await deps.db.transaction((tx) => analyse(tx, actor, bytes, options));
  const toUpdate = a.valid.filter((v) => a.existing.has(v.input.taxCode)).length;
  return {
    format: a.sheet.format,
    columns: a.sheet.columns,
    mapping: a.mapping,
    rows: a.sheet.rows.length,
    valid: a.valid.length,
    toCreate: a.valid.length - toUpdate,
    toUpdate,
    errors: toErrors(a.issues, options.locale ?? 'it'),
    errorCount: a.issues.length,
  };
}

/** The employer columns a row writes on an update: only the cells that were filled in. */
function updateValues(v: EmployerRow) {
  const { sites: _s, contacts: _c, ...fields } = v.input;
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(fields)) if (v.provided.has(k)) out[k] = value;
  if (v.provided.has('atecoCode')) Object.assign(out, atecoColumns(fields));
  return out;
}

export async function commitEmployerImport(
  deps: Deps,
  actor: Actor,
  bytes: Buffer,
  options: EmployerImportOptions = {},
): Promise<EmployerCommit> {
  startAs(actor);
  const importId = randomUUID();
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  return deps.db.transaction(async (tx) => {
    const a = await analyse(tx, actor, bytes, options);
    if (a.issues.length) {
      const errors = toErrors(a.issues, options.locale ?? 'it');
      const first = errors[0]!;
      throw new AppError(
        'import_invalid',
        { count: a.issues.length, first: `${first.row}, ${first.column || first.field}: ${first.message}` },
        { members: { importErrors: errors, errorCount: a.issues.length } },
      );
    }
    const now = deps.now();
    let created = 0;
    let updated = 0;
    for (const v of a.valid) {
      const { sites, contacts, ...fields } = v.input;
      let id = a.existing.get(fields.taxCode);
      if (id) {
        const [cur] = await tx
          .select({ version: employers.version })
          .from(employers)
          .where(eq(employers.id, id));
        const changed = Object.keys(updateValues(v));
        await tx
          .update(employers)
          .set({ ...updateValues(v), version: cur!.version + 1, updatedAt: now })
          .where(eq(employers.id, id));
        const have = await tx
          .select({ comune: employerSites.comuneCode })
          .from(employerSites)
          .where(eq(employerSites.employerId, id));
        const newSites = sites
          .filter((s) => !have.some((h) => h.comune === s.comuneCode))
          .map((s) => ({ ...s, headquarters: have.length === 0 }));
        if (newSites.length)
          await tx.insert(employerSites).values(newSites.map((s) => ({ ...s, employerId: id! })));
        const people = await tx
          .select({ name: employerContacts.name })
          .from(employerContacts)
          .where(eq(employerContacts.employerId, id));
        const newContacts = contacts.filter(
          (c) => !people.some((p) => p.name.toLowerCase() === c.name.toLowerCase()),
        );
        if (newContacts.length)
          await tx.insert(employerContacts).values(newContacts.map((c) => ({ ...c, employerId: id! })));
        await recordAudit(tx, auditActorOf(actor), {
          action: 'employer.update',
          entityType: 'employer',
          entityId: id,
          purpose: 'employer_relations',
          details: { changed, version: cur!.version + 1, importId },
        });
        updated++;
      } else {
        const [row] = await tx
          .insert(employers)
          .values({
            ...fields,
            ...atecoColumns(fields),
            ownerOrganisationId: actor.organisationId!,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: employers.id });
        id = row!.id;
        if (sites.length)
          await tx.insert(employerSites).values(sites.map((s) => ({ ...s, employerId: id! })));
        if (contacts.length)
          await tx.insert(employerContacts).values(contacts.map((c) => ({ ...c, employerId: id! })));
        created++;
      }
    }
    await recordAudit(tx, auditActorOf(actor), {
      action: 'employer.import',
      entityType: 'employer',
      entityId: null,
      purpose: 'employer_relations',
      details: { importId, rows: a.valid.length, created, updated, fileSha256, mapping: a.mapping },
    });
    return { importId, rows: a.valid.length, created, updated, fileSha256 };
  });
}
