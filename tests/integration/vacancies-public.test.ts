// The citizens' side of vacancies and their automatic unpublishing: the public API (no session) shows only
// published offers, with the employer's name and no personal data, and filters them; the stale-offer job takes
// offers past their deadline or not refreshed off the list once (idempotent) and tells their author by e-mail.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/identity/db.ts';
import { vacancies } from '../../src/modules/vacancies/db.ts';
import { unpublishStale } from '../../src/modules/vacancies/stale.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { mailOutbox } from '../../src/platform/mail/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import {
  CHIERI,
  ensureEmployer,
  LOGISUD_TAX_CODE,
  TESSITURA_TAX_CODE,
  vacancyPayload,
} from '../helpers/vacancies.ts';

const DAY = 86_400_000;
const tomorrow = () => new Date(Date.now() + DAY).toISOString().slice(0, 10);

describe.skipIf(skipDatabase)('public vacancies and automatic unpublishing', () => {
  let t: TestApp;
  let anon: Client;
  const ids = { cook: '', forklift: '', draft: '', closingSoon: '' };

  const publish = async (c: Client, payload: Record<string, unknown>) => {
    const created = await c.request({ method: 'POST', url: '/api/vacancies', payload });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const res = await c.request({ method: 'POST', url: `/api/vacancies/${id}/publish`, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    return id;
  };
  const publicList = async (query: string) => {
    const res = await anon.request({ method: 'GET', url: `/api/public/vacancies?limit=50&${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string }[]; total: number; distance: { mode: string } | null };
  };
  const idsOf = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

  beforeAll(async () => {
    t = await startTestApp();
    const logisud = await ensureEmployer(t, LOGISUD_TAX_CODE);
    await ensureEmployer(t, TESSITURA_TAX_CODE);
    const op = await t.sessionFor(CPI_OPERATOR);
    const employer = await t.sessionFor(EMPLOYER_USER);
    anon = t.anonymous();
    ids.cook = await publish(
      employer,
      vacancyPayload({
        title: 'Cuoca per la mensa aziendale Zafferano',
        siteComuneCode: CHIERI,
        workingTime: 'part_time',
        weeklyHours: 30,
        licences: [],
        deadline: null, // no deadline: only the refresh clock takes it off
      }),
    );
    ids.forklift = await publish(op, vacancyPayload({ employerId: logisud, title: 'Carrellista Zafferano' }));
    ids.closingSoon = await publish(
      op,
      vacancyPayload({ employerId: logisud, title: 'Picking Zafferano', deadline: tomorrow() }),
    );
    const draft = await op.request({
      method: 'POST',
      url: '/api/vacancies',
      payload: vacancyPayload({ employerId: logisud, title: 'Bozza Zafferano' }),
    });
    ids.draft = draft.json().id;
  });
  afterAll(() => t?.close());

  it('lists only published offers, with the employer name and no personal data', async () => {
    const page = await publicList('q=Zafferano');
    expect(idsOf(page).sort()).toEqual([ids.cook, ids.forklift, ids.closingSoon].sort());
    const cook = page.items.find((i) => i.id === ids.cook) as Record<string, unknown>;
    expect(cook.employerName).toMatch(/Tessitura Aurora/);
    expect(cook.contractTypeLabel).toBe('Lavoro a tempo determinato');
    for (const key of ['createdBy', 'ownerOrganisationId', 'version', 'employerId', 'stateReason'])
      expect(cook).not.toHaveProperty(key);
    const detail = await anon.request({ method: 'GET', url: `/api/public/vacancies/${ids.cook}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().essentialSkills.length).toBeGreaterThan(0);
    expect(detail.body).not.toContain(EMPLOYER_USER);
    expect(detail.body).not.toMatch(/createdBy|ownerOrganisation/);
    expect(
      (await anon.request({ method: 'GET', url: `/api/public/vacancies/${ids.draft}` })).statusCode,
    ).toBe(404);
  });

  it('filters by working time, comune and distance, words and contract type', async () => {
    expect(idsOf(await publicList('q=Zafferano&workingTime=part_time'))).toEqual([ids.cook]);
    expect(idsOf(await publicList(`q=Zafferano&comuneCode=${CHIERI}`))).toEqual([ids.cook]);
    // Without boundaries the distance falls back to the province (and says so): Moncalieri is in it.
    const wide = await publicList(`q=Zafferano&comuneCode=${CHIERI}&km=30`);
    expect(idsOf(wide)).toContain(ids.forklift);
    expect(wide.distance?.mode).toMatch(/centroids|same_province/);
    expect(idsOf(await publicList('q=carrellista%20zafferano'))).toEqual([ids.forklift]);
    expect((await publicList('q=Zafferano&contractType=A.01.00')).total).toBe(0);
    const bad = await anon.request({ method: 'GET', url: '/api/public/vacancies?workingTime=nights' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('querystring.workingTime');
  });

  it('unpublishes offers past their deadline, then those not refreshed, once, telling the author', async () => {
    const first = await unpublishStale(t.deps, new Date(Date.now() + 2 * DAY));
    expect(first.unpublished).toBeGreaterThanOrEqual(1);
    const state = async () =>
      new Map(
        (
          await t.deps.db
            .select({ id: vacancies.id, state: vacancies.state, reason: vacancies.stateReason })
            .from(vacancies)
            .where(inArray(vacancies.id, [ids.cook, ids.forklift, ids.closingSoon]))
        ).map((r) => [r.id, `${r.state}:${r.reason}`]),
      );
    expect(await state()).toEqual(
      new Map([
        [ids.cook, 'published:null'],
        [ids.forklift, 'published:null'],
        [ids.closingSoon, 'unpublished:deadline_passed'],
      ]),
    );
    const later = new Date(Date.now() + (t.deps.config.vacancies.staleAfterDays + 1) * DAY);
    await unpublishStale(t.deps, later);
    expect((await state()).get(ids.cook)).toBe('unpublished:not_refreshed');
    expect((await unpublishStale(t.deps, later)).unpublished).toBe(0);
    expect(idsOf(await publicList('q=Zafferano'))).toEqual([]);

    const [paolo] = await t.deps.db.select().from(users).where(eq(users.email, EMPLOYER_USER));
    const mails = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, paolo!.email));
    const mail = mails.find((m) => m.subject.includes('Zafferano'))!;
    expect(mails.filter((m) => m.subject.includes('Zafferano'))).toHaveLength(1);
    expect(mail.kind).toBe('vacancy_unpublished');
    expect(mail.subject).toContain('Cuoca per la mensa aziendale Zafferano');
    expect(mail.bodyText).toContain(`/vacancies/${ids.cook}`);
    expect(mail.bodyText).toContain('Pubblica');
    const audited = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, ids.cook));
    expect(audited.map((a) => a.action)).toContain('vacancy.auto_unpublish');
  });
});
