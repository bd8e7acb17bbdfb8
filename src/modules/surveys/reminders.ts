// Reminders to non-responders of a sent campaign: by hand ("Invia promemoria", every non-responder now) and by the
// periodic job (those whose last e-mail is older than the campaign's interval, up to its maximum). The reminder
// carries the same personal link as the invitation (the token is sealed with the app key for this).
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import { campaignFor } from './campaigns.ts';
import { surveyCampaigns, surveyRecipients, surveys } from './db.ts';
import { answerLink, surveyReminderEmail } from './emails.ts';

/** One reminder to each recipient who was sent the survey and has not answered; the caller has locked the rows. */
async function remind(
  tx: Tx,
  deps: Deps,
  campaign: typeof surveyCampaigns.$inferSelect,
  title: string,
  ids?: string[],
) {
  const due = await tx
    .select()
    .from(surveyRecipients)
    .where(
      and(
        eq(surveyRecipients.campaignId, campaign.id),
        isNull(surveyRecipients.respondedAt),
        sql`${surveyRecipients.sentAt} IS NOT NULL`,
        ids ? inArray(surveyRecipients.id, ids) : undefined,
      ),
    )
    .for('update', { skipLocked: true });
  const smtp = Boolean(deps.config.mail.smtpUrl);
  for (const r of due) {
    const link = answerLink(deps.config.publicUrl, deps.cipher.decrypt(r.tokenSealed));
    const mail = surveyReminderEmail({ name: r.name, title, link, closesAt: campaign.closesAt });
    await enqueueMail(tx, { to: r.email, ...mail, kind: 'survey_reminder' }, smtp);
    await tx
      .update(surveyRecipients)
      .set({ remindedAt: deps.now(), reminders: r.reminders + 1 })
      .where(eq(surveyRecipients.id, r.id));
  }
  return due.length;
}

/** "Send reminder" on the campaign page: every non-responder, now. */
export async function remindCampaign(deps: Deps, actor: Actor, campaignId: string) {
  return deps.db.transaction(async (tx) => {
    const { campaign, survey } = await campaignFor(tx, actor, campaignId, 'survey.manage');
    if (!campaign.sentAt) throw new AppError('conflict', { reason: 'survey_campaign_not_sent' });
    if (survey.state === 'closed' || campaign.closesAt <= deps.now())
      throw new AppError('conflict', { reason: 'survey_closed' });
    const sent = await remind(tx, deps, campaign, survey.title);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.campaign_remind',
      entityType: 'survey_campaign',
      entityId: campaignId,
      purpose: 'employer_relations',
      details: { reminded: sent },
    });
    return { sent };
  });
}

/** The periodic job: non-responders of open campaigns whose last e-mail is older than the campaign's interval. */
export async function sendDueReminders(deps: Deps, now: Date) {
  return deps.db.transaction(async (tx) => {
    const open = await tx
      .select({ c: surveyCampaigns, title: surveys.title })
      .from(surveyCampaigns)
      .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
      .where(
        sql`${surveyCampaigns.sentAt} IS NOT NULL AND ${surveyCampaigns.reminderAfterDays} IS NOT NULL
            AND ${surveyCampaigns.closesAt} > ${now} AND ${surveys.state} = 'open'`,
      );
    let reminded = 0;
    for (const { c, title } of open) {
      const due = await tx
        .select({ id: surveyRecipients.id })
        .from(surveyRecipients)
        .where(
          sql`${surveyRecipients.campaignId} = ${c.id} AND ${surveyRecipients.respondedAt} IS NULL
              AND ${surveyRecipients.reminders} < ${c.maxReminders}
              AND COALESCE(${surveyRecipients.remindedAt}, ${surveyRecipients.sentAt})
                  <= ${new Date(now.getTime() - c.reminderAfterDays! * 86_400_000)}`,
        );
      if (!due.length) continue;
      const n = await remind(
        tx,
        { ...deps, now: () => now },
        c,
        title,
        due.map((d) => d.id),
      );
      reminded += n;
      await recordAudit(
        tx,
        { userId: null, organisationId: null, role: null, ip: null },
        {
          action: 'survey.campaign_remind',
          entityType: 'survey_campaign',
          entityId: c.id,
          purpose: 'employer_relations',
          details: { reminded: n, automatic: true },
        },
      );
    }
    return { reminded };
  });
}
