// Italian tax identifiers of organisations. A legal entity's codice fiscale is 11 digits with the same check
// digit as the partita IVA; a sole trader's codice fiscale is the owner's 16-character personal code, checked
// (check character, date, birthplace) by the kept library codice-fiscale-js.
import type CodiceFiscaleClass from 'codice-fiscale-js';
import * as cfModule from 'codice-fiscale-js';

// The package is CommonJS exporting `{ CodiceFiscale }` while its types declare a default export; this finds the
// class under Node and under Vite alike.
type CfModule = {
  CodiceFiscale?: typeof CodiceFiscaleClass;
  default?: { CodiceFiscale?: typeof CodiceFiscaleClass };
};
const CodiceFiscale = ((cfModule as unknown as CfModule).CodiceFiscale ??
  (cfModule as unknown as CfModule).default?.CodiceFiscale ??
  (cfModule as unknown as { default: typeof CodiceFiscaleClass }).default) as typeof CodiceFiscaleClass;

/** Check digit of an 11-digit partita IVA / numeric codice fiscale (Agenzia delle Entrate algorithm). */
export function vatCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = first10.charCodeAt(i) - 48;
    if (i % 2 === 0) sum += d;
    else sum += d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidVatNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value) || value === '00000000000') return false;
  // Digits 8–10 are the provincial office code: 001–100, or 120, 121, 888, 999.
  const office = Number(value.slice(7, 10));
  if (!((office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office))) return false;
  return vatCheckDigit(value.slice(0, 10)) === Number(value[10]);
}

export function isValidPersonalTaxCode(value: string): boolean {
  return /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(value)
    ? CodiceFiscale.check(value)
    : false;
}

/** An organisation's codice fiscale: 11 digits (legal entity) or 16 characters (sole trader). */
export function isValidOrganisationTaxCode(value: string): boolean {
  return value.length === 11 ? isValidNumericTaxCode(value) : isValidPersonalTaxCode(value);
}

/** Numeric codice fiscale of a legal entity: same check digit as the partita IVA, but also 8/9 prefixes
 *  (associations, public bodies) whose office digits do not follow the VAT rule. */
export function isValidNumericTaxCode(value: string): boolean {
  if (!/^\d{11}$/.test(value) || value === '00000000000') return false;
  return vatCheckDigit(value.slice(0, 10)) === Number(value[10]);
}

export function normaliseTaxCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
