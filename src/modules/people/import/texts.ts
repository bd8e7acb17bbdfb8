// Texts of the import's two-phase commit (Italian and English): a codice fiscale held by the hidden rows of another
// import that is still being committed (visibility.ts, docs/adr/0010).
import { registerTexts } from '../../../platform/i18n/errors.ts';

registerTexts({
  fields: {
    person_being_imported: {
      it: 'Questo codice fiscale è in un’altra importazione in corso: attendi che finisca e importa di nuovo il file (diventerà un aggiornamento).',
      en: 'This codice fiscale is in another import still running: wait for it to finish and import the file again (it will become an update).',
    },
  },
  conflicts: {
    person_being_imported: {
      it: 'Questo codice fiscale è in un’importazione da foglio di calcolo in corso: riprova tra qualche minuto.',
      en: 'This codice fiscale is in a spreadsheet import that is still running: try again in a few minutes.',
    },
  },
});
