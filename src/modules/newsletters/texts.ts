// Error texts of the newsletters module (field codes), in Italian and English: what is wrong and how to fix it.
import { registerTexts } from '../../platform/i18n/errors.ts';

registerTexts({
  conflicts: {
    newsletter_list_has_issues: {
      it: 'La lista ha già inviato {issues} newsletter: non si può eliminare, perché conserva gli invii, il loro esito e i consensi degli iscritti. Puoi rinominarla o smettere di usarla.',
      en: 'The list has already sent {issues} issues: it cannot be deleted, because it keeps them, their delivery status and the subscribers’ consents. You can rename it or stop using it.',
    },
  },
  fields: {
    unknown_recipient: {
      it: 'Destinatario non trovato tra i contatti delle aziende o gli utenti della tua rete, o senza e-mail: sceglilo di nuovo dall’elenco.',
      en: 'Recipient not found among the employer contacts or users of your network, or without an e-mail: pick it again from the list.',
    },
    no_confirmed_subscribers: {
      it: 'La lista non ha ancora iscritti confermati: aggiungi iscritti e attendi che confermino l’iscrizione dal link ricevuto.',
      en: 'The list has no confirmed subscribers yet: add subscribers and wait for them to confirm with the link they received.',
    },
  },
});
