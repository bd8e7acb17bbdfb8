// npm run people:retention — anonymises now the people inactive for RETENTION_INACTIVE_MONTHS (the server does it
// daily), and prints a summary.
import { anonymiseInactive } from '../src/modules/people/rights-retention.ts';
import { openConfiguredDatabase, run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const { config, database } = await openConfiguredDatabase();
  // Only the database and the configuration: anonymising needs no encryption key.
  const result = await anonymiseInactive({ db: database.db, config }, new Date());
  process.stdout.write(
    `Retention (${config.retention.inactiveMonths} months, not changed since ${result.cutoff.slice(0, 10)}) on ${database.describe}: ` +
      `${result.anonymised} person(s) anonymised in ${result.batches} batch(es)\n`,
  );
  await database.close();
  return 0;
});
