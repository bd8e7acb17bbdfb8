// The people an operator may ask to subscribe: employer contacts with an e-mail (employers the caller sees) and
// users of the organisations of the caller's networks. Names and addresses of people: the read is audited.
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { employerContacts, employers } from '../employers/db.ts';
import { employerScope } from '../employers/scope.ts';
import { memberships, users } from '../identity/db.ts';
import { organisationScope } from '../network/scope.ts';

/** Employer contacts with an e-mail and users of the caller's networks, to pick subscribers from. */
export async function subscriberCandidates(deps: Deps, actor: Actor, q: string) {
  const scope = authorize(actor, 'newsletter.manage');
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const contacts = await deps.db
    .select({
      id: employerContacts.id,
      name: employerContacts.name,
      email: sql<string>`${employerContacts.email}`,
      employerName: employers.name,
    })
    .from(employerContacts)
    .innerJoin(employers, eq(employers.id, employerContacts.employerId))
    .where(
      and(
        sql`${employerContacts.email} IS NOT NULL`,
        employerScope(actor, scope),
        q
          ? or(
              ilike(employerContacts.name, like),
              ilike(employers.name, like),
              ilike(employerContacts.email, like),
            )
          : undefined,
      ),
    )
    .orderBy(asc(employers.name), asc(employerContacts.name))
    .limit(50);
  const people = await deps.db
    .selectDistinct({ id: users.id, g: users.givenName, f: users.familyName, email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        organisationScope(memberships.organisationId, actor, scope),
        q
          ? or(ilike(users.givenName, like), ilike(users.familyName, like), ilike(users.email, like))
          : undefined,
      ),
    )
    .orderBy(asc(users.familyName), asc(users.givenName))
    .limit(50);
  await deps.db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.candidates_read',
      entityType: 'newsletter_list',
      purpose: 'employer_relations',
      details: { contacts: contacts.length, users: people.length, query: q },
    }),
  );
  return {
    contacts,
    users: people.map((u) => ({ id: u.id, name: `${u.g} ${u.f}`, email: u.email })),
  };
}
