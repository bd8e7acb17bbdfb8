// Sites (sede legale, unità locali) and contacts of an employer: added, changed and removed one by one, by whoever
// may update the employer (an employer user: their own company). Each change is audited as an update of the
// employer; the employer's version is not bumped, so an open edit form of the main fields stays valid.
import { and, eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { siteProblems } from './checks.ts';
import type { ContactInput, EmployerView, SiteInput } from './contract.ts';
import { employerContacts, employerSites } from './db.ts';
import { visibleEmployer } from './scope.ts';
import { toView } from './view.ts';

type Part = 'site' | 'contact';
type Change = 'add' | 'update' | 'remove';

/** The employer if the caller may update it: outside the read scope 404, readable but not updatable 403. */
async function editable(tx: Tx, actor: Actor, id: string) {
  const row = await visibleEmployer(tx, actor, authorize(actor, 'employer.read'), id);
  if (!row) throw notFound();
  if (!(await visibleEmployer(tx, actor, authorize(actor, 'employer.update'), id)))
    throw new AppError('forbidden');
  return row;
}

async function audit(tx: Tx, actor: Actor, employerId: string, part: Part, change: Change, partId: string) {
  await recordAudit(tx, auditActorOf(actor), {
    action: `employer.${part}.${change}`,
    entityType: 'employer',
    entityId: employerId,
    purpose: 'employer_relations',
    details: { [`${part}Id`]: partId },
  });
}

export async function changeSite(
  deps: Deps,
  actor: Actor,
  employerId: string,
  change: Change,
  siteId: string | null,
  input: SiteInput | null,
): Promise<EmployerView> {
  return deps.db.transaction(async (tx) => {
    const row = await editable(tx, actor, employerId);
    if (input) {
      const problems = await siteProblems(tx, [input], '');
      if (problems.length) throw validationError(problems);
    }
    let id = siteId;
    if (change === 'add') {
      const [created] = await tx
        .insert(employerSites)
        .values({ ...input!, employerId })
        .returning({ id: employerSites.id });
      id = created!.id;
    } else {
      const where = and(eq(employerSites.id, siteId!), eq(employerSites.employerId, employerId));
      const done =
        change === 'update'
          ? await tx.update(employerSites).set(input!).where(where).returning({ id: employerSites.id })
          : await tx.delete(employerSites).where(where).returning({ id: employerSites.id });
      if (done.length === 0) throw notFound();
    }
    await audit(tx, actor, employerId, 'site', change, id!);
    return toView(tx, actor, row, deps.now());
  });
}

export async function changeContact(
  deps: Deps,
  actor: Actor,
  employerId: string,
  change: Change,
  contactId: string | null,
  input: ContactInput | null,
): Promise<EmployerView> {
  return deps.db.transaction(async (tx) => {
    const row = await editable(tx, actor, employerId);
    let id = contactId;
    if (change === 'add') {
      const [created] = await tx
        .insert(employerContacts)
        .values({ ...input!, employerId })
        .returning({ id: employerContacts.id });
      id = created!.id;
    } else {
      const where = and(eq(employerContacts.id, contactId!), eq(employerContacts.employerId, employerId));
      const done =
        change === 'update'
          ? await tx.update(employerContacts).set(input!).where(where).returning({ id: employerContacts.id })
          : await tx.delete(employerContacts).where(where).returning({ id: employerContacts.id });
      if (done.length === 0) throw notFound();
    }
    await audit(tx, actor, employerId, 'contact', change, id!);
    return toView(tx, actor, row, deps.now());
  });
}
