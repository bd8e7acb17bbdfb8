// Automatic unpublishing: a published vacancy past its deadline, or not refreshed for VACANCY_STALE_AFTER_DAYS,
// leaves the public list (a stale offer misleads job seekers). One UPDATE … WHERE state = 'published' takes each
// offer off exactly once even with several app nodes running the job (the row lock makes the second node's WHERE
// see the new state). Its author (or, without one, the employer's address) is told by e-mail how to publish it
// again; the e-mail, the change and its audit row commit together.
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import { queryRows } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { vacancies } from './db.ts';

type Unpublished = {
  id: string;
  title: string;
  reason: 'deadline_passed' | 'not_refreshed';
  to: string | null;
  locale: string | null;
};

export function unpublishedEmail(
  locale: Locale,
  v: { title: string; reason: Unpublished['reason']; link: string; days: number },
) {
  if (locale === 'en') {
    const why =
      v.reason === 'deadline_passed'
        ? 'its application deadline has passed'
        : `nobody confirmed it was still current for ${v.days} days`;
    return {
      subject: `Vacancy unpublished: ${v.title}`,
      text: `The vacancy "${v.title}" is no longer on the public list because ${why}.\n\nIf it is still open, sign in, open it at ${v.link}${v.reason === 'deadline_passed' ? ', set a new deadline' : ''} and choose "Publish". If it is no longer needed, choose "Close".\n`,
    };
  }
  const why =
    v.reason === 'deadline_passed'
      ? 'è scaduto il termine per candidarsi'
      : `nessuno ha confermato che fosse ancora attuale negli ultimi ${v.days} giorni`;
  return {
    subject: `Offerta non più pubblicata: ${v.title}`,
    text: `L’offerta «${v.title}» non è più nell’elenco pubblico perché ${why}.\n\nSe la ricerca è ancora aperta, accedi, apri l’offerta all’indirizzo ${v.link}${v.reason === 'deadline_passed' ? ', indica una nuova scadenza' : ''} e scegli «Pubblica». Se non serve più, scegli «Chiudi».\n`,
  };
}

export async function unpublishStale(deps: Deps, now: Date): Promise<{ unpublished: number }> {
  const days = deps.config.vacancies.staleAfterDays;
  const today = now.toISOString().slice(0, 10);
  const staleBefore = new Date(now.getTime() - days * 86_400_000);
  return deps.db.transaction(async (tx) => {
    const rows = await queryRows<Unpublished>(
      tx,
      sql`WITH taken AS (
            UPDATE ${vacancies} v
            SET state = 'unpublished',
                state_reason = CASE WHEN v.deadline < ${today}::date THEN 'deadline_passed' ELSE 'not_refreshed' END,
                version = v.version + 1,
                updated_at = ${now.toISOString()}::timestamptz
            WHERE v.state = 'published'
              AND (v.deadline < ${today}::date OR coalesce(v.refreshed_at, v.published_at) < ${staleBefore.toISOString()}::timestamptz)
            RETURNING v.id, v.title, v.state_reason, v.created_by, v.employer_id)
          SELECT t.id, t.title, t.state_reason AS reason,
                 coalesce(u.email, e.email) AS "to", u.locale
          FROM taken t
          LEFT JOIN users u ON u.id = t.created_by AND u.active
          LEFT JOIN employers e ON e.id = t.employer_id`,
    );
    for (const v of rows) {
      await recordAudit(
        tx,
        { userId: null, organisationId: null, role: null, ip: null },
        {
          action: 'vacancy.auto_unpublish',
          entityType: 'vacancy',
          entityId: v.id,
          purpose: 'job_matching',
          details: { reason: v.reason, staleAfterDays: days, notified: Boolean(v.to) },
        },
      );
      if (!v.to) continue;
      const mail = unpublishedEmail(v.locale === 'en' ? 'en' : 'it', {
        title: v.title,
        reason: v.reason,
        link: `${deps.config.publicUrl}/vacancies/${v.id}`,
        days,
      });
      await enqueueMail(
        tx,
        { to: v.to, ...mail, kind: 'vacancy_unpublished' },
        Boolean(deps.config.mail.smtpUrl),
      );
    }
    return { unpublished: rows.length };
  });
}
