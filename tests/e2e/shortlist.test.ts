// The shortlist board in a real browser, on the demo shortlist (src/demo/shortlists.ts: six people on Tessitura
// Aurora's weaver vacancy, two of whom agreed to show the company who they are). The CPI operator sees names and
// moves a candidate with the facts form; the company's user sees the same board with anonymised cards. axe-core
// checks the board for both, and the citizen's "Le mie candidature".
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

const TITLE = 'Tessitore/tessitrice su telai a pinza';

describe('shortlist board in the browser', () => {
  let e2e: E2E;
  const contexts: BrowserContext[] = [];
  let vacancyId = '';

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e2e?.close();
  });

  async function signedIn(email: string, landing = '**/') {
    const { context, page } = await openPage(e2e);
    contexts.push(context);
    await signIn(page, e2e.baseUrl, email);
    await page.waitForURL(landing);
    return page;
  }

  async function openBoard(page: Page) {
    if (!vacancyId) {
      const list = (await page.evaluate(async (q) => {
        const res = await fetch(`/api/vacancies?q=${encodeURIComponent(q)}`);
        return res.json();
      }, 'telai a pinza')) as { items: { id: string; title: string }[] };
      vacancyId = list.items.find((v) => v.title === TITLE)!.id;
    }
    await page.goto(`${e2e.baseUrl}/vacancies/${vacancyId}`);
    await page.locator('[role="tab"]', { hasText: /Rosa dei candidati/ }).click();
    await byTestId(page, 'shortlist-board').waitFor();
    await byTestId(page, 'shortlist-card').first().waitFor();
  }

  it('shows the operator every candidate by name, with stale and disclosure badges', async () => {
    const page = await signedIn(CPI_OPERATOR);
    await openBoard(page);
    expect(await byTestId(page, 'shortlist-card').count()).toBe(6);
    expect(
      await byTestId(page, 'shortlist-column-proposed').locator('[data-testid="shortlist-card"]').count(),
    ).toBe(2);
    expect(await byTestId(page, 'shortlist-stale').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid="shortlist-card"][data-disclosed="true"]').count()).toBe(6);
    await expectAccessible(page, 'shortlist board (operator)');

    // An interview without a date is refused with the field named; with date and place it moves.
    const card = byTestId(page, 'shortlist-column-contacted')
      .locator('[data-testid="shortlist-card"]')
      .first();
    await card.locator('[data-testid="shortlist-move"]').click();
    await card.locator('[data-testid="shortlist-move-stage"]').selectOption('interview');
    await card.locator('[data-testid="shortlist-interview-place"]').fill('Via Andezeno 12, Chieri');
    await card.locator('[data-testid="shortlist-move-submit"]').click();
    await card.locator('[data-testid="shortlist-move-problem"]').waitFor();
    expect(await card.locator('[data-testid="shortlist-move-problem"]').textContent()).toContain(
      'interviewAt',
    );
    await expectAccessible(page, 'shortlist move form with errors');
    await card.locator('[data-testid="shortlist-interview-date"]').fill('2027-01-12');
    await card.locator('[data-testid="shortlist-move-submit"]').click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="shortlist-column-interview"] [data-testid="shortlist-card"]')
          .length === 2,
    );
    expect(await byTestId(page, 'shortlist-status').textContent()).toContain('Colloquio');
  });

  it('lists the stalled shortlists of the operator, each opening its board', async () => {
    const page = await signedIn(CPI_OPERATOR);
    await byTestId(page, 'nav-vacancies').click();
    await byTestId(page, 'stale-link').click();
    await byTestId(page, 'stale-shortlists').waitFor();
    // The demo's candidate proposed 13 days ago and never contacted (over the 10 days of a proposal).
    const row = byTestId(page, 'stale-row').filter({ hasText: TITLE }).first();
    expect(await row.textContent()).toContain('13');
    await expectAccessible(page, 'stalled shortlists');
    await row.getByRole('link', { name: TITLE }).click();
    await byTestId(page, 'shortlist-board').waitFor();
    expect(await byTestId(page, 'shortlist-stale').count()).toBeGreaterThanOrEqual(1);
  });

  it('shows the company the same board with anonymised cards, names only where consented', async () => {
    const page = await signedIn(EMPLOYER_USER);
    await openBoard(page);
    expect(await byTestId(page, 'shortlist-card').count()).toBe(6);
    expect(await page.locator('[data-testid="shortlist-card"][data-disclosed="true"]').count()).toBe(2);
    const anonymous = page.locator('[data-testid="shortlist-card"][data-disclosed="false"] h4');
    for (const title of await anonymous.allTextContents()) expect(title).toMatch(/^C-[0-9A-F]{8}$/);
    // The company does not record disclosures for the person.
    expect(await byTestId(page, 'shortlist-disclosure-toggle').count()).toBe(0);
    await expectAccessible(page, 'shortlist board (employer)');
  });

  it('lists the citizen’s applications on their profile', async () => {
    const page = await signedIn(CITIZEN, '**/me');
    await page.goto(`${e2e.baseUrl}/me?tab=applications`);
    await byTestId(page, 'me-applications').waitFor();
    await expectAccessible(page, 'my applications');
  });
});
