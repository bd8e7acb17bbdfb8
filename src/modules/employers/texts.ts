// The employers module's error texts (it/en): what is wrong, where, how to put it right.
import { registerTexts } from '../../platform/i18n/errors.ts';

registerTexts({
  fields: {
    invalid_ateco: {
      it: 'Codice ATECO non valido: scrivilo come 52, 52.1, 52.10, 52.10.1 o 52.10.10.',
      en: 'Invalid ATECO code: write it as 52, 52.1, 52.10, 52.10.1 or 52.10.10.',
    },
    ateco_division_unknown: {
      it: 'La divisione {division} non esiste nella classificazione ATECO {version}: controlla il codice o la versione.',
      en: 'Division {division} does not exist in ATECO {version}: check the code or the version.',
    },
    ateco_version_required: {
      it: 'Indica la versione ATECO del codice (2007 o 2025).',
      en: 'State the ATECO version of the code (2007 or 2025).',
    },
    invalid_legal_form: {
      it: 'Forma giuridica non riconosciuta: usa una di quelle dell’elenco (es. srl, snc, cooperativa).',
      en: 'Legal form not recognised: use one of the list (e.g. srl, snc, cooperativa).',
    },
    employer_duplicate_in_file: {
      it: 'Codice fiscale ripetuto alle righe {first} e {other}: tieni una sola riga per azienda.',
      en: 'Repeated codice fiscale on rows {first} and {other}: keep one row per company.',
    },
    employer_outside_scope: {
      it: 'Esiste già un’azienda con questo codice fiscale tenuta da un’altra rete: non puoi aggiornarla.',
      en: 'A company with this codice fiscale is kept by another network: you cannot update it.',
    },
    employer_site_required: {
      it: 'Indica il comune della sede (colonna del comune).',
      en: 'State the comune of the site (the comune column).',
    },
  },
  conflicts: {
    duplicate_employer: {
      it: 'L’azienda «{name}» con codice fiscale {taxCode} è già nell’anagrafe: aprila e aggiornala invece di crearne una nuova.',
      en: 'The company “{name}” with codice fiscale {taxCode} is already in the registry: open and update it instead of creating a new one.',
    },
    duplicate_employer_elsewhere: {
      it: 'Un’azienda con codice fiscale {taxCode} è già registrata da un’altra rete: chiedi al suo coordinatore.',
      en: 'A company with codice fiscale {taxCode} is already recorded by another network: ask its coordinator.',
    },
  },
});
