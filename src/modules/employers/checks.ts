// What zod cannot check on an employer: the codice fiscale and partita IVA check digits, the ATECO code against its
// version, the comuni of the sites. One pure part (also used by the import, row by row) and one that reads comuni.
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { FieldError } from '../../platform/http/errors.ts';
import { comuni } from '../network/db.ts';
import type { EmployerFields, SiteInput } from './contract.ts';
import { atecoProblem, atecoSection, normaliseAteco } from './domain/ateco.ts';
import { employerTaxCodeProblem, vatNumberProblem } from './domain/tax-codes.ts';

type Checked = Pick<EmployerFields, 'taxCode' | 'vatNumber' | 'atecoCode' | 'atecoVersion'>;

/** Field errors of the identifiers and the ATECO code (pure). */
export function employerFieldProblems(input: Checked): FieldError[] {
  const fields: FieldError[] = [];
  const taxProblem = employerTaxCodeProblem(input.taxCode);
  if (taxProblem) fields.push({ field: 'taxCode', code: taxProblem });
  if (input.vatNumber) {
    const vatProblem = vatNumberProblem(input.vatNumber);
    if (vatProblem) fields.push({ field: 'vatNumber', code: vatProblem });
  }
  if (input.atecoCode) {
    if (!input.atecoVersion) fields.push({ field: 'atecoVersion', code: 'ateco_version_required' });
    else {
      const problem = atecoProblem(normaliseAteco(input.atecoCode), input.atecoVersion);
      if (problem === 'format') fields.push({ field: 'atecoCode', code: 'invalid_ateco' });
      if (problem === 'division')
        fields.push({
          field: 'atecoCode',
          code: 'ateco_division_unknown',
          params: { division: input.atecoCode.slice(0, 2), version: input.atecoVersion },
        });
    }
  }
  return fields;
}

/** The stored ATECO columns: the code normalised, its version and its section (null when no code). */
export function atecoColumns(input: Pick<EmployerFields, 'atecoCode' | 'atecoVersion'>) {
  if (!input.atecoCode || !input.atecoVersion)
    return { atecoCode: null, atecoVersion: null, atecoSection: null };
  const code = normaliseAteco(input.atecoCode);
  return {
    atecoCode: code,
    atecoVersion: input.atecoVersion,
    atecoSection: atecoSection(code, input.atecoVersion),
  };
}

/** Sites whose comune is unknown, named by their position (sites.0.comuneCode). */
export async function siteProblems(
  tx: Tx,
  sites: Pick<SiteInput, 'comuneCode'>[],
  prefix = 'sites',
): Promise<FieldError[]> {
  if (sites.length === 0) return [];
  const codes = [...new Set(sites.map((s) => s.comuneCode))];
  const known = new Set(
    (await tx.select({ code: comuni.code }).from(comuni).where(inArray(comuni.code, codes))).map(
      (c) => c.code,
    ),
  );
  return sites.flatMap((s, i) =>
    known.has(s.comuneCode)
      ? []
      : [{ field: prefix ? `${prefix}.${i}.comuneCode` : 'comuneCode', code: 'unknown_comune' }],
  );
}
