// Daily reminder of stale shortlists: whoever proposed people who have been waiting too long at a stage
// (STALE_AFTER_DAYS) gets one e-mail listing those vacancies — no names, the board has them. Each wait is reminded
// once (stale_reminded_at later than the last move); row locks with SKIP LOCKED make it safe on several app nodes.
import { and, eq, inArray, isNotNull, notInArray, or, sql } from 'drizzle-orm';
import type { Deps } from '../../platform/deps.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { users } from '../identity/db.ts';
import { shortlistEntries, vacancies } from './db.ts';
import { finalStages, isStale, type ShortlistStage } from './domain/shortlist.ts';
import { sendMail } from './shortlist-mails.ts';

type Line = { vacancy: string; stage: ShortlistStage; link: string };

const stageIt: Record<ShortlistStage, string> = {
  proposed: 'proposti',
  contacted: 'contattati',
  interview: 'in attesa di esito del colloquio',
  hired: 'assunti',
  not_selected: 'non selezionati',
  withdrew: 'ritirati',
};
const stageEn: Record<ShortlistStage, string> = {
  proposed: 'proposed',
  contacted: 'contacted',
  interview: 'waiting for the interview outcome',
  hired: 'hired',
  not_selected: 'not selected',
  withdrew: 'withdrew',
};

export function staleReminderMail(locale: Locale, p: { givenName: string; lines: Line[] }) {
  const list = (names: Record<ShortlistStage, string>, word: string) =>
    p.lines.map((l) => `- ${l.vacancy}: ${word}${names[l.stage]}\n  ${l.link}`).join('\n');
  return locale === 'en'
    ? {
        subject: 'ReteLavoro — shortlists waiting for an answer',
        text: `Dear ${p.givenName},\n\nsome people you proposed have been waiting too long without news:\n\n${list(stageEn, 'candidates ')}\n\nRecord the outcome on the shortlist, or contact the company.`,
      }
    : {
        subject: 'ReteLavoro — rose di candidati ferme',
        text: `Gentile ${p.givenName},\n\nalcune persone che hai proposto attendono da troppo tempo senza notizie:\n\n${list(stageIt, 'candidati ')}\n\nRegistra l’esito sulla rosa dei candidati oppure contatta l’azienda.`,
      };
}

export async function remindStaleShortlists(deps: Deps, now: Date) {
  return deps.db.transaction(async (tx) => {
    const rows = await tx
      .select({ e: shortlistEntries, title: vacancies.title })
      .from(shortlistEntries)
      .innerJoin(vacancies, eq(vacancies.id, shortlistEntries.vacancyId))
      .where(
        and(
          notInArray(shortlistEntries.stage, finalStages),
          inArray(vacancies.state, ['draft', 'published', 'unpublished']),
          isNotNull(shortlistEntries.proposedBy),
          or(
            sql`${shortlistEntries.staleRemindedAt} IS NULL`,
            sql`${shortlistEntries.staleRemindedAt} < ${shortlistEntries.movedAt}`,
          ),
        ),
      )
      .for('update', { of: shortlistEntries, skipLocked: true });
    const due = rows.filter((r) => isStale(r.e.stage as ShortlistStage, r.e.movedAt, now));
    if (due.length === 0) return { reminded: 0 };
    const byProposer = new Map<string, Line[]>();
    const seen = new Set<string>();
    for (const r of due) {
      const key = `${r.e.proposedBy}|${r.e.vacancyId}|${r.e.stage}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const lines = byProposer.get(r.e.proposedBy!) ?? [];
      lines.push({
        vacancy: r.title,
        stage: r.e.stage as ShortlistStage,
        link: `${deps.config.publicUrl}/vacancies/${r.e.vacancyId}`,
      });
      byProposer.set(r.e.proposedBy!, lines);
    }
    const recipients = await tx
      .select({ id: users.id, email: users.email, givenName: users.givenName, locale: users.locale })
      .from(users)
      .where(and(inArray(users.id, [...byProposer.keys()]), eq(users.active, true)));
    for (const u of recipients) {
      const mail = staleReminderMail(u.locale === 'en' ? 'en' : 'it', {
        givenName: u.givenName,
        lines: byProposer.get(u.id)!,
      });
      await sendMail(deps, tx, u.email, mail, 'shortlist_stale_reminder');
    }
    await tx
      .update(shortlistEntries)
      .set({ staleRemindedAt: now })
      .where(
        inArray(
          shortlistEntries.id,
          due.map((r) => r.e.id),
        ),
      );
    return { reminded: due.length, recipients: recipients.length };
  });
}
