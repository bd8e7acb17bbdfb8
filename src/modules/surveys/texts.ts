// Error texts of the surveys module (it/en): what is wrong with a question or an answer, and why a survey or a
// campaign refuses a change. Field errors name the question (questions.<id> in the builder, answers.<id> on the
// answer page).
import { registerTexts } from '../../platform/i18n/errors.ts';

registerTexts({
  fields: {
    survey_question_id: {
      it: 'Identificativo della domanda non valido: usa lettere, cifre, - o _ (massimo 40).',
      en: 'Invalid question id: use letters, digits, - or _ (at most 40).',
    },
    survey_question_duplicate_id: {
      it: 'Due domande hanno lo stesso identificativo: cambiane uno.',
      en: 'Two questions have the same id: change one of them.',
    },
    survey_question_label_missing: {
      it: 'Scrivi il testo della domanda.',
      en: 'Write the text of the question.',
    },
    survey_question_needs_options: {
      it: 'Una domanda a scelta ha bisogno di almeno due opzioni.',
      en: 'A choice question needs at least two options.',
    },
    survey_scale_range: {
      it: 'La scala deve andare da un minimo a un massimo più alto, con al più 10 passi.',
      en: 'The scale must go from a minimum to a higher maximum, with at most 10 steps.',
    },
    survey_number_range: {
      it: 'Il valore massimo è più basso del minimo.',
      en: 'The maximum is lower than the minimum.',
    },
    survey_closes_before_opens: {
      it: 'La data di chiusura deve essere successiva a quella di apertura.',
      en: 'The closing date must come after the opening date.',
    },
    survey_answer_unknown: {
      it: 'Risposta a una domanda che il questionario non contiene.',
      en: 'Answer to a question the survey does not contain.',
    },
    survey_answer_required: { it: 'Risposta obbligatoria.', en: 'An answer is required.' },
    survey_answer_option: {
      it: 'Scegli tra le opzioni proposte.',
      en: 'Choose among the options offered.',
    },
    survey_answer_too_many: {
      it: 'Puoi scegliere al massimo {max} opzioni.',
      en: 'You can choose at most {max} options.',
    },
    survey_answer_range: {
      it: 'Indica un valore tra {min} e {max}.',
      en: 'Give a value between {min} and {max}.',
    },
    survey_answer_integer: { it: 'Indica un numero intero.', en: 'Give a whole number.' },
    survey_answer_number: { it: 'Indica un numero.', en: 'Give a number.' },
    survey_answer_type: {
      it: 'Risposta nel formato sbagliato per questa domanda.',
      en: 'Answer in the wrong format for this question.',
    },
    survey_answer_too_long: {
      it: 'Testo troppo lungo: al massimo {max} caratteri.',
      en: 'Text too long: at most {max} characters.',
    },
    survey_hiring_occupation: {
      it: 'Riga {row}: scegli la figura professionale dall’elenco.',
      en: 'Row {row}: choose the occupation from the list.',
    },
    survey_hiring_positions: {
      it: 'Riga {row}: indica quante persone (da 1 a 10.000).',
      en: 'Row {row}: give how many people (1 to 10,000).',
    },
    survey_hiring_horizon: {
      it: 'Riga {row}: indica se entro 6 mesi o tra 6 e 24 mesi.',
      en: 'Row {row}: say whether within 6 months or in 6 to 24 months.',
    },
  },
  conflicts: {
    survey_not_draft: {
      it: 'Il questionario è già stato inviato: le domande non si possono più cambiare (titolo e introduzione sì). Per domande diverse crea un nuovo questionario.',
      en: 'The survey has already been sent: its questions can no longer change (title and introduction can). For different questions create a new survey.',
    },
    survey_closed: {
      it: 'La rilevazione è chiusa: non si accettano più risposte né invii.',
      en: 'The survey is closed: no more answers or sendings are accepted.',
    },
    survey_not_open_yet: {
      it: 'La rilevazione non è ancora aperta: riprova dalla data di apertura indicata nell’e-mail.',
      en: 'The survey is not open yet: try again from the opening date given in the e-mail.',
    },
    survey_without_questions: {
      it: 'Il questionario non ha domande: aggiungine almeno una prima di creare un invio.',
      en: 'The survey has no questions: add at least one before creating a sending.',
    },
    survey_no_recipients: {
      it: 'Nessun destinatario con indirizzo e-mail corrisponde ai filtri scelti: allargali.',
      en: 'No recipient with an e-mail address matches the chosen filters: widen them.',
    },
    survey_campaign_sent: {
      it: 'Questo invio è già stato spedito: per i non rispondenti usa «Invia promemoria».',
      en: 'This sending has already gone out: for non-responders use “Send reminder”.',
    },
    survey_campaign_not_sent: {
      it: 'L’invio non è ancora stato spedito: spediscilo prima di mandare promemoria.',
      en: 'The sending has not gone out yet: send it before sending reminders.',
    },
  },
});
