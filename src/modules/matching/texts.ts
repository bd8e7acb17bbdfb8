// The matching module's error texts (Italian and English): what is wrong and how to put it right.
import { registerTexts } from '../../platform/i18n/errors.ts';

registerTexts({
  conflicts: {
    match_vacancy_closed: {
      it: 'L’offerta è chiusa ({state}): non si cercano più candidati. Per proporre altre persone riaprila o crea una nuova offerta.',
      en: 'The vacancy is closed ({state}): it no longer takes candidates. To propose other people, reopen it or create a new vacancy.',
    },
  },
});
