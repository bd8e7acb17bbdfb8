// Which spreadsheet column feeds which field of the person record, suggested from the header names (Italian or
// English, as offices write them), and the conversions of Italian cell values into the API's values. Pure.
import { employmentStatuses, type incomeSupportKinds } from '../contract.ts';

/** Import targets: the person fields of personInput; comuni by ISTAT code or by name (+ province). */
export const importTargets = [
  'taxCode',
  'givenName',
  'familyName',
  'sex',
  'birthDate',
  'birthComune',
  'birthProvince',
  'birthCountry',
  'citizenship',
  'residenceComune',
  'residenceProvince',
  'address',
  'postcode',
  'email',
  'phone',
  'employmentStatus',
  'didDate',
  'unemployedSince',
  'incomeSupport',
  'availableFrom',
  'maxCommuteKm',
  'ownVehicle',
] as const;
export type ImportTarget = (typeof importTargets)[number];
/** target → header name of the column that feeds it. */
export type ColumnMapping = Partial<Record<ImportTarget, string>>;

export const requiredTargets: ImportTarget[] = [
  'taxCode',
  'givenName',
  'familyName',
  'sex',
  'birthDate',
  'residenceComune',
  'employmentStatus',
];

/** Lower case, no accents, no punctuation: "Data di nascita " → "data di nascita". */
export function headerKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Header names seen in practice (already in headerKey form). Exact matches first, then "contains" patterns.
const synonyms: Record<ImportTarget, string[]> = {
  taxCode: [
    'codice fiscale',
    'cf',
    'c f',
    'cod fiscale',
    'codicefiscale',
    'tax code',
    'fiscal code',
    'tax id',
  ],
  givenName: ['nome', 'nomi', 'first name', 'given name', 'firstname', 'name'],
  familyName: ['cognome', 'cognomi', 'last name', 'family name', 'surname', 'lastname'],
  sex: ['sesso', 'genere', 'sex', 'gender', 'm f'],
  birthDate: [
    'data di nascita',
    'data nascita',
    'nato il',
    'nata il',
    'date of birth',
    'birth date',
    'birthdate',
    'dob',
  ],
  birthComune: [
    'comune di nascita',
    'comune nascita',
    'luogo di nascita',
    'luogo nascita',
    'nato a',
    'codice istat comune di nascita',
    'istat nascita',
    'place of birth',
    'birth place',
    'birthplace',
  ],
  birthProvince: [
    'provincia di nascita',
    'prov nascita',
    'provincia nascita',
    'pr nascita',
    'birth province',
  ],
  birthCountry: [
    'stato di nascita',
    'paese di nascita',
    'nazione di nascita',
    'country of birth',
    'birth country',
  ],
  citizenship: ['cittadinanza', 'nazionalita', 'citizenship', 'nationality'],
  residenceComune: [
    'comune di residenza',
    'comune residenza',
    'residenza',
    'comune',
    'citta',
    'codice istat comune di residenza',
    'istat residenza',
    'comune of residence',
    'city',
    'town',
    'residence',
  ],
  residenceProvince: ['provincia di residenza', 'provincia residenza', 'provincia', 'prov', 'pr', 'province'],
  address: ['indirizzo', 'indirizzo di residenza', 'via', 'address', 'street'],
  postcode: ['cap', 'c a p', 'codice postale', 'postcode', 'postal code', 'zip', 'zip code'],
  email: ['e mail', 'email', 'mail', 'posta elettronica', 'indirizzo email', 'indirizzo e mail'],
  phone: [
    'telefono',
    'tel',
    'cellulare',
    'cell',
    'recapito telefonico',
    'numero di telefono',
    'phone',
    'mobile',
    'telephone',
  ],
  employmentStatus: [
    'stato occupazionale',
    'condizione occupazionale',
    'stato',
    'condizione',
    'employment status',
    'status',
  ],
  didDate: [
    'data did',
    'did',
    'data dichiarazione di immediata disponibilita',
    'data disponibilita',
    'did date',
  ],
  unemployedSince: [
    'disoccupato dal',
    'disoccupata dal',
    'data disoccupazione',
    'inizio disoccupazione',
    'unemployed since',
  ],
  incomeSupport: [
    'sostegno al reddito',
    'sostegni al reddito',
    'ammortizzatori',
    'ammortizzatori sociali',
    'percettore',
    'income support',
    'benefits',
  ],
  availableFrom: ['disponibile dal', 'disponibilita dal', 'available from'],
  maxCommuteKm: ['km', 'distanza massima', 'distanza max km', 'km massimi', 'max commute km', 'max km'],
  ownVehicle: ['automunito', 'automunita', 'auto propria', 'mezzo proprio', 'own vehicle', 'car'],
};

/** The suggested mapping: each header goes to the first target whose synonym it equals (then: contains). */
export function suggestMapping(columns: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const keys = columns.map(headerKey);
  const assign = (match: (key: string, synonym: string) => boolean) => {
    for (const target of importTargets) {
      if (mapping[target]) continue;
      for (const synonym of synonyms[target]) {
        const i = keys.findIndex((k, idx) => !used.has(columns[idx]!) && match(k, synonym));
        if (i >= 0) {
          mapping[target] = columns[i]!;
          used.add(columns[i]!);
          break;
        }
      }
    }
  };
  assign((k, s) => k === s);
  // Looser: the header contains a multi-word synonym ("Comune di residenza (ISTAT)").
  assign((k, s) => s.includes(' ') && s.length > 4 && k.includes(s));
  return mapping;
}

// --- Value conversions ------------------------------------------------------------------------------------------
export type Converted<T> = { ok: true; value: T } | { ok: false; code: string };
const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const fail = (code: string): Converted<never> => ({ ok: false, code });

const pad = (n: number) => String(n).padStart(2, '0');
const validDate = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return (
    dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900 && y <= 2200
  );
};

/** dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy, two-digit years), yyyy-mm-dd (with a time part), Excel serials. */
export function parseItalianDate(raw: string): Converted<string> {
  const value = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : fail('invalid_date');
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+[\d:.]+)?$/.exec(value);
  if (m) {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    let y = Number(m[3]);
    if (m[3]!.length === 2) {
      // Two-digit years: the most recent century that is not in the future.
      const now = new Date().getUTCFullYear();
      y = 2000 + y > now ? 1900 + y : 2000 + y;
    }
    return validDate(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : fail('invalid_date');
  }
  // Excel serial day numbers (1900 system; 25569 = 1970-01-01), when a date column is not formatted as a date.
  if (/^\d{4,5}(\.\d+)?$/.test(value)) {
    const serial = Math.floor(Number(value));
    if (serial > 60 && serial < 120_000) {
      const dt = new Date((serial - 25569) * 86_400_000);
      return ok(`${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`);
    }
  }
  return fail('invalid_date');
}

export function parseSex(raw: string): Converted<'M' | 'F'> {
  const k = headerKey(raw);
  if (['m', 'maschio', 'maschile', 'uomo', 'male', 'man'].includes(k)) return ok('M');
  if (['f', 'femmina', 'femminile', 'donna', 'female', 'woman'].includes(k)) return ok('F');
  return fail('invalid_sex');
}

export function parseYesNo(raw: string): Converted<boolean> {
  const k = headerKey(raw);
  if (['si', 's', 'x', '1', 'true', 'vero', 'yes', 'y'].includes(k)) return ok(true);
  if (['no', 'n', '0', 'false', 'falso'].includes(k)) return ok(false);
  return fail('invalid_yes_no');
}

const statusWords: [string[], (typeof employmentStatuses)[number]][] = [
  [
    [
      'disoccupato',
      'disoccupata',
      'disoccupati',
      'disoccupato a',
      'unemployed',
      'non occupato',
      'non occupata',
    ],
    'unemployed',
  ],
  [
    [
      'inoccupato',
      'inoccupata',
      'in cerca di prima occupazione',
      'mai occupato',
      'mai occupata',
      'never employed',
      'prima occupazione',
    ],
    'never_employed',
  ],
  [['occupato', 'occupata', 'employed', 'lavoratore', 'lavoratrice'], 'employed'],
  [
    [
      'occupato in cerca',
      'occupata in cerca',
      'occupato in cerca di altra occupazione',
      'occupata in cerca di altra occupazione',
      'employed seeking',
    ],
    'employed_seeking',
  ],
  [['studente', 'studentessa', 'student', 'in formazione'], 'student'],
  [
    [
      'cassa integrazione',
      'cassaintegrato',
      'cassaintegrata',
      'in cassa integrazione',
      'cig',
      'redundancy fund',
    ],
    'redundancy_fund',
  ],
];

/** API codes as they are, or the Italian/English words offices use. */
export function parseEmploymentStatus(raw: string): Converted<(typeof employmentStatuses)[number]> {
  const code = raw.trim().toLowerCase();
  if ((employmentStatuses as readonly string[]).includes(code))
    return ok(code as (typeof employmentStatuses)[number]);
  const k = headerKey(raw);
  for (const [words, status] of statusWords) if (words.includes(k)) return ok(status);
  return fail('invalid_employment_status');
}

const supportWords: Record<string, (typeof incomeSupportKinds)[number]> = {
  naspi: 'naspi',
  'dis coll': 'dis_coll',
  discoll: 'dis_coll',
  dis_coll: 'dis_coll',
  adi: 'adi',
  'assegno di inclusione': 'adi',
  sfl: 'sfl',
  'supporto formazione e lavoro': 'sfl',
  'supporto per la formazione e il lavoro': 'sfl',
  cigo: 'cigo',
  'cassa integrazione ordinaria': 'cigo',
  cigs: 'cigs',
  'cassa integrazione straordinaria': 'cigs',
  rdc: 'rdc',
  'reddito di cittadinanza': 'rdc',
};

/** A list separated by `,` `;` `/` `|` or "e": "NASpI, ADI" → ['naspi', 'adi']; "no"/"nessuno" → []. */
export function parseIncomeSupport(raw: string): Converted<(typeof incomeSupportKinds)[number][]> {
  const parts = raw
    .split(/[,;/|+]| e /i)
    .map((p) => headerKey(p))
    .filter(Boolean);
  if (parts.length === 1 && ['no', 'nessuno', 'nessuna', 'none'].includes(parts[0]!)) return ok([]);
  const out: (typeof incomeSupportKinds)[number][] = [];
  for (const p of parts) {
    const kind = supportWords[p] ?? supportWords[p.replace(/ /g, '_')];
    if (!kind) return fail('invalid_income_support');
    if (!out.includes(kind)) out.push(kind);
  }
  return ok(out);
}

export function parseInteger(raw: string): Converted<number> {
  const v = raw
    .trim()
    .replace(/\s*km$/i, '')
    .replace(',', '.');
  const n = Number(v);
  return v !== '' && Number.isFinite(n) ? ok(Math.round(n)) : fail('invalid_number');
}

/** Countries: ISO alpha-2 as given, and the few names most often written in full. */
export function parseCountry(raw: string): Converted<string> {
  const v = raw.trim();
  if (/^[A-Za-z]{2}$/.test(v)) return ok(v.toUpperCase());
  const named: Record<string, string> = { italia: 'IT', italy: 'IT', italiana: 'IT', italiano: 'IT' };
  const code = named[headerKey(v)];
  return code ? ok(code) : fail('invalid_country');
}

/** A comune cell: a 6-digit ISTAT code (leading zeros lost by Excel restored), or a name, maybe "Chieri (TO)". */
export function parseComuneCell(raw: string): { code: string } | { name: string; province: string | null } {
  const v = raw.trim();
  if (/^\d{4,6}$/.test(v)) return { code: v.padStart(6, '0') };
  const m = /^(.*?)\s*\(([A-Za-z]{2})\)$/.exec(v);
  if (m) return { name: m[1]!, province: m[2]!.toUpperCase() };
  return { name: v, province: null };
}

/** Key to compare comune names: accents, apostrophes, hyphens and case do not matter. */
export const comuneKey = (name: string) => headerKey(name.replace(/[’']/g, ' '));
