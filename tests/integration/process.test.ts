// The product as an operator runs it: `node src/main.ts` on a fresh data directory (demo seeded, logins printed),
// SIGTERM closing cleanly, and the maintenance commands (migrate, backup, restore, audit:verify) on that data.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../helpers/database.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

// One embedded-database process run is enough: the PostgreSQL project covers the server through the harness.
describe.skipIf(testDbKind !== 'pglite')('the server process and the maintenance commands', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rl-proc-'));
  const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '' };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  it('starts on an empty directory, seeds the demo, prints the logins and stops cleanly on SIGTERM', async () => {
    child = spawn(process.execPath, ['src/main.ts'], { cwd: root, env });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
    });
    child.stderr!.on('data', (d) => {
      out += d;
    });
    const deadline = Date.now() + 60_000;
    while (!out.includes('Demo logins') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('elena.ferrero@comune-chieri.example');
    expect(out).toMatch(/started in [\d.]+ s/);
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('database closed');
    child = undefined;
  });

  it('migrates, backs up, verifies the audit chain and restores from the command line', async () => {
    const opts = { cwd: root, env };
    expect((await run(process.execPath, ['scripts/db-migrate.ts'], opts)).stdout).toContain(
      'Database up to date',
    );
    const file = path.join(dataDir, 'backup.jsonl.gz');
    expect((await run(process.execPath, ['scripts/db-backup.ts', file], opts)).stdout).toContain('rows in');
    expect((await run(process.execPath, ['scripts/audit-verify.ts'], opts)).stdout).toContain(
      'Audit chain intact',
    );
    expect((await run(process.execPath, ['scripts/db-restore.ts', file], opts)).stdout).toContain('Restored');
    expect((await run(process.execPath, ['scripts/audit-verify.ts'], opts)).stdout).toContain(
      'Audit chain intact',
    );
    await expect(run(process.execPath, ['scripts/db-restore.ts'], opts)).rejects.toMatchObject({ code: 2 });
  });
});
