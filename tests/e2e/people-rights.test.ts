// Consents and data-subject rights in a real browser: the CPI operator opens a demo person for a stated purpose,
// records and withdraws a consent, previews the anonymised candidate card, downloads all the person's data (JSON)
// and finally erases the person after typing the family name; the record is then gone. axe-core checks each tab.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

const PURPOSE = 'share_cv_with_employers';

describe('consents and data-subject rights in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;
  let personUrl = '';

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e, { acceptDownloads: true }));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('opens a demo person from the list for a stated purpose', async () => {
    await signIn(page, e2e.baseUrl, CPI_OPERATOR);
    await byTestId(page, 'nav-people').click();
    await page.waitForURL('**/people');
    await byTestId(page, 'person-purpose').selectOption('job_matching');
    await byTestId(page, 'people-row').first().waitFor();
    await byTestId(page, 'people-row').first().locator('a').click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    personUrl = page.url();
    await byTestId(page, 'person-header').waitFor();
  });

  it('records and withdraws a consent', async () => {
    await byTestId(page, 'person-tab-consents').click();
    await byTestId(page, 'consent-row').first().waitFor();
    expect(await byTestId(page, 'consent-row').count()).toBe(3);
    const row = page.locator(`[data-testid="consent-row"][data-purpose="${PURPOSE}"]`);
    await expectAccessible(page, 'consents tab');
    const historyBefore = await byTestId(page, 'consent-history-row').count();
    // Demo people may already have consented: withdraw first in that case, so the grant is always recorded.
    if ((await row.getAttribute('data-state')) === 'granted') {
      await byTestId(page, `consent-withdraw-${PURPOSE}`).click();
      await expect.poll(() => row.getAttribute('data-state')).toBe('withdrawn');
    }
    await byTestId(page, `consent-grant-${PURPOSE}`).click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('granted');
    await expect.poll(() => byTestId(page, 'consent-status').textContent()).toContain('Consenso registrato');
    await expect.poll(() => row.textContent()).toContain('2026-11');
    await expect.poll(() => row.textContent()).toContain('Marco');
    await expectAccessible(page, 'consents tab after a grant');
    await byTestId(page, `consent-withdraw-${PURPOSE}`).click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('withdrawn');
    await expect.poll(() => byTestId(page, 'consent-status').textContent()).toContain('Consenso revocato');
    // Newest first: the withdrawal heads the history.
    await expect
      .poll(() => byTestId(page, 'consent-history-row').count())
      .toBeGreaterThanOrEqual(historyBefore + 2);
    expect(await byTestId(page, 'consent-history-row').first().textContent()).toContain('Revocato');
    await expectAccessible(page, 'consents tab after a withdrawal');
  });

  it('previews the anonymised candidate card', async () => {
    await byTestId(page, 'person-tab-rights').click();
    await byTestId(page, 'candidate-card').waitFor();
    const card = (await byTestId(page, 'candidate-card').textContent()) ?? '';
    expect(card).toMatch(/C-[0-9a-f]{8}/i);
    const name = ((await page.textContent('h1')) ?? '').trim();
    expect(name).not.toBe('');
    expect(card).not.toContain(name);
    await expectAccessible(page, 'rights tab with the candidate card');
  });

  it('downloads all the data as JSON', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'rights-export-json').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dati-personali-.*\.json$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(data)).toContain(PURPOSE);
    expect(await byTestId(page, 'rights-export-pdf').getAttribute('href')).toContain('format=pdf');
  });

  it('erases the person after the family name is typed, and the record is gone', async () => {
    const familyName = await page.evaluate(async (url) => {
      const id = url.split('/').pop();
      const r = await fetch(`/api/people/${id}?purpose=job_matching`);
      return ((await r.json()) as { familyName: string }).familyName;
    }, personUrl);
    await byTestId(page, 'erase-person').click();
    await byTestId(page, 'erase-confirm-name').waitFor();
    await expectAccessible(page, 'erasure dialog');
    await byTestId(page, 'erase-confirm-name').fill('Nome sbagliato');
    await byTestId(page, 'erase-confirm').click();
    await page.locator('#erase-confirm-name-error').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('erase-confirm-name');
    await byTestId(page, 'erase-confirm-name').fill(familyName);
    await byTestId(page, 'erase-confirm').click();
    await page.waitForURL(/\/people$/);
    await expect.poll(() => byTestId(page, 'person-erased').textContent()).toContain('cancellata');
    await expectAccessible(page, 'people list after an erasure');
    await page.goto(personUrl);
    await expect.poll(() => byTestId(page, 'problem').count()).toBe(1);
    expect(await byTestId(page, 'person-header').count()).toBe(0);
    const status = await page.evaluate(async (url) => {
      const id = url.split('/').pop();
      return (await fetch(`/api/people/${id}?purpose=job_matching`)).status;
    }, personUrl);
    expect(status).toBe(404);
  });
});
