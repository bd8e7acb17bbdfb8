// Issues of a list: preview, send (one stored e-mail per confirmed subscriber, each with its own unsubscribe link
// and the RFC 8058 headers) and delivery status, which is the status of each message in the outbox.
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound, validationError } from '../../platform/http/errors.ts';
import { mailOutbox } from '../../platform/mail/db.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { IssueDetail, IssueInput, IssueView } from './contract.ts';
import { newsletterDeliveries, newsletterIssues, newsletterSubscribers } from './db.ts';
import { issueText, unsubscribeHeaders } from './emails.ts';
import { visibleList } from './service.ts';

const ACTION = 'newsletter.manage' as const;

const links = (deps: Deps, token: string) => ({
  page: `${deps.config.publicUrl}/newsletter/disiscrizione/${token}`,
  oneClick: `${deps.config.publicUrl}/api/newsletters/unsubscribe/${token}`,
});

const confirmedOf = (tx: Tx, listId: string) =>
  tx
    .select()
    .from(newsletterSubscribers)
    .where(and(eq(newsletterSubscribers.listId, listId), eq(newsletterSubscribers.status, 'confirmed')))
    .orderBy(asc(newsletterSubscribers.email));

/** The message as a subscriber will get it (with an example link), and how many would get it now. */
export async function previewIssue(deps: Deps, actor: Actor, listId: string, input: IssueInput) {
  const scope = authorize(actor, ACTION);
  const { list, ownerName } = await visibleList(deps.db, actor, scope, listId);
  const [{ n } = { n: 0 }] = await deps.db
    .select({ n: count() })
    .from(newsletterSubscribers)
    .where(and(eq(newsletterSubscribers.listId, listId), eq(newsletterSubscribers.status, 'confirmed')));
  const example = links(deps, 'ESEMPIO-link-personale-di-disiscrizione');
  return {
    subject: input.subject,
    text: issueText({
      body: input.text,
      listName: list.name,
      organisation: ownerName,
      unsubscribeLink: example.page,
    }),
    headers: unsubscribeHeaders(example.oneClick),
    recipients: Number(n),
  };
}

/** Sends to every confirmed subscriber (pending and unsubscribed addresses get nothing), in one transaction. */
export async function sendIssue(
  deps: Deps,
  actor: Actor,
  listId: string,
  input: IssueInput,
): Promise<IssueView> {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const { list, ownerName } = await visibleList(tx, actor, scope, listId);
    const recipients = await confirmedOf(tx, listId);
    if (recipients.length === 0)
      throw validationError([{ field: 'listId', code: 'no_confirmed_subscribers' }]);
    const [issue] = await tx
      .insert(newsletterIssues)
      .values({
        listId,
        subject: input.subject,
        bodyText: input.text,
        recipients: recipients.length,
        sentBy: actor.userId,
        sentAt: deps.now(),
      })
      .returning();
    const smtp = Boolean(deps.config.mail.smtpUrl);
    for (const s of recipients) {
      const token = newToken();
      const link = links(deps, token);
      const outboxId = await enqueueMail(
        tx,
        {
          to: s.email,
          subject: input.subject,
          text: issueText({
            body: input.text,
            listName: list.name,
            organisation: ownerName,
            unsubscribeLink: link.page,
          }),
          kind: 'newsletter_issue',
          headers: unsubscribeHeaders(link.oneClick),
        },
        smtp,
      );
      await tx
        .insert(newsletterDeliveries)
        .values({ issueId: issue!.id, subscriberId: s.id, outboxId, unsubscribeTokenHash: sha256(token) });
    }
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.issue_send',
      entityType: 'newsletter_issue',
      entityId: issue!.id,
      purpose: 'employer_relations',
      details: { listId, recipients: recipients.length, subject: input.subject },
    });
    const status = smtp ? 'queued' : 'held';
    return {
      ...issueViewOf(issue!),
      totals: { queued: 0, sent: 0, failed: 0, held: 0, [status]: recipients.length },
    };
  });
}

const issueViewOf = (i: typeof newsletterIssues.$inferSelect) => ({
  id: i.id,
  listId: i.listId,
  subject: i.subject,
  bodyText: i.bodyText,
  recipients: i.recipients,
  sentAt: i.sentAt.toISOString(),
});

type Totals = IssueView['totals'];
async function totalsOf(tx: Tx, issueIds: string[]): Promise<Map<string, Totals>> {
  const out = new Map<string, Totals>();
  if (issueIds.length === 0) return out;
  const rows = await tx
    .select({ issueId: newsletterDeliveries.issueId, status: mailOutbox.status, n: count() })
    .from(newsletterDeliveries)
    .innerJoin(mailOutbox, eq(mailOutbox.id, newsletterDeliveries.outboxId))
    .where(inArray(newsletterDeliveries.issueId, issueIds))
    .groupBy(newsletterDeliveries.issueId, mailOutbox.status);
  for (const id of issueIds) out.set(id, { queued: 0, sent: 0, failed: 0, held: 0 });
  for (const r of rows) {
    const t = out.get(r.issueId)!;
    if (r.status in t) t[r.status as keyof Totals] = Number(r.n);
  }
  return out;
}

export async function listIssues(deps: Deps, actor: Actor, listId: string): Promise<IssueView[]> {
  const scope = authorize(actor, ACTION);
  await visibleList(deps.db, actor, scope, listId);
  const issues = await deps.db
    .select()
    .from(newsletterIssues)
    .where(eq(newsletterIssues.listId, listId))
    .orderBy(desc(newsletterIssues.sentAt));
  const totals = await totalsOf(
    deps.db,
    issues.map((i) => i.id),
  );
  return issues.map((i) => ({ ...issueViewOf(i), totals: totals.get(i.id)! }));
}

/** One issue with the status of each message (addresses of people: the read is audited). */
export async function getIssue(deps: Deps, actor: Actor, issueId: string): Promise<IssueDetail> {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const [issue] = await tx.select().from(newsletterIssues).where(eq(newsletterIssues.id, issueId));
    if (!issue) throw notFound();
    await visibleList(tx, actor, scope, issue.listId);
    const deliveries = await tx
      .select({
        email: mailOutbox.toAddress,
        status: mailOutbox.status,
        attempts: mailOutbox.attempts,
        sentAt: mailOutbox.sentAt,
        lastError: mailOutbox.lastError,
      })
      .from(newsletterDeliveries)
      .innerJoin(mailOutbox, eq(mailOutbox.id, newsletterDeliveries.outboxId))
      .where(eq(newsletterDeliveries.issueId, issueId))
      .orderBy(asc(mailOutbox.toAddress));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'newsletter.deliveries_read',
      entityType: 'newsletter_issue',
      entityId: issueId,
      purpose: 'employer_relations',
      details: { deliveries: deliveries.length },
    });
    const totals = await totalsOf(tx, [issueId]);
    return {
      ...issueViewOf(issue),
      totals: totals.get(issueId)!,
      deliveries: deliveries.map((d) => ({
        email: d.email,
        status: d.status as IssueDetail['deliveries'][number]['status'],
        attempts: d.attempts,
        sentAt: d.sentAt?.toISOString() ?? null,
        lastError: d.lastError,
      })),
    };
  });
}
