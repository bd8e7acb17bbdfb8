// First start: create the demo territory in an empty database and print the demo logins.

import { eq } from 'drizzle-orm';
import { users } from '../modules/identity/db.ts';
import { seedDemoMatchingConsents } from '../modules/matching/demo.ts';
import { seedDemoNewsletters } from '../modules/newsletters/demo.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Deps } from '../platform/deps.ts';
import { seedDemoCitizen } from './citizen.ts';
import { seedDemoEmployers } from './employers.ts';
import { seedDemoPeople } from './people.ts';
import { seedDemo } from './seed.ts';
import { seedDemoShortlists } from './shortlists.ts';
import { seedDemoSurveys } from './surveys.ts';
import { DEMO_PASSWORD, demoLogins } from './territory.ts';
import { seedDemoVacancies } from './vacancies.ts';

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
  await seedDemoEmployers(deps.db);
  // Keep last among the seeds: vacancies look their employers up by codice fiscale (the employers demo).
  await seedDemoVacancies(deps.db, deps.now());
  await seedDemoShortlists(deps.db, deps.now());
  // The hiring-needs survey answers come from the demo employers: after them.
  await seedDemoSurveys(deps);
  // The newsletter's subscribers are demo employer contacts: after the employers.
  await seedDemoNewsletters(deps);
  // Most demo job seekers consent to share their CV, so the demo vacancies have candidates to propose.
  await seedDemoMatchingConsents(deps.db, deps.now());
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
