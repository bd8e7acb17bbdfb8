// The vacancies module's error texts (Italian and English): what is wrong, where, and how to put it right.
import { registerTexts } from '../../platform/i18n/errors.ts';

registerTexts({
  fields: {
    vacancy_occupation_required: {
      it: 'Indica la professione cercata (dalla classificazione ESCO).',
      en: 'Choose the occupation sought (from the ESCO classification).',
    },
    vacancy_hours_over_maximum: {
      it: 'Oltre 48 ore settimanali non sono ammesse (D.Lgs. 66/2003): riduci l’orario.',
      en: 'More than 48 hours a week are not allowed (Legislative Decree 66/2003): reduce the hours.',
    },
    vacancy_part_time_hours: {
      it: 'Un part-time non può superare 35 ore settimanali: riduci l’orario o scegli il tempo pieno.',
      en: 'A part-time job cannot exceed 35 hours a week: reduce the hours or choose full time.',
    },
    vacancy_positions: {
      it: 'Indica almeno un posto disponibile.',
      en: 'Enter at least one open position.',
    },
    vacancy_deadline_past: {
      it: 'La scadenza è già passata: indica una data da oggi in poi.',
      en: 'The deadline has already passed: enter a date from today on.',
    },
    vacancy_deadline_after_start: {
      it: 'La scadenza per candidarsi non può essere dopo la data di inizio del lavoro.',
      en: 'The application deadline cannot be after the start date of the job.',
    },
    vacancy_skill_both_essential_and_optional: {
      it: 'Una competenza è sia essenziale sia facoltativa: tienila in uno solo dei due elenchi.',
      en: 'A skill is both essential and optional: keep it in only one of the two lists.',
    },
    vacancy_skill_repeated: {
      it: 'Una competenza compare più volte: toglila dai doppioni.',
      en: 'A skill appears more than once: remove the duplicates.',
    },
    vacancy_internship_reservation: {
      it: 'Un tirocinio (C.01.00) va riservato a chi è senza lavoro, e solo un tirocinio può esserlo: allinea tipo di contratto e riserva.',
      en: 'An internship (C.01.00) must be reserved to people without work, and only an internship may be: align the contract type and the reservation.',
    },
    vacancy_internship_experience: {
      it: 'Un tirocinio serve a imparare il mestiere: non chiedere esperienza (0 mesi).',
      en: 'An internship is for learning the job: do not ask for experience (0 months).',
    },
    unknown_employer: {
      it: 'Datore di lavoro non trovato tra quelli che puoi gestire: sceglilo dall’elenco.',
      en: 'Employer not found among those you manage: choose it from the list.',
    },
  },
  conflicts: {
    vacancy_transition_not_allowed: {
      it: 'L’offerta è nello stato «{state}»: l’azione «{action}» non è possibile. Azioni possibili: {allowed}.',
      en: 'The vacancy is in state “{state}”: the action “{action}” is not possible. Possible actions: {allowed}.',
    },
    vacancy_not_editable: {
      it: 'L’offerta è nello stato «{state}» e non si può più modificare: riaprila prima di cambiarla.',
      en: 'The vacancy is in state “{state}” and can no longer be edited: reopen it before changing it.',
    },
  },
});
