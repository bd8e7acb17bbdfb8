// Shared start of the command-line scripts: configuration and the database, with errors a person can act on.
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/platform/db/client.ts';

export async function openConfiguredDatabase() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  return { config, database };
}

export function run(main: () => Promise<number | undefined>) {
  main()
    .then((code) => process.exit(typeof code === 'number' ? code : 0))
    .catch((err) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
