// Error texts of the shortlists (conflicts), in Italian and English: what is wrong and how to put it right.
import { registerTexts } from '../../platform/i18n/errors.ts';

registerTexts({
  conflicts: {
    shortlist_vacancy_closed: {
      it: 'L’offerta è chiusa o ha già coperto tutte le posizioni: non si possono proporre altri candidati.',
      en: 'The vacancy is closed or all its positions are filled: no more candidates can be proposed.',
    },
    shortlist_person_not_found: {
      it: 'La persona non è tra quelle che puoi consultare nella Banca Dati: controlla la scheda o chiedi a chi la gestisce.',
      en: 'The person is not among those you can read in the Banca Dati: check the record or ask who keeps it.',
    },
    shortlist_no_cv_consent: {
      it: 'La persona non ha dato il consenso a condividere il CV con i datori di lavoro: registra prima il consenso nella sua scheda.',
      en: 'The person has not agreed to share their CV with employers: record that consent on their record first.',
    },
    shortlist_duplicate: {
      it: 'La persona è già nella rosa dei candidati di questa offerta.',
      en: 'The person is already on this vacancy’s shortlist.',
    },
    shortlist_move_not_allowed: {
      it: 'Da «{from}» si può passare solo a: {allowed}.',
      en: 'From “{from}” the entry can only move to: {allowed}.',
    },
    shortlist_no_open_positions: {
      it: 'Tutte le {positions} posizioni dell’offerta sono già coperte: non si possono registrare altre assunzioni.',
      en: 'All {positions} positions of the vacancy are already filled: no further hire can be recorded.',
    },
  },
});
