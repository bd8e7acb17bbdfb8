// Newsletter lists and their subscribers. A list belongs to an organisation and is managed by the operators of its
// networks (newsletter.manage, scope 'network'). Subscribers are added by asking them: every new address gets an
// opt-in e-mail and stays 'pending' — it receives no issue — until its confirmation link is opened (public.ts).
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { employerContacts, employers } from '../employers/db.ts';
import { employerScope } from '../employers/scope.ts';
import { memberships, users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import { organisationScope } from '../network/scope.ts';
import type { AddSubscribersInput, ListDetail, ListInput, ListView, SubscriberView } from './contract.ts';
import { newsletterIssues, newsletterLists, newsletterSubscribers } from './db.ts';
import { optInEmail } from './emails.ts';

export const OPT_IN_DAYS = 14;
const ACTION = 'newsletter.manage' as const;

/** The list if the caller may manage it (outside the scope → 404), with its owner's name. */
export async function visibleList(tx: Tx, actor: Actor, scope: Scope, id: string) {
  const [row] = await tx
    .select({ list: newsletterLists, ownerName: organisations.name })
    .from(newsletterLists)
    .innerJoin(organisations, eq(organisations.id, newsletterLists.ownerOrganisationId))
    .where(
      and(eq(newsletterLists.id, id), organisationScope(newsletterLists.ownerOrganisationId, actor, scope)),
    );
  if (!row) throw notFound();
  return row;
}

async function viewsOf(tx: Tx, rows: { list: typeof newsletterLists.$inferSelect; ownerName: string }[]) {
  const ids = rows.map((r) => r.list.id);
  const subs = ids.length
    ? await tx
        .select({ listId: newsletterSubscribers.listId, status: newsletterSubscribers.status, n: count() })
        .from(newsletterSubscribers)
        .where(inArray(newsletterSubscribers.listId, ids))
        .groupBy(newsletterSubscribers.listId, newsletterSubscribers.status)
    : [];
  const issues = ids.length
    ? await tx
        .select({ listId: newsletterIssues.listId, n: count() })
        .from(newsletterIssues)
        .where(inArray(newsletterIssues.listId, ids))
        .groupBy(newsletterIssues.listId)
    : [];
  return rows.map(({ list, ownerName }): ListView => {
    const by = (status: string) =>
      Number(subs.find((s) => s.listId === list.id && s.status === status)?.n ?? 0);
    return {
      id: list.id,
      name: list.name,
      description: list.description,
      ownerOrganisationId: list.ownerOrganisationId,
      ownerOrganisationName: ownerName,
      createdAt: list.createdAt.toISOString(),
      subscribers: { pending: by('pending'), confirmed: by('confirmed'), unsubscribed: by('unsubscribed') },
      issues: Number(issues.find((i) => i.listId === list.id)?.n ?? 0),
    };
  });
}

export async function listLists(deps: Deps, actor: Actor): Promise<ListView[]> {
  const scope = authorize(actor, ACTION);
  const rows = await deps.db
    .select({ list: newsletterLists, ownerName: organisations.name })
    .from(newsletterLists)
    .innerJoin(organisations, eq(organisations.id, newsletterLists.ownerOrganisationId))
    .where(organisationScope(newsletterLists.ownerOrganisationId, actor, scope))
    .orderBy(asc(newsletterLists.name));
  return viewsOf(deps.db, rows);
}

export async function createList(deps: Deps, actor: Actor, input: ListInput): Promise<ListView> {
  authorize(actor, ACTION);
  if (!actor.organisationId) throw new AppError('forbidden', { action: ACTION });
  return deps.db.transaction(async (tx) => {
    const [list] = await tx
      .insert(newsletterLists)
      .values({
        name: input.name,
        description: input.description ?? null,
        ownerOrganisationId: actor.organisationId!,
        createdBy: actor.userId,
        createdAt: deps.now(),
      })
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.list_create',
      entityType: 'newsletter_list',
      entityId: list!.id,
      purpose: 'employer_relations',
      details: { name: input.name },
    });
    const [org] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, list!.ownerOrganisationId));
    return (await viewsOf(tx, [{ list: list!, ownerName: org!.name }]))[0]!;
  });
}

/** Renames a list or changes its description; audited with the old and new name. */
export async function updateList(deps: Deps, actor: Actor, id: string, input: ListInput): Promise<ListView> {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const { list: before, ownerName } = await visibleList(tx, actor, scope, id);
    const [list] = await tx
      .update(newsletterLists)
      .set({ name: input.name, description: input.description ?? null })
      .where(eq(newsletterLists.id, id))
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.list_update',
      entityType: 'newsletter_list',
      entityId: id,
      purpose: 'employer_relations',
      details: { name: input.name, previousName: before.name },
    });
    return (await viewsOf(tx, [{ list: list!, ownerName }]))[0]!;
  });
}

/**
 * Deletes a list that never sent an issue, with its subscribers (their addresses and consents serve no other
 * purpose). A list that sent issues keeps them, their delivery status and the consents they relied on: 409.
 */
export async function deleteList(deps: Deps, actor: Actor, id: string): Promise<void> {
  const scope = authorize(actor, ACTION);
  await deps.db.transaction(async (tx) => {
    const { list } = await visibleList(tx, actor, scope, id);
    const [sent] = await tx
      .select({ n: count() })
      .from(newsletterIssues)
      .where(eq(newsletterIssues.listId, id));
    if (Number(sent?.n ?? 0) > 0)
      throw new AppError('conflict', { reason: 'newsletter_list_has_issues', issues: Number(sent!.n) });
    const [subscribers] = await tx
      .select({ n: count() })
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.listId, id));
    await tx.delete(newsletterLists).where(eq(newsletterLists.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.list_delete',
      entityType: 'newsletter_list',
      entityId: id,
      purpose: 'employer_relations',
      details: { name: list.name, subscribers: Number(subscribers?.n ?? 0) },
    });
  });
}

const subscriberViewOf = (s: typeof newsletterSubscribers.$inferSelect): SubscriberView => ({
  id: s.id,
  email: s.email,
  name: s.name,
  sourceKind: s.sourceKind as SubscriberView['sourceKind'],
  status: s.status as SubscriberView['status'],
  requestedAt: s.requestedAt.toISOString(),
  consentAt: s.consentAt?.toISOString() ?? null,
  consentSource: s.consentSource,
  unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
  unsubscribeSource: s.unsubscribeSource,
});

/** The list with its subscribers (e-mail addresses of people: the read is audited). */
export async function getList(deps: Deps, actor: Actor, id: string): Promise<ListDetail> {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const row = await visibleList(tx, actor, scope, id);
    const subs = await tx
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.listId, id))
      .orderBy(asc(newsletterSubscribers.email));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.subscribers_read',
      entityType: 'newsletter_list',
      entityId: id,
      purpose: 'employer_relations',
      details: { subscribers: subs.length },
    });
    const [view] = await viewsOf(tx, [row]);
    return { ...view!, subscriberList: subs.map(subscriberViewOf) };
  });
}

type Candidate = {
  email: string;
  name: string | null;
  sourceKind: 'employer_contact' | 'user' | 'email';
  employerContactId?: string;
  userId?: string;
  locale: Locale;
};

/** Resolves the requested contacts and users inside the caller's scope; anything else is a field error. */
async function resolveCandidates(tx: Tx, actor: Actor, scope: Scope, input: AddSubscribersInput) {
  const out: Candidate[] = [];
  if (input.employerContactIds.length) {
    const rows = await tx
      .select({ id: employerContacts.id, name: employerContacts.name, email: employerContacts.email })
      .from(employerContacts)
      .innerJoin(employers, eq(employers.id, employerContacts.employerId))
      .where(and(inArray(employerContacts.id, input.employerContactIds), employerScope(actor, scope)));
    const bad = input.employerContactIds.findIndex((id) => !rows.some((r) => r.id === id && r.email));
    if (bad >= 0) throw validationError([{ field: `employerContactIds.${bad}`, code: 'unknown_recipient' }]);
    for (const r of rows)
      out.push({
        email: r.email!,
        name: r.name,
        sourceKind: 'employer_contact',
        employerContactId: r.id,
        locale: 'it',
      });
  }
  if (input.userIds.length) {
    const rows = await tx
      .selectDistinct({
        id: users.id,
        email: users.email,
        g: users.givenName,
        f: users.familyName,
        l: users.locale,
      })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(
        and(inArray(users.id, input.userIds), organisationScope(memberships.organisationId, actor, scope)),
      );
    const known = new Set(rows.map((r) => r.id));
    const bad = input.userIds.findIndex((id) => !known.has(id));
    if (bad >= 0) throw validationError([{ field: `userIds.${bad}`, code: 'unknown_recipient' }]);
    for (const r of rows)
      out.push({
        email: r.email,
        name: `${r.g} ${r.f}`,
        sourceKind: 'user',
        userId: r.id,
        locale: r.l === 'en' ? 'en' : 'it',
      });
  }
  for (const email of input.emails) out.push({ email, name: null, sourceKind: 'email', locale: 'it' });
  // One request per address, whichever way it was named first.
  const seen = new Set<string>();
  return out
    .map((c) => ({ ...c, email: c.email.trim().toLowerCase() }))
    .filter((c) => !seen.has(c.email) && seen.add(c.email));
}

/**
 * Asks each address for its consent: an opt-in e-mail with a single-use link. New addresses, still-pending ones
 * (a new link replaces the old) and unsubscribed ones (asked anew) become 'pending'; confirmed ones are left alone.
 */
export async function addSubscribers(deps: Deps, actor: Actor, listId: string, input: AddSubscribersInput) {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const { list, ownerName } = await visibleList(tx, actor, scope, listId);
    const wanted = await resolveCandidates(tx, actor, scope, input);
    const existing = await tx
      .select()
      .from(newsletterSubscribers)
      .where(
        and(
          eq(newsletterSubscribers.listId, listId),
          inArray(
            newsletterSubscribers.email,
            wanted.map((w) => w.email),
          ),
        ),
      );
    const smtp = Boolean(deps.config.mail.smtpUrl);
    const now = deps.now();
    let requested = 0;
    let alreadyConfirmed = 0;
    for (const c of wanted) {
      const old = existing.find((e) => e.email === c.email);
      if (old?.status === 'confirmed') {
        alreadyConfirmed++;
        continue;
      }
      const token = newToken();
      const fields = {
        name: c.name ?? old?.name ?? null,
        sourceKind: c.sourceKind,
        employerContactId: c.employerContactId ?? null,
        userId: c.userId ?? null,
        status: 'pending',
        requestedAt: now,
        requestedBy: actor.userId,
        confirmTokenHash: sha256(token),
        confirmExpiresAt: new Date(now.getTime() + OPT_IN_DAYS * 86_400_000),
      };
      if (old) await tx.update(newsletterSubscribers).set(fields).where(eq(newsletterSubscribers.id, old.id));
      else await tx.insert(newsletterSubscribers).values({ listId, email: c.email, ...fields });
      const mail = optInEmail(c.locale, {
        listName: list.name,
        organisation: ownerName,
        link: `${deps.config.publicUrl}/newsletter/conferma/${token}`,
        days: OPT_IN_DAYS,
      });
      await enqueueMail(tx, { to: c.email, ...mail, kind: 'newsletter_opt_in' }, smtp);
      requested++;
    }
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.opt_in_request',
      entityType: 'newsletter_list',
      entityId: listId,
      purpose: 'employer_relations',
      details: { requested, alreadyConfirmed },
    });
    return { requested, alreadyConfirmed };
  });
}

/** An operator takes an address off the list (e.g. asked by phone); it gets no further issue. */
export async function unsubscribeByOperator(deps: Deps, actor: Actor, listId: string, subscriberId: string) {
  const scope = authorize(actor, ACTION);
  await deps.db.transaction(async (tx) => {
    await visibleList(tx, actor, scope, listId);
    const [row] = await tx
      .update(newsletterSubscribers)
      .set({
        status: 'unsubscribed',
        unsubscribedAt: deps.now(),
        unsubscribeSource: 'operator',
        confirmTokenHash: null,
      })
      .where(and(eq(newsletterSubscribers.id, subscriberId), eq(newsletterSubscribers.listId, listId)))
      .returning({ id: newsletterSubscribers.id });
    if (!row) throw notFound();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.unsubscribe',
      entityType: 'newsletter_subscriber',
      entityId: subscriberId,
      purpose: 'employer_relations',
      details: { listId, source: 'operator' },
    });
  });
}
