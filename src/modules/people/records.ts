// Use cases on the person record: register (codice fiscale checked part by part, duplicates shown before saving),
// read (always with a stated purpose, audited), update (optimistic locking that says what changed meanwhile).
import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditEvents } from '../../platform/audit/db.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, type FieldError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { comuneSubdivisions, comuni } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import {
  type PersonInput,
  type PersonUpdate,
  type PersonView,
  personFieldNames,
  type ReadPurpose,
} from './contract.ts';
import { people } from './db.ts';
import { duplicateReason } from './domain/duplicates.ts';
import { taxCodeMismatches } from './domain/tax-code-check.ts';
import { survivorByOldTaxCode } from './merge-lookup.ts';
import { refreshSearchText } from './search-index.ts';
import { loadPersonRow, toView } from './view.ts';
import { heldByPendingImport, visiblePerson } from './visibility.ts';

export type PersonFields = Omit<PersonInput, 'confirmNotDuplicate'>;
const today = (now: Date) => now.toISOString().slice(0, 10);

/** Checks what zod cannot: the codice fiscale against the declared identity, comuni, dates. */
export async function checkPerson(tx: Tx, input: PersonFields, now: Date): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  const codes = [input.residenceComuneCode, input.birthComuneCode].filter((c): c is string => Boolean(c));
  const found = await tx
    .select({ code: comuni.code, belfiore: comuni.belfiore })
    .from(comuni)
    .where(sql`${comuni.code} IN ${codes}`);
  const belfiore = new Map(found.map((c) => [c.code, c.belfiore]));
  if (!belfiore.has(input.residenceComuneCode))
    fields.push({ field: 'residenceComuneCode', code: 'unknown_comune' });
  if (input.birthCountry === 'IT' && !input.birthComuneCode)
    fields.push({ field: 'birthComuneCode', code: 'birth_comune_required' });
  if (input.birthComuneCode && !belfiore.has(input.birthComuneCode))
    fields.push({ field: 'birthComuneCode', code: 'unknown_comune' });
  if (input.residenceSubdivisionId) {
    const [s] = await tx
      .select()
      .from(comuneSubdivisions)
      .where(eq(comuneSubdivisions.id, input.residenceSubdivisionId));
    if (!s || s.comuneCode !== input.residenceComuneCode) {
      fields.push({ field: 'residenceSubdivisionId', code: 'subdivision_not_in_comune' });
    }
  }
  for (const f of ['birthDate', 'didDate', 'unemployedSince'] as const) {
    const value = input[f];
    if (value && value > today(now)) fields.push({ field: f, code: 'date_in_future' });
  }
  // Born abroad: the birthplace part of the code is a Z-code; in Italy: the comune's cadastral code.
  const birthplaceCode =
    input.birthCountry === 'IT' ? (belfiore.get(input.birthComuneCode ?? '') ?? null) : null;
  const mismatches = taxCodeMismatches(input.taxCode, { ...input, birthplaceCode });
  if (input.birthCountry !== 'IT' && !mismatches.includes('format') && input.taxCode[11] !== 'Z')
    mismatches.push('birthplace');
  for (const part of mismatches) fields.push({ field: 'taxCode', code: `tax_code_${part}` });
  return fields;
}

export async function findDuplicates(
  tx: Tx,
  actor: Actor,
  input: { givenName: string; familyName: string; birthDate: string },
) {
  const scope = authorize(actor, 'person.read');
  const born = await tx
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      birthDate: people.birthDate,
      owner: people.ownerOrganisationId,
      residenceComuneName: comuni.name,
    })
    .from(people)
    .innerJoin(comuni, eq(comuni.code, people.residenceComuneCode))
    .where(
      and(
        eq(people.birthDate, input.birthDate),
        sql`${people.anonymisedAt} IS NULL`,
        sql`${people.mergedIntoId} IS NULL`,
        visiblePerson(),
      ),
    )
    .limit(500);
  const out = [];
  for (const c of born) {
    const reason = duplicateReason(input, c);
    // People outside the caller's scope are not shown (the codice fiscale check still catches true duplicates).
    if (reason && (await organisationInScope(tx, actor, scope, c.owner))) {
      out.push({
        id: c.id,
        givenName: c.givenName,
        familyName: c.familyName,
        birthDate: c.birthDate,
        residenceComuneName: c.residenceComuneName,
        reason,
      });
    }
  }
  return out;
}

export async function createPerson(deps: Deps, actor: Actor, input: PersonInput): Promise<PersonView> {
  authorize(actor, 'person.create');
  if (!actor.organisationId) throw new AppError('forbidden');
  const { confirmNotDuplicate, ...fields } = input;
  return deps.db.transaction(async (tx) => {
    const problems = await checkPerson(tx, fields, deps.now());
    if (problems.length) throw validationError(problems);
    // Held by a hidden person of an import being committed (visibility.ts): refused, the record not shown.
    if (await heldByPendingImport(tx, fields.taxCode))
      throw new AppError('conflict', { reason: 'person_being_imported' });
    // A codice fiscale that belonged to a merged duplicate leads to the record it was merged into.
    const [same] = [
      ...(await tx.select().from(people).where(eq(people.taxCode, fields.taxCode))),
      ...[await survivorByOldTaxCode(tx, fields.taxCode)].filter((p) => p !== null),
    ];
    if (same) {
      const readScope = authorize(actor, 'person.read');
      const visible = await organisationInScope(tx, actor, readScope, same.ownerOrganisationId);
      throw visible
        ? new AppError(
            'conflict',
            { reason: 'duplicate_person', name: `${same.givenName} ${same.familyName}` },
            { members: { duplicateOf: same.id } },
          )
        : new AppError('conflict', { reason: 'duplicate_person_elsewhere' });
    }
    if (!confirmNotDuplicate) {
      const likely = await findDuplicates(tx, actor, fields);
      if (likely.length) throw new AppError('possible_duplicates', {}, { members: { duplicates: likely } });
    }
    const [created] = await tx
      .insert(people)
      .values({
        ...fields,
        ownerOrganisationId: actor.organisationId!,
        createdBy: actor.userId,
        createdAt: deps.now(),
        updatedAt: deps.now(),
      })
      .returning({ id: people.id });
    await refreshSearchText(tx, created!.id);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.create',
      entityType: 'person',
      entityId: created!.id,
      purpose: 'guidance',
      details: { confirmedNotDuplicate: Boolean(confirmNotDuplicate) },
    });
    return toView(tx, actor, (await loadPersonRow(tx, created!.id))!, deps.now());
  });
}

/** Reads a person: outside the read scope → 404; every read is audited with its purpose. */
export async function getPerson(
  deps: Deps,
  actor: Actor,
  id: string,
  purpose: ReadPurpose,
): Promise<PersonView> {
  const scope = authorize(actor, 'person.read');
  return deps.db.transaction(async (tx) => {
    const row = await loadPersonRow(tx, id);
    if (
      !row ||
      row.p.anonymisedAt ||
      !(await organisationInScope(tx, actor, scope, row.p.ownerOrganisationId))
    )
      throw notFound();
    // A merged duplicate: bookmarks and links still lead somewhere (the survivor), nothing of it is shown.
    if (row.p.mergedIntoId)
      throw new AppError('person_merged', {}, { members: { survivorId: row.p.mergedIntoId } });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.read',
      entityType: 'person',
      entityId: id,
      purpose,
    });
    return toView(tx, actor, row, deps.now());
  });
}

const editable = personFieldNames;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What others changed since `version` (from the audit trail), for a stale edit's error message. */
export async function changesSince(tx: Tx, id: string, version: number) {
  const rows = await tx
    .select({ details: auditEvents.details, actorUserId: auditEvents.actorUserId })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'person'),
        eq(auditEvents.entityId, id),
        // A merge changes the survivor's fields too (details carry `changed` and `version` the same way).
        inArray(auditEvents.action, ['person.update', 'person.merge']),
        gt(sql`(${auditEvents.details}->>'version')::int`, version),
      ),
    )
    .orderBy(desc(auditEvents.seq));
  const fields = new Set<string>();
  for (const r of rows) for (const f of (r.details as { changed?: string[] }).changed ?? []) fields.add(f);
  return [...fields];
}

export async function updatePerson(
  deps: Deps,
  actor: Actor,
  id: string,
  input: PersonUpdate,
): Promise<PersonView> {
  const readScope = authorize(actor, 'person.read');
  return deps.db.transaction(async (tx) => {
    const [current] = await tx.select().from(people).where(eq(people.id, id)).for('update');
    if (
      !current ||
      current.anonymisedAt ||
      current.mergedIntoId ||
      !(await organisationInScope(tx, actor, readScope, current.ownerOrganisationId))
    )
      throw notFound();
    const updateScope = authorize(actor, 'person.update');
    if (!(await organisationInScope(tx, actor, updateScope, current.ownerOrganisationId)))
      throw new AppError('forbidden');
    if (current.version !== input.version) {
      const changed = await changesSince(tx, id, input.version);
      throw new AppError(
        'version_conflict',
        {},
        { members: { changedFields: changed, currentVersion: current.version } },
      );
    }
    const { version: _v, ...fields } = input;
    const problems = await checkPerson(tx, fields, deps.now());
    if (problems.length) throw validationError(problems);
    if (fields.taxCode !== current.taxCode) {
      if (await heldByPendingImport(tx, fields.taxCode))
        throw new AppError('conflict', { reason: 'person_being_imported' });
      const [other] = await tx
        .select({ id: people.id })
        .from(people)
        .where(eq(people.taxCode, fields.taxCode));
      if (other) throw new AppError('conflict', { reason: 'duplicate_person_elsewhere' });
    }
    const changed = editable.filter((f) => !same(fields[f], current[f]));
    const version = current.version + 1;
    await tx
      .update(people)
      .set({ ...fields, version, updatedAt: deps.now() })
      .where(eq(people.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      purpose: 'guidance',
      details: { changed, version },
    });
    return toView(tx, actor, (await loadPersonRow(tx, id))!, deps.now());
  });
}
