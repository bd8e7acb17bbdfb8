// Demo newsletter: the Comune di Chieri's list "Aziende del Patto" with a few demo employer contacts who confirmed
// their subscription (double opt-in, weeks ago), one still awaiting confirmation, and one issue sent last week
// whose messages are in the outbox as delivered — so the list, its consents and the delivery status have
// something to show at first start. Runs after the employers demo (it takes their contacts).
import { asc, eq, isNotNull } from 'drizzle-orm';
import { demoOrganisationId, demoUserId } from '../../demo/seed.ts';
import { demoLogins } from '../../demo/territory.ts';
import { newToken, sha256 } from '../../platform/crypto/tokens.ts';
import type { Deps } from '../../platform/deps.ts';
import { mailOutbox } from '../../platform/mail/db.ts';
import { employerContacts } from '../employers/db.ts';
import { organisations } from '../network/db.ts';
import { newsletterDeliveries, newsletterIssues, newsletterLists, newsletterSubscribers } from './db.ts';
import { issueText, unsubscribeHeaders } from './emails.ts';

const DAY = 86_400_000;
const BODY = `Buongiorno,

è aperto il bando regionale per i tirocini extracurriculari 2027: le aziende del Patto Territoriale Torino Sud
che ospitano un tirocinante possono chiedere il rimborso di parte dell'indennità di partecipazione.

Il Centro per l'Impiego di Chieri organizza un incontro informativo giovedì 3 dicembre alle ore 17,
in via Vittorio Emanuele II 1 a Chieri. Per partecipare basta rispondere a questo messaggio.

Cordiali saluti,
Ufficio Politiche Sociali e del Lavoro — Comune di Chieri`;

export async function seedDemoNewsletters(deps: Deps): Promise<number> {
  const owner = demoOrganisationId('comune-chieri-lavoro');
  const contacts = await deps.db
    .select()
    .from(employerContacts)
    .where(isNotNull(employerContacts.email))
    .orderBy(asc(employerContacts.name))
    .limit(5);
  const [org] = await deps.db.select().from(organisations).where(eq(organisations.id, owner));
  if (!org || contacts.length < 2) return 0;
  const now = deps.now().getTime();
  const coordinator = demoUserId(demoLogins.network_coordinator);
  return deps.db.transaction(async (tx) => {
    const [list] = await tx
      .insert(newsletterLists)
      .values({
        name: 'Aziende del Patto',
        description: 'Bandi, incentivi e iniziative per le aziende del Patto Territoriale Torino Sud',
        ownerOrganisationId: owner,
        createdBy: coordinator,
        createdAt: new Date(now - 40 * DAY),
      })
      .returning();
    const subscribers = [];
    for (const [i, c] of contacts.entries()) {
      const pending = i === contacts.length - 1;
      const [s] = await tx
        .insert(newsletterSubscribers)
        .values({
          listId: list!.id,
          email: c.email!.toLowerCase(),
          name: c.name,
          sourceKind: 'employer_contact',
          employerContactId: c.id,
          status: pending ? 'pending' : 'confirmed',
          requestedAt: new Date(now - (pending ? 2 : 30) * DAY),
          requestedBy: coordinator,
          // A pending request keeps a live link; nobody knows its token (only the hash is stored).
          confirmTokenHash: pending ? sha256(newToken()) : null,
          confirmExpiresAt: pending ? new Date(now + 12 * DAY) : null,
          consentAt: pending ? null : new Date(now - (29 - i) * DAY),
          consentSource: pending ? null : 'double_opt_in',
        })
        .returning();
      if (!pending) subscribers.push(s!);
    }
    const sentAt = new Date(now - 7 * DAY);
    const subject = 'Bando tirocini 2027: incontro informativo per le aziende';
    const [issue] = await tx
      .insert(newsletterIssues)
      .values({
        listId: list!.id,
        subject,
        bodyText: BODY,
        recipients: subscribers.length,
        sentBy: coordinator,
        sentAt,
      })
      .returning();
    for (const s of subscribers) {
      const token = newToken();
      const [mail] = await tx
        .insert(mailOutbox)
        .values({
          toAddress: s.email,
          subject,
          bodyText: issueText({
            body: BODY,
            listName: list!.name,
            organisation: org.name,
            unsubscribeLink: `${deps.config.publicUrl}/newsletter/disiscrizione/${token}`,
          }),
          kind: 'newsletter_issue',
          headers: unsubscribeHeaders(`${deps.config.publicUrl}/api/newsletters/unsubscribe/${token}`),
          // Past history of the demo: delivered a week ago (no real message is sent for it).
          status: 'sent',
          attempts: 1,
          createdAt: sentAt,
          sentAt: new Date(sentAt.getTime() + 60_000),
        })
        .returning({ id: mailOutbox.id });
      await tx.insert(newsletterDeliveries).values({
        issueId: issue!.id,
        subscriberId: s.id,
        outboxId: mail!.id,
        unsubscribeTokenHash: sha256(token),
      });
    }
    return subscribers.length;
  });
}
