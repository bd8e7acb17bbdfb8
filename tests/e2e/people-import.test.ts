// The spreadsheet import in a real browser: the CPI operator uploads a CSV (Italian headers, `;`, dd/mm/yyyy) with
// one bad row, the dry run lists it; the corrected file checks clean, is imported (5 people created) and the people
// are found in the list. axe-core checks each step.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';
import { importCsv, importSeries } from '../helpers/people-import.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

// Five people with valid codici fiscali (born in 1994), then a row with an impossible birth date.
const people = importSeries(5, 4);
const badRow = { ...importSeries(6, 4)[5]!, 'Data di nascita': '31/02/1990' };
const csvFile = (content: string) => ({
  name: 'persone.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(content, 'utf8'),
});

describe('the spreadsheet import in the browser', () => {
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

  it('lists the bad row of the file in the dry run', async () => {
    await signIn(page, e2e.baseUrl, CPI_OPERATOR);
    await byTestId(page, 'nav-people').click();
    await page.waitForURL('**/people');
    await byTestId(page, 'person-purpose').selectOption('job_matching');
    await byTestId(page, 'people-import').click();
    await page.waitForURL('**/people/import');
    await expectAccessible(page, 'import: file step');

    // A file that is not a spreadsheet is refused by the server, shown on the first step.
    await byTestId(page, 'import-file').setInputFiles({
      name: 'persone.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 not a spreadsheet'),
    });
    await byTestId(page, 'import-file-next').click();
    await byTestId(page, 'import-file-problem').waitFor();
    await expectAccessible(page, 'import: refused file');
    await byTestId(page, 'import-file').setInputFiles(csvFile(importCsv([...people, badRow])));
    await expect.poll(() => byTestId(page, 'import-file-size').textContent()).toContain('persone.csv');
    await byTestId(page, 'import-file-next').click();
    await byTestId(page, 'import-step-mapping').waitFor();
    expect(await byTestId(page, 'import-mapping-0').inputValue()).toBe('taxCode');
    expect(await byTestId(page, 'import-mapping-4').inputValue()).toBe('birthDate');
    await byTestId(page, 'import-verify').click();
    await byTestId(page, 'import-error-row').first().waitFor();
    const errors = await byTestId(page, 'import-error-row').allTextContents();
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(await byTestId(page, 'import-error-row').first().textContent()).toContain('Data di nascita');
    expect(await byTestId(page, 'import-count-errors').textContent()).toBe('1');
    expect(await byTestId(page, 'import-commit').isDisabled()).toBe(true);
    await expectAccessible(page, 'import: dry run with errors');
  });

  it('imports the corrected file and shows the people in the list', async () => {
    await byTestId(page, 'import-back').click();
    await byTestId(page, 'import-step-file').waitFor();
    await byTestId(page, 'import-file').setInputFiles(csvFile(importCsv(people)));
    await byTestId(page, 'import-file-next').click();
    await byTestId(page, 'import-step-mapping').waitFor();
    await byTestId(page, 'import-verify').click();
    await byTestId(page, 'import-no-errors').waitFor();
    expect(await byTestId(page, 'import-count-toCreate').textContent()).toBe('5');
    expect(await byTestId(page, 'import-error-row').count()).toBe(0);
    await expect.poll(() => byTestId(page, 'import-commit').isEnabled()).toBe(true);
    await expectAccessible(page, 'import: clean dry run');
    await byTestId(page, 'import-commit').click();
    await byTestId(page, 'import-result').waitFor();
    expect(await byTestId(page, 'import-result').textContent()).toContain('5 persone create');
    expect(await byTestId(page, 'import-progress').getAttribute('aria-valuenow')).toBe('100');
    await expectAccessible(page, 'import: result');

    await byTestId(page, 'import-to-list').click();
    await page.waitForURL('**/people');
    const { Cognome, Nome } = people[3]!;
    await byTestId(page, 'people-search').fill(`${Cognome} ${Nome}`);
    await byTestId(page, 'people-search-submit').click();
    await expect.poll(() => page.url()).toContain(`q=${Cognome}`);
    await expect.poll(() => byTestId(page, 'people-table').textContent()).toContain(`${Cognome} ${Nome}`);
  });

  it('follows a background import with the progress bar until its result', async () => {
    // The same file again, committed as a background job (202, then polled): the people are now updates.
    await page.route('**/api/people/import?*dryRun=false*', (route) =>
      route.continue({ url: `${route.request().url()}&background=true` }),
    );
    await page.goto(`${e2e.baseUrl}/people/import`);
    await byTestId(page, 'import-file').setInputFiles(csvFile(importCsv(people)));
    await byTestId(page, 'import-file-next').click();
    await byTestId(page, 'import-verify').click();
    await expect.poll(() => byTestId(page, 'import-count-toUpdate').textContent()).toBe('5');
    await expect.poll(() => byTestId(page, 'import-commit').isEnabled()).toBe(true);
    const commit = page.waitForResponse((r) => r.url().includes('background=true'));
    await byTestId(page, 'import-commit').click();
    expect((await commit).status()).toBe(202);
    await byTestId(page, 'import-result').waitFor();
    expect(await byTestId(page, 'import-result').textContent()).toContain('5 schede aggiornate');
    expect(await byTestId(page, 'import-progress').getAttribute('aria-valuenow')).toBe('100');
    await page.unroute('**/api/people/import?*dryRun=false*');
  });
});
