// Applies db/migrations/*.sql in name order, once each, under an advisory lock so that several app nodes
// starting together do not race. Files may hold several statements separated by drizzle-kit's breakpoint marker.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, queryRows, sql, type Tx } from './client.ts';

export const migrationsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../db/migrations',
);

export type MigrationResult = { applied: string[]; total: number };

export type Migration = { name: string; text: string; checksum: string };

export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      return { name, text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/** Applies the given migrations that are not yet recorded, inside the caller's transaction. */
export async function applyMigrations(tx: Tx, migrations: Migration[]): Promise<string[]> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7253001)`);
  await tx.execute(sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = await queryRows<{ name: string; checksum: string }>(
    tx,
    sql`SELECT name, checksum FROM schema_migrations`,
  );
  const doneByName = new Map(done.map((r) => [r.name, r.checksum]));
  const applied: string[] = [];
  for (const m of migrations) {
    const previous = doneByName.get(m.name);
    if (previous) {
      if (previous !== m.checksum) {
        throw new Error(
          `Migration ${m.name} was changed after it was applied. Write a new migration instead of editing it.`,
        );
      }
      continue;
    }
    for (const statement of m.text.split('--> statement-breakpoint')) {
      if (statement.trim()) await tx.execute(sql.raw(statement));
    }
    await tx.execute(sql`INSERT INTO schema_migrations (name, checksum) VALUES (${m.name}, ${m.checksum})`);
    applied.push(m.name);
  }
  return applied;
}

export async function migrate(database: Database, dir = migrationsDir): Promise<MigrationResult> {
  const migrations = listMigrations(dir);
  const applied = await database.db.transaction((tx) => applyMigrations(tx, migrations));
  return { applied, total: migrations.length };
}
