// The texts of newsletter e-mails: the opt-in request (double opt-in), and the footer every issue carries with the
// subscriber's personal unsubscribe link, plus the RFC 8058 headers that let mail clients unsubscribe in one click.
import type { Locale } from '../../platform/i18n/locale.ts';

export function optInEmail(
  locale: Locale,
  p: { listName: string; organisation: string; link: string; days: number },
) {
  return locale === 'en'
    ? {
        subject: `ReteLavoro — confirm your subscription to "${p.listName}"`,
        text: `Hello,\n\n${p.organisation} would like to send you the newsletter "${p.listName}" through ReteLavoro.\n\nIf you agree, confirm your subscription with this link (valid ${p.days} days):\n${p.link}\n\nIf you do not confirm, you will receive nothing: your address stays unsubscribed. You can unsubscribe at any time with the link at the bottom of every message.`,
      }
    : {
        subject: `ReteLavoro — conferma l'iscrizione a «${p.listName}»`,
        text: `Buongiorno,\n\n${p.organisation} vorrebbe inviarle la newsletter «${p.listName}» tramite ReteLavoro.\n\nSe è d'accordo, confermi l'iscrizione con questo link (valido ${p.days} giorni):\n${p.link}\n\nSenza conferma non riceverà nulla: il suo indirizzo resta non iscritto. Potrà disiscriversi in qualsiasi momento con il link in fondo a ogni messaggio.`,
      };
}

/** The issue's text as one subscriber receives it: the body, then who sends it and the personal unsubscribe link. */
export function issueText(p: {
  body: string;
  listName: string;
  organisation: string;
  unsubscribeLink: string;
}) {
  return [
    p.body.trim(),
    '',
    '-- ',
    `Riceve questo messaggio perché è iscritto alla lista «${p.listName}» di ${p.organisation} (ReteLavoro).`,
    `Per non riceverne più, con un clic: ${p.unsubscribeLink}`,
  ].join('\n');
}

/**
 * RFC 2369 / RFC 8058: the URL a mail client POSTs `List-Unsubscribe=One-Click` to. It must work without a session
 * or any further confirmation (routes.ts: POST /api/newsletters/unsubscribe/:token, public).
 */
export function unsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
