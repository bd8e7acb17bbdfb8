// Benchmarks: `npm run bench -- <name> [options]`. Timings are printed, never asserted (no thresholds in tests).
//   npm run bench -- import [--size 100000]   (PGlite: latency of other requests during a big import)
//   npm run bench -- people [--size 100000] [--db pglite|postgres] [--runs 50] [--keep | --reuse rl_bench_…]
//   npm run bench -- matching [--size 100000] [--db pglite|postgres] [--reuse rl_bench_…] [--batch 10000] [--batch-budget 600]
//                             [--sources memory,cv,facets]
// PostgreSQL: a throwaway database is created on BENCH_DATABASE_URL (or TEST_DATABASE_URL) and dropped after.
import { parseArgs } from 'node:util';
import { runImportBench } from './import.ts';
import { runMatchingBench } from './matching.ts';
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
    // people only: skip the naive ILIKE baselines (minutes at 1,000,000 people) when only our latency matters
    'no-baseline': { type: 'boolean', default: false },
    // matching only: vacancies in the batch and the seconds it may take at most
    batch: { type: 'string', default: '10000' },
    'batch-budget': { type: 'string', default: '600' },
    // matching only: the pre-selections to time (the SQL ones take minutes at 1,000,000 people)
    sources: { type: 'string', default: 'memory,cv,facets' },
  },
});

const name = positionals[0] ?? 'people';
// The import's load test (bench/import.ts): PGlite only, its own runs; only --size applies.
if (name === 'import') {
  await runImportBench({ size: Number(values.size) });
  process.exit(0);
}
if (name !== 'people' && name !== 'matching') {
  console.error(`Unknown benchmark "${name}". Available: people, matching`);
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
if (name === 'matching') {
  await runMatchingBench({
    size,
    db,
    runs: Math.max(runs, 30),
    seed: Number(values.seed),
    keep: values.keep,
    reuse: values.reuse,
    batch: Number(values.batch),
    batchBudget: Number(values['batch-budget']),
    sources: values.sources.split(','),
  });
  process.exit(0);
}
await runPeopleBench({
  size,
  db,
  runs: Math.max(runs, 50),
  seed: Number(values.seed),
  keep: values.keep,
  reuse: values.reuse,
  baseline: !values['no-baseline'],
});
