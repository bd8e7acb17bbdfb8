// The texts of the e-mails the identity module sends, in the recipient's language.
import type { Locale } from '../../platform/i18n/locale.ts';

export function invitationEmail(
  locale: Locale,
  p: { organisation: string; inviter: string; link: string; days: number; givenName?: string | undefined },
) {
  return locale === 'en'
    ? {
        subject: `Invitation to ReteLavoro — ${p.organisation}`,
        text: `${p.givenName ? `Dear ${p.givenName},\n\n` : ''}${p.inviter} invited you to join ${p.organisation} on ReteLavoro.\n\nAccept the invitation (valid ${p.days} days):\n${p.link}\n\nIf you did not expect it, ignore this message.`,
      }
    : {
        subject: `Invito a ReteLavoro — ${p.organisation}`,
        text: `${p.givenName ? `Gentile ${p.givenName},\n\n` : ''}${p.inviter} ti ha invitato a far parte di ${p.organisation} su ReteLavoro.\n\nAccetta l'invito (valido ${p.days} giorni):\n${p.link}\n\nSe non te lo aspettavi, ignora questo messaggio.`,
      };
}

export function passwordResetEmail(locale: Locale, p: { link: string; minutes: number }) {
  return locale === 'en'
    ? {
        subject: 'ReteLavoro — reset your password',
        text: `Someone asked to reset the password of this account.\n\nChoose a new password (link valid ${p.minutes} minutes):\n${p.link}\n\nIf it was not you, ignore this message: your password stays the same.`,
      }
    : {
        subject: 'ReteLavoro — reimposta la password',
        text: `È stata chiesta la reimpostazione della password di questo account.\n\nScegli una nuova password (link valido ${p.minutes} minuti):\n${p.link}\n\nSe non sei stato tu, ignora questo messaggio: la password resta invariata.`,
      };
}
