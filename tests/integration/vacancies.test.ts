// Vacancies over HTTP: creating with field-named errors for bad input and contradictions (nothing written), the
// lifecycle through its table (409 naming the state and the allowed actions), optimistic versions, the employer
// user confined to their own company (404 otherwise), operators confined to their network, and the audit trail.
import { and, count, eq, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vacancies } from '../../src/modules/vacancies/db.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import {
  CARRELLISTA_ESSENTIAL,
  ensureEmployer,
  LOGISUD_TAX_CODE,
  PINEROLO,
  PINEROLO_ENERGIA_TAX_CODE,
  TESSITURA_TAX_CODE,
  vacancyPayload,
} from '../helpers/vacancies.ts';

type Problem = { code: string; detail: string; errors?: { field: string; code: string }[] } & Record<
  string,
  unknown
>;

describe.skipIf(skipDatabase)('vacancies', () => {
  let t: TestApp;
  let op: Client;
  let employer: Client;
  let logisud: string;
  let tessitura: string;
  let pinerolese: string;

  const vacancyCount = async () => Number((await t.deps.db.select({ n: count() }).from(vacancies))[0]!.n);
  const create = (c: Client, payload: Record<string, unknown>) =>
    c.request({ method: 'POST', url: '/api/vacancies', payload });
  const act = (c: Client, id: string, action: string, version?: number) =>
    c.request({ method: 'POST', url: `/api/vacancies/${id}/${action}`, payload: version ? { version } : {} });

  beforeAll(async () => {
    t = await startTestApp();
    logisud = await ensureEmployer(t, LOGISUD_TAX_CODE);
    tessitura = await ensureEmployer(t, TESSITURA_TAX_CODE);
    pinerolese = await ensureEmployer(t, PINEROLO_ENERGIA_TAX_CODE);
    op = await t.sessionFor(CPI_OPERATOR);
    employer = await t.sessionFor(EMPLOYER_USER);
  });
  afterAll(() => t?.close());

  it('creates a vacancy for an employer of the network, with its skills, audited', async () => {
    const res = await create(op, vacancyPayload({ employerId: logisud }));
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({
      state: 'draft',
      employerId: logisud,
      positions: 2,
      allowedActions: ['publish', 'close'],
    });
    expect(v.occupationLabel).toBe('Carrellista');
    expect(v.essentialSkills.map((s: { uri: string }) => s.uri)).toEqual(CARRELLISTA_ESSENTIAL);
    expect(v.essentialSkills[0].label).not.toMatch(/^http/);
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'vacancy.create'), eq(auditEvents.entityId, v.id)));
    expect(audit?.entityType).toBe('vacancy');
  });

  it('refuses a vacancy without an occupation or with contradictions, naming each field, writing nothing', async () => {
    const before = await vacancyCount();
    const noOccupation = await create(op, vacancyPayload({ employerId: logisud, occupationUri: null }));
    expect(noOccupation.statusCode).toBe(400);
    expect((noOccupation.json() as Problem).errors).toContainEqual(
      expect.objectContaining({ field: 'occupationUri', code: 'vacancy_occupation_required' }),
    );
    const contradictory = await create(
      op,
      vacancyPayload({
        employerId: logisud,
        workingTime: 'part_time',
        weeklyHours: 40,
        optionalSkills: [CARRELLISTA_ESSENTIAL[0]],
        contractType: 'C.01.00',
        occupationUri: 'http://data.europa.eu/esco/occupation/not-there',
        licences: ['XYZ'],
      }),
    );
    expect(contradictory.statusCode).toBe(400);
    const fields = (contradictory.json() as Problem).errors!.map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'weeklyHours:vacancy_part_time_hours',
        'optionalSkills:vacancy_skill_both_essential_and_optional',
        'reservedFor:vacancy_internship_reservation',
        'minExperienceMonths:vacancy_internship_experience',
        'occupationUri:unknown_occupation',
        'licences.0:invalid_licence',
      ]),
    );
    // The Italian message says what to do, with the field named.
    expect((contradictory.json() as Problem).detail).toMatch(/weeklyHours: Un part-time/);
    const late = await create(op, vacancyPayload({ employerId: logisud, deadline: '2099-01-01' }));
    expect((late.json() as Problem).errors).toContainEqual(
      expect.objectContaining({ field: 'deadline', code: 'vacancy_deadline_after_start' }),
    );
    const missing = await create(op, vacancyPayload({ employerId: undefined }));
    expect((missing.json() as Problem).errors).toContainEqual(
      expect.objectContaining({ field: 'employerId' }),
    );
    expect(await vacancyCount()).toBe(before);
  });

  it('publishes, refreshes, closes, and refuses transitions the table does not allow (409 with allowed actions)', async () => {
    const v = (await create(op, vacancyPayload({ employerId: logisud }))).json();
    const published = await act(op, v.id, 'publish', v.version);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ state: 'published', stateReason: null });
    expect(published.json().refreshedAt).not.toBeNull();
    expect(published.json().staleAt).not.toBeNull();

    const again = await act(op, v.id, 'publish');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'conflict',
      state: 'published',
      allowedActions: ['refresh', 'unpublish', 'close'],
    });
    expect(again.json().detail).toContain('published');

    const stale = await act(op, v.id, 'close', v.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');

    const closed = await act(op, v.id, 'close');
    expect(closed.json()).toMatchObject({
      state: 'closed',
      stateReason: 'closed',
      allowedActions: ['reopen'],
    });
    const republish = await act(op, v.id, 'publish');
    expect(republish.statusCode).toBe(409);
    expect(republish.json().allowedActions).toEqual(['reopen']);
    const edit = await op.request({
      method: 'PUT',
      url: `/api/vacancies/${v.id}`,
      payload: { ...vacancyPayload(), version: closed.json().version },
    });
    expect(edit.statusCode).toBe(409);
    const reopened = await act(op, v.id, 'reopen');
    expect(reopened.json().state).toBe('draft');
    const audited = await t.deps.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, v.id));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['vacancy.publish', 'vacancy.close', 'vacancy.reopen']),
    );
  });

  it('updates with the version it read, and refuses a stale version', async () => {
    const v = (await create(op, vacancyPayload({ employerId: logisud }))).json();
    const body = { ...vacancyPayload(), title: 'Carrellista turno notte', version: v.version };
    const first = await op.request({ method: 'PUT', url: `/api/vacancies/${v.id}`, payload: body });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Carrellista turno notte', version: v.version + 1 });
    const second = await op.request({ method: 'PUT', url: `/api/vacancies/${v.id}`, payload: body });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('version_conflict');
    const bad = await op.request({
      method: 'PUT',
      url: `/api/vacancies/${v.id}`,
      payload: { ...body, version: v.version + 1, workingTime: 'part_time', weeklyHours: 38 },
    });
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ field: 'weeklyHours' }));
  });

  it('confines an employer user to their own company (404 elsewhere)', async () => {
    const other = (await create(op, vacancyPayload({ employerId: logisud }))).json();
    const own = await create(employer, vacancyPayload({ title: 'Cuoco per la mensa' }));
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().employerId).toBe(tessitura);
    expect((await create(employer, vacancyPayload({ employerId: logisud }))).statusCode).toBe(404);
    expect((await employer.request({ method: 'GET', url: `/api/vacancies/${other.id}` })).statusCode).toBe(
      404,
    );
    expect((await act(employer, other.id, 'publish')).statusCode).toBe(404);
    const list = (await employer.request({ method: 'GET', url: '/api/vacancies?limit=100' })).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((i: { employerId: string }) => i.employerId))).toEqual(
      new Set([tessitura]),
    );
    const options = (
      await employer.request({ method: 'GET', url: '/api/vacancies/employer-options' })
    ).json();
    expect(options.items.map((e: { id: string }) => e.id)).toEqual([tessitura]);
    // The operator sees both companies' offers, and can filter by employer.
    const byEmployer = (
      await op.request({ method: 'GET', url: `/api/vacancies?employerId=${tessitura}&limit=100` })
    ).json();
    expect(byEmployer.items.map((i: { id: string }) => i.id)).toContain(own.json().id);
    expect(byEmployer.items.every((i: { employerId: string }) => i.employerId === tessitura)).toBe(true);
  });

  it('has realistic demo vacancies: mostly published, some drafts and closed, an internship, an L. 68/99 offer', async () => {
    const demo = await t.deps.db
      .select({
        state: vacancies.state,
        reservedFor: vacancies.reservedFor,
        contractType: vacancies.contractType,
      })
      .from(vacancies)
      .where(lt(vacancies.createdAt, new Date(Date.now() - 86_400_000))); // the demo's are dated back
    // Without the employers demo there is nothing to attach them to: then this test has nothing to check.
    if (demo.length === 0) return;
    expect(demo.length).toBeGreaterThanOrEqual(20);
    const byState = (s: string) => demo.filter((v) => v.state === s).length;
    expect(byState('published')).toBeGreaterThan(demo.length / 2);
    expect(byState('draft')).toBeGreaterThan(0);
    expect(byState('closed')).toBeGreaterThan(0);
    expect(demo.some((v) => v.contractType === 'C.01.00' && v.reservedFor.includes('internship'))).toBe(true);
    expect(demo.some((v) => v.reservedFor.includes('l68'))).toBe(true);
  });

  it('keeps operators to the employers of their network', async () => {
    const res = await create(op, vacancyPayload({ employerId: pinerolese, siteComuneCode: PINEROLO }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      field: 'employerId',
      code: 'unknown_employer',
      message: expect.any(String),
    });
  });
});
