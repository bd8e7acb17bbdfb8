// The e-mails of the shortlist, in Italian, or in English when the recipient's account says so. They carry only
// what the recipient needs: the employer learns that a candidate was proposed (pseudonymous reference, never a
// name); the person learns about their interview and the outcome. No special-category data, no score.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { employerContacts, employers } from '../employers/db.ts';
import { memberships, users } from '../identity/db.ts';
import { people } from '../people/db.ts';

type Mail = { subject: string; text: string };

const dateIt = (iso: string) => new Date(iso).toLocaleString('it-IT', { timeZone: 'Europe/Rome' });
const dateEn = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/Rome' });

export function proposedMail(locale: Locale, p: { vacancy: string; link: string }): Mail {
  return locale === 'en'
    ? {
        subject: `ReteLavoro — a candidate proposed for “${p.vacancy}”`,
        text: `A job centre operator proposed a candidate for your vacancy “${p.vacancy}”.\n\nOpen the shortlist to see the anonymised profile and record the next steps:\n${p.link}\n\nThe candidate's name and contacts become visible only after they consent to it.`,
      }
    : {
        subject: `ReteLavoro — nuovo candidato proposto per «${p.vacancy}»`,
        text: `Un operatore della rete ha proposto un candidato per la vostra offerta «${p.vacancy}».\n\nAprite la rosa dei candidati per vedere il profilo anonimo e registrare i passi successivi:\n${p.link}\n\nNome e recapiti del candidato sono visibili solo dopo il suo consenso.`,
      };
}

export function interviewMail(
  locale: Locale,
  p: { givenName: string; vacancy: string; employer: string; at: string; place: string },
): Mail {
  return locale === 'en'
    ? {
        subject: `ReteLavoro — interview for “${p.vacancy}”`,
        text: `Dear ${p.givenName},\n\nyou have an interview with ${p.employer} for the position “${p.vacancy}”:\n\nWhen: ${dateEn(p.at)}\nWhere: ${p.place}\n\nIf you cannot attend, tell your employment centre as soon as possible.`,
      }
    : {
        subject: `ReteLavoro — colloquio per «${p.vacancy}»`,
        text: `Gentile ${p.givenName},\n\nè fissato un colloquio con ${p.employer} per la posizione «${p.vacancy}»:\n\nQuando: ${dateIt(p.at)}\nDove: ${p.place}\n\nSe non puoi partecipare, avvisa al più presto il tuo centro per l’impiego.`,
      };
}

export function outcomeMail(
  locale: Locale,
  p: { givenName: string; vacancy: string; employer: string; hired: boolean; startDate?: string },
): Mail {
  if (p.hired)
    return locale === 'en'
      ? {
          subject: `ReteLavoro — you were hired for “${p.vacancy}”`,
          text: `Dear ${p.givenName},\n\n${p.employer} has recorded your hiring for the position “${p.vacancy}”, starting on ${p.startDate}. Congratulations!\n\nYour employment status in ReteLavoro is now “employed”.`,
        }
      : {
          subject: `ReteLavoro — assunzione per «${p.vacancy}»`,
          text: `Gentile ${p.givenName},\n\n${p.employer} ha registrato la tua assunzione per la posizione «${p.vacancy}», con inizio il ${p.startDate}. Congratulazioni!\n\nLa tua condizione occupazionale in ReteLavoro ora è «occupato».`,
        };
  return locale === 'en'
    ? {
        subject: `ReteLavoro — outcome of your application for “${p.vacancy}”`,
        text: `Dear ${p.givenName},\n\n${p.employer} did not select you for the position “${p.vacancy}”. Your profile stays in the Banca Dati Lavoro and can be proposed for other vacancies.\n\nYour employment centre can tell you more.`,
      }
    : {
        subject: `ReteLavoro — esito della candidatura per «${p.vacancy}»`,
        text: `Gentile ${p.givenName},\n\n${p.employer} non ti ha selezionato per la posizione «${p.vacancy}». Il tuo profilo resta nella Banca Dati Lavoro e potrà essere proposto per altre offerte.\n\nIl tuo centro per l’impiego può darti maggiori informazioni.`,
      };
}

/** The employer's recipients: users of the company's own organisation (with their language), then its contacts. */
export async function employerRecipients(tx: Tx, employerId: string) {
  const [e] = await tx.select().from(employers).where(eq(employers.id, employerId));
  if (!e) return [];
  const out = new Map<string, Locale>();
  if (e.organisationId) {
    const rows = await tx
      .select({ email: users.email, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organisationId, e.organisationId),
          eq(memberships.role, 'employer_user'),
          eq(users.active, true),
        ),
      );
    for (const r of rows) out.set(r.email.toLowerCase(), r.locale === 'en' ? 'en' : 'it');
  }
  const contacts = await tx
    .select({ email: employerContacts.email })
    .from(employerContacts)
    .where(eq(employerContacts.employerId, employerId));
  for (const c of contacts)
    if (c.email && !out.has(c.email.toLowerCase())) out.set(c.email.toLowerCase(), 'it');
  if (out.size === 0 && e.email) out.set(e.email.toLowerCase(), 'it');
  return [...out].map(([email, locale]) => ({ email, locale }));
}

/** The person's address and language (English only when their own account says so). */
export async function personRecipient(tx: Tx, personId: string) {
  const [p] = await tx
    .select({ email: people.email, givenName: people.givenName, userId: people.userId })
    .from(people)
    .where(eq(people.id, personId));
  if (!p?.email) return null;
  let locale: Locale = 'it';
  if (p.userId) {
    const [u] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(inArray(users.id, [p.userId]));
    if (u?.locale === 'en') locale = 'en';
  }
  return { email: p.email, givenName: p.givenName, locale };
}

export async function sendMail(deps: Deps, tx: Tx, to: string, mail: Mail, kind: string) {
  await enqueueMail(tx, { to, ...mail, kind }, Boolean(deps.config.mail.smtpUrl));
}
