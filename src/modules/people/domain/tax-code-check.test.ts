import { describe, expect, it } from 'vitest';
import { checkCharacterOf, decodeTaxCode, taxCodeMismatches, withoutOmocodia } from './tax-code-check.ts';

// RSSMRA85T10C627E: Mario Rossi, male, 10 Dec 1985, born in Chieri (C627) — computed with codice-fiscale-js.
const mario = {
  familyName: 'Rossi',
  givenName: 'Mario',
  sex: 'M' as const,
  birthDate: '1985-12-10',
  birthplaceCode: 'C627',
};

describe('codice fiscale consistency', () => {
  it('accepts a code consistent with the declared identity', () => {
    expect(taxCodeMismatches('RSSMRA85T10C627E', mario)).toEqual([]);
    expect(taxCodeMismatches(' rssmra85t10c627e ', mario)).toEqual([]);
  });
  it('names the wrong part', () => {
    expect(taxCodeMismatches('RSSMRA85T10C627X', mario)).toEqual(['check_character']);
    expect(taxCodeMismatches('RSSMRA85T10', mario)).toEqual(['format']);
    expect(taxCodeMismatches('RSSMRA85T10C627E', { ...mario, familyName: 'Bianchi' })).toEqual(['surname']);
    expect(taxCodeMismatches('RSSMRA85T10C627E', { ...mario, givenName: 'Luca' })).toEqual(['name']);
    expect(taxCodeMismatches('RSSMRA85T10C627E', { ...mario, birthDate: '1985-12-11' })).toEqual([
      'birth_date',
    ]);
    expect(taxCodeMismatches('RSSMRA85T10C627E', { ...mario, sex: 'F' })).toEqual(['sex']);
    expect(taxCodeMismatches('RSSMRA85T10C627E', { ...mario, birthplaceCode: 'L219' })).toEqual([
      'birthplace',
    ]);
  });
  it('understands omocodia', () => {
    expect(withoutOmocodia('RSSMRA85T1LC627E')).toBe('RSSMRA85T10C627E');
    // An omocode (letters for digits, its own check character) of the same person is consistent too.
    const omocode = `RSSMRA85T1LC627${checkCharacterOf('RSSMRA85T1LC627')}`;
    expect(taxCodeMismatches(omocode, mario)).toEqual([]);
  });
  it('decodes sex, birth date and birthplace', () => {
    expect(decodeTaxCode('RSSMRA85T10C627E')).toEqual({
      sex: 'M',
      birthDate: '1985-12-10',
      birthplaceCode: 'C627',
    });
    expect(decodeTaxCode('RSSMRA85T10C627X')).toBeNull();
  });
});
