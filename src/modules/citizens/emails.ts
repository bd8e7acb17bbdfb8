// The texts of the e-mails of citizen self-service, in the recipient's language.
import type { Locale } from '../../platform/i18n/locale.ts';

export function verifyEmail(locale: Locale, p: { givenName: string; link: string; hours: number }) {
  return locale === 'en'
    ? {
        subject: 'ReteLavoro — confirm your e-mail address',
        text: `Dear ${p.givenName},\n\nto finish creating your ReteLavoro account, confirm this e-mail address (link valid ${p.hours} hours, usable once):\n${p.link}\n\nIf you did not sign up, ignore this message: nothing is created without the confirmation.`,
      }
    : {
        subject: 'ReteLavoro — conferma il tuo indirizzo e-mail',
        text: `Gentile ${p.givenName},\n\nper completare la creazione del tuo account ReteLavoro conferma questo indirizzo e-mail (link valido ${p.hours} ore, utilizzabile una volta):\n${p.link}\n\nSe non ti sei registrato tu, ignora questo messaggio: senza conferma non viene creato nulla.`,
      };
}

/** Sent instead of the verification when the address already has an account (sign-up never says so on screen). */
export function alreadyRegisteredEmail(locale: Locale, p: { loginLink: string; resetLink: string }) {
  return locale === 'en'
    ? {
        subject: 'ReteLavoro — you already have an account',
        text: `Someone (probably you) tried to sign up with this e-mail address, but it already has a ReteLavoro account.\n\nSign in: ${p.loginLink}\nForgot your password? ${p.resetLink}\n\nIf it was not you, ignore this message: nothing was changed.`,
      }
    : {
        subject: 'ReteLavoro — hai già un account',
        text: `Qualcuno (probabilmente tu) ha provato a registrarsi con questo indirizzo e-mail, che ha però già un account ReteLavoro.\n\nAccedi: ${p.loginLink}\nPassword dimenticata? ${p.resetLink}\n\nSe non sei stato tu, ignora questo messaggio: non è stato modificato nulla.`,
      };
}

export function selfServiceInvitationEmail(
  locale: Locale,
  p: { givenName: string; organisation: string; link: string; days: number },
) {
  return locale === 'en'
    ? {
        subject: 'ReteLavoro — manage your CV and availability online',
        text: `Dear ${p.givenName},\n\n${p.organisation} invites you to manage your own data in ReteLavoro: contacts, availability, CV and consents, and to download everything held about you.\n\nOpen this link (valid ${p.days} days) and sign in, or create an account:\n${p.link}\n\nIf you did not expect it, ignore this message.`,
      }
    : {
        subject: 'ReteLavoro — gestisci online il tuo CV e la tua disponibilità',
        text: `Gentile ${p.givenName},\n\n${p.organisation} ti invita a gestire da solo i tuoi dati in ReteLavoro: recapiti, disponibilità, CV e consensi, e a scaricare tutto ciò che ti riguarda.\n\nApri questo link (valido ${p.days} giorni) e accedi, oppure crea un account:\n${p.link}\n\nSe non te lo aspettavi, ignora questo messaggio.`,
      };
}
