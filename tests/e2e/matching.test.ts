// Matching in a real browser on the demo data: the CPI operator opens the demo weaver vacancy, the "Candidati
// proposti" tab lists ranked candidates with reasons in words, what is missing and the distance mode, and one is
// added to the shortlist; the person page shows "Offerte adatte", the citizen's page "Offerte per te". axe-core
// checks each.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN, CPI_OPERATOR } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

const TITLE = 'Tessitore/tessitrice su telai a pinza';

describe('match results in the browser', () => {
  let e2e: E2E;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await e2e?.close();
  });

  async function signedIn(email: string) {
    const { context, page } = await openPage(e2e);
    contexts.push(context);
    await signIn(page, e2e.baseUrl, email);
    await page.waitForURL('**/');
    return page;
  }

  const vacancyId = async (page: Page) => {
    const list = (await page.evaluate(async () => {
      const res = await fetch('/api/vacancies?q=telai%20a%20pinza');
      return res.json();
    })) as { items: { id: string; title: string }[] };
    return list.items.find((v) => v.title === TITLE)!.id;
  };

  it('lists ranked candidates with reasons, gaps and the distance mode, and shortlists one', async () => {
    const page = await signedIn(CPI_OPERATOR);
    await page.goto(`${e2e.baseUrl}/vacancies/${await vacancyId(page)}`);
    await page.locator('[role="tab"]', { hasText: /Candidati proposti/ }).click();
    await byTestId(page, 'match-results').waitFor();
    await byTestId(page, 'match-item').first().waitFor();
    expect(await byTestId(page, 'match-item').count()).toBeGreaterThan(1);
    expect(await byTestId(page, 'match-reasons').first().textContent()).toMatch(
      /competenze essenziali|km|comune/,
    );
    expect(await byTestId(page, 'match-distance-mode').textContent()).toMatch(/distanz/i);
    // Scores are in descending order.
    const scores = (await byTestId(page, 'match-score').allTextContents()).map((s) => Number.parseFloat(s));
    expect(scores.length).toBeGreaterThan(1);
    await expectAccessible(page, 'match results');

    const add = page.getByRole('button', { name: 'Aggiungi alla rosa' }).first();
    await add.click();
    await expect
      .poll(async () => (await page.locator('[role="status"], .alert-success').allTextContents()).join(' '))
      .toContain('aggiunto/a alla rosa');
    await expectAccessible(page, 'match results after shortlisting');
  });

  it('shows the vacancies that fit a person on the person page', async () => {
    const page = await signedIn(CPI_OPERATOR);
    await page.goto(`${e2e.baseUrl}/vacancies/${await vacancyId(page)}`);
    await page.locator('[role="tab"]', { hasText: /Candidati proposti/ }).click();
    const first = byTestId(page, 'match-item').first().locator('h3 a');
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    await page.goto(`${e2e.baseUrl}${href}`);
    // The record opens for a stated purpose (asked first, unless remembered).
    await page.locator('[data-testid="purpose-form"], [data-testid="person-header"]').first().waitFor();
    if (await byTestId(page, 'purpose-form').count()) {
      await byTestId(page, 'person-purpose').selectOption('job_matching');
      await byTestId(page, 'person-open').click();
    }
    await byTestId(page, 'person-tab-matches').click();
    await byTestId(page, 'vacancy-matches').waitFor();
    await byTestId(page, 'vacancy-match-item').first().waitFor();
    await expectAccessible(page, 'suitable vacancies of a person');
  });

  it('shows the citizen the published vacancies for them', async () => {
    const page = await signedIn(CITIZEN);
    await page.goto(`${e2e.baseUrl}/me?tab=matches`);
    await byTestId(page, 'vacancy-matches').waitFor();
    await expect.poll(() => byTestId(page, 'vacancy-matches').textContent()).toMatch(/Offerte per te/);
    await expectAccessible(page, 'vacancies for the citizen');
  });
});
