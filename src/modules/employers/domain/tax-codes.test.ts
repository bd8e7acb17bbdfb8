import { describe, expect, it } from 'vitest';
import {
  employerTaxCodeProblem,
  isValidEmployerTaxCode,
  isValidVatNumber,
  vatNumberProblem,
  withVatCheckDigit,
} from './tax-codes.ts';

describe('employer tax codes', () => {
  it('computes the partita IVA check digit', () => {
    // 0123456789 → the check digit of the Agenzia delle Entrate algorithm is 7
    expect(withVatCheckDigit('0123456789')).toBe('01234567897');
    expect(withVatCheckDigit('1299901001')).toBe('12999010015');
  });

  it('accepts an 11-digit codice fiscale with the right check digit', () => {
    expect(isValidEmployerTaxCode('12999010015')).toBe(true);
    expect(isValidEmployerTaxCode('12999010016')).toBe(false);
    expect(employerTaxCodeProblem('12999010016')).toBe('invalid_tax_code');
  });

  it('accepts numeric codes of associations (8/9 prefix) whose office digits are not a VAT office', () => {
    const code = withVatCheckDigit('9700000000');
    expect(isValidEmployerTaxCode(code)).toBe(true);
    expect(isValidVatNumber(code)).toBe(false);
  });

  it('accepts a sole trader personal codice fiscale and refuses a wrong check character', () => {
    expect(isValidEmployerTaxCode('RSSMRA85T10A562S')).toBe(true);
    expect(isValidEmployerTaxCode('RSSMRA85T10A562T')).toBe(false);
  });

  it('refuses other lengths and characters', () => {
    for (const v of ['', '1234567890', '123456789012', 'ABCDEFGHIJK'])
      expect(isValidEmployerTaxCode(v)).toBe(false);
  });

  it('checks the partita IVA office code', () => {
    expect(vatNumberProblem('12999010015')).toBeNull();
    // office 500 does not exist
    expect(vatNumberProblem(withVatCheckDigit('1234567500'))).toBe('invalid_vat_number');
  });
});
