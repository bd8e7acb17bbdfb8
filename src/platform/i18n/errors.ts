// Problem titles and details for every error code, in Italian and English. Each detail says what is wrong and
// how to put it right.
import type { Locale } from './locale.ts';

type Text = { title: string; detail: string };
export const errorTexts: Record<string, Record<Locale, Text>> = {
  validation: {
    it: {
      title: 'Dati non validi',
      detail: 'Alcuni campi non sono validi: correggi quelli indicati e riprova.',
    },
    en: {
      title: 'Invalid data',
      detail: 'Some fields are not valid: correct the ones listed and try again.',
    },
  },
  malformed_json: {
    it: { title: 'Richiesta illeggibile', detail: 'Il corpo della richiesta non è JSON valido: {reason}' },
    en: { title: 'Unreadable request', detail: 'The request body is not valid JSON: {reason}' },
  },
  unsupported_media_type: {
    it: { title: 'Formato non supportato', detail: 'Invia i dati come application/json.' },
    en: { title: 'Unsupported format', detail: 'Send the data as application/json.' },
  },
  unsupported_import_type: {
    it: {
      title: 'Formato non supportato',
      detail: 'Invia il file come text/csv o come foglio Excel (.xlsx), non come JSON o modulo.',
    },
    en: {
      title: 'Unsupported format',
      detail: 'Send the file as text/csv or as an Excel workbook (.xlsx), not as JSON or a form.',
    },
  },
  unsupported_document_type: {
    it: {
      title: 'Tipo di documento non accettato',
      detail:
        'Sono accettati solo documenti PDF e Word (.docx), riconosciuti dal contenuto e non dal nome del file.',
    },
    en: {
      title: 'Document type not accepted',
      detail:
        'Only PDF and Word (.docx) documents are accepted, recognised by their content, not by the file name.',
    },
  },
  payload_too_large: {
    it: { title: 'Richiesta troppo grande', detail: 'La richiesta supera il limite di {limit} byte.' },
    en: { title: 'Request too large', detail: 'The request exceeds the limit of {limit} bytes.' },
  },
  unauthenticated: {
    it: { title: 'Accesso richiesto', detail: 'Accedi per continuare: la sessione è assente o scaduta.' },
    en: { title: 'Sign-in required', detail: 'Sign in to continue: there is no session or it has expired.' },
  },
  invalid_credentials: {
    it: { title: 'Credenziali non valide', detail: 'E-mail o password non corrette.' },
    en: { title: 'Invalid credentials', detail: 'Wrong e-mail or password.' },
  },
  account_locked: {
    it: {
      title: 'Accesso temporaneamente bloccato',
      detail: 'Troppi tentativi non riusciti. Riprova tra {minutes} minuti oppure reimposta la password.',
    },
    en: {
      title: 'Sign-in temporarily locked',
      detail: 'Too many failed attempts. Try again in {minutes} minutes or reset your password.',
    },
  },
  too_many_requests: {
    it: { title: 'Troppe richieste', detail: 'Hai inviato troppe richieste. Riprova tra {seconds} secondi.' },
    en: { title: 'Too many requests', detail: 'You sent too many requests. Try again in {seconds} seconds.' },
  },
  mfa_required: {
    it: { title: 'Secondo fattore richiesto', detail: 'Inserisci il codice dell’app di autenticazione.' },
    en: { title: 'Second factor required', detail: 'Enter the code from your authenticator app.' },
  },
  mfa_enrolment_required: {
    it: {
      title: 'Attiva la verifica in due passaggi',
      detail:
        'Il tuo ruolo può accedere a dati particolari: attiva la verifica in due passaggi per continuare.',
    },
    en: {
      title: 'Enable two-factor sign-in',
      detail: 'Your role may access special-category data: enable two-factor sign-in to continue.',
    },
  },
  invalid_totp: {
    it: { title: 'Codice non valido', detail: 'Il codice non è corretto o è scaduto: usa quello attuale.' },
    en: { title: 'Invalid code', detail: 'The code is wrong or expired: use the current one.' },
  },
  csrf: {
    it: { title: 'Richiesta non verificata', detail: 'Ricarica la pagina e riprova (token CSRF mancante).' },
    en: { title: 'Unverified request', detail: 'Reload the page and try again (missing CSRF token).' },
  },
  forbidden: {
    it: { title: 'Operazione non consentita', detail: 'Il tuo ruolo non permette questa operazione.' },
    en: { title: 'Not allowed', detail: 'Your role does not allow this operation.' },
  },
  import_invalid: {
    it: {
      title: 'File non importabile',
      detail:
        'Il file contiene {count} errori: non è stato importato nulla. Correggi le righe indicate e riprova. Primo errore (riga, colonna): {first}',
    },
    en: {
      title: 'File cannot be imported',
      detail:
        'The file has {count} errors: nothing was imported. Correct the rows listed and try again. First error (row, column): {first}',
    },
  },
  not_found: {
    it: { title: 'Non trovato', detail: 'La risorsa richiesta non esiste o non è visibile per te.' },
    en: { title: 'Not found', detail: 'The resource does not exist or is not visible to you.' },
  },
  no_linked_person: {
    it: {
      title: 'Nessuna scheda collegata',
      detail:
        'Il tuo account non è collegato a una scheda della Banca Dati Lavoro: rivolgiti al tuo centro per l’impiego, che può inviarti un invito a collegarla.',
    },
    en: {
      title: 'No linked record',
      detail:
        'Your account is not linked to a record of the Banca Dati Lavoro: ask your employment centre, which can send you an invitation to link it.',
    },
  },
  conflict: {
    it: { title: 'Conflitto', detail: '{reason}' },
    en: { title: 'Conflict', detail: '{reason}' },
  },
  possible_duplicates: {
    it: {
      title: 'Possibili doppioni',
      detail:
        'Esistono già persone con lo stesso nome e data di nascita: controlla l’elenco; se si tratta davvero di una persona diversa, conferma e salva di nuovo.',
    },
    en: {
      title: 'Possible duplicates',
      detail:
        'People with the same name and birth date already exist: check the list; if this really is someone else, confirm and save again.',
    },
  },
  version_conflict: {
    it: {
      title: 'Modificato da un altro utente',
      detail: 'Qualcun altro ha modificato questi dati nel frattempo. Ricarica e riapplica le modifiche.',
    },
    en: {
      title: 'Changed by someone else',
      detail: 'Someone else changed this data meanwhile. Reload and apply your changes again.',
    },
  },
  person_merged: {
    it: {
      title: 'Scheda unita a un’altra',
      detail:
        'Questa scheda era un doppione ed è stata unita a un’altra: apri la scheda indicata in survivorId.',
    },
    en: {
      title: 'Record merged into another',
      detail:
        'This record was a duplicate and has been merged into another: open the record named in survivorId.',
    },
  },
  invalid_token: {
    it: { title: 'Link non valido', detail: 'Il link è scaduto o è già stato usato: richiedine uno nuovo.' },
    en: { title: 'Invalid link', detail: 'The link has expired or was already used: ask for a new one.' },
  },
  wrong_password: {
    it: { title: 'Password errata', detail: 'La password attuale non è corretta.' },
    en: { title: 'Wrong password', detail: 'The current password is not correct.' },
  },
  service_unavailable: {
    it: { title: 'Servizio non disponibile', detail: 'Il servizio si sta arrestando o avviando: riprova.' },
    en: { title: 'Service unavailable', detail: 'The service is stopping or starting: try again.' },
  },
  internal: {
    it: {
      title: 'Errore interno',
      detail: 'Si è verificato un errore imprevisto. Riferimento: {reference}.',
    },
    en: { title: 'Internal error', detail: 'An unexpected error occurred. Reference: {reference}.' },
  },
};

/** Why a request conflicts with the current state (AppError('conflict', { reason })). */
export const conflictTexts: Record<string, Record<Locale, string>> = {
  duplicate_person: {
    it: 'Questo codice fiscale è già registrato: {name}.',
    en: 'This codice fiscale is already registered: {name}.',
  },
  duplicate_person_elsewhere: {
    it: 'Questo codice fiscale è già registrato da un’organizzazione fuori dalla tua rete: chiedi al coordinatore.',
    en: 'This codice fiscale is already registered by an organisation outside your network: ask the coordinator.',
  },
  version_conflict_fields: {
    it: 'Nel frattempo {who} ha modificato: {fields}. Ricarica e riapplica le modifiche.',
    en: 'Meanwhile {who} changed: {fields}. Reload and apply your changes again.',
  },
  person_already_linked: {
    it: 'Questa scheda è già collegata a un account di un cittadino.',
    en: 'This record is already linked to a citizen’s account.',
  },
  account_already_linked: {
    it: 'Il tuo account è già collegato a una scheda: per cambiarla rivolgiti al tuo centro per l’impiego.',
    en: 'Your account is already linked to a record: to change it, ask your employment centre.',
  },
  own_membership: {
    it: 'Non puoi rimuovere la tua stessa appartenenza: chiedi a un altro coordinatore.',
    en: 'You cannot remove your own membership: ask another coordinator.',
  },
  totp_already_enabled: {
    it: 'La verifica in due passaggi è già attiva.',
    en: 'Two-factor sign-in is already enabled.',
  },
  no_totp_enrolment: {
    it: 'Nessuna attivazione in corso: ricomincia da «Attiva la verifica in due passaggi».',
    en: 'No enrolment in progress: start again from “Enable two-factor sign-in”.',
  },
  second_factor_not_pending: {
    it: 'Non è richiesto alcun codice per questa sessione.',
    en: 'No code is expected for this session.',
  },
  reset_own_two_factor: {
    it: 'Per la tua verifica in due passaggi usa la pagina «Il mio account».',
    en: 'For your own two-factor sign-in use the “My account” page.',
  },
  invitation_closed: {
    it: 'L’invito è già stato accettato o revocato.',
    en: 'The invitation was already accepted or revoked.',
  },
  duplicate_organisation: {
    it: 'Esiste già un’organizzazione «{name}» con codice fiscale {taxCode}.',
    en: 'An organisation “{name}” with codice fiscale {taxCode} already exists.',
  },
  own_organisation_network: {
    it: 'La tua organizzazione non può uscire dalla rete da qui: chiedilo a un amministratore.',
    en: 'Your own organisation cannot leave the network from here: ask an administrator.',
  },
};

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
