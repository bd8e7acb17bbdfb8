// Campaigns: a survey sent to a list of recipients chosen with filters. Creating a campaign fixes the list and
// gives each recipient a personal token (stored as sha256 for the look-up and sealed with the app key so that a
// reminder re-sends the same link); sending puts one e-mail per recipient in the outbox. Reading the list of
// recipients (names and e-mails) is audited.
import { asc, desc, eq, sql } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { organisations } from '../network/db.ts';
import type { CampaignInput, CampaignView, RecipientFilters } from './contract.ts';
import { surveyCampaigns, surveyRecipients, surveys } from './db.ts';
import { answerLink, surveyInvitationEmail } from './emails.ts';
import { candidates } from './recipients.ts';
import { surveyFor } from './surveys.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function previewRecipients(deps: Deps, actor: Actor, surveyId: string, f: RecipientFilters) {
  const scope = authorize(actor, 'survey.manage');
  return deps.db.transaction(async (tx) => {
    await surveyFor(tx, actor, surveyId, 'survey.manage');
    const list = await candidates(tx, actor, scope, f);
    return { count: list.length, sample: list.slice(0, 20).map((c) => ({ name: c.name, comune: c.comune })) };
  });
}

export async function campaignFor(
  tx: Tx,
  actor: Actor,
  id: string,
  action: 'survey.manage' | 'survey.results',
) {
  const [c] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, id));
  if (!c) throw notFound();
  const survey = await surveyFor(tx, actor, c.surveyId, action);
  return { campaign: c, survey };
}

async function campaignView(tx: Tx, c: typeof surveyCampaigns.$inferSelect, title: string) {
  const [counts] = await tx
    .select({
      recipients: sql<number>`count(*)::int`,
      sent: sql<number>`count(${surveyRecipients.sentAt})::int`,
      opened: sql<number>`count(${surveyRecipients.openedAt})::int`,
      answered: sql<number>`count(${surveyRecipients.respondedAt})::int`,
      reminded: sql<number>`count(${surveyRecipients.remindedAt})::int`,
    })
    .from(surveyRecipients)
    .where(eq(surveyRecipients.campaignId, c.id));
  return {
    id: c.id,
    surveyId: c.surveyId,
    surveyTitle: title,
    name: c.name,
    audience: c.audience as CampaignView['audience'],
    filters: c.filters,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    reminderAfterDays: c.reminderAfterDays,
    maxReminders: c.maxReminders,
    sentAt: iso(c.sentAt),
    counts: {
      recipients: Number(counts?.recipients ?? 0),
      sent: Number(counts?.sent ?? 0),
      opened: Number(counts?.opened ?? 0),
      answered: Number(counts?.answered ?? 0),
      reminded: Number(counts?.reminded ?? 0),
    },
  } satisfies CampaignView;
}

export async function createCampaign(deps: Deps, actor: Actor, surveyId: string, input: CampaignInput) {
  const scope = authorize(actor, 'survey.manage');
  return deps.db.transaction(async (tx) => {
    const survey = await surveyFor(tx, actor, surveyId, 'survey.manage', true);
    if (survey.state === 'closed') throw new AppError('conflict', { reason: 'survey_closed' });
    if (survey.questions.length === 0) throw new AppError('conflict', { reason: 'survey_without_questions' });
    const list = await candidates(tx, actor, scope, input.filters);
    if (list.length === 0) throw new AppError('conflict', { reason: 'survey_no_recipients' });
    const [c] = await tx
      .insert(surveyCampaigns)
      .values({
        surveyId,
        name: input.name,
        audience: input.filters.audience,
        filters: input.filters,
        opensAt: new Date(input.opensAt),
        closesAt: new Date(input.closesAt),
        reminderAfterDays: input.reminderAfterDays,
        maxReminders: input.maxReminders,
        createdBy: actor.userId,
        createdAt: deps.now(),
      })
      .returning();
    const rows = list.map((r) => {
      const token = newToken();
      return {
        campaignId: c!.id,
        employerId: r.employerId,
        userId: r.userId,
        name: r.name,
        email: r.email,
        tokenHash: sha256(token),
        tokenSealed: deps.cipher.encrypt(token),
      };
    });
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(surveyRecipients).values(rows.slice(i, i + 500));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.campaign_create',
      entityType: 'survey_campaign',
      entityId: c!.id,
      purpose: 'employer_relations',
      details: { surveyId, recipients: rows.length, filters: input.filters },
    });
    return campaignView(tx, c!, survey.title);
  });
}

export async function getCampaign(deps: Deps, actor: Actor, id: string) {
  return deps.db.transaction(async (tx) => {
    const { campaign, survey } = await campaignFor(tx, actor, id, 'survey.results');
    return campaignView(tx, campaign, survey.title);
  });
}

export async function listCampaigns(deps: Deps, actor: Actor, surveyId: string) {
  return deps.db.transaction(async (tx) => {
    const survey = await surveyFor(tx, actor, surveyId, 'survey.results');
    const rows = await tx
      .select()
      .from(surveyCampaigns)
      .where(eq(surveyCampaigns.surveyId, surveyId))
      .orderBy(desc(surveyCampaigns.createdAt));
    const out = [];
    for (const c of rows) out.push(await campaignView(tx, c, survey.title));
    return out;
  });
}

/** Names and e-mails of the recipients with where each one is: personal data, so the read is audited. */
export async function listRecipients(deps: Deps, actor: Actor, campaignId: string) {
  return deps.db.transaction(async (tx) => {
    await campaignFor(tx, actor, campaignId, 'survey.manage');
    const rows = await tx
      .select()
      .from(surveyRecipients)
      .where(eq(surveyRecipients.campaignId, campaignId))
      .orderBy(asc(surveyRecipients.name));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.recipients_read',
      entityType: 'survey_campaign',
      entityId: campaignId,
      purpose: 'employer_relations',
      details: { rows: rows.length },
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        sentAt: iso(r.sentAt),
        openedAt: iso(r.openedAt),
        remindedAt: iso(r.remindedAt),
        reminders: r.reminders,
        respondedAt: iso(r.respondedAt),
      })),
    };
  });
}

async function organisationName(tx: Tx, id: string) {
  const [o] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return o?.name ?? 'ReteLavoro';
}

export async function sendCampaign(deps: Deps, actor: Actor, campaignId: string) {
  return deps.db.transaction(async (tx) => {
    const { campaign, survey } = await campaignFor(tx, actor, campaignId, 'survey.manage');
    if (campaign.sentAt) throw new AppError('conflict', { reason: 'survey_campaign_sent' });
    if (survey.state === 'closed') throw new AppError('conflict', { reason: 'survey_closed' });
    const organisation = await organisationName(tx, survey.ownerOrganisationId);
    const recipients = await tx
      .select()
      .from(surveyRecipients)
      .where(eq(surveyRecipients.campaignId, campaignId));
    const smtp = Boolean(deps.config.mail.smtpUrl);
    for (const r of recipients) {
      const link = answerLink(deps.config.publicUrl, deps.cipher.decrypt(r.tokenSealed));
      const mail = surveyInvitationEmail({
        name: r.name,
        title: survey.title,
        organisation,
        link,
        closesAt: campaign.closesAt,
      });
      await enqueueMail(tx, { to: r.email, ...mail, kind: 'survey_invitation' }, smtp);
    }
    await tx
      .update(surveyRecipients)
      .set({ sentAt: deps.now() })
      .where(eq(surveyRecipients.campaignId, campaignId));
    await tx.update(surveyCampaigns).set({ sentAt: deps.now() }).where(eq(surveyCampaigns.id, campaignId));
    if (survey.state === 'draft') {
      await tx.update(surveys).set({ state: 'open', updatedAt: deps.now() }).where(eq(surveys.id, survey.id));
    }
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.campaign_send',
      entityType: 'survey_campaign',
      entityId: campaignId,
      purpose: 'employer_relations',
      details: { recipients: recipients.length },
    });
    return { sent: recipients.length };
  });
}
