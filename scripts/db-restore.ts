// npm run db:restore -- <file> — replaces the whole database with a backup, in one transaction (stop the server
// first; with the embedded database the server holds the files).
import { existsSync } from 'node:fs';
import { restoreDatabase } from '../src/platform/db/backup.ts';
import { openConfiguredDatabase, run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    process.stderr.write('Usage: npm run db:restore -- <backup file>  (made by npm run db:backup)\n');
    return 2;
  }
  const { database } = await openConfiguredDatabase();
  const header = await restoreDatabase(database, file);
  const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `Restored ${rows} rows from ${file} (made ${header.createdAt}) into ${database.describe}\n`,
  );
  await database.close();
  return 0;
});
