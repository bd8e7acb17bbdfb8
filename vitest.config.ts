import { defineConfig } from 'vitest/config';

// Projects: `unit` (pure, fast), `pglite` and `postgres` (the same integration suite on the embedded database
// and on the PostgreSQL server at TEST_DATABASE_URL — skipped with a message when unset), `e2e` (Chromium).
const integration = ['src/**/*.db.test.ts', 'tests/integration/**/*.test.ts'];
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: integration } },
      {
        test: {
          name: 'pglite',
          include: integration,
          env: { TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          env: { TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
