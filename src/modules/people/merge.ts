// Merging duplicate person records (Banca Dati Lavoro): the preview (dry run) and the commit, in one transaction
// with optimistic locking on both records. The merged record is not deleted: it is marked (people.merged_into_id),
// hidden everywhere, its codice fiscale replaced by a tombstone, and every row hanging off it moved to the
// survivor. person_merges keeps the history; the audit trail names both ids.
import { eq, inArray, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import { inSequence } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, type FieldError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisationInScope } from '../network/service.ts';
import { personFieldNames } from './contract.ts';
import {
  people,
  personConsents,
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personMerges,
  personSkills,
  personSpecialRecords,
  personTrainings,
} from './db.ts';
import {
  duplicateKeys,
  type MergeFields,
  mergeConsents,
  mergeFields,
  mergeLanguages,
  mergeSkills,
  splitDuplicates,
  unionBy,
} from './domain/merge.ts';
import type { MergeInput, MergePreview } from './merge-contract.ts';
import { changesSince, checkPerson } from './records.ts';
import { refreshSearchText } from './search-index.ts';
import type { PersonRow } from './view.ts';

/**
 * Every column that references people(id) and what a merge does with it. tests/integration/people-merge.test.ts
 * compares this list with the database's foreign keys: a new table with a person_id fails that test until it is
 * listed here. Rows that are simply re-pointed ('move') need nothing else; the others are handled in moveRows.
 */
export const personReferences = {
  'person_education.person_id': 'moved; exact duplicates dropped',
  'person_experiences.person_id': 'moved; exact duplicates dropped',
  'person_trainings.person_id': 'moved; exact duplicates dropped',
  'person_languages.person_id': 'rewritten: one row per language, higher levels',
  'person_licences.person_id': 'rewritten: union',
  'person_skills.person_id': 'rewritten: one row per skill, higher level',
  'person_desired_occupations.person_id': 'rewritten: union',
  // Both consent histories are kept whole: the current state per purpose is the most recent event of either.
  'person_consents.person_id': 'move',
  // Encrypted: moved without reading the content. If both records hold the same category, both rows stay and the
  // social worker reconciles them (the list shows both).
  'person_special_records.person_id': 'move',
  'person_documents.person_id': 'move',
  // A pending invitation to self-service must lead to the record that lives on.
  'self_service_invitations.person_id': 'move',
  // A person proposed for vacancies keeps the path under the surviving record; where both records are on the
  // same shortlist, the survivor's entry stays and the other goes (see moveRows).
  'shortlist_entries.person_id': 'move',
  'people.merged_into_id': 'earlier merges into the merged record now point at the survivor',
  'person_merges.survivor_id': 'history, kept',
  'person_merges.merged_id': 'history, kept',
} as const;

/** The tombstone that frees the unique codice fiscale (the original stays in person_merges.former_tax_codes). */
export const mergedTaxCode = (id: string) => `MERGED:${id}`;

const fieldsOf = (p: PersonRow) =>
  Object.fromEntries(personFieldNames.map((f) => [f, p[f] ?? null])) as MergeFields;

const gone = (p: PersonRow | undefined) => !p || p.anonymisedAt !== null || p.mergedIntoId !== null;

async function loadSide(tx: Tx, id: string) {
  const [education, experiences, trainings, languages, licences, skills, desired, consents, special] =
    await inSequence([
      tx.select().from(personEducation).where(eq(personEducation.personId, id)),
      tx.select().from(personExperiences).where(eq(personExperiences.personId, id)),
      tx.select().from(personTrainings).where(eq(personTrainings.personId, id)),
      tx.select().from(personLanguages).where(eq(personLanguages.personId, id)),
      tx.select().from(personLicences).where(eq(personLicences.personId, id)),
      tx.select().from(personSkills).where(eq(personSkills.personId, id)),
      tx.select().from(personDesiredOccupations).where(eq(personDesiredOccupations.personId, id)),
      tx.select().from(personConsents).where(eq(personConsents.personId, id)),
      tx
        .select({ id: personSpecialRecords.id })
        .from(personSpecialRecords)
        .where(eq(personSpecialRecords.personId, id)),
    ]);
  return { education, experiences, trainings, languages, licences, skills, desired, consents, special };
}

type Side = Awaited<ReturnType<typeof loadSide>>;

/** Everything the merge will do, computed from the two records (pure apart from the checks of the result). */
async function plan(
  tx: Tx,
  survivor: PersonRow,
  merged: PersonRow,
  s: Side,
  m: Side,
  input: MergeInput,
  now: Date,
) {
  const { fields, conflicts } = mergeFields(fieldsOf(survivor), fieldsOf(merged), input.fieldChoices);
  const problems: FieldError[] = conflicts
    .filter((c) => c.chosen === null)
    .map((c) => ({ field: `fieldChoices.${c.field}`, code: 'merge_choice_required' }));
  // One record, one self-service account: two different accounts need the citizen's help first.
  if (survivor.userId && merged.userId && survivor.userId !== merged.userId)
    problems.push({ field: 'userId', code: 'merge_two_accounts' });
  // The result must be a valid record: e.g. the chosen codice fiscale must match the chosen birth date.
  problems.push(...(await checkPerson(tx, fields as unknown as Parameters<typeof checkPerson>[1], now)));
  const ids = {
    education: splitDuplicates(s.education, m.education, duplicateKeys.education),
    experiences: splitDuplicates(s.experiences, m.experiences, duplicateKeys.experiences),
    trainings: splitDuplicates(s.trainings, m.trainings, duplicateKeys.trainings),
  };
  const rows = {
    languages: mergeLanguages(s.languages, m.languages),
    licences: unionBy(s.licences, m.licences, (l) => `${l.scheme}|${l.code}`),
    skills: mergeSkills(s.skills, m.skills),
    desired: unionBy(s.desired, m.desired, (d) => d.occupationUri),
  };
  const consents = mergeConsents(s.consents, m.consents);
  const count = (a: unknown[], b: unknown[], result: number) => ({
    survivor: a.length,
    merged: b.length,
    result,
  });
  const preview: MergePreview = {
    survivorId: survivor.id,
    mergedId: merged.id,
    dryRun: input.dryRun,
    fields: fields as MergePreview['fields'],
    conflicts: conflicts as MergePreview['conflicts'],
    problems: problems.map(({ field, code }) => ({ field, code })),
    cv: {
      education: count(s.education, m.education, s.education.length + ids.education.move.length),
      experiences: count(s.experiences, m.experiences, s.experiences.length + ids.experiences.move.length),
      trainings: count(s.trainings, m.trainings, s.trainings.length + ids.trainings.move.length),
      languages: count(s.languages, m.languages, rows.languages.length),
      licences: count(s.licences, m.licences, rows.licences.length),
      skills: count(s.skills, m.skills, rows.skills.length),
      desiredOccupations: count(s.desired, m.desired, rows.desired.length),
    },
    consents: consents.current.map((c) => ({
      purpose: c.purpose,
      state: c.state,
      at: c.last ? c.last.at.toISOString() : null,
    })),
    specialRecords: s.special.length + m.special.length,
    version: null,
  };
  return { fields, problems, ids, rows, preview };
}

type Plan = Awaited<ReturnType<typeof plan>>;

/** Moves or rewrites every row that hangs off the merged record (see personReferences). */
async function moveRows(tx: Tx, survivorId: string, mergedId: string, p: Plan) {
  const both = [survivorId, mergedId];
  for (const [table, split] of [
    [personEducation, p.ids.education],
    [personExperiences, p.ids.experiences],
    [personTrainings, p.ids.trainings],
  ] as const) {
    if (split.drop.length) await tx.delete(table).where(inArray(table.id, split.drop));
    if (split.move.length)
      await tx.update(table).set({ personId: survivorId }).where(inArray(table.id, split.move));
  }
  // Tables keyed by (person, value): delete both sides and write the union once.
  await tx.delete(personLanguages).where(inArray(personLanguages.personId, both));
  await tx.delete(personLicences).where(inArray(personLicences.personId, both));
  await tx.delete(personSkills).where(inArray(personSkills.personId, both));
  await tx.delete(personDesiredOccupations).where(inArray(personDesiredOccupations.personId, both));
  const own = <R extends object>(rows: R[]) => rows.map((r) => ({ ...r, personId: survivorId }));
  if (p.rows.languages.length) await tx.insert(personLanguages).values(own(p.rows.languages));
  if (p.rows.licences.length) await tx.insert(personLicences).values(own(p.rows.licences));
  if (p.rows.skills.length) await tx.insert(personSkills).values(own(p.rows.skills));
  if (p.rows.desired.length) await tx.insert(personDesiredOccupations).values(own(p.rows.desired));
  // Raw table names: the shortlists belong to the vacancies module (a module never imports another's tables).
  await tx.execute(
    sql`DELETE FROM shortlist_entries m WHERE m.person_id = ${mergedId}
        AND EXISTS (SELECT 1 FROM shortlist_entries s WHERE s.person_id = ${survivorId} AND s.vacancy_id = m.vacancy_id)`,
  );
  for (const [ref, how] of Object.entries(personReferences)) {
    if (how !== 'move') continue;
    const [table, column] = ref.split('.') as [string, string];
    await tx.execute(
      sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${survivorId} WHERE ${sql.identifier(column)} = ${mergedId}`,
    );
  }
  await tx.update(people).set({ mergedIntoId: survivorId }).where(eq(people.mergedIntoId, mergedId));
}

/** The merge preview (dryRun) or the merge itself. */
export async function mergePeople(deps: Deps, actor: Actor, input: MergeInput): Promise<MergePreview> {
  const scope = authorize(actor, 'person.merge');
  return deps.db.transaction(async (tx) => {
    // Locked in id order, so two merges touching the same records cannot deadlock.
    const rows = await tx
      .select()
      .from(people)
      .where(inArray(people.id, [input.survivorId, input.mergedId]))
      .orderBy(people.id)
      .for('update');
    const survivor = rows.find((r) => r.id === input.survivorId);
    const merged = rows.find((r) => r.id === input.mergedId);
    for (const p of [survivor, merged]) {
      if (gone(p) || !(await organisationInScope(tx, actor, scope, p!.ownerOrganisationId))) throw notFound();
    }
    if (!survivor || !merged) throw notFound();
    const stale = [];
    for (const [side, p, version] of [
      ['survivor', survivor, input.survivorVersion],
      ['merged', merged, input.mergedVersion],
    ] as const) {
      if (p.version !== version)
        stale.push({
          id: p.id,
          side,
          currentVersion: p.version,
          changedFields: await changesSince(tx, p.id, version),
        });
    }
    if (stale.length)
      throw new AppError(
        'version_conflict',
        {},
        { members: { changedFields: [...new Set(stale.flatMap((s) => s.changedFields))], stale } },
      );
    const now = deps.now();
    const [s, m] = [await loadSide(tx, survivor.id), await loadSide(tx, merged.id)];
    const p = await plan(tx, survivor, merged, s, m, input, now);
    if (input.dryRun) return p.preview;
    if (p.problems.length) throw validationError(p.problems);

    // The tombstone first: the survivor may take over the merged record's codice fiscale (UNIQUE).
    await tx
      .update(people)
      .set({
        taxCode: mergedTaxCode(merged.id),
        mergedIntoId: survivor.id,
        mergedAt: now,
        mergedBy: actor.userId,
        userId: null,
        searchText: '',
        version: merged.version + 1,
        updatedAt: now,
      })
      .where(eq(people.id, merged.id));
    const version = survivor.version + 1;
    const changed = personFieldNames.filter(
      (f) => JSON.stringify(p.fields[f] ?? null) !== JSON.stringify(survivor[f] ?? null),
    );
    await tx
      .update(people)
      .set({
        ...(p.fields as Partial<PersonRow>),
        hasSpecialCategory: survivor.hasSpecialCategory || merged.hasSpecialCategory,
        userId: survivor.userId ?? merged.userId,
        version,
        updatedAt: now,
      })
      .where(eq(people.id, survivor.id));
    await moveRows(tx, survivor.id, merged.id, p);
    const { searchText: _t, searchVector: _v, ...snapshot } = merged;
    await tx.insert(personMerges).values({
      survivorId: survivor.id,
      mergedId: merged.id,
      formerTaxCodes: [survivor.taxCode, merged.taxCode].filter((c) => c !== p.fields.taxCode),
      fieldChoices: input.fieldChoices,
      snapshot,
      mergedBy: actor.userId,
      organisationId: actor.organisationId,
      at: now,
    });
    await refreshSearchText(tx, survivor.id);
    // `changed` and `version` as for person.update: a stale edit of the survivor lists what the merge changed.
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.merge',
      entityType: 'person',
      entityId: survivor.id,
      purpose: 'administration',
      details: { role: 'survivor', mergedId: merged.id, changed, version, fieldChoices: input.fieldChoices },
    });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.merge',
      entityType: 'person',
      entityId: merged.id,
      purpose: 'administration',
      details: { role: 'merged', survivorId: survivor.id },
    });
    return { ...p.preview, version };
  });
}
