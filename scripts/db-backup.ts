// npm run db:backup [-- file] — writes a logical backup of the whole database (default: backups/<timestamp>.jsonl.gz).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '../src/platform/db/backup.ts';
import { openConfiguredDatabase, run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const { database } = await openConfiguredDatabase();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(process.argv[2] ?? `backups/retelavoro-${stamp}.jsonl.gz`);
  mkdirSync(path.dirname(file), { recursive: true });
  const header = await backupDatabase(database, file);
  const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `Backup of ${database.describe}: ${rows} rows in ${Object.keys(header.tables).length} tables → ${file}\n`,
  );
  await database.close();
  return 0;
});
