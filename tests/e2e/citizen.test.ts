// Citizen self-service in a real browser: the public sign-up and verification pages, then the demo citizen signs
// in, lands on "Il mio profilo", edits availability, withdraws a consent and downloads their data. axe-core checks
// every new page.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

const PURPOSE = 'share_cv_with_employers';

describe('citizen self-service in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e, { acceptDownloads: true }));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('offers the sign-up from the login page, with accessible errors', async () => {
    await page.goto(`${e2e.baseUrl}/login`);
    await page.locator('a[href="/registrati"]').click();
    await page.waitForURL('**/registrati');
    await byTestId(page, 'sign-up-form').waitFor();
    await expectAccessible(page, 'sign-up page');
    await byTestId(page, 'signup-submit').click();
    await page.locator('#signup-email-error').waitFor();
    expect(await byTestId(page, 'signup-email').getAttribute('aria-describedby')).toContain(
      'signup-email-error',
    );
    await page.locator('#signup-notice-error').waitFor();
    await expectAccessible(page, 'sign-up page with errors');
  });

  it('says when a verification link is not valid', async () => {
    await page.goto(`${e2e.baseUrl}/verifica-email/non-un-token-valido-1234`);
    await byTestId(page, 'verify-login').waitFor();
    expect(await byTestId(page, 'problem').textContent()).toContain('Link non valido');
    await expectAccessible(page, 'verification page');
  });

  it('signs the demo citizen in and lands on the profile', async () => {
    await signIn(page, e2e.baseUrl, CITIZEN);
    await page.waitForURL('**/me');
    await byTestId(page, 'me-summary').waitFor();
    expect(await page.textContent('h1')).toContain('Luca Bianco');
    await byTestId(page, 'me-contacts-form').waitFor();
    await expectAccessible(page, 'my profile');
  });

  it('edits the availability', async () => {
    await byTestId(page, 'me-available-from').fill('2027-01-11');
    await byTestId(page, 'me-max-commute').fill('35');
    await byTestId(page, 'me-save').click();
    await expect.poll(() => byTestId(page, 'me-contacts-form').textContent()).toContain('Modifiche salvate');
    await page.reload();
    await byTestId(page, 'me-available-from').waitFor();
    expect(await byTestId(page, 'me-available-from').inputValue()).toBe('2027-01-11');
    expect(await byTestId(page, 'me-max-commute').inputValue()).toBe('35');
  });

  it('shows the CV and withdraws a consent', async () => {
    await byTestId(page, 'person-tab-cv').click();
    await byTestId(page, 'cv-section-experiences').waitFor();
    await expectAccessible(page, 'my CV');
    await byTestId(page, 'person-tab-consents').click();
    const row = page.locator(`[data-testid="consent-row"][data-purpose="${PURPOSE}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('granted');
    await byTestId(page, `consent-withdraw-${PURPOSE}`).click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('withdrawn');
    await expect.poll(() => row.textContent()).toContain('Luca Bianco');
    await expectAccessible(page, 'my consents');
  });

  it('downloads the data', async () => {
    await byTestId(page, 'person-tab-data').click();
    await byTestId(page, 'me-export-json').waitFor();
    await expectAccessible(page, 'my data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'me-export-json').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^i-miei-dati-.*\.json$/);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(data.person.givenName).toBe('Luca');
    expect(data.person.availableFrom).toBe('2027-01-11');
    expect(data.consents.at(-1)).toMatchObject({ purpose: PURPOSE, granted: false });
    expect(await byTestId(page, 'me-export-pdf').getAttribute('href')).toContain('format=pdf');
  });
});
