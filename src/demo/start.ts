// First start: create the demo territory in an empty database and print the demo logins.
import { recordAudit } from '../platform/audit/audit.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Deps } from '../platform/deps.ts';
import { seedDemo } from './seed.ts';
import { DEMO_PASSWORD } from './territory.ts';

export type DemoLogins = { role: string; email: string }[];

export async function seedDemoIfEmpty(deps: Deps): Promise<DemoLogins | null> {
  const result = await seedDemo(deps.db, { hashPassword });
  if (!result.created) return null;
  await deps.db.transaction((tx) =>
    recordAudit(
      tx,
      { userId: null, organisationId: null, role: null, ip: null },
      {
        action: 'demo.seed',
        entityType: 'network',
        purpose: 'platform_administration',
        details: { users: result.logins.length },
      },
    ),
  );
  return result.logins;
}

export function loginBanner(logins: DemoLogins): string {
  const width = Math.max(...logins.map((l) => l.role.length));
  const lines = logins.map((l) => `  ${l.role.padEnd(width)}  ${l.email}`);
  return [
    '',
    `Demo territory created. Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...lines,
    '',
  ].join('\n');
}
