// A newcomer's journey in a real browser: sign in as the coordinator of the Patto Territoriale Torino Sud,
// switch organisation, switch language, create an organisation, invite a colleague, enable two-factor and sign in
// with it, find it all in the audit log; the administrator reads the invitation e-mail and the colleague joins.
// axe-core checks every page visited (no serious or critical WCAG 2.1 AA violation).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vatCheckDigit } from '../../src/modules/network/domain/tax-codes.ts';
import { totpCode } from '../../src/platform/auth/totp.ts';
import { COORDINATOR, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, pickComune, signIn, startE2E } from './harness.ts';

describe('ReteLavoro in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;
  let totpSecret = '';
  const orgName = 'Cooperativa Sociale Orizzonte Lavoro';
  const colleague = 'nadia.ferrari@comune-chieri.example';

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('shows an accessible login page in Italian and refuses a wrong password', async () => {
    await page.goto(`${e2e.baseUrl}/`);
    await page.waitForURL('**/login**');
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await expectAccessible(page, 'login');
    await signIn(page, e2e.baseUrl, COORDINATOR, 'password-sbagliata');
    await expect
      .poll(() => page.locator('[role="alert"]').first().textContent())
      .toContain('Credenziali non valide');
  });

  it('signs the coordinator in to the network home', async () => {
    await signIn(page, e2e.baseUrl, COORDINATOR);
    await byTestId(page, 'network-summary').first().waitFor();
    await expect.poll(() => page.textContent('body')).toContain('Patto Territoriale Torino Sud');
    await expectAccessible(page, 'home');
  });

  it('switches between the coordinator’s organisations', async () => {
    const switcher = byTestId(page, 'org-switcher');
    const options = await switcher.locator('option').allTextContents();
    expect(options.length).toBeGreaterThanOrEqual(2);
    const circoscrizione = options.find((o) => o.includes('Circoscrizione 2'))!;
    await switcher.selectOption({ label: circoscrizione });
    await expect.poll(() => page.textContent('body')).toContain('Circoscrizione 2 — Torino');
    const chieri = options.find((o) => o.includes('Chieri'))!;
    await byTestId(page, 'org-switcher').selectOption({ label: chieri });
    await expect.poll(() => page.textContent('body')).toContain('Patto Territoriale Torino Sud');
  });

  it('switches the interface to English and back', async () => {
    await byTestId(page, 'language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => byTestId(page, 'nav-organisations').textContent()).toMatch(/Organisations/);
    await expectAccessible(page, 'home (English)');
    await byTestId(page, 'language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('it');
    await expect.poll(() => byTestId(page, 'nav-organisations').textContent()).toMatch(/Organizzazioni|Enti/);
  });

  it('lists the network’s organisations and creates a new one', async () => {
    await byTestId(page, 'nav-organisations').click();
    await byTestId(page, 'organisations-table').waitFor();
    await expectAccessible(page, 'organisations');
    await byTestId(page, 'organisation-new').click();
    await byTestId(page, 'organisation-form').waitFor();
    await expectAccessible(page, 'new organisation form');
    // Inline validation: a wrong codice fiscale is refused before anything is saved.
    await byTestId(page, 'org-name').fill(orgName);
    await byTestId(page, 'org-kind').selectOption('cooperative');
    await byTestId(page, 'org-tax-code').fill('12345678901');
    await byTestId(page, 'org-submit').click();
    await expect
      .poll(() => page.locator('.invalid-feedback, .form-feedback, [id$="-error"]').allTextContents())
      .not.toEqual([]);
    const base = '0955512001';
    await byTestId(page, 'org-tax-code').fill(base + vatCheckDigit(base));
    await pickComune(page, 'org-comune', 'Nichel');
    await byTestId(page, 'org-address').fill('Via Torino 12');
    await byTestId(page, 'org-email').fill('info@orizzontelavoro.example');
    await byTestId(page, 'org-submit').click();
    await byTestId(page, 'organisation-data').waitFor();
    await expect.poll(() => page.textContent('h1')).toContain(orgName);
    await expect.poll(() => page.textContent('body')).toContain('Nichelino');
    await expectAccessible(page, 'organisation detail');
  });

  it('edits the organisation it just created', async () => {
    await byTestId(page, 'organisation-edit').click();
    await byTestId(page, 'organisation-form').waitFor();
    await expect.poll(() => byTestId(page, 'org-name').inputValue()).toBe(orgName);
    await expectAccessible(page, 'edit organisation form');
    await byTestId(page, 'org-phone').fill('011 555 0199');
    await byTestId(page, 'org-submit').click();
    await byTestId(page, 'organisation-data').waitFor();
    await expect.poll(() => byTestId(page, 'organisation-data').textContent()).toContain('011 555 0199');
    // The coordinator moves it into the coordination group of the Patto.
    await byTestId(page, 'org-network-tier-select').first().selectOption('coordination');
    await expect
      .poll(() => byTestId(page, 'org-network-tier-select').first().inputValue())
      .toBe('coordination');
    await expectAccessible(page, 'organisation detail with network placement');
  });

  it('invites a colleague to the new organisation', async () => {
    await byTestId(page, 'invite-email').fill(colleague);
    await byTestId(page, 'invite-role').selectOption('association_operator');
    await byTestId(page, 'invite-submit').click();
    await byTestId(page, 'invitation-row').first().waitFor();
    await expect.poll(() => byTestId(page, 'invitations-table').textContent()).toContain(colleague);
  });

  it('shows users and the legal pages accessibly', async () => {
    await byTestId(page, 'nav-users').click();
    await byTestId(page, 'users-table').waitFor();
    await expectAccessible(page, 'users');
    await byTestId(page, 'footer-accessibility').click();
    await page.waitForURL('**/accessibility');
    await expectAccessible(page, 'accessibility statement');
    await byTestId(page, 'footer-privacy').click();
    await page.waitForURL('**/privacy');
    await expectAccessible(page, 'privacy notice');
    await page.goto(`${e2e.baseUrl}/no-such-page`);
    await expect.poll(() => page.textContent('h1')).toBeTruthy();
    await expectAccessible(page, 'not found');
  });

  it('enables two-factor sign-in with the QR code and recovery codes', async () => {
    await page.goto(`${e2e.baseUrl}/account`);
    await byTestId(page, 'enable-2fa').click();
    await byTestId(page, 'totp-qr').waitFor();
    await expectAccessible(page, 'two-factor enrolment');
    totpSecret = ((await byTestId(page, 'totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(totpSecret).toMatch(/^[A-Z2-7]{16,}$/);
    await byTestId(page, 'totp-confirm-code').fill(await totpCode(totpSecret));
    await byTestId(page, 'totp-confirm-submit').click();
    await byTestId(page, 'recovery-codes').waitFor();
    expect(await byTestId(page, 'recovery-codes').locator('li').count()).toBe(10);
    await expectAccessible(page, 'recovery codes');
    await byTestId(page, 'recovery-codes-done').click();
  });

  it('asks for the code at the next sign-in', async () => {
    await byTestId(page, 'logout').click();
    await page.waitForURL('**/login**');
    await signIn(page, e2e.baseUrl, COORDINATOR);
    await page.waitForURL('**/two-factor**');
    await expectAccessible(page, 'two-factor');
    await byTestId(page, 'totp-code').fill(await totpCode(totpSecret));
    await byTestId(page, 'totp-submit').click();
    await byTestId(page, 'network-summary').first().waitFor();
  });

  it('finds everything the coordinator did in the audit log', async () => {
    await byTestId(page, 'nav-audit').click();
    await byTestId(page, 'audit-table').waitFor();
    await page.locator('label[for="audit-mine"]').click();
    expect(await byTestId(page, 'audit-mine').isChecked()).toBe(true);
    await byTestId(page, 'audit-filter').click();
    await expect
      .poll(async () => (await byTestId(page, 'audit-row').allTextContents()).join('\n'), { timeout: 10_000 })
      .toMatch(/organisation\.create|Creazione/i);
    const rows = (await byTestId(page, 'audit-row').allTextContents()).join('\n');
    for (const action of [
      /organisation\.create|organizzazione/i,
      /invitation\.create|invito/i,
      /totp|due passaggi/i,
    ]) {
      expect(rows).toMatch(action);
    }
    await expectAccessible(page, 'audit log');
    const download = page.waitForEvent('download');
    await byTestId(page, 'audit-export-xlsx').click();
    expect((await download).suggestedFilename()).toMatch(/registro-accessi-.*\.xlsx$/);
  });

  it('lets the administrator read the invitation e-mail, and the colleague joins', async () => {
    const admin = await e2e.browser.newContext({ locale: 'it-IT' });
    const adminPage = await admin.newPage();
    await signIn(adminPage, e2e.baseUrl, PLATFORM_ADMIN);
    await byTestId(adminPage, 'nav-outbox').click();
    await byTestId(adminPage, 'outbox-message').first().waitFor();
    await expectAccessible(adminPage, 'outbox');
    const bodies = await byTestId(adminPage, 'outbox-body').allTextContents();
    const mail = bodies.find((b) => b.includes(orgName))!;
    const link = mail.match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/)![0];
    await admin.close();

    const guest = await e2e.browser.newContext({ locale: 'it-IT' });
    const guestPage = await guest.newPage();
    await guestPage.goto(link);
    await byTestId(guestPage, 'invitation-email').waitFor();
    expect(await byTestId(guestPage, 'invitation-email').textContent()).toContain(colleague);
    await expectAccessible(guestPage, 'invitation');
    await byTestId(guestPage, 'accept-given-name').fill('Nadia');
    await byTestId(guestPage, 'accept-family-name').fill('Ferrari');
    await byTestId(guestPage, 'accept-password').fill('Orizzonte-Lavoro-2026');
    await byTestId(guestPage, 'accept-repeat').fill('Orizzonte-Lavoro-2026');
    await byTestId(guestPage, 'accept-submit').click();
    await guestPage.waitForURL('**/login**');
    await signIn(guestPage, e2e.baseUrl, colleague, 'Orizzonte-Lavoro-2026');
    await byTestId(guestPage, 'network-summary').first().waitFor();
    await expect.poll(() => guestPage.textContent('header')).toContain(orgName);
    await guest.close();
  });

  it('resets a forgotten password through the e-mailed link (English interface)', async () => {
    const anon = await e2e.browser.newContext({ locale: 'en-GB' });
    const p = await anon.newPage();
    await p.goto(`${e2e.baseUrl}/forgot-password`);
    await byTestId(p, 'reset-email').fill(colleague);
    await expectAccessible(p, 'forgotten password');
    await byTestId(p, 'reset-submit').click();
    await expect
      .poll(() => p.locator('[role="status"], .alert-success').first().textContent())
      .toMatch(/e-mail/i);

    const admin = await e2e.browser.newContext({ locale: 'it-IT' });
    const adminPage = await admin.newPage();
    await signIn(adminPage, e2e.baseUrl, PLATFORM_ADMIN);
    await byTestId(adminPage, 'nav-outbox').click();
    await byTestId(adminPage, 'outbox-message').first().waitFor();
    const bodies = await byTestId(adminPage, 'outbox-body').allTextContents();
    const link = bodies
      .map((b) => b.match(/https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/)?.[0])
      .find(Boolean)!;
    await admin.close();

    await p.goto(link);
    await byTestId(p, 'new-password').waitFor();
    await expectAccessible(p, 'reset password');
    await byTestId(p, 'new-password').fill('Nuova-Password-Orizzonte-1');
    await byTestId(p, 'repeat-password').fill('Nuova-Password-Orizzonte-1');
    await byTestId(p, 'reset-password-submit').click();
    await p.locator('main a[href="/login"]').click();
    await p.waitForURL('**/login**');
    await signIn(p, e2e.baseUrl, colleague, 'Nuova-Password-Orizzonte-1');
    await byTestId(p, 'network-summary').first().waitFor();
    await anon.close();
  });
});
