// The Banca Dati Lavoro in a real browser: the CPI operator searches the list, registers a person (a wrong codice
// fiscale is refused naming the wrong part), opens the record for a stated purpose, goes through its tabs and
// edits it; a social worker of the Patto (two-factor enrolment first) records a disability and sees it, while the
// CPI operator only sees a neutral note. axe-core checks every page and tab visited.
import type CodiceFiscaleClass from 'codice-fiscale-js';
import * as cfModule from 'codice-fiscale-js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/platform/auth/totp.ts';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, pickComune, signIn, startE2E } from './harness.ts';

type CfModule = {
  CodiceFiscale?: typeof CodiceFiscaleClass;
  default?: { CodiceFiscale?: typeof CodiceFiscaleClass };
};
const CodiceFiscale = ((cfModule as unknown as CfModule).CodiceFiscale ??
  (cfModule as unknown as CfModule).default?.CodiceFiscale) as typeof CodiceFiscaleClass;

const SOCIAL_WORKER = 'valentina.cerutti@servizisociali-chierese.example';

function taxCode(surname: string) {
  return CodiceFiscale.compute({
    name: 'Ilaria',
    surname,
    gender: 'F',
    day: 12,
    month: 4,
    year: 1996,
    birthplace: 'Chieri',
    birthplaceProvincia: 'TO',
  });
}

describe('the Banca Dati Lavoro in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;
  let personUrl = '';

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('lists people once the purpose of the search is chosen', async () => {
    await signIn(page, e2e.baseUrl, CPI_OPERATOR);
    await byTestId(page, 'nav-people').click();
    await page.waitForURL('**/people');
    await byTestId(page, 'person-purpose').selectOption('job_matching');
    await byTestId(page, 'people-row').first().waitFor();
    await expect.poll(() => byTestId(page, 'people-count').textContent()).toMatch(/\d/);
    await expectAccessible(page, 'people list');
    await byTestId(page, 'people-search').fill('Chieri');
    await byTestId(page, 'people-search-submit').click();
    await expect.poll(() => page.url()).toContain('q=Chieri');
    await byTestId(page, 'people-row').first().waitFor();
    // Saved searches: keep the filters under a name, then re-apply them.
    await byTestId(page, 'saved-search-name').fill('Chieri');
    await byTestId(page, 'saved-search-save').click();
    await byTestId(page, 'saved-search').first().waitFor();
    await page.goto(`${e2e.baseUrl}/people`);
    await byTestId(page, 'saved-search-apply').first().click();
    await expect.poll(() => page.url()).toContain('q=Chieri');
    await expectAccessible(page, 'people list with saved searches');
  });

  it('filters by distance and says when it can only use the province (no boundaries in the demo here)', async () => {
    await page.goto(`${e2e.baseUrl}/people`);
    await byTestId(page, 'people-within-km').fill('20');
    await byTestId(page, 'people-search-submit').click();
    await expect.poll(() => page.locator('#people-near-comune-error').textContent()).toContain('comune');
    await pickComune(page, 'people-near-comune', 'Chieri');
    await byTestId(page, 'people-search-submit').click();
    await expect.poll(() => page.url()).toContain('nearComune=001078');
    await expect
      .poll(() => byTestId(page, 'people-distance-fallback').textContent())
      .toContain('stessa provincia');
    await byTestId(page, 'people-row').first().waitFor();
    await expectAccessible(page, 'people list with a distance filter');
  });

  it('filters by occupation and driving licence under "More filters", kept in the URL', async () => {
    await page.goto(`${e2e.baseUrl}/people`);
    await byTestId(page, 'people-row').first().waitFor();
    const before = await byTestId(page, 'people-count').textContent();
    expect(await byTestId(page, 'people-more').getAttribute('open')).toBeNull();
    await byTestId(page, 'people-more-toggle').click();
    await expect.poll(() => byTestId(page, 'people-more').getAttribute('open')).not.toBeNull();
    await byTestId(page, 'people-occupation').fill('Saldat');
    await byTestId(page, 'concept-option').filter({ hasText: 'Saldatore/trice' }).first().click();
    await page.locator('label[for="people-licence-B"]').click();
    await byTestId(page, 'people-search-submit').click();
    await expect.poll(() => page.url()).toContain('occupationUri=');
    expect(page.url()).toContain('licences=B');
    await expect.poll(() => byTestId(page, 'people-count').textContent()).not.toBe(before);
    await byTestId(page, 'people-row').first().waitFor();
    // The form is rebuilt from the URL: the section is open (one of its filters is set), the choices are kept.
    await expect.poll(() => byTestId(page, 'people-more').getAttribute('open')).not.toBeNull();
    expect(await byTestId(page, 'people-occupation').inputValue()).toBe('Saldatore/trice');
    expect(await byTestId(page, 'people-licence-B').isChecked()).toBe(true);
    expect(await byTestId(page, 'people-export-csv').getAttribute('href')).toContain('occupationUri=');
    await expectAccessible(page, 'people list with more filters open');
    // The sort order beside the count goes into the URL and the export link.
    await byTestId(page, 'people-sort').selectOption('age');
    await expect.poll(() => page.url()).toContain('sort=age');
    // The link is re-rendered after the URL changes: wait for it rather than read it at once.
    await expect.poll(() => byTestId(page, 'people-export-csv').getAttribute('href')).toContain('sort=age');
    // A saved search keeps the new filters; re-applied, the occupation's name is fetched again.
    await byTestId(page, 'saved-search-name').fill('Saldatori con patente B');
    await byTestId(page, 'saved-search-save').click();
    await expect.poll(() => byTestId(page, 'saved-search').first().textContent()).toContain('Saldatori');
    await page.goto(`${e2e.baseUrl}/people`);
    await byTestId(page, 'saved-search-apply').first().click();
    await expect.poll(() => page.url()).toContain('licences=B');
    await expect.poll(() => byTestId(page, 'people-occupation').inputValue()).toBe('Saldatore/trice');
    // A value the server refuses (here typed in the URL) is shown beside its field.
    await page.goto(`${e2e.baseUrl}/people?iscoPrefix=12345`);
    await expect.poll(() => page.locator('#people-isco-error').textContent()).toContain('ISCO');
  });

  it('refuses a wrong codice fiscale naming the wrong part, then registers the person', async () => {
    await byTestId(page, 'person-new').click();
    await byTestId(page, 'person-form').waitFor();
    await expectAccessible(page, 'new person form');
    await byTestId(page, 'person-tax-code').fill(taxCode('Rossi'));
    await byTestId(page, 'person-given-name').fill('Ilaria');
    await byTestId(page, 'person-family-name').fill('Marchisio');
    await byTestId(page, 'person-sex').selectOption('F');
    await byTestId(page, 'person-birth-date').fill('1996-04-12');
    await pickComune(page, 'person-birth-comune', 'Chieri');
    await pickComune(page, 'person-residence-comune', 'Chieri');
    await byTestId(page, 'person-status').selectOption('unemployed');
    await byTestId(page, 'person-submit').click();
    await expect
      .poll(() => page.locator('#person-taxCode-error').textContent())
      .toContain('non corrispondono al cognome');
    await expectAccessible(page, 'new person form with errors');
    await byTestId(page, 'person-tax-code').fill(taxCode('Marchisio'));
    await byTestId(page, 'person-submit').click();
    // Likely duplicates (generated demo people) are shown first: this one is really someone new.
    const confirm = byTestId(page, 'duplicate-confirm');
    await Promise.race([page.waitForURL(/\/people\/[0-9a-f-]{36}$/), confirm.waitFor()]);
    if (await confirm.isVisible()) await confirm.click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    personUrl = page.url();
    await expect.poll(() => page.textContent('h1')).toContain('Ilaria Marchisio');
  });

  it('asks for the purpose before opening the record, and shows it', async () => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(personUrl);
    await byTestId(page, 'purpose-form').waitFor();
    await expectAccessible(page, 'purpose question');
    await byTestId(page, 'person-open').click();
    await expect.poll(() => page.locator('#person-purpose-error').textContent()).toBeTruthy();
    await byTestId(page, 'person-purpose').selectOption('guidance');
    await byTestId(page, 'person-open').click();
    await byTestId(page, 'person-header').waitFor();
    await expect.poll(() => byTestId(page, 'person-read-purpose').textContent()).toContain('Orientamento');
  });

  it('shows every tab accessibly, with keyboard navigation', async () => {
    await expectAccessible(page, 'person: identity tab');
    await byTestId(page, 'person-tab-identity').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => byTestId(page, 'person-tab-administrative').getAttribute('aria-selected'))
      .toBe('true');
    await expect.poll(() => byTestId(page, 'person-computed-groups').count()).toBe(1);
    const tabs = await page
      .locator('[role="tab"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    for (const tab of tabs) {
      await byTestId(page, tab).click();
      await expect.poll(() => byTestId(page, tab).getAttribute('aria-selected')).toBe('true');
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `person: ${tab}`);
    }
    expect(tabs).toContain('person-tab-audit');
    await expect.poll(() => byTestId(page, 'person-audit-row').count()).toBeGreaterThan(0);
  });

  it('adds a desired occupation to the CV with the taxonomy autocomplete', async () => {
    await byTestId(page, 'person-tab-cv').click();
    await byTestId(page, 'cv-edit-desiredOccupations').click();
    await byTestId(page, 'cv-add').click();
    await byTestId(page, 'cv-desiredOccupations-occupationUri').last().fill('magazzin');
    await byTestId(page, 'concept-option').first().click();
    await expectAccessible(page, 'CV section form');
    await byTestId(page, 'cv-save').click();
    await expect.poll(() => byTestId(page, 'cv-list-desiredOccupations').textContent()).toMatch(/magazzin/i);
  });

  it('uploads a PDF to the documents tab, refuses a text file renamed .pdf, and deletes after confirming', async () => {
    await byTestId(page, 'person-tab-documents').click();
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    );
    await byTestId(page, 'document-file').setInputFiles({
      name: 'finto.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('solo testo'),
    });
    await byTestId(page, 'document-upload').click();
    await expect.poll(() => byTestId(page, 'document-upload-problem').textContent()).toMatch(/PDF.*\.docx/);
    await expectAccessible(page, 'documents tab with a refused file');
    await byTestId(page, 'document-file').setInputFiles({
      name: 'CV.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await byTestId(page, 'document-upload').click();
    await expect.poll(() => byTestId(page, 'document-row').count()).toBe(1);
    expect(await byTestId(page, 'document-download').getAttribute('href')).toMatch(/purpose=/);
    await expectAccessible(page, 'documents tab with a document');
    await byTestId(page, 'document-delete').click();
    await byTestId(page, 'document-delete-confirm').click();
    await expect.poll(() => byTestId(page, 'documents-empty').count()).toBe(1);
  });

  it('edits the person', async () => {
    await byTestId(page, 'person-edit').click();
    await byTestId(page, 'person-form').waitFor();
    await expect.poll(() => byTestId(page, 'person-given-name').inputValue()).toBe('Ilaria');
    await expectAccessible(page, 'edit person form');
    // Meanwhile a colleague (another tab) changes the e-mail: saving shows what changed and offers a reload.
    const other = await context.newPage();
    await other.goto(`${personUrl}/edit`);
    await byTestId(other, 'person-purpose').selectOption('administration');
    await byTestId(other, 'person-open').click();
    await byTestId(other, 'person-email').fill('ilaria.marchisio@posta.example');
    await byTestId(other, 'person-submit').click();
    await other.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await other.close();
    await byTestId(page, 'person-phone').fill('011 555 0123');
    await byTestId(page, 'person-submit').click();
    await expect.poll(() => byTestId(page, 'version-conflict').textContent()).toContain('Indirizzo e-mail');
    await expectAccessible(page, 'edit person form with a version conflict');
    await byTestId(page, 'person-reload').click();
    await expect
      .poll(() => byTestId(page, 'person-email').inputValue())
      .toBe('ilaria.marchisio@posta.example');
    await byTestId(page, 'person-phone').fill('011 555 0123');
    await byTestId(page, 'person-submit').click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await byTestId(page, 'person-tab-identity').click();
    await expect.poll(() => byTestId(page, 'person-identity').textContent()).toContain('011 555 0123');
  });

  it('lets a social worker of the Patto record a disability, and shows the CPI operator only a note', async () => {
    const social = await e2e.browser.newContext({ locale: 'it-IT' });
    const sw = await social.newPage();
    await signIn(sw, e2e.baseUrl, SOCIAL_WORKER);
    // Her role handles special-category data: two-factor enrolment comes first.
    await byTestId(sw, 'enable-2fa').click();
    await byTestId(sw, 'totp-secret').waitFor();
    const secret = ((await byTestId(sw, 'totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    await byTestId(sw, 'totp-confirm-code').fill(await totpCode(secret));
    await byTestId(sw, 'totp-confirm-submit').click();
    await byTestId(sw, 'recovery-codes-done').click();
    await byTestId(sw, 'nav-people').waitFor();
    await sw.goto(personUrl);
    await byTestId(sw, 'person-purpose').selectOption('social_support');
    await byTestId(sw, 'person-open').click();
    await byTestId(sw, 'person-tab-special').click();
    await byTestId(sw, 'special-record-form').waitFor();
    await expectAccessible(sw, 'special-category tab (social worker)');
    await byTestId(sw, 'special-kind').selectOption('civil');
    await byTestId(sw, 'special-percent').fill('67');
    await sw.locator('label[for="special-l68"]').click();
    await byTestId(sw, 'special-submit').click();
    await expect.poll(() => byTestId(sw, 'special-records').textContent()).toContain('67%');
    await expect.poll(() => byTestId(sw, 'special-records').textContent()).toContain('Invalidità civile');
    await expectAccessible(sw, 'special-category record (social worker)');
    await social.close();

    await page.reload();
    await byTestId(page, 'person-tab-special').click();
    await expect
      .poll(() => byTestId(page, 'special-note').textContent())
      .toContain('Esistono dati particolari registrati da un servizio autorizzato');
    expect(await byTestId(page, 'special-record-form').count()).toBe(0);
    expect(await byTestId(page, 'special-records').count()).toBe(0);
    await expectAccessible(page, 'special-category note (CPI operator)');
  });
});
