// Writes an import's progress to its taxonomy_imports row at most every `intervalMs`, without ever making the
// import wait: the import runs in one transaction, and on PGlite (one connection) a write from outside that
// transaction is queued until it commits — awaiting it inside would deadlock. So writes are chained in the
// background, only the latest progress is kept, and `flush()` is awaited after the transaction.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { ImportProgress } from '../contract.ts';
import { taxonomyImports } from '../db.ts';

export type ProgressWriter = { report: (progress: ImportProgress) => void; flush: () => Promise<void> };

export function progressWriter(db: Db, jobId: string, intervalMs = 500): ProgressWriter {
  let latest: ImportProgress | null = null;
  let lastWrite = 0;
  let chain: Promise<void> = Promise.resolve();
  let inFlight = false;

  const write = () => {
    inFlight = true;
    lastWrite = Date.now();
    chain = chain
      .then(async () => {
        const progress = latest;
        latest = null;
        if (progress) await db.update(taxonomyImports).set({ progress }).where(eq(taxonomyImports.id, jobId));
      })
      // Progress is informative: a failed write must not fail the import (the final status is written apart).
      .catch(() => {})
      .finally(() => {
        inFlight = false;
      });
  };

  return {
    report(progress) {
      latest = progress;
      if (!inFlight && Date.now() - lastWrite >= intervalMs) write();
    },
    async flush() {
      await chain;
      if (latest) {
        write();
        await chain;
      }
    },
  };
}
