// Field-level validation messages in Italian and English, by code (zod issue codes and our own). Kept apart from
// the problem texts (errors.ts) because every capability adds its own field rules here.
import type { Locale } from './locale.ts';

/** Field-level validation messages (zod issue codes → text). */
export const fieldTexts: Record<string, Record<Locale, string>> = {
  required: { it: 'Campo obbligatorio.', en: 'Required field.' },
  merge_choice_required: {
    it: 'Le due schede hanno valori diversi: scegli quale tenere.',
    en: 'The two records hold different values: choose which one to keep.',
  },
  person_merged_tax_code: {
    it: 'Codice fiscale di una scheda doppia già unita a un’altra: usa il codice fiscale della scheda unificata.',
    en: 'Codice fiscale of a duplicate record already merged into another: use the merged record’s codice fiscale.',
  },
  merge_two_accounts: {
    it: 'Entrambe le schede sono collegate a un account personale diverso: scollegane uno prima di unirle.',
    en: 'Each record is linked to a different self-service account: unlink one before merging.',
  },
  same_person: { it: 'Scegli due schede diverse.', en: 'Choose two different records.' },
  invalid_type: { it: 'Tipo non valido: atteso {expected}.', en: 'Wrong type: expected {expected}.' },
  unrecognized_keys: { it: 'Campo sconosciuto: rimuovilo.', en: 'Unknown field: remove it.' },
  too_small: {
    it: 'Valore troppo corto o piccolo (minimo {minimum}).',
    en: 'Too short or small (minimum {minimum}).',
  },
  too_big: {
    it: 'Valore troppo lungo o grande (massimo {maximum}).',
    en: 'Too long or large (maximum {maximum}).',
  },
  invalid_format: { it: 'Formato non valido ({format}).', en: 'Invalid format ({format}).' },
  invalid_value: {
    it: 'Valore non ammesso: scegli tra {values}.',
    en: 'Value not allowed: choose among {values}.',
  },
  invalid_tax_code: {
    it: 'Codice fiscale non valido: controlla le cifre (11 cifre o 16 caratteri).',
    en: 'Invalid codice fiscale: check the characters (11 digits or 16 characters).',
  },
  invalid_vat_number: {
    it: 'Partita IVA non valida: 11 cifre con cifra di controllo corretta.',
    en: 'Invalid VAT number: 11 digits with a correct check digit.',
  },
  unknown_comune: {
    it: 'Comune sconosciuto: usa il codice ISTAT a 6 cifre.',
    en: 'Unknown comune: use the 6-digit ISTAT code.',
  },
  invalid_boundaries: {
    it: 'File dei confini comunali non importato, nulla è stato modificato: {message}',
    en: 'Comuni boundaries file not imported, nothing was changed: {message}',
  },
  distance_needs_comune: {
    it: 'Per cercare entro una distanza indica anche il comune di partenza.',
    en: 'To search within a distance, also give the comune to measure from.',
  },
  distance_needs_km: {
    it: 'Indica entro quanti km cercare (da 1 a 300).',
    en: 'Give the distance in km to search within (1 to 300).',
  },
  // Other filters of the people search (people/search-contract.ts).
  invalid_isco: {
    it: 'Gruppo ISCO-08 non valido: da 1 a 4 cifre (es. 7212).',
    en: 'Invalid ISCO-08 group: 1 to 4 digits (e.g. 7212).',
  },
  invalid_licence: { it: 'Codice di patente non valido.', en: 'Invalid licence code.' },
  invalid_education: {
    it: 'Titolo di studio non valido: usa un codice della tabella SAP.',
    en: 'Invalid education level: use a code of the SAP list.',
  },
  weak_password: {
    it: 'Password troppo debole: almeno 12 caratteri, non uguale all’e-mail.',
    en: 'Password too weak: at least 12 characters, not the same as the e-mail.',
  },
  no_service_for_comune: {
    it: 'Nessun centro per l’impiego delle reti di ReteLavoro copre questo comune: rivolgiti al centro per l’impiego più vicino.',
    en: 'No employment centre of the ReteLavoro networks covers this comune: ask your nearest employment centre.',
  },
  person_email_missing: {
    it: 'La scheda non ha un indirizzo e-mail: aggiungilo prima di inviare l’invito.',
    en: 'The record has no e-mail address: add one before sending the invitation.',
  },
  subdivision_not_in_comune: {
    it: 'La circoscrizione scelta non appartiene al comune indicato.',
    en: 'The chosen subdivision does not belong to the comune.',
  },
  unknown_parent: {
    it: 'Organizzazione madre sconosciuta o non visibile.',
    en: 'Unknown or not visible parent organisation.',
  },
  not_your_network: {
    it: 'Puoi aggiungere organizzazioni solo alle reti della tua organizzazione.',
    en: 'You can only add organisations to the networks of your organisation.',
  },
  role_not_grantable: {
    it: 'Non puoi assegnare questo ruolo.',
    en: 'You cannot grant this role.',
  },
  role_not_for_organisation: {
    it: 'Questo ruolo non è previsto per questo tipo di organizzazione.',
    en: 'This role does not fit this kind of organisation.',
  },
  already_member: {
    it: 'Questa persona fa già parte dell’organizzazione.',
    en: 'This person is already a member of the organisation.',
  },
  tax_code_format: {
    it: 'Formato del codice fiscale non valido: 16 caratteri, lettere e cifre nelle posizioni previste.',
    en: 'Invalid codice fiscale format: 16 characters, letters and digits in their places.',
  },
  tax_code_check_character: {
    it: 'L’ultimo carattere (carattere di controllo) non è corretto: verifica di aver copiato bene il codice.',
    en: 'The last (check) character is wrong: make sure the code was copied correctly.',
  },
  tax_code_surname: {
    it: 'Le prime tre lettere non corrispondono al cognome.',
    en: 'The first three letters do not match the family name.',
  },
  tax_code_name: {
    it: 'Le lettere 4–6 non corrispondono al nome.',
    en: 'Letters 4–6 do not match the given name.',
  },
  tax_code_birth_date: {
    it: 'I caratteri 7–11 non corrispondono alla data di nascita.',
    en: 'Characters 7–11 do not match the birth date.',
  },
  tax_code_sex: {
    it: 'Il giorno di nascita nel codice indica l’altro sesso (+40 per le donne).',
    en: 'The birth day in the code indicates the other sex (+40 for women).',
  },
  tax_code_birthplace: {
    it: 'I caratteri 12–15 non corrispondono al comune o allo Stato di nascita.',
    en: 'Characters 12–15 do not match the comune or country of birth.',
  },
  birth_comune_required: {
    it: 'Indica il comune di nascita (per chi è nato in Italia).',
    en: 'Give the comune of birth (for people born in Italy).',
  },
  date_in_future: { it: 'La data non può essere nel futuro.', en: 'The date cannot be in the future.' },
  invalid_country: {
    it: 'Usa il codice del Paese a due lettere (es. IT, MA, RO).',
    en: 'Use the two-letter country code (e.g. IT, MA, RO).',
  },
  invalid_postcode: { it: 'Il CAP ha 5 cifre.', en: 'The postcode has 5 digits.' },
  invalid_contract_type: {
    it: 'Tipo di contratto non valido: usa il codice ministeriale (es. A.01.00).',
    en: 'Invalid contract type: use the ministerial code (e.g. A.01.00).',
  },
  // CV (people/cv-contract.ts, people/domain/cv-checks.ts)
  unknown_code: {
    it: 'Codice non presente nella tabella di riferimento.',
    en: 'The code is not in the reference list.',
  },
  unknown_occupation: {
    it: 'Professione non presente nella tassonomia.',
    en: 'The occupation is not in the taxonomy.',
  },
  unknown_skill: { it: 'Competenza non presente nella tassonomia.', en: 'The skill is not in the taxonomy.' },
  end_before_start: {
    it: 'La data di fine non può precedere quella di inizio.',
    en: 'The end date cannot be before the start date.',
  },
  duplicate_entry: { it: 'Voce già presente nell’elenco.', en: 'The entry is already in the list.' },
  invalid_language: {
    it: 'Usa il codice ISO 639-1 della lingua (es. it, en, ro).',
    en: 'Use the ISO 639-1 language code (e.g. it, en, ro).',
  },
  cefr_not_for_mother_tongue: {
    it: 'Per la lingua madre non si indica il livello QCER.',
    en: 'No CEFR level for a mother tongue.',
  },
  // Documents of a person (people/domain/document-type.ts): what the refused file turned out to be.
  document_is_empty: { it: 'il file è vuoto.', en: 'the file is empty.' },
  document_is_executable: {
    it: 'il file è un programma eseguibile.',
    en: 'the file is an executable program.',
  },
  document_is_ole: {
    it: 'il file è un documento Office di vecchio formato (.doc/.xls): salvalo come PDF o .docx.',
    en: 'the file is an old-format Office document (.doc/.xls): save it as PDF or .docx.',
  },
  document_is_xlsx: {
    it: 'il file è un foglio Excel (.xlsx).',
    en: 'the file is an Excel workbook (.xlsx).',
  },
  document_is_zip: {
    it: 'il file è un archivio ZIP che non contiene un documento Word.',
    en: 'the file is a ZIP archive that does not hold a Word document.',
  },
  document_is_unknown: {
    it: 'il contenuto del file non è né PDF né DOCX.',
    en: 'the file content is neither PDF nor DOCX.',
  },
  // Spreadsheet import of people (people/import/)
  not_a_spreadsheet: {
    it: 'Il file non è un foglio CSV o XLSX ({message}).',
    en: 'The file is not a CSV or XLSX spreadsheet ({message}).',
  },
  unreadable_xlsx: { it: 'File XLSX illeggibile ({message}).', en: 'Unreadable XLSX file ({message}).' },
  empty_file: { it: 'Il file è vuoto.', en: 'The file is empty.' },
  no_header: {
    it: 'La prima riga deve contenere i nomi delle colonne.',
    en: 'The first row must name the columns.',
  },
  too_many_rows: {
    it: 'Troppe righe (massimo 200.000): dividi il file.',
    en: 'Too many rows (at most 200,000): split the file.',
  },
  unknown_column: {
    it: 'La colonna indicata nell’abbinamento non esiste nel file.',
    en: 'The column named in the mapping is not in the file.',
  },
  unknown_import_target: { it: 'Campo di destinazione sconosciuto.', en: 'Unknown target field.' },
  column_missing: {
    it: 'Manca la colonna obbligatoria per questo campo: abbinala a una colonna del file.',
    en: 'The required column for this field is missing: map it to a column of the file.',
  },
  invalid_date: {
    it: 'Data non valida «{value}»: usa gg/mm/aaaa o aaaa-mm-gg.',
    en: 'Invalid date “{value}”: use dd/mm/yyyy or yyyy-mm-dd.',
  },
  invalid_sex: { it: 'Sesso non valido «{value}»: usa M o F.', en: 'Invalid sex “{value}”: use M or F.' },
  invalid_yes_no: {
    it: 'Valore «{value}» non valido: usa sì o no.',
    en: 'Invalid value “{value}”: use yes or no.',
  },
  invalid_employment_status: {
    it: 'Stato occupazionale «{value}» non riconosciuto (es. disoccupato, inoccupato, occupato, studente).',
    en: 'Unrecognised employment status “{value}” (e.g. disoccupato, inoccupato, occupato, studente).',
  },
  invalid_income_support: {
    it: 'Sostegno al reddito «{value}» non riconosciuto (NASpI, DIS-COLL, ADI, SFL, CIGO, CIGS, RdC).',
    en: 'Unrecognised income support “{value}” (NASpI, DIS-COLL, ADI, SFL, CIGO, CIGS, RdC).',
  },
  invalid_number: { it: 'Numero non valido «{value}».', en: 'Invalid number “{value}”.' },
  ambiguous_comune: {
    it: 'Più comuni si chiamano «{value}»: aggiungi la provincia (es. «{value} (TO)») o usa il codice ISTAT.',
    en: 'Several comuni are called “{value}”: add the province (e.g. “{value} (TO)”) or use the ISTAT code.',
  },
  duplicate_in_file: {
    it: 'Codice fiscale ripetuto: compare già alla riga {row}.',
    en: 'Repeated codice fiscale: it already appears on row {row}.',
  },
  person_outside_network: {
    it: 'Persona già registrata da un’organizzazione fuori dalla tua rete: non puoi aggiornarla.',
    en: 'Person registered by an organisation outside your network: you cannot update it.',
  },
  person_anonymised: {
    it: 'Persona già registrata e poi anonimizzata: non può essere reimportata.',
    en: 'Person registered and then anonymised: it cannot be imported again.',
  },
  person_registered_meanwhile: {
    it: 'Persona registrata da altri mentre l’importazione era in corso: importa di nuovo il file (diventerà un aggiornamento).',
    en: 'Person registered by someone else while the import was running: import the file again (it will become an update).',
  },
  person_changed_meanwhile: {
    it: 'La persona con questo codice fiscale è stata modificata da altri mentre l’importazione era in corso: importa di nuovo il file.',
    en: 'The person with this codice fiscale was changed by someone else while the import was running: import the file again.',
  },
  custom: { it: '{message}', en: '{message}' },
};
