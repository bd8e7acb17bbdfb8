// Spreadsheets of people for the import tests and the timing script: valid codici fiscali computed by the kept
// library, Italian headers, `;` delimiter, dd/mm/yyyy dates — as a municipal office exports them.
import type CodiceFiscaleClass from 'codice-fiscale-js';
import * as cfModule from 'codice-fiscale-js';

type CfModule = {
  CodiceFiscale?: typeof CodiceFiscaleClass;
  default?: { CodiceFiscale?: typeof CodiceFiscaleClass };
};
const CodiceFiscale = ((cfModule as unknown as CfModule).CodiceFiscale ??
  (cfModule as unknown as CfModule).default?.CodiceFiscale) as typeof CodiceFiscaleClass;

export const importHeaders = [
  'Codice fiscale',
  'Cognome',
  'Nome',
  'Sesso',
  'Data di nascita',
  'Comune di nascita',
  'Comune di residenza',
  'Indirizzo',
  'CAP',
  'Telefono',
  'E-mail',
  'Stato occupazionale',
  'Data DID',
  'Sostegno al reddito',
  'Automunito',
] as const;

const familyNames = [
  'Quaglia',
  'Zanetti',
  'Vottero',
  'Gribaudo',
  'Chiabrando',
  'Ughetto',
  'Perotto',
  'Bergesio',
];
const givenNames = ['Ottavio', 'Ilaria', 'Walter', 'Noemi', 'Ugo', 'Flavia', 'Teodoro', 'Wanda'];
const residences = ['Chieri', 'Torino', '001164', 'Moncalieri (TO)', 'Pecetto Torinese'];
const statuses = ['disoccupato', 'inoccupato', 'occupato', 'studente', 'Occupato in cerca'];
const pad = (n: number) => String(n).padStart(2, '0');

export type ImportPerson = Record<(typeof importHeaders)[number], string>;

/** Person `i` of a series (`seed` shifts the birth dates so that two series never share a codice fiscale). */
export function importPerson(i: number, seed = 0): ImportPerson {
  const familyName = familyNames[i % familyNames.length]!;
  const givenName = givenNames[Math.floor(i / familyNames.length) % givenNames.length]!;
  const sex = i % 2 === 0 ? 'M' : 'F';
  // 64 name combinations per day: (combination, day) makes the codice fiscale unique up to ~300,000 people.
  const combos = familyNames.length * givenNames.length;
  const birth = new Date(Date.UTC(1940, 0, 1) + (Math.floor(i / combos) + seed * 5000) * 86_400_000);
  const [y, m, d] = [birth.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate()];
  const taxCode = CodiceFiscale.compute({
    name: givenName,
    surname: familyName,
    gender: sex,
    day: d,
    month: m,
    year: y,
    birthplace: 'Chieri',
    birthplaceProvincia: 'TO',
  });
  return {
    'Codice fiscale': taxCode,
    Cognome: familyName,
    Nome: givenName,
    Sesso: sex === 'M' ? 'M' : 'femmina',
    'Data di nascita': `${pad(d)}/${pad(m)}/${y}`,
    'Comune di nascita': 'Chieri',
    'Comune di residenza': residences[i % residences.length]!,
    Indirizzo: `Via Roma ${1 + (i % 200)}`,
    CAP: '10023',
    Telefono: `011 555 ${String(i % 10_000).padStart(4, '0')}`,
    'E-mail': `persona${i}.${seed}@posta.example`,
    'Stato occupazionale': statuses[i % statuses.length]!,
    'Data DID': i % 3 === 0 ? '01/03/2024' : '',
    'Sostegno al reddito': i % 4 === 0 ? 'NASpI' : '',
    Automunito: i % 2 === 0 ? 'sì' : 'no',
  };
}

export function importCsv(persons: ImportPerson[], delimiter = ';'): string {
  const line = (cells: readonly string[]) =>
    cells.map((c) => (c.includes(delimiter) ? `"${c}"` : c)).join(delimiter);
  return `${[line(importHeaders), ...persons.map((p) => line(importHeaders.map((h) => p[h])))].join('\r\n')}\r\n`;
}

export function importSeries(count: number, seed = 0): ImportPerson[] {
  return Array.from({ length: count }, (_, i) => importPerson(i, seed));
}
