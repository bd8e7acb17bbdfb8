// Merging duplicate person records: candidates, the dry-run preview, the commit in one transaction with optimistic
// locking on both records, what happens to the merged record (hidden, tombstoned codice fiscale, 410 with the
// survivor), who may merge, the audit on both ids, erasure of the survivor, and that every table referencing
// people is handled by the merge.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  people,
  personConsents,
  personExperiences,
  personLanguages,
  personMerges,
  personSpecialRecords,
} from '../../src/modules/people/db.ts';
import { personReferences } from '../../src/modules/people/merge.ts';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const SOCIAL_WORKER_CHIERI = 'valentina.cerutti@servizisociali-chierese.example';
const welder = starterOccupations.find((o) => o.labelIt === 'Saldatore/trice')!;
const forklift = starterOccupations.find((o) => o.labelIt === 'Carrellista')!;

const job = {
  employerName: 'Carpenteria Metallica Sangone S.r.l.',
  occupationUri: welder.uri,
  startDate: '2015-03-01',
  endDate: '2024-06-30',
};

describe.skipIf(skipDatabase)('merging duplicate people', () => {
  let t: TestApp;
  let op: Client;
  let survivor: { id: string; taxCode: string };
  let merged: { id: string; taxCode: string };

  const versionOf = async (id: string) =>
    (await t.deps.db.select({ v: people.version }).from(people).where(eq(people.id, id)))[0]!.v;
  const mergeBody = async (over: Record<string, unknown> = {}) => ({
    survivorId: survivor.id,
    mergedId: merged.id,
    survivorVersion: await versionOf(survivor.id),
    mergedVersion: await versionOf(merged.id),
    fieldChoices: {},
    dryRun: true,
    ...over,
  });
  const merge = async (c: Client, over: Record<string, unknown> = {}) =>
    c.request({ method: 'POST', url: '/api/people/merges', payload: await mergeBody(over) });
  const mergeAudits = async () =>
    (
      await t.deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(eq(auditEvents.action, 'person.merge'))
    )[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.sessionFor(CPI_OPERATOR);
    const create = async (givenName: string) => {
      const res = await op.request({
        method: 'POST',
        url: '/api/people',
        payload: { ...personPayload({ givenName, birthDate: '1971-03-04' }), confirmNotDuplicate: true },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    // The same man registered twice: once with a typo in the given name (and so another codice fiscale).
    survivor = await create('Giovanni');
    merged = await create('Giovani');
    const cv = async (id: string, body: Record<string, unknown>) => {
      const res = await op.request({
        method: 'PUT',
        url: `/api/people/${id}/cv`,
        payload: {
          version: await versionOf(id),
          cv: {
            education: [],
            experiences: [],
            trainings: [],
            languages: [],
            licences: [],
            skills: [],
            desiredOccupations: [],
            ...body,
          },
        },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await cv(survivor.id, {
      experiences: [job],
      languages: [
        {
          language: 'en',
          motherTongue: false,
          listening: 'B2',
          reading: 'A2',
          speaking: 'A2',
          writing: 'A2',
        },
      ],
      desiredOccupations: [welder.uri],
    });
    await cv(merged.id, {
      experiences: [
        { ...job, employerName: ' carpenteria metallica sangone s.r.l.' },
        { ...job, employerName: 'Logistica Po', occupationUri: forklift.uri },
      ],
      languages: [
        {
          language: 'en',
          motherTongue: false,
          listening: 'A2',
          reading: 'C1',
          speaking: 'A2',
          writing: 'A2',
        },
      ],
      desiredOccupations: [welder.uri, forklift.uri],
    });
    for (const [id, granted] of [
      [survivor.id, true],
      [merged.id, false],
    ] as const) {
      const res = await op.request({
        method: 'POST',
        url: `/api/people/${id}/consents`,
        payload: { purpose: 'share_cv_with_employers', granted, noticeVersion: '2026-11' },
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    const sw = await t.sessionFor(SOCIAL_WORKER_CHIERI);
    const special = await sw.request({
      method: 'PUT',
      url: `/api/people/${merged.id}/special-records`,
      payload: { category: 'disability', invalidityKind: 'civil', invalidityPercent: 67, l68Enrolled: true },
    });
    expect(special.statusCode, special.body).toBe(200);
  });
  afterAll(() => t?.close());

  it('lists the likely duplicates of a record', async () => {
    const res = await op.request({ method: 'GET', url: `/api/people/${survivor.id}/duplicates` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        id: merged.id,
        reason: 'similar_name_same_birth_date',
        taxCode: merged.taxCode,
      }),
    ]);
  });

  it('previews the merge without writing anything', async () => {
    const before = {
      s: await versionOf(survivor.id),
      m: await versionOf(merged.id),
      audits: await mergeAudits(),
    };
    const res = await merge(op);
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.conflicts.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['taxCode', 'givenName', 'email']),
    );
    expect(preview.problems).toEqual(
      expect.arrayContaining([{ field: 'fieldChoices.taxCode', code: 'merge_choice_required' }]),
    );
    expect(preview.cv.experiences).toEqual({ survivor: 1, merged: 2, result: 2 });
    expect(preview.cv.desiredOccupations).toEqual({ survivor: 1, merged: 2, result: 2 });
    expect(preview.specialRecords).toBe(1);
    // A choice that makes the result incoherent is reported: the merged code does not fit the survivor's name.
    const mixed = (
      await merge(op, { fieldChoices: { taxCode: 'merged', givenName: 'survivor', email: 'survivor' } })
    ).json();
    expect(mixed.problems).toEqual([expect.objectContaining({ field: 'taxCode', code: 'tax_code_name' })]);
    expect(await versionOf(survivor.id)).toBe(before.s);
    expect(await versionOf(merged.id)).toBe(before.m);
    expect(await mergeAudits()).toBe(before.audits);
    expect(await t.deps.db.select().from(personMerges)).toEqual([]);
    // Unresolved conflicts refuse the commit.
    expect((await merge(op, { dryRun: false })).statusCode).toBe(400);
  });

  it('refuses stale versions with what changed, writing nothing', async () => {
    const res = await merge(op, {
      dryRun: false,
      survivorVersion: 1,
      fieldChoices: { taxCode: 'survivor', givenName: 'survivor', email: 'merged' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().stale).toEqual([
      expect.objectContaining({
        id: survivor.id,
        side: 'survivor',
        changedFields: expect.arrayContaining(['cv.experiences']),
      }),
    ]);
    expect(await mergeAudits()).toBe(0);
    expect(
      (await t.deps.db.select().from(people).where(eq(people.id, merged.id)))[0]!.mergedIntoId,
    ).toBeNull();
  });

  it('refuses roles without person.merge (403) and records outside the scope (404)', async () => {
    const sw = await t.sessionFor(SOCIAL_WORKER_CHIERI);
    expect((await merge(sw)).statusCode).toBe(403);
    expect(
      (await sw.request({ method: 'GET', url: `/api/people/${survivor.id}/duplicates` })).statusCode,
    ).toBe(403);
    const c = await t.sessionFor(COORDINATOR);
    const session = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
    const circ2 = session.memberships.find((m: { organisationName: string }) =>
      m.organisationName.includes('Circoscrizione 2'),
    );
    await c.request({
      method: 'POST',
      url: '/api/auth/organisation',
      payload: { organisationId: circ2.organisationId },
    });
    expect((await merge(c)).statusCode).toBe(404);
    expect(
      (await c.request({ method: 'GET', url: `/api/people/${survivor.id}/duplicates` })).statusCode,
    ).toBe(404);
  });

  it('merges: rows moved, merged record hidden and tombstoned, audited on both ids', async () => {
    const res = await merge(op, {
      dryRun: false,
      fieldChoices: { taxCode: 'survivor', givenName: 'survivor', email: 'merged' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().fields.email).toBe('giovani.esposito@posta.example');
    const db = t.deps.db;
    const onSurvivor = async (
      table: typeof personExperiences | typeof personConsents | typeof personSpecialRecords,
    ) => db.select().from(table).where(eq(table.personId, survivor.id));
    const jobs = await db.select().from(personExperiences).where(eq(personExperiences.personId, survivor.id));
    expect(jobs.map((e) => e.employerName).sort()).toEqual([job.employerName, 'Logistica Po']);
    expect(await onSurvivor(personConsents)).toHaveLength(2);
    expect(await onSurvivor(personSpecialRecords)).toHaveLength(1);
    expect(await db.select().from(personLanguages).where(eq(personLanguages.personId, survivor.id))).toEqual([
      expect.objectContaining({ language: 'en', listening: 'B2', reading: 'C1' }),
    ]);
    for (const table of [personExperiences, personConsents, personSpecialRecords, personLanguages])
      expect(await db.select().from(table).where(eq(table.personId, merged.id))).toEqual([]);
    const [m] = await db.select().from(people).where(eq(people.id, merged.id));
    expect(m).toMatchObject({ mergedIntoId: survivor.id, taxCode: `MERGED:${merged.id}` });
    const [history] = await db.select().from(personMerges);
    expect(history).toMatchObject({
      survivorId: survivor.id,
      mergedId: merged.id,
      formerTaxCodes: [merged.taxCode],
    });
    expect((history!.snapshot as { givenName: string }).givenName).toBe('Giovani');

    // The survivor's view: the consent now withdrawn (the merged record's later event), special data flagged.
    const view = (
      await op.request({ method: 'GET', url: `/api/people/${survivor.id}?purpose=administration` })
    ).json();
    expect(view).toMatchObject({
      hasSpecialCategory: true,
      mergedFrom: [merged.id],
      email: 'giovani.esposito@posta.example',
    });
    const consents = (
      await op.request({ method: 'GET', url: `/api/people/${survivor.id}/consents?purpose=administration` })
    ).json();
    expect(
      consents.items.find((c: { purpose: string }) => c.purpose === 'share_cv_with_employers').state,
    ).toBe('withdrawn');

    // The merged record: a clear problem naming the survivor; hidden from search and from duplicates.
    const gone = await op.request({ method: 'GET', url: `/api/people/${merged.id}?purpose=administration` });
    expect(gone.statusCode).toBe(410);
    expect(gone.json()).toMatchObject({ code: 'person_merged', survivorId: survivor.id });
    const found = (
      await op.request({ method: 'GET', url: '/api/people?purpose=guidance&q=esposito' })
    ).json();
    const ids = found.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(survivor.id);
    expect(ids).not.toContain(merged.id);
    expect(
      (await op.request({ method: 'GET', url: `/api/people/${survivor.id}/duplicates` })).json().items,
    ).toEqual([]);
    expect(
      (await op.request({ method: 'GET', url: `/api/people/${merged.id}/cv?purpose=administration` }))
        .statusCode,
    ).toBe(404);

    // The old codice fiscale leads to the survivor.
    const again = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        ...personPayload({ givenName: 'Giovani', birthDate: '1971-03-04' }),
        confirmNotDuplicate: true,
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ duplicateOf: survivor.id });

    // …and an import of it is refused instead of bringing the duplicate back.
    const csv = `Codice fiscale;Cognome;Nome;Sesso;Data di nascita;Comune di nascita;Comune di residenza;Stato occupazionale\n${merged.taxCode};Esposito;Giovani;M;1971-03-04;Chieri (TO);Chieri (TO);disoccupato\n`;
    const imported = await op.request({
      method: 'POST',
      url: '/api/people/import?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().errors).toEqual([
      expect.objectContaining({ field: 'taxCode', code: 'person_merged_tax_code' }),
    ]);

    // Audited on both ids; the survivor's trail shows the merged record's history too.
    const audits = await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.merge'));
    expect(audits.map((a) => a.entityId).sort()).toEqual([survivor.id, merged.id].sort());
    const trail = (
      await op.request({ method: 'GET', url: `/api/people/${survivor.id}/audit-trail?limit=200` })
    ).json();
    const actions = trail.items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'person.merge')).toHaveLength(2);
    // Written on the merged record before the merge (only the social worker wrote special-category data there).
    expect(actions).toContain('person.special_category.write');
    // A stale edit of the survivor learns what the merge changed.
    const stale = await op.request({
      method: 'PUT',
      url: `/api/people/${survivor.id}`,
      payload: { ...personPayload({ birthDate: '1971-03-04' }), version: view.version - 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().changedFields).toEqual(expect.arrayContaining(['email']));
  });

  it('erasing the survivor also erases the merged record and the merge snapshot', async () => {
    const res = await op.request({ method: 'POST', url: `/api/people/${survivor.id}/erase` });
    expect(res.statusCode, res.body).toBe(200);
    const [m] = await t.deps.db.select().from(people).where(eq(people.id, merged.id));
    expect(m!.anonymisedAt).not.toBeNull();
    expect(m!.givenName).toBe('Anonimo');
    const [history] = await t.deps.db.select().from(personMerges);
    expect(history).toMatchObject({ snapshot: null, formerTaxCodes: [] });
  });

  it('handles every table that references people (add new ones to personReferences in merge.ts)', async () => {
    const rows = await t.deps.db.execute(sql`
      SELECT kcu.table_name AS "table", kcu.column_name AS "column"
      FROM information_schema.referential_constraints rc
      JOIN information_schema.key_column_usage kcu
        ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
      JOIN information_schema.constraint_column_usage ccu
        ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
      WHERE ccu.table_name = 'people' AND ccu.column_name = 'id' AND kcu.table_schema = current_schema()`);
    const list = (rows as unknown as { rows?: { table: string; column: string }[] }).rows ?? (rows as never);
    const found = list.map((r: { table: string; column: string }) => `${r.table}.${r.column}`).sort();
    expect(found).toEqual(Object.keys(personReferences).sort());
  });
});
