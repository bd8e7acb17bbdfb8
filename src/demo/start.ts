// First start: create the demo territory in an empty database and print the demo logins.

import { eq } from 'drizzle-orm';
import { users } from '../modules/identity/db.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Deps } from '../platform/deps.ts';
import { seedDemoCitizen } from './citizen.ts';
import { seedDemoPeople } from './people.ts';
import { seedDemo } from './seed.ts';
import { DEMO_PASSWORD, demoLogins } from './territory.ts';

export type DemoLogins = { role: string; email: string }[];

/** Seeds an empty database; returns the demo logins when the demo users exist (just created or from before). */
export async function seedDemoIfEmpty(deps: Deps): Promise<DemoLogins | null> {
  const result = await seedDemo(deps.db, { hashPassword });
  if (!result.created) {
    const [coordinator] = await deps.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoLogins.network_coordinator));
    return coordinator ? Object.entries(demoLogins).map(([role, email]) => ({ role, email })) : null;
  }
  const people = await seedDemoPeople(deps.db);
  if (people > 0) await seedDemoCitizen(deps.db);
  await deps.db.transaction((tx) =>
    recordAudit(
      tx,
      { userId: null, organisationId: null, role: null, ip: null },
      {
        action: 'demo.seed',
        entityType: 'network',
        purpose: 'platform_administration',
        details: { users: result.logins.length, people },
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
    `Demo logins (password for all: ${DEMO_PASSWORD}; change or remove them before real use):`,
    ...lines,
    '',
  ].join('\n');
}
