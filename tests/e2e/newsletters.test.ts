// Newsletters in a real browser: the coordinator opens the demo list, asks a new address for its consent,
// composes with a preview and sends; the opt-in link confirms on the public page, and a subscriber's personal
// link unsubscribes in one click. axe checks every page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, DEMO_PASSWORD, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

const NEW_ADDRESS = 'nuova.iscritta@cantina-pecetto.example';
type Outbox = { items: { toAddress: string; kind: string; bodyText: string }[] };

describe('newsletters in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;

  /** The outbox as the platform administrator reads it (no SMTP here: every message is held and readable). */
  async function outbox(): Promise<Outbox['items']> {
    // Signed in through the API (the session cookie stays in the context): no need to load the app for this.
    const admin = await e2e.browser.newContext({ locale: 'it-IT' });
    const login = await admin.request.post(`${e2e.baseUrl}/api/auth/login`, {
      data: { email: PLATFORM_ADMIN, password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const res = await admin.request.get(`${e2e.baseUrl}/api/outbox?limit=200`);
    const items = ((await res.json()) as Outbox).items;
    await admin.close();
    return items;
  }

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('lists the demo list and shows its subscribers with their consent', async () => {
    await signIn(page, e2e.baseUrl, COORDINATOR);
    await byTestId(page, 'nav-newsletters').click();
    await byTestId(page, 'newsletter-lists').waitFor();
    await expectAccessible(page, 'newsletter lists');
    await byTestId(page, 'newsletter-list-link').filter({ hasText: 'Aziende del Patto' }).click();
    await byTestId(page, 'subscribers').waitFor();
    expect(await byTestId(page, 'subscriber-row').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="subscriber-row"][data-status="pending"]').count()).toBe(1);
    await expectAccessible(page, 'newsletter list detail');
  });

  it('asks a typed address for its consent: it stays pending', async () => {
    await byTestId(page, 'typed-emails').fill(NEW_ADDRESS);
    await byTestId(page, 'add-subscribers').click();
    await byTestId(page, 'add-result').waitFor();
    expect(await byTestId(page, 'add-result').textContent()).toContain('Richieste inviate: 1');
    await page
      .locator('[data-testid="subscriber-row"][data-status="pending"]', { hasText: NEW_ADDRESS })
      .waitFor();
  });

  it('composes with a preview and sends to the confirmed subscribers only', async () => {
    const confirmed = await page.locator('[data-testid="subscriber-row"][data-status="confirmed"]').count();
    await byTestId(page, 'compose-link').click();
    await byTestId(page, 'issue-preview').click();
    await page.locator('#issue-subject-error').waitFor();
    await byTestId(page, 'issue-subject').fill('Giornata aperta ai tirocini');
    await byTestId(page, 'issue-text').fill(
      'Il 12 dicembre il CPI di Chieri presenta le misure per i tirocini.',
    );
    await byTestId(page, 'issue-preview').click();
    await byTestId(page, 'preview').waitFor();
    expect(await byTestId(page, 'preview').textContent()).toContain('List-Unsubscribe-Post');
    expect(await byTestId(page, 'preview-recipients').textContent()).toContain(String(confirmed));
    await expectAccessible(page, 'newsletter compose with preview');
    await byTestId(page, 'issue-send').click();
    await byTestId(page, 'issue-totals').waitFor();
    expect(
      await page.locator('[data-testid="issue-totals"] [data-status="held"]').getAttribute('data-count'),
    ).toBe(String(confirmed));
    await expectAccessible(page, 'newsletter issue delivery status');
  });

  it('confirms the subscription from the opt-in link, and unsubscribes in one click from a personal link', async () => {
    const mails = await outbox();
    const optIn = mails.find((m) => m.toAddress === NEW_ADDRESS && m.kind === 'newsletter_opt_in')!;
    const confirmLink = optIn.bodyText.match(/https?:\/\/\S+\/newsletter\/conferma\/[\w-]+/)![0];
    const issue = mails.find((m) => m.kind === 'newsletter_issue' && m.bodyText.includes('12 dicembre'))!;
    const leaveLink = issue.bodyText.match(/https?:\/\/\S+\/newsletter\/disiscrizione\/[\w-]+/)![0];

    const guest = await openPage(e2e);
    await guest.page.goto(confirmLink);
    await guest.page.locator('[data-testid="confirm-result"] [role="status"]').waitFor();
    expect(await byTestId(guest.page, 'confirm-result').textContent()).toContain('Aziende del Patto');
    await expectAccessible(guest.page, 'newsletter confirmation page');

    await guest.page.goto(leaveLink);
    await byTestId(guest.page, 'unsubscribe-button').waitFor();
    await expectAccessible(guest.page, 'newsletter unsubscribe page');
    await byTestId(guest.page, 'unsubscribe-button').click();
    await guest.page.locator('[data-outcome="unsubscribed"]').waitFor();
    await guest.page.reload();
    await guest.page.locator('[data-outcome="already_unsubscribed"]').waitFor();
    await expectAccessible(guest.page, 'newsletter unsubscribe page, done');
    await guest.context.close();
  });
  it('creates a list, renames it and deletes it while it has sent nothing', async () => {
    // Still signed in as the coordinator (first test), on the issue page.
    await byTestId(page, 'nav-newsletters').click();
    await byTestId(page, 'list-name').fill('Lista di prova');
    await byTestId(page, 'list-create').click();
    await byTestId(page, 'list-settings').waitFor();
    await byTestId(page, 'list-settings-name').fill('Lista di prova rinominata');
    await byTestId(page, 'list-save').click();
    await byTestId(page, 'list-settings-saved').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Lista di prova rinominata' }).waitFor();
    await expectAccessible(page, 'newsletter list settings');
    page.once('dialog', (d) => d.accept());
    await byTestId(page, 'list-delete').click();
    await byTestId(page, 'newsletter-lists').waitFor();
    await byTestId(page, 'newsletter-list-link')
      .filter({ hasText: 'Lista di prova' })
      .waitFor({ state: 'detached' });
    expect(await byTestId(page, 'newsletter-lists').textContent()).not.toContain('Lista di prova');
  });
});
