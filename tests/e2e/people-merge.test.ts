// Merging duplicates in a real browser: the CPI operator finds the duplicate of a record (registered twice, once
// with a typo in the given name), compares the two side by side, chooses the conflicting values, merges, lands on
// the survivor with a success message; the old record's address leads to the survivor. axe-core checks each page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CPI_OPERATOR } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';
import { byTestId, type E2E, expectAccessible, openPage, signIn, startE2E } from './harness.ts';

describe('merging duplicate people in the browser', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;
  const ids = { survivor: '', merged: '' };

  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await openPage(e2e));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
  });

  it('registers the same person twice (through the API, as an import would)', async () => {
    await signIn(page, e2e.baseUrl, CPI_OPERATOR);
    await byTestId(page, 'nav-people').waitFor();
    const session = await (await context.request.get(`${e2e.baseUrl}/api/auth/session`)).json();
    for (const [key, givenName] of [
      ['survivor', 'Giovanni'],
      ['merged', 'Giovani'],
    ] as const) {
      const res = await context.request.post(`${e2e.baseUrl}/api/people`, {
        headers: { 'x-csrf-token': session.csrfToken },
        data: {
          ...personPayload({ givenName, familyName: 'Rossetti', birthDate: '1972-06-15' }),
          confirmNotDuplicate: true,
        },
      });
      expect(res.status(), await res.text()).toBe(201);
      ids[key] = (await res.json()).id;
    }
  });

  it('finds the duplicate from the person page and opens the comparison', async () => {
    await page.goto(`${e2e.baseUrl}/people/${ids.survivor}`);
    await byTestId(page, 'person-purpose').selectOption('administration');
    await byTestId(page, 'person-open').click();
    await byTestId(page, 'merge-candidates-find').click();
    await byTestId(page, 'merge-candidate-open').first().waitFor();
    await expectAccessible(page, 'person page with duplicates');
    await page.locator(`a[href="/people/${ids.survivor}/merge/${ids.merged}"]`).click();
    await page.waitForURL(`**/people/${ids.survivor}/merge/${ids.merged}`);
    await byTestId(page, 'merge-fields').waitFor();
    await byTestId(page, 'merge-problems').waitFor();
    expect(await byTestId(page, 'merge-confirm').isDisabled()).toBe(true);
    await expectAccessible(page, 'merge page');
  });

  it('merges after the choices and lands on the survivor; the old address leads there too', async () => {
    for (const field of ['taxCode', 'givenName', 'email']) {
      // Bootstrap Italia draws the radio on its label (the input itself sits underneath).
      await page.locator(`label[for="choice-${field}-survivor"]`).click();
      await expect.poll(() => byTestId(page, `merge-choice-${field}-survivor`).isChecked()).toBe(true);
    }
    await expect.poll(() => byTestId(page, 'merge-problems').count()).toBe(0);
    await expect.poll(() => byTestId(page, 'merge-confirm').isDisabled()).toBe(false);
    await byTestId(page, 'merge-confirm').click();
    await page.waitForURL(`**/people/${ids.survivor}`);
    await byTestId(page, 'person-merge-done').waitFor();
    await expectAccessible(page, 'survivor after the merge');
    await page.goto(`${e2e.baseUrl}/people/${ids.merged}`);
    await byTestId(page, 'person-merged').waitFor();
    await expectAccessible(page, 'merged record');
    await byTestId(page, 'person-merged-link').click();
    await page.waitForURL(`**/people/${ids.survivor}`);
    await byTestId(page, 'person-header').waitFor();
  });
});
