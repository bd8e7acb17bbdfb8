import { describe, expect, it } from 'vitest';
import {
  isValidNumericTaxCode,
  isValidOrganisationTaxCode,
  isValidVatNumber,
  normaliseTaxCode,
  vatCheckDigit,
} from './tax-codes.ts';

describe('partita IVA and numeric codice fiscale', () => {
  it('accepts numbers whose check digit is right', () => {
    // 0051449001 → check digit 0 (a well-formed public-body style number)
    const base = '0051449001';
    const full = base + vatCheckDigit(base);
    expect(isValidVatNumber(full)).toBe(true);
    expect(isValidNumericTaxCode(full)).toBe(true);
  });
  it('refuses a wrong check digit, wrong length, letters and all zeros', () => {
    const base = '1234567001';
    const good = base + vatCheckDigit(base);
    const bad = base + ((vatCheckDigit(base) + 1) % 10);
    expect(isValidVatNumber(good)).toBe(true);
    expect(isValidVatNumber(bad)).toBe(false);
    expect(isValidVatNumber('123')).toBe(false);
    expect(isValidVatNumber('1234567A012')).toBe(false);
    expect(isValidVatNumber('00000000000')).toBe(false);
  });
  it('refuses a VAT number with an impossible provincial office code', () => {
    const base = '1234567500';
    expect(isValidVatNumber(base + vatCheckDigit(base))).toBe(false);
    // …which is still a valid numeric codice fiscale (associations start with 9 and have other office digits)
    expect(isValidNumericTaxCode(base + vatCheckDigit(base))).toBe(true);
  });
});

describe('organisation codice fiscale', () => {
  it('accepts a sole trader personal code checked by the library', () => {
    expect(isValidOrganisationTaxCode('RSSMRA85T10C627E')).toBe(true);
    expect(isValidOrganisationTaxCode('RSSMRA85T10C627X')).toBe(false);
  });
  it('normalises spaces and case', () => {
    expect(normaliseTaxCode(' rssmra85t10 c627e ')).toBe('RSSMRA85T10C627E');
  });
});
