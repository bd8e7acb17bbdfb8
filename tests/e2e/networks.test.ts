// Networks (territories) in a real browser: the platform administrator creates a network with its comuni, and a
// coordinator adds a comune to their own network. axe-core checks the list and the form.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, pickComune, signIn, startE2E } from './harness.ts';

async function addComune(page: Page, name: string) {
  await pickComune(page, 'network-comune', name);
  await expect
    .poll(() => byTestId(page, 'network-comune-item').allTextContents())
    .toEqual(expect.arrayContaining([expect.stringContaining(name)]));
}

// The header also has a data-testid="network-name" (the current network), so the form's fields are looked up in it.
const field = (page: Page, id: string) => byTestId(page, 'network-form').locator(`[data-testid="${id}"]`);
const card = (page: Page, name: string) => byTestId(page, 'network-card').filter({ hasText: name });

describe('networks in the browser', () => {
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

  it('lets the platform administrator create a network with its comuni', async () => {
    await newPage();
    await signIn(page, e2e.baseUrl, PLATFORM_ADMIN);
    await byTestId(page, 'nav-networks').click();
    await byTestId(page, 'networks-page').waitFor();
    await byTestId(page, 'network-card').first().waitFor();
    await expectAccessible(page, 'networks');
    await byTestId(page, 'network-new').click();
    await byTestId(page, 'network-form').waitFor();
    // Nothing is sent without a name and at least one comune.
    await byTestId(page, 'network-submit').click();
    await expect.poll(() => page.locator('[id$="-error"]').count()).toBeGreaterThanOrEqual(2);
    await field(page, 'network-name').fill('Rete del Canavese');
    await byTestId(page, 'network-description').fill('Ivrea e i Comuni vicini.');
    await addComune(page, 'Ivrea');
    await addComune(page, 'Banchette');
    expect(await byTestId(page, 'network-comune-item').count()).toBe(2);
    await expectAccessible(page, 'new network form');
    await byTestId(page, 'network-submit').click();
    await page.waitForURL('**/networks');
    await card(page, 'Rete del Canavese').waitFor();
    const text = await card(page, 'Rete del Canavese').textContent();
    expect(text).toContain('Ivrea');
    expect(text).toContain('Banchette');
    await expectAccessible(page, 'networks after creation');
  });

  it('lets a coordinator add a comune to their network, and nobody else’s', async () => {
    await newPage();
    await signIn(page, e2e.baseUrl, COORDINATOR);
    await byTestId(page, 'nav-networks').click();
    await byTestId(page, 'networks-page').waitFor();
    const patto = card(page, 'Patto Territoriale Torino Sud');
    await patto.waitFor();
    expect(await byTestId(page, 'network-new').count()).toBe(0);
    expect(await page.getByText('Rete del Canavese').count()).toBe(0);
    await expectAccessible(page, 'networks (coordinator)');
    await patto.locator('[data-testid="network-edit"]').click();
    await byTestId(page, 'network-form').waitFor();
    await expect.poll(() => field(page, 'network-name').inputValue()).toBe('Patto Territoriale Torino Sud');
    expect(await byTestId(page, 'network-comune-item').count()).toBe(26);
    await addComune(page, 'Beinasco');
    await expectAccessible(page, 'edit network form');
    await byTestId(page, 'network-submit').click();
    await page.waitForURL('**/networks');
    await expect.poll(() => patto.locator('[data-testid="network-count-comuni"]').textContent()).toBe('27');
    expect(await patto.locator('li', { hasText: 'Beinasco' }).count()).toBe(1);
  });
});
