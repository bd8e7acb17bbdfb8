// The employer's identifiers: codice fiscale (11 digits with the partita IVA check digit for companies, or the
// owner's 16-character personal code for sole traders) and partita IVA (11 digits, same check digit, valid office
// code). The algorithms live in the network module (organisations have the same identifiers); this file names
// what is wrong for a field error and offers the check digit to whoever builds codes (the demo, tests).
import {
  isValidNumericTaxCode,
  isValidPersonalTaxCode,
  isValidVatNumber,
  normaliseTaxCode,
  vatCheckDigit,
} from '../../network/domain/tax-codes.ts';

export { isValidVatNumber, normaliseTaxCode, vatCheckDigit };

/** The 11-digit partita IVA whose first ten digits are given (check digit appended). */
export const withVatCheckDigit = (first10: string) => `${first10}${vatCheckDigit(first10)}`;

/** A company's codice fiscale: 11 digits (legal entity) or the 16 characters of a sole trader's personal code. */
export function isValidEmployerTaxCode(value: string): boolean {
  if (/^\d{11}$/.test(value)) return isValidNumericTaxCode(value);
  return value.length === 16 && isValidPersonalTaxCode(value);
}

/** The field error code for a codice fiscale, or null when it is valid. */
export function employerTaxCodeProblem(value: string): 'invalid_tax_code' | null {
  return isValidEmployerTaxCode(value) ? null : 'invalid_tax_code';
}

/** The field error code for a partita IVA, or null when it is valid. */
export function vatNumberProblem(value: string): 'invalid_vat_number' | null {
  return isValidVatNumber(value) ? null : 'invalid_vat_number';
}
