// Load test of the spreadsheet import on the embedded database: does a big import keep other users waiting?
//   npm run bench -- import [--size 100000]
// A fresh PGlite database with the demo territory and people; then, in the same run:
//  1. baseline: a light request (the read of one person by id that a GET starts with) due every 100 ms for
//     10 s with nothing else running;
//  2. a commit of N new people (the CSV of tests/helpers/people-import.ts) with the same requests issued every
//     100 ms meanwhile;
//  3. the same file imported again with 1 % of the rows changed (N updates, N/100 really written), likewise.
// Printed per run: the import's total time, its phases, its longest exclusive step (the longest transaction or
// statement it ran: on PGlite, one connection, nobody else's query runs meanwhile) and p50/p95/max latency of the
// concurrent requests. Timings are printed, never asserted.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SQL } from 'drizzle-orm';
import { makeDeps, prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { demoOrganisationId, demoUserId } from '../src/demo/seed.ts';
import { seedDemoIfEmpty } from '../src/demo/start.ts';
import { networkIdsOf } from '../src/modules/network/scope.ts';
import { commitImport } from '../src/modules/people/import/commit.ts';
import { searchPeople } from '../src/modules/people/search.ts';
import { loadPersonRow } from '../src/modules/people/view.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import type { Deps } from '../src/platform/deps.ts';
import type { Actor } from '../src/platform/policy/policy.ts';
import { importCsv, importSeries } from '../tests/helpers/people-import.ts';

const CPI_OPERATOR = 'marco.bosio@agenziapiemontelavoro.example';
const PROBE_EVERY_MS = 100;

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
    : 0;
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? 0 };
};

type Step = { ms: number; what: string };

/**
 * The deps the import runs with: the same database, with every transaction and top-level statement it starts
 * timed (the time includes waiting for the connection, so it is an upper bound of the exclusive step).
 */
export function timedDeps(deps: Deps) {
  const steps: Step[] = [];
  const dialect = (deps.db as unknown as { dialect: { sqlToQuery: (q: SQL) => { sql: string } } }).dialect;
  const db = new Proxy(deps.db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if ((key !== 'transaction' && key !== 'execute') || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const what =
          key === 'transaction'
            ? 'transaction'
            : dialect
                .sqlToQuery(args[0] as SQL)
                .sql.replace(/\s+/g, ' ')
                .trim()
                .slice(0, 60);
        const start = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          steps.push({ ms: performance.now() - start, what });
        }
      };
    },
  });
  return { deps: { ...deps, db } as Deps, steps };
}

/**
 * Requests arriving every PROBE_EVERY_MS, each answered when the database and the event loop let it: latency is
 * measured from the moment it was due, so a blocked event loop (a late timer) counts as waiting too.
 */
export function probe(request: () => Promise<unknown>) {
  const latencies: number[] = [];
  const pending: Promise<unknown>[] = [];
  const began = performance.now();
  let issued = 0;
  const issueDue = () => {
    while (began + issued * PROBE_EVERY_MS <= performance.now()) {
      const due = began + issued * PROBE_EVERY_MS;
      issued++;
      pending.push(request().then(() => latencies.push(performance.now() - due)));
    }
  };
  const timer = setInterval(issueDue, PROBE_EVERY_MS / 4);
  return async () => {
    // Requests that fell due while the event loop was blocked (a long PGlite statement) are issued now: they
    // waited that long too.
    issueDue();
    clearInterval(timer);
    await Promise.all(pending);
    return stats(latencies);
  };
}

/** `commit` can be replaced to measure another implementation the same way (e.g. an earlier version). */
export async function runImportBench(o: { size: number; commit?: typeof commitImport }) {
  const commit = o.commit ?? commitImport;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rl-bench-import-'));
  const config = loadConfig({
    DATA_DIR: dir,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  });
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'db') });
  try {
    await prepareDatabase(config, database);
    const deps = makeDeps(config, database, () => new Date());
    await seedDemoIfEmpty(deps);
    const organisationId = demoOrganisationId('cpi-chieri');
    const actor: Actor = {
      userId: demoUserId(CPI_OPERATOR),
      role: 'cpi_operator',
      organisationId,
      networkIds: await networkIdsOf(deps.db, organisationId),
      ip: null,
    };
    const page = await searchPeople(deps, actor, { purpose: 'job_matching', limit: 25 } as never);
    const someone = page.items[0]!.id;
    // A light request (the read a GET of a person starts with, ~1 ms alone): ten a second must not saturate the
    // one connection themselves on a loaded machine, or the probe would measure its own queue.
    const request = () => loadPersonRow(deps.db, someone);

    const rows: string[] = [];
    const notes: string[] = [];
    const stop = probe(request);
    await new Promise((r) => setTimeout(r, 10_000));
    const base = await stop();
    const f = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
    rows.push(
      `| no import (baseline, 10 s) | — | — | ${base.n} | ${f(base.p50)} | ${f(base.p95)} | ${f(base.max)} |`,
    );

    const series = importSeries(o.size, 2);
    const runs = [
      { name: `${o.size.toLocaleString('en')} new people`, csv: importCsv(series) },
      {
        name: `same file again, 1 % changed (${o.size.toLocaleString('en')} updates)`,
        csv: importCsv(series.map((p, i) => (i % 100 === 0 ? { ...p, Telefono: '333 000 0000' } : p))),
      },
    ];
    for (const r of runs) {
      const { deps: timed, steps } = timedDeps(deps);
      const phases: Record<string, number> = {};
      let phaseStart = performance.now();
      let phase = '';
      const stopProbe = probe(request);
      const started = performance.now();
      await commit(
        timed,
        actor,
        { bytes: Buffer.from(r.csv), name: 'bench.csv' },
        {
          onProgress: (p) => {
            if (p.phase === phase) return;
            if (phase) phases[phase] = performance.now() - phaseStart;
            phase = p.phase;
            phaseStart = performance.now();
          },
        },
      );
      const total = performance.now() - started;
      const during = await stopProbe();
      steps.sort((a, b) => b.ms - a.ms);
      const longest = steps[0]?.ms ?? 0;
      notes.push(
        `- ${r.name}: longest steps ${steps
          .slice(0, 3)
          .map((x) => `${f(x.ms)} ${x.what}`)
          .join('; ')}`,
      );
      const split = Object.entries(phases)
        .map(([k, v]) => `${k} ${f(v)}`)
        .join(', ');
      rows.push(
        `| ${r.name} | ${f(total)} (${split}) | ${f(longest)} | ${during.n} | ${f(during.p50)} | ${f(during.p95)} | ${f(during.max)} |`,
      );
    }
    const cpus = os.cpus();
    console.log(`\n## Spreadsheet import on PGlite — ${o.size.toLocaleString('en')} rows\n`);
    console.log(
      `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores; Node ${process.version}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `- Concurrent request every ${PROBE_EVERY_MS} ms: a light read of one person by id (loadPersonRow); latency from when it was due to its answer.\n`,
    );
    console.log('| Import | Total (phases) | Longest exclusive step | Requests | p50 | p95 | max |');
    console.log('|---|---|---:|---:|---:|---:|---:|');
    for (const l of rows) console.log(l);
    console.log('');
    for (const l of notes) console.log(l);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
