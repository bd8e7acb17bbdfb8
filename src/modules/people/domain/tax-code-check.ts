// Checks a person's codice fiscale against what was declared, part by part, so that the error says WHICH part is
// wrong (surname, name, birth date, sex, birthplace, check character). The kept library codice-fiscale-js computes
// the check character and the name/surname/date codes; this file only compares, handling omocodia (digits
// replaced by letters when two people would share the same code).
import type CodiceFiscaleClass from 'codice-fiscale-js';
import * as cfModule from 'codice-fiscale-js';

type CfModule = {
  CodiceFiscale?: typeof CodiceFiscaleClass;
  default?: { CodiceFiscale?: typeof CodiceFiscaleClass };
};
const CodiceFiscale = ((cfModule as unknown as CfModule).CodiceFiscale ??
  (cfModule as unknown as CfModule).default?.CodiceFiscale ??
  (cfModule as unknown as { default: typeof CodiceFiscaleClass }).default) as typeof CodiceFiscaleClass;

export type TaxCodePart =
  | 'format'
  | 'check_character'
  | 'surname'
  | 'name'
  | 'birth_date'
  | 'sex'
  | 'birthplace';

export type DeclaredIdentity = {
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string; // YYYY-MM-DD
  /** Cadastral (Belfiore) code of the birth comune, or the Z-code of the foreign country of birth. */
  birthplaceCode: string | null;
};

const FORMAT = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const OMOCODE_LETTERS = 'LMNPQRSTUV';
/** Positions that hold digits, where omocodia may put letters. */
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

/** The code with omocodia letters turned back into digits (check character excluded from the comparison). */
export function withoutOmocodia(cf: string): string {
  const chars = cf.split('');
  for (const p of DIGIT_POSITIONS) {
    const i = OMOCODE_LETTERS.indexOf(chars[p]!);
    if (i >= 0) chars[p] = String(i);
  }
  return chars.join('');
}

/** The check character of the first 15 characters (computed by the library). */
export function checkCharacterOf(first15: string): string {
  return CodiceFiscale.getCheckCode(first15);
}

export function normalisePersonalTaxCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The parts of `cf` that do not match the declared identity (empty when all is consistent). */
export function taxCodeMismatches(rawCf: string, declared: DeclaredIdentity): TaxCodePart[] {
  const cf = normalisePersonalTaxCode(rawCf);
  if (!FORMAT.test(cf)) return ['format'];
  if (!CodiceFiscale.check(cf)) return ['check_character'];
  const base = withoutOmocodia(cf);
  const wrong: TaxCodePart[] = [];
  if (base.slice(0, 3) !== CodiceFiscale.surnameCode(declared.familyName)) wrong.push('surname');
  if (base.slice(3, 6) !== CodiceFiscale.nameCode(declared.givenName)) wrong.push('name');
  const [y, m, d] = declared.birthDate.split('-').map(Number) as [number, number, number];
  const expectedDate = CodiceFiscale.dateCode(d, m, y, declared.sex);
  const expectedOtherSex = CodiceFiscale.dateCode(d, m, y, declared.sex === 'M' ? 'F' : 'M');
  const actualDate = base.slice(6, 11);
  if (actualDate !== expectedDate) wrong.push(actualDate === expectedOtherSex ? 'sex' : 'birth_date');
  if (declared.birthplaceCode && base.slice(11, 15) !== declared.birthplaceCode.toUpperCase())
    wrong.push('birthplace');
  return wrong;
}

/** What a codice fiscale says about its holder, for pre-filling forms. */
export function decodeTaxCode(
  rawCf: string,
): { sex: 'M' | 'F'; birthDate: string; birthplaceCode: string } | null {
  const cf = normalisePersonalTaxCode(rawCf);
  if (!FORMAT.test(cf) || !CodiceFiscale.check(cf)) return null;
  const base = withoutOmocodia(cf);
  const yy = Number(base.slice(6, 8));
  const month = 'ABCDEHLMPRST'.indexOf(base[8]!) + 1;
  let day = Number(base.slice(9, 11));
  const sex = day > 40 ? 'F' : 'M';
  if (day > 40) day -= 40;
  // Two-digit years: assume the most recent century that is not in the future.
  const now = new Date().getUTCFullYear();
  const year = 2000 + yy > now ? 1900 + yy : 2000 + yy;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { sex, birthDate: `${year}-${pad(month)}-${pad(day)}`, birthplaceCode: base.slice(11, 15) };
}
