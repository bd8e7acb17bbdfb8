// Surveys in a real browser: the coordinator builds a survey from the hiring-needs template (adds a question,
// previews it), sends it to the employers, an employer answers from the personal link without logging in, and the
// demo survey's results show charts with their tables. axe-core checks every page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

describe('surveys in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;
  let link = '';

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e));
    await signIn(page, e2e.baseUrl, COORDINATOR);
    await page.waitForURL(`${e2e.baseUrl}/`);
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('lists the surveys and builds one from the template, with a preview', async () => {
    await byTestId(page, 'nav-surveys').click();
    await byTestId(page, 'surveys-table').waitFor();
    expect(await byTestId(page, 'surveys-table').textContent()).toContain(
      'Rilevazione fabbisogni professionali 2027',
    );
    await expectAccessible(page, 'surveys list');

    await byTestId(page, 'survey-new-template').click();
    await byTestId(page, 'question-list').waitFor();
    await byTestId(page, 'survey-title').fill('Fabbisogni e tirocini – Chierese');
    await byTestId(page, 'new-question-kind').selectOption('text');
    await byTestId(page, 'add-question').click();
    await page
      .locator('[data-testid^="label-"]')
      .last()
      .fill('Che cosa vi servirebbe dalla rete dei servizi?');
    await byTestId(page, 'survey-save').click();
    await page.getByText('Questionario salvato.').waitFor();
    await byTestId(page, 'survey-preview-toggle').click();
    await byTestId(page, 'question-tirocini').first().waitFor();
    await expectAccessible(page, 'survey builder with preview');
  });

  it('sends the survey to the employers and shows the progress', async () => {
    const surveyUrl = page.url().replace(/\/edit$/, '');
    await page.goto(surveyUrl);
    await byTestId(page, 'campaign-form').waitFor();
    await byTestId(page, 'campaign-name').fill('Imprese del Chierese – prova');
    await expect.poll(() => byTestId(page, 'campaign-count').textContent()).toMatch(/\d+ destinatari/);
    await expectAccessible(page, 'survey detail with the sending form');
    await byTestId(page, 'campaign-create').click();
    await byTestId(page, 'campaign-send').click();
    await expect.poll(() => byTestId(page, 'count-sent').textContent()).not.toBe('0');
    await byTestId(page, 'recipients-table').waitFor();
    await expectAccessible(page, 'campaign page');

    // The personal link, as the employer receives it (read from the outbox by an administrator).
    const admin = await openPage(e2e);
    await signIn(admin.page, e2e.baseUrl, PLATFORM_ADMIN);
    await admin.page.waitForURL(`${e2e.baseUrl}/`);
    const outbox = await admin.page.request.get(`${e2e.baseUrl}/api/outbox?limit=200`);
    const mails = (await outbox.json()).items as { kind: string; bodyText: string }[];
    const invitation = mails.find((m) => m.kind === 'survey_invitation');
    link = invitation?.bodyText.match(/http\S+\/questionario\/[A-Za-z0-9_-]+/)?.[0] ?? '';
    expect(link).not.toBe('');
    await admin.context.close();
  });

  it('lets the employer answer from the link without logging in', async () => {
    const visitor = await openPage(e2e);
    const p = visitor.page;
    await p.goto(link);
    await byTestId(p, 'answer-form').waitFor();
    await expectAccessible(p, 'public answer page');
    await byTestId(p, 'answer-submit').click();
    await byTestId(p, 'problem').waitFor();
    await expectAccessible(p, 'public answer page with errors');

    await byTestId(p, 'need-add').click();
    await byTestId(p, 'need-occupation-0').fill('Magazz');
    await byTestId(p, 'need-occupation-option').first().click();
    // Bootstrap Italia draws the check box on the label: click that, as a user does.
    await p.locator('fieldset fieldset .form-check label').first().click();
    expect(await p.locator('fieldset fieldset input[type="checkbox"]').first().isChecked()).toBe(true);
    await byTestId(p, 'need-positions-0').fill('3');
    await p.locator('label[for="q-difficolta-4"]').click();
    await p.locator('label[for="q-tirocini-0"]').click();
    await byTestId(p, 'answer-submit').click();
    await expect.poll(() => byTestId(p, 'answer-saved').textContent()).toContain('registrate');

    await p.goto(`${e2e.baseUrl}/questionario/questo-link-non-esiste-proprio`);
    await byTestId(p, 'survey-unavailable').waitFor();
    await expectAccessible(p, 'invalid survey link');
    await visitor.context.close();
  });

  it('shows the demo survey results as charts and tables, with hiring needs', async () => {
    await page.goto(`${e2e.baseUrl}/surveys`);
    await page.getByRole('link', { name: 'Rilevazione fabbisogni professionali 2027' }).click();
    await byTestId(page, 'survey-results').click();
    await byTestId(page, 'table-tirocini').waitFor();
    await byTestId(page, 'chart-tirocini').waitFor();
    await byTestId(page, 'needs-table').waitFor();
    expect(await byTestId(page, 'needs-table').textContent()).toMatch(/Magazziniere|Cuoco|Saldatore/);
    await byTestId(page, 'needs-by').selectOption('comune');
    await expect
      .poll(() => byTestId(page, 'needs-table').textContent())
      .toMatch(/Chieri|Moncalieri|Pinerolo|Torino/);
    await expectAccessible(page, 'survey results');
  });
});
