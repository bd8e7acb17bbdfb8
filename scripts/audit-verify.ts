// npm run audit:verify — walks the audit hash chain; exit code 1 and the list of problems if any row was altered
// or deleted.
import { verifyAuditChain } from '../src/platform/audit/audit.ts';
import { openConfiguredDatabase, run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const { database } = await openConfiguredDatabase();
  const report = await verifyAuditChain(database.db);
  await database.close();
  if (report.ok) {
    process.stdout.write(`Audit chain intact: ${report.checked} events verified on ${database.describe}\n`);
    return 0;
  }
  process.stdout.write(
    `AUDIT CHAIN BROKEN — ${report.problems.length} problem(s) in ${report.checked} events:\n`,
  );
  for (const p of report.problems.slice(0, 100))
    process.stdout.write(`  #${p.seq} ${p.kind}: ${p.message}\n`);
  return 1;
});
