// The employers registry in a real browser: the CPI operator filters the list, opens a company (ATECO section and
// both quotas with their source), registers a new one (a wrong codice fiscale is shown beside its field), and
// checks an import file whose bad rows are listed; the employer user lands on "La mia azienda". axe-core checks
// every page visited.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withVatCheckDigit } from '../../src/modules/employers/domain/tax-codes.ts';
import { CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, pickComune, signIn, startE2E } from './harness.ts';

describe('the employers registry in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('lists and filters the registry, and shows a company with its section and quotas', async () => {
    await signIn(page, e2e.baseUrl, CPI_OPERATOR);
    await byTestId(page, 'nav-employers').click();
    await page.waitForURL('**/employers');
    await byTestId(page, 'employer-row').first().waitFor();
    await expectAccessible(page, 'employers list');
    await byTestId(page, 'employers-q').fill('Tessitura');
    await byTestId(page, 'employers-apply').click();
    await expect.poll(() => page.url()).toContain('q=Tessitura');
    await expect.poll(() => byTestId(page, 'employer-row').count()).toBe(1);
    await byTestId(page, 'employer-row').first().getByRole('link').click();
    await byTestId(page, 'employer-ateco').waitFor();
    expect(await byTestId(page, 'employer-ateco').textContent()).toContain(
      '13.20.00 (ATECO 2007), sezione C',
    );
    expect(await byTestId(page, 'employer-internshipHostQuota').textContent()).toMatch(/85-6277/);
    expect(await byTestId(page, 'employer-disabilityHiringQuota').textContent()).toMatch(/68/);
    await expectAccessible(page, 'employer detail');
  });

  it('registers a company, showing a wrong codice fiscale beside its field', async () => {
    await page.goto(`${e2e.baseUrl}/employers/new`);
    await byTestId(page, 'employer-form').waitFor();
    await expectAccessible(page, 'employer form');
    await byTestId(page, 'employer-name').fill('Officina Prova Browser S.r.l.');
    await byTestId(page, 'employer-taxCode').fill('12345678901');
    await byTestId(page, 'employer-atecoCode').fill('25.62');
    await byTestId(page, 'employer-employees').fill('30');
    await pickComune(page, 'employer-comune', 'Moncalieri');
    await byTestId(page, 'employer-save').click();
    await page.locator('#employer-taxCode-error').waitFor();
    expect(await page.locator('#employer-taxCode').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'employer form with errors');
    await byTestId(page, 'employer-taxCode').fill(withVatCheckDigit('1600001001'));
    await byTestId(page, 'employer-save').click();
    await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
    expect(await byTestId(page, 'employer-ateco').textContent()).toContain('sezione C');
  });

  it('checks an import file and lists its bad rows', async () => {
    await page.goto(`${e2e.baseUrl}/employers/import`);
    await byTestId(page, 'employers-import-form').waitFor();
    await expectAccessible(page, 'employers import');
    const csv = [
      'Ragione sociale;Codice fiscale;Comune;ATECO',
      `Bar Prova;${withVatCheckDigit('1600002001')};Chieri;56.30`,
      'Riga sbagliata;12345678901;Chieri;56.30',
    ].join('\n');
    await byTestId(page, 'employers-import-file').setInputFiles({
      name: 'aziende.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await byTestId(page, 'employers-import-check').click();
    await byTestId(page, 'employers-import-errors').waitFor();
    expect(await byTestId(page, 'employers-import-errors').textContent()).toContain('3');
    expect(await byTestId(page, 'employers-import-commit').count()).toBe(0);
    await expectAccessible(page, 'employers import report');
  });

  it('lets the operator map a column the headers did not explain, check again and import', async () => {
    await page.goto(`${e2e.baseUrl}/employers/import`);
    const csv = [
      'Cliente;Codice fiscale;Comune',
      `Gelateria Mappata;${withVatCheckDigit('1600003001')};Chieri`,
    ].join('\n');
    await byTestId(page, 'employers-import-file').setInputFiles({
      name: 'clienti.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await byTestId(page, 'employers-import-check').click();
    // "Cliente" is not a known header: the company name is missing until the operator says which column holds it.
    await byTestId(page, 'employers-import-errors').waitFor();
    expect(await byTestId(page, 'employers-import-commit').count()).toBe(0);
    await byTestId(page, 'employers-import-mapping-0').selectOption('name');
    await byTestId(page, 'employers-import-stale').waitFor();
    await expectAccessible(page, 'employers import mapping');
    await byTestId(page, 'employers-import-recheck').click();
    await byTestId(page, 'employers-import-commit').waitFor();
    expect(await byTestId(page, 'employers-import-errors').count()).toBe(0);
    await byTestId(page, 'employers-import-commit').click();
    await byTestId(page, 'employers-import-done').waitFor();
    expect(await byTestId(page, 'employers-import-done').textContent()).toContain('1');
  });

  it('takes the employer user to their own company', async () => {
    await context.clearCookies();
    await signIn(page, e2e.baseUrl, EMPLOYER_USER);
    await byTestId(page, 'nav-employers').click();
    await page.waitForURL('**/employers/mine');
    await byTestId(page, 'employer-data').waitFor();
    expect(await page.locator('h1').textContent()).toContain('Tessitura Aurora');
    await expectAccessible(page, 'my company');
  });
});
