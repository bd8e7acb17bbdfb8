// Vacancies in a real browser: a citizen without an account browses the public offers (/offerte) from the header
// link, filters and opens one; a company user writes a vacancy whose skills are pre-filled from the occupation,
// sees a contradiction named next to its field, fixes it, saves and publishes. axe checks every page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPLOYER_USER } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, pickComune, signIn, startE2E } from './harness.ts';

describe('vacancies in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  async function newPage() {
    await context?.close();
    ({ context, page } = await openPage(e2e));
  }

  it('shows citizens the published offers, with filters, without signing in', async () => {
    await newPage();
    await page.goto(`${e2e.baseUrl}/login`);
    await byTestId(page, 'header-public-vacancies').click();
    await page.waitForURL('**/offerte');
    await byTestId(page, 'public-vacancy').first().waitFor();
    const all = await byTestId(page, 'public-vacancy').count();
    expect(all).toBeGreaterThan(5);
    await expectAccessible(page, 'public vacancies');
    await byTestId(page, 'public-vacancy-search').fill('carrellista');
    await byTestId(page, 'public-vacancy-submit').click();
    await expect.poll(() => byTestId(page, 'public-vacancy').count()).toBeLessThan(all);
    const first = byTestId(page, 'public-vacancy').first();
    expect((await first.textContent())?.toLowerCase()).toContain('carrellista');
    await first.locator('a').click();
    await byTestId(page, 'public-vacancy-apply').waitFor();
    expect(await byTestId(page, 'public-vacancy-employer').textContent()).toBeTruthy();
    expect(await byTestId(page, 'vacancy-essential-skills').locator('li').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'public vacancy');
  });

  it('lets a company user write a vacancy with pre-filled skills, fix a contradiction and publish it', async () => {
    await newPage();
    await signIn(page, e2e.baseUrl, EMPLOYER_USER);
    await byTestId(page, 'nav-vacancies').click();
    await byTestId(page, 'vacancy-row').first().waitFor();
    await expectAccessible(page, 'vacancies list');
    await byTestId(page, 'vacancy-new').click();
    await byTestId(page, 'vacancy-form').waitFor();
    // An empty form is refused field by field.
    await byTestId(page, 'vacancy-save').click();
    await page.locator('#title-error').waitFor();
    await byTestId(page, 'vacancy-occupation').fill('Cuoco/a di me');
    await byTestId(page, 'concept-option').filter({ hasText: 'Cuoco/a di mensa' }).first().click();
    await expect.poll(() => byTestId(page, 'vacancy-skill').count()).toBeGreaterThan(1);
    expect(await byTestId(page, 'vacancy-skill-essential').first().isChecked()).toBe(true);
    await expect.poll(() => byTestId(page, 'vacancy-title').inputValue()).toBe('Cuoco/a di mensa');
    await byTestId(page, 'vacancy-title').fill('Cuoco per la mensa del turno serale');
    await byTestId(page, 'vacancy-contract').selectOption('A.02.00');
    await byTestId(page, 'vacancy-working-time').selectOption('part_time');
    await byTestId(page, 'vacancy-hours').fill('40');
    await pickComune(page, 'vacancy-comune', 'Chieri');
    await expectAccessible(page, 'vacancy editor');
    await byTestId(page, 'vacancy-save').click();
    // Part-time with 40 hours: the error is named next to the hours.
    await page.locator('#weeklyHours-error').waitFor();
    expect(await page.locator('#weeklyHours-error').textContent()).toContain('35');
    await expectAccessible(page, 'vacancy editor with errors');
    await byTestId(page, 'vacancy-hours').fill('30');
    await byTestId(page, 'vacancy-save').click();
    await byTestId(page, 'vacancy-summary').waitFor();
    expect(await byTestId(page, 'vacancy-state').textContent()).toBe('Bozza');
    await expectAccessible(page, 'vacancy detail');
    await byTestId(page, 'vacancy-action-publish').click();
    await expect.poll(() => byTestId(page, 'vacancy-state').textContent()).toBe('Pubblicata');
    expect(await byTestId(page, 'vacancy-action-publish').count()).toBe(0);
    await byTestId(page, 'vacancy-action-refresh').waitFor();
  });
});
