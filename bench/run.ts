// Benchmarks: `npm run bench -- <name> [options]`. Timings are printed, never asserted (no thresholds in tests).
//   npm run bench -- people [--size 100000] [--db pglite|postgres] [--runs 50] [--keep | --reuse rl_bench_…]
// PostgreSQL: a throwaway database is created on BENCH_DATABASE_URL (or TEST_DATABASE_URL) and dropped after.
import { parseArgs } from 'node:util';
import { runPeopleBench } from './people.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string', default: '100000' },
    db: { type: 'string', default: 'pglite' },
    runs: { type: 'string', default: '50' },
    seed: { type: 'string', default: '4242' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});

const name = positionals[0] ?? 'people';
if (name !== 'people') {
  console.error(`Unknown benchmark "${name}". Available: people`);
  process.exit(2);
}
const db = values.db;
if (db !== 'pglite' && db !== 'postgres') {
  console.error('--db must be pglite or postgres');
  process.exit(2);
}
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('--size and --runs must be positive whole numbers');
  process.exit(2);
}
await runPeopleBench({
  size,
  db,
  runs: Math.max(runs, 50),
  seed: Number(values.seed),
  keep: values.keep,
  reuse: values.reuse,
});
