import { defineConfig } from 'vitest/config';

// Projects: `unit` (pure, fast), `pglite` and `postgres` (the same integration suite on the embedded database
// and on the PostgreSQL server at TEST_DATABASE_URL — skipped with a message when unset), `e2e` (Chromium).
const integration = ['src/**/*.db.test.ts', 'tests/integration/**/*.test.ts'];
export default defineConfig({
  test: {
    // Vitest's default on 2 cores is one worker (cores − 1): integration files then run one after another, although
    // most of their time is spent waiting on the database. Two workers keep both cores busy.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: integration } },
      {
        test: {
          name: 'pglite',
          include: integration,
          env: { TEST_DB: 'pglite' },
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          env: { TEST_DB: 'postgres' },
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          // A page on a loaded 2-core machine can take more than a second to answer: polls wait up to 10 s.
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
