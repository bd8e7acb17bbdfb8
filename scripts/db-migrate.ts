// npm run db:migrate — applies pending migrations (the server also does it at start).
import { migrate } from '../src/platform/db/migrate.ts';
import { openConfiguredDatabase, run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const { database } = await openConfiguredDatabase();
  const result = await migrate(database);
  process.stdout.write(
    result.applied.length
      ? `Applied ${result.applied.length} migration(s) on ${database.describe}: ${result.applied.join(', ')}\n`
      : `Database up to date (${result.total} migrations) on ${database.describe}\n`,
  );
  await database.close();
  return 0;
});
