// The territorial map in a real browser: without boundaries the page says so and shows the table; the table
// sorts and narrows to one comune; once the Piemonte boundaries are imported the choropleth is drawn. axe checks
// both states.
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, DEMO_PASSWORD, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

const GEO_FILE = '/work/shared/data/geo/limits_R_1_municipalities.topo.json';

describe('territorial map in the browser', () => {
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

  it('shows the table only, and says why, before boundaries are imported', async () => {
    await signIn(page, e2e.baseUrl, COORDINATOR);
    await byTestId(page, 'nav-territory').click();
    await byTestId(page, 'territory-table').waitFor();
    await byTestId(page, 'territory-no-boundaries').waitFor();
    expect(await byTestId(page, 'territory-map').count()).toBe(0);
    expect(await byTestId(page, 'territory-row').count()).toBe(26);
    await expectAccessible(page, 'territory page without boundaries');
  });

  it('sorts the table and narrows it to one comune', async () => {
    await byTestId(page, 'territory-sort-employers').click();
    const th = page.locator('th[aria-sort]');
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    const counts = await page.locator('[data-testid="territory-row"] td:nth-of-type(1)').allTextContents();
    const numbers = counts.map((c) => Number(c.replace(/\D/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Mostra solo Chieri' }).click();
    await byTestId(page, 'territory-selected').waitFor();
    expect(await byTestId(page, 'territory-row').count()).toBe(1);
    await byTestId(page, 'territory-show-all').click();
    expect(await byTestId(page, 'territory-row').count()).toBe(26);
  });

  it.skipIf(!existsSync(GEO_FILE))('draws the choropleth once boundaries are imported', async () => {
    const admin = await e2e.browser.newContext({ locale: 'it-IT' });
    const login = await admin.request.post(`${e2e.baseUrl}/api/auth/login`, {
      data: { email: PLATFORM_ADMIN, password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const csrf = (await (await admin.request.get(`${e2e.baseUrl}/api/auth/session`)).json()).csrfToken;
    const res = await admin.request.post(
      `${e2e.baseUrl}/api/geography/boundaries?filename=piemonte.topo.json`,
      {
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        data: readFileSync(GEO_FILE),
      },
    );
    expect(res.status()).toBe(200);
    await admin.close();

    await page.reload();
    await byTestId(page, 'territory-map').waitFor();
    await page.locator('[data-testid="territory-map"] canvas').waitFor();
    expect(await byTestId(page, 'territory-no-boundaries').count()).toBe(0);
    await byTestId(page, 'territory-measure').selectOption('needs');
    await byTestId(page, 'territory-horizon').selectOption('0_6_months');
    await byTestId(page, 'territory-table').waitFor();
    await expectAccessible(page, 'territory page with the map');
  });
});
