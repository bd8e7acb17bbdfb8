// npm run keys:rotate — re-encrypts every encrypted column with ENCRYPTION_KEY, reading old values with the keys in
// ENCRYPTION_KEY_PREVIOUS. Idempotent: values already under the current key are skipped. Afterwards the previous
// keys can be removed from the configuration.
// npm run keys:rotate -- --check — counts the stored values per key id, changes nothing.
import { makeDeps } from '../src/app.ts';
import { columnLabel, encryptedColumns } from '../src/platform/crypto/encrypted-columns.ts';
import { countByKey, rotateEncryptedColumns } from '../src/platform/crypto/rotate.ts';
import { openConfiguredDatabase, run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length) {
    process.stderr.write(
      `Unknown argument(s): ${unknown.join(' ')}\nUsage: npm run keys:rotate [-- --check]\n`,
    );
    return 2;
  }
  const { config, database } = await openConfiguredDatabase();
  try {
    const { cipher } = makeDeps(config, database);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`Database: ${database.describe}; current key: ${cipher.keyId}`);

    if (args.includes('--check')) {
      const counts = await countByKey(database.db);
      for (const c of encryptedColumns) {
        const rows = counts.filter((k) => k.table === c.table && k.column === c.column);
        const detail = rows.map(
          (k) => `${k.keyId}${k.keyId === cipher.keyId ? ' (current)' : ''}: ${k.count}`,
        );
        out(`  ${columnLabel(c)}: ${detail.length ? detail.join(', ') : 'no values'}`);
      }
      const old = counts.filter((k) => k.keyId !== cipher.keyId).reduce((n, k) => n + k.count, 0);
      out(
        old
          ? `${old} value(s) not under the current key: run npm run keys:rotate (keep ENCRYPTION_KEY_PREVIOUS until then).`
          : 'Every value is under the current key: ENCRYPTION_KEY_PREVIOUS can be removed.',
      );
      return 0;
    }

    const results = await rotateEncryptedColumns(database.db, cipher);
    for (const r of results) {
      out(
        `  ${r.table}.${r.column}: ${r.rotated} re-encrypted, ${r.alreadyCurrent} already under the current key`,
      );
    }
    const total = results.reduce((n, r) => n + r.rotated, 0);
    out(
      `Rotation done: ${total} value(s) re-encrypted with key ${cipher.keyId}. ` +
        'ENCRYPTION_KEY_PREVIOUS can now be removed (check with: npm run keys:rotate -- --check).',
    );
    return 0;
  } catch (err) {
    // Drizzle wraps database errors ("Failed query: …"); the cause says what is wrong (e.g. a missing table).
    const cause = err instanceof Error && err.cause instanceof Error ? `\n${err.cause.message}` : '';
    throw new Error(`${err instanceof Error ? err.message : String(err)}${cause}`);
  } finally {
    await database.close();
  }
});
