// End-to-end harness: the real server (built web app, embedded database, demo territory) on a free port, and
// Debian's Chromium driven by playwright-core, with axe-core for accessibility.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, makeDeps, prepareDatabase, webDir } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemoIfEmpty } from '../../src/demo/start.ts';
import { freshDatabase } from '../helpers/database.ts';
import { DEMO_PASSWORD } from '../helpers/demo-users.ts';
import { TEST_KEY } from '../helpers/template.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type E2E = { baseUrl: string; browser: Browser; close: () => Promise<void> };

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** A fresh browser context and page, Italian by default; an uncaught error in the page fails the test. */
export async function openPage(e2e: E2E, options: BrowserContextOptions = {}) {
  const context = await e2e.browser.newContext({ locale: 'it-IT', ...options });
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  return { context, page };
}

/**
 * Types into a comune autocomplete and picks the option naming `name` (the first option when `name` is a prefix).
 * The options come from the API after a pause; once, in a CI run on a loaded machine, none came within 30 s (not
 * reproduced since): the text is typed again, as a user would, rather than waiting on a request that may be lost.
 */
export async function pickComune(page: Page, inputTestId: string, name: string) {
  const option = byTestId(page, 'comune-option').filter({ hasText: name }).first();
  await expect
    .poll(
      async () => {
        await byTestId(page, inputTestId).fill('');
        await byTestId(page, inputTestId).fill(name);
        return option.waitFor({ timeout: 8_000 }).then(
          () => true,
          () => false,
        );
      },
      { timeout: 40_000, interval: 0 },
    )
    .toBe(true);
  await option.click();
}

/** Fills and submits the login form (the caller waits for where the user lands). */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await byTestId(page, 'login-email').fill(email);
  await byTestId(page, 'login-password').fill(password);
  await byTestId(page, 'login-submit').click();
}

export async function startE2E(): Promise<E2E> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rl-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    ENCRYPTION_KEY: TEST_KEY,
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  // A copy of the seeded demo territory built once for the run (helpers/template.ts).
  const { database, seeded } = await freshDatabase({ seeded: true });
  if (!seeded) await prepareDatabase(config, database);
  const deps = makeDeps(config, database);
  if (!seeded) await seedDemoIfEmpty(deps);
  const app = await buildApp(deps, database, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // E-mailed links must point at this server.
  (config as { publicUrl: string }).publicUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
  });
  if (!readFileSync(path.join(webDir, 'index.html'), 'utf8')) throw new Error('web app not built');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
};

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string) {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    ),
  )) as AxeResult;
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility of ${label}`).toEqual([]);
}
