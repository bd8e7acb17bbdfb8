// Surveys over HTTP: the builder refuses a bad question naming it; a campaign sends one outbox e-mail per
// recipient with a personal link that works without login; answering twice replaces the answer (and its hiring
// needs); reminders reach only non-responders (by hand and by the job); results, XLSX (read back with exceljs)
// and hiring needs by occupation, sector and comune add up; after the close date answers are refused clearly.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerSites, employers } from '../../src/modules/employers/db.ts';
import { memberships, users } from '../../src/modules/identity/db.ts';
import { hiringNeeds, surveyRecipients } from '../../src/modules/surveys/db.ts';
import { hiringNeedsByComune } from '../../src/modules/surveys/needs-stats.ts';
import { sendDueReminders } from '../../src/modules/surveys/reminders.ts';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import { mailOutbox } from '../../src/platform/mail/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { ANALYST, COORDINATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { linkToken } from '../helpers/mail.ts';

const CHIERI = '001078';
const MONCALIERI = '001156';
const DAY = 86_400_000;
const uriOf = (label: string) => starterOccupations.find((o) => o.labelIt === label)!.uri;
const WAREHOUSE = uriOf('Magazziniere/a');
const WELDER = uriOf('Saldatore/trice');
const COOK = uriOf('Cuoco/a');

const firms = [
  {
    taxCode: '07700000011',
    name: 'Logistica Collina S.r.l.',
    ateco: '52.10.10',
    comune: CHIERI,
    email: 'hr@logistica-collina.example',
  },
  {
    taxCode: '07700000022',
    name: 'Carpenteria Pecetto S.n.c.',
    ateco: '25.11.00',
    comune: CHIERI,
    email: 'ufficio@carpenteria-pecetto.example',
  },
  {
    taxCode: '07700000033',
    name: 'Trattoria del Borgo',
    ateco: '56.10.11',
    comune: MONCALIERI,
    email: 'info@trattoria-borgo.example',
  },
  { taxCode: '07700000044', name: 'Officina senza posta', ateco: '29.32.09', comune: CHIERI, email: null },
];

describe.skipIf(skipDatabase)('surveys: builder, campaign, public answers, reminders, results', () => {
  let t: TestApp;
  let coord: Client;
  let surveyId: string;
  let campaignId: string;
  const tokens = new Map<string, string>();

  const mailsOf = (kind: string) => t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.kind, kind));
  const answer = (token: string, answers: Record<string, unknown>) =>
    t.anonymous().request({ method: 'PUT', url: `/api/questionario/${token}`, payload: { answers } });

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.sessionFor(COORDINATOR);
    const [me] = await t.deps.db
      .select({ org: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, COORDINATOR));
    // Demo employers exist too: only ours host internships, so that filter picks exactly them.
    await t.deps.db.update(employers).set({ hostsInternships: false });
    for (const f of firms) {
      const [e] = await t.deps.db
        .insert(employers)
        .values({
          taxCode: f.taxCode,
          name: f.name,
          atecoCode: f.ateco,
          atecoVersion: '2007',
          atecoSection: f.ateco.startsWith('52') ? 'H' : f.ateco.startsWith('56') ? 'I' : 'C',
          email: f.email,
          hostsInternships: true,
          ownerOrganisationId: me!.org,
        })
        .returning();
      await t.deps.db
        .insert(employerSites)
        .values({ employerId: e!.id, comuneCode: f.comune, headquarters: true });
    }
  });
  afterAll(() => t?.close());

  it('starts with the demo survey: sent to the demo employers, about 40% answered, hiring needs by comune', async () => {
    const list = (await coord.request({ method: 'GET', url: '/api/surveys' })).json();
    const demo = list.find((x: { title: string }) => x.title === 'Rilevazione fabbisogni professionali 2027');
    expect(demo).toMatchObject({ state: 'open', campaigns: 1 });
    const [campaign] = (
      await coord.request({ method: 'GET', url: `/api/surveys/${demo.id}/campaigns` })
    ).json();
    const { recipients, answered } = campaign.counts;
    expect(recipients).toBeGreaterThan(10);
    expect(answered / recipients).toBeGreaterThan(0.3);
    expect(answered / recipients).toBeLessThan(0.5);
    const needs = (
      await coord.request({ method: 'GET', url: `/api/hiring-needs?by=comune&surveyId=${demo.id}` })
    ).json();
    expect(needs.items.length).toBeGreaterThan(2);
    expect(needs.items.every((r: { key: string }) => /^\d{6}$/.test(r.key))).toBe(true);
  });

  it('refuses a survey with a bad question, naming it, and builds one from the template', async () => {
    const bad = await coord.request({
      method: 'POST',
      url: '/api/surveys',
      payload: {
        title: 'Prova',
        questions: [
          { id: 'settore', kind: 'single_choice', label: 'Settore?', options: [{ value: 'a', label: 'A' }] },
          { id: 'voto', kind: 'scale', label: 'Voto', min: 1, max: 5 },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ field: 'questions.settore', code: 'survey_question_needs_options' }),
    ]);
    expect(bad.json().errors[0].message).toMatch(/almeno due opzioni/);

    const created = await coord.request({
      method: 'POST',
      url: '/api/surveys/from-template',
      payload: { template: 'hiring_needs' },
    });
    expect(created.statusCode).toBe(201);
    surveyId = created.json().id;
    const s = created.json();
    const renamed = await coord.request({
      method: 'PUT',
      url: `/api/surveys/${surveyId}`,
      payload: {
        title: 'Rilevazione fabbisogni 2027',
        intro: s.intro,
        questions: s.questions,
        version: s.version,
      },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().version).toBe(2);
  });

  it('only survey.manage roles build; employers see nothing', async () => {
    const analyst = await t.sessionFor(ANALYST);
    expect(
      (
        await analyst.request({
          method: 'POST',
          url: '/api/surveys/from-template',
          payload: { template: 'hiring_needs' },
        })
      ).statusCode,
    ).toBe(403);
    const employer = await t.sessionFor(EMPLOYER_USER);
    expect((await employer.request({ method: 'GET', url: '/api/surveys' })).statusCode).toBe(403);
  });

  it('sends one e-mail per recipient with an e-mail address, each with a personal link', async () => {
    const preview = await coord.request({
      method: 'POST',
      url: `/api/surveys/${surveyId}/recipients/preview`,
      payload: { audience: 'employers', comuneCode: CHIERI, hostsInternships: true },
    });
    expect(preview.json().count).toBe(2); // the Chieri firm without e-mail is left out
    const now = t.clock.now.getTime();
    const res = await coord.request({
      method: 'POST',
      url: `/api/surveys/${surveyId}/campaigns`,
      payload: {
        name: 'Imprese Chieri e Moncalieri',
        filters: { audience: 'employers', hostsInternships: true },
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + 30 * DAY).toISOString(),
        reminderAfterDays: 7,
        maxReminders: 1,
      },
    });
    expect(res.statusCode).toBe(201);
    campaignId = res.json().id;
    const ours = await t.deps.db
      .select()
      .from(surveyRecipients)
      .where(eq(surveyRecipients.campaignId, campaignId));
    expect(ours).toHaveLength(3);
    expect(ours.every((r) => r.tokenHash.length === 64)).toBe(true); // sha256 only

    const sent = await coord.request({ method: 'POST', url: `/api/survey-campaigns/${campaignId}/send` });
    expect(sent.statusCode).toBe(200);
    const mails = await mailsOf('survey_invitation');
    expect(mails).toHaveLength(sent.json().sent);
    for (const f of firms.filter((x) => x.email)) {
      const mail = mails.find((m) => m.toAddress === f.email)!;
      expect(mail.bodyText).toContain('/questionario/');
      tokens.set(f.name, linkToken(mail.bodyText, 'questionario'));
    }
    expect(new Set(tokens.values()).size).toBe(3);
    const again = await coord.request({ method: 'POST', url: `/api/survey-campaigns/${campaignId}/send` });
    expect(again.statusCode).toBe(409);
  });

  it('opens the survey from the link without login; answering twice updates the answer', async () => {
    const token = tokens.get('Logistica Collina S.r.l.')!;
    const page = await t.anonymous().request({ method: 'GET', url: `/api/questionario/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      title: 'Rilevazione fabbisogni 2027',
      recipientName: 'Logistica Collina S.r.l.',
      answers: null,
    });

    const skills = await t.anonymous().request({
      method: 'GET',
      url: `/api/questionario/${token}/skills?occupationUri=${encodeURIComponent(WAREHOUSE)}`,
    });
    expect(skills.json().length).toBeGreaterThan(0);

    const missing = await answer(token, {
      fabbisogni: [{ occupationUri: 'http://x/nope', positions: 0, horizon: '0_6_months' }],
    });
    expect(missing.statusCode).toBe(400);
    const fields = missing.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'answers.fabbisogni:survey_hiring_occupation',
        'answers.fabbisogni:survey_hiring_positions',
        'answers.difficolta:survey_answer_required',
        'answers.tirocini:survey_answer_required',
      ]),
    );

    const first = await answer(token, {
      fabbisogni: [
        { occupationUri: WAREHOUSE, positions: 4, horizon: '0_6_months', skillUris: [] },
        { occupationUri: WELDER, positions: 1, horizon: '6_24_months', skillUris: [] },
      ],
      difficolta: 4,
      tirocini: 'si',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().updated).toBe(false);
    const second = await answer(token, {
      fabbisogni: [{ occupationUri: WAREHOUSE, positions: 3, horizon: '0_6_months', skillUris: [] }],
      difficolta: 5,
      tirocini: 'si',
      canali: ['cpi', 'web'],
    });
    expect(second.json().updated).toBe(true);
    const reopened = await t.anonymous().request({ method: 'GET', url: `/api/questionario/${token}` });
    expect(reopened.json().answers).toMatchObject({ difficolta: 5 });
    expect(reopened.json().occupationLabels[WAREHOUSE]).toBe('Magazziniere/a');

    const cook = await answer(tokens.get('Trattoria del Borgo')!, {
      fabbisogni: [{ occupationUri: COOK, positions: 2, horizon: '0_6_months', skillUris: [] }],
      difficolta: 3,
      tirocini: 'forse',
    });
    expect(cook.statusCode).toBe(200);
    const rows = await t.deps.db.select().from(hiringNeeds).where(eq(hiringNeeds.surveyId, surveyId));
    expect(rows.map((r) => r.positions).sort()).toEqual([2, 3]); // the first answer's rows were replaced

    expect(
      (await t.anonymous().request({ method: 'GET', url: '/api/questionario/not-a-real-token-at-all-xyz' }))
        .statusCode,
    ).toBe(400);
  });

  it('tracks the campaign and reminds only non-responders, by hand and by the job', async () => {
    const view = await coord.request({ method: 'GET', url: `/api/survey-campaigns/${campaignId}` });
    expect(view.json().counts).toMatchObject({ opened: 2, answered: 2 });
    const list = await coord.request({
      method: 'GET',
      url: `/api/survey-campaigns/${campaignId}/recipients`,
    });
    expect(
      list.json().items.find((r: { name: string }) => r.name === 'Trattoria del Borgo').respondedAt,
    ).not.toBeNull();

    const before = (await mailsOf('survey_reminder')).length;
    const reminded = await coord.request({
      method: 'POST',
      url: `/api/survey-campaigns/${campaignId}/remind`,
    });
    expect(reminded.statusCode).toBe(200);
    const reminders = (await mailsOf('survey_reminder')).slice(before);
    expect(reminders.map((m) => m.toAddress)).toContain('ufficio@carpenteria-pecetto.example');
    expect(reminders.map((m) => m.toAddress)).not.toContain('hr@logistica-collina.example');
    expect(reminders.map((m) => m.toAddress)).not.toContain('info@trattoria-borgo.example');
    // The reminder carries the same personal link as the invitation.
    const pecetto = reminders.find((m) => m.toAddress === 'ufficio@carpenteria-pecetto.example')!;
    expect(linkToken(pecetto.bodyText, 'questionario')).toBe(tokens.get('Carpenteria Pecetto S.n.c.'));

    // The job: nothing due yet (a reminder just went out, and maxReminders is 1).
    const remindersOf = async () =>
      Object.fromEntries(
        (
          await t.deps.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, campaignId))
        ).map((r) => [r.name, r.reminders]),
      );
    await sendDueReminders(t.deps, new Date(t.clock.now.getTime() + 8 * DAY));
    expect((await remindersOf())['Carpenteria Pecetto S.n.c.']).toBe(1);
    await t.deps.db
      .update(surveyRecipients)
      .set({ reminders: 0, remindedAt: null })
      .where(eq(surveyRecipients.campaignId, campaignId));
    await sendDueReminders(t.deps, new Date(t.clock.now.getTime() + 3 * DAY));
    expect((await remindersOf())['Carpenteria Pecetto S.n.c.']).toBe(0);
    const due = await sendDueReminders(t.deps, new Date(t.clock.now.getTime() + 8 * DAY));
    expect(due.reminded).toBeGreaterThanOrEqual(1);
    expect(await remindersOf()).toEqual({
      'Carpenteria Pecetto S.n.c.': 1,
      'Logistica Collina S.r.l.': 0,
      'Trattoria del Borgo': 0,
    });
  });

  it('aggregates results, exports them as XLSX and sums hiring needs', async () => {
    const res = await coord.request({ method: 'GET', url: `/api/surveys/${surveyId}/results` });
    expect(res.statusCode).toBe(200);
    expect(res.json().responses).toBe(2);
    const byId = Object.fromEntries(res.json().results.map((r: { questionId: string }) => [r.questionId, r]));
    expect(byId.difficolta).toMatchObject({ answered: 2, mean: 4 });
    expect(byId.tirocini.counts).toEqual({ si: 1, forse: 1, no: 0 });
    expect(byId.fabbisogni).toMatchObject({ answered: 2, positions: 5 });

    const xlsx = await coord.request({ method: 'GET', url: `/api/surveys/${surveyId}/results.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const summary = book.getWorksheet('Riepilogo')!;
    const summaryRows = summary.getSheetValues().filter(Boolean) as unknown[][];
    expect(summaryRows.some((r) => r.includes('Sì') && r.includes(1))).toBe(true);
    const raw = book.getWorksheet('Risposte')!;
    const rawText = JSON.stringify(raw.getSheetValues());
    expect(raw.rowCount).toBe(3);
    expect(rawText).toContain('Trattoria del Borgo');
    expect(rawText).toContain('Magazziniere/a × 3 (entro 6 mesi)');
    expect(rawText).not.toContain('@'); // no e-mail addresses

    const byOccupation = await coord.request({
      method: 'GET',
      url: `/api/hiring-needs?by=occupation&surveyId=${surveyId}`,
    });
    expect(byOccupation.statusCode, byOccupation.body).toBe(200);
    expect(byOccupation.json().items).toEqual([
      expect.objectContaining({
        key: WAREHOUSE,
        label: 'Magazziniere/a',
        positions: 3,
        positionsShort: 3,
        employers: 1,
      }),
      expect.objectContaining({ key: COOK, positions: 2 }),
    ]);
    const bySector = await coord.request({
      method: 'GET',
      url: `/api/hiring-needs?by=sector&surveyId=${surveyId}`,
    });
    expect(bySector.json().items.map((r: { key: string }) => r.key)).toEqual(['H', 'I']);
    const byComune = await hiringNeedsByComune(t.deps.db, { networkIds: null, surveyId });
    expect(byComune.map((r) => [r.key, r.positions])).toEqual([
      [CHIERI, 3],
      [MONCALIERI, 2],
    ]);
    expect(await hiringNeedsByComune(t.deps.db, { networkIds: [], surveyId })).toEqual([]);
  });

  it('refuses answers and changes of questions once closed, saying so', async () => {
    const s = (await coord.request({ method: 'GET', url: `/api/surveys/${surveyId}` })).json();
    const change = await coord.request({
      method: 'PUT',
      url: `/api/surveys/${surveyId}`,
      payload: { title: s.title, intro: s.intro, questions: s.questions.slice(1), version: s.version },
    });
    expect(change.statusCode).toBe(409);
    t.clock.advance(31 * DAY);
    const late = await answer(tokens.get('Carpenteria Pecetto S.n.c.')!, { difficolta: 2, tirocini: 'no' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/chiusa/);
  });
});
