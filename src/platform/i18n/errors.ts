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

import { fieldTexts } from './field-texts.ts';

export { fieldTexts };

/**
 * A module's own texts (src/modules/<module>/texts.ts calls this at import; its routes.ts imports that file), so
 * each capability keeps its error wording beside its code. A code defined twice is a mistake: it throws at start.
 */
export function registerTexts(texts: {
  errors?: Record<string, Record<Locale, Text>>;
  fields?: Record<string, Record<Locale, string>>;
  conflicts?: typeof conflictTexts;
}): void {
  const add = <T>(target: Record<string, T>, source: Record<string, T> | undefined) => {
    for (const [code, value] of Object.entries(source ?? {})) {
      if (code in target && target[code] !== value) throw new Error(`Text code defined twice: ${code}`);
      target[code] = value;
    }
  };
  add(errorTexts, texts.errors);
  add(fieldTexts, texts.fields);
  add(conflictTexts, texts.conflicts);
}
