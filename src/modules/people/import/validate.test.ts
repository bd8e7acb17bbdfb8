import { describe, expect, it } from 'vitest';
import { fieldTexts } from '../../../platform/i18n/errors.ts';
import { suggestMapping } from './mapping.ts';
import { columnIndexes, comuneIndex, convertRow } from './validate.ts';

const comuni = comuneIndex([
  { code: '001078', name: 'Chieri', provinceAcr: 'TO', belfiore: 'C627' },
  { code: '001272', name: 'Torino', provinceAcr: 'TO', belfiore: 'L219' },
  { code: '001255', name: 'Samone', provinceAcr: 'TO', belfiore: 'H862' },
  { code: '022165', name: 'Samone', provinceAcr: 'TN', belfiore: 'H754' },
]);
const columns = [
  'CF',
  'Cognome',
  'Nome',
  'Sesso',
  'Data di nascita',
  'Comune di nascita',
  'Comune di residenza',
  'Stato',
  'Automunito',
];
const indexes = columnIndexes(columns, suggestMapping(columns));
// ESPOSITO GIOVANNI, M, 14/05/1968, Chieri
const good = [
  'SPSGNN68E14C627A',
  'Esposito',
  'Giovanni',
  'M',
  '14/05/1968',
  'Chieri',
  '001078',
  'disoccupato',
  'sì',
];
const run = (cells: string[]) =>
  convertRow({ row: 7, cells }, columns, indexes, comuni, '2026-01-01', (c) => c in fieldTexts);

describe('row conversion and validation', () => {
  it('turns a valid row into a person input', () => {
    const { value, issues } = run(good);
    expect(issues).toEqual([]);
    expect(value?.person).toMatchObject({
      taxCode: 'SPSGNN68E14C627A',
      familyName: 'Esposito',
      sex: 'M',
      birthDate: '1968-05-14',
      birthComuneCode: '001078',
      residenceComuneCode: '001078',
      employmentStatus: 'unemployed',
      ownVehicle: true,
      birthCountry: 'IT',
    });
    expect(value?.residenceComuneName).toBe('Chieri');
  });

  it('names the cell and the reason of each problem', () => {
    const { value, issues } = run([
      good[0]!,
      'Esposito',
      'Giovanni',
      'M',
      '15/05/1968',
      'Chieri',
      'Atlantide',
      'boh',
      'x',
    ]);
    expect(value).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        row: 7,
        column: 'Stato',
        field: 'employmentStatus',
        code: 'invalid_employment_status',
      }),
      expect.objectContaining({ row: 7, column: 'Comune di residenza', code: 'unknown_comune' }),
    ]);
    const wrongDate = run([...good.slice(0, 4), '15/05/1968', ...good.slice(5)]);
    expect(wrongDate.issues).toEqual([
      expect.objectContaining({ column: 'CF', field: 'taxCode', code: 'tax_code_birth_date' }),
    ]);
  });

  it('asks for the province when a comune name is ambiguous', () => {
    expect(run([...good.slice(0, 6), 'Samone', ...good.slice(7)]).issues[0]?.code).toBe('ambiguous_comune');
    expect(
      run([...good.slice(0, 6), 'Samone (TN)', ...good.slice(7)]).value?.person.residenceComuneCode,
    ).toBe('022165');
  });

  it('reports missing required values with the zod rules of personInput', () => {
    const { issues } = run([
      good[0]!,
      'Esposito',
      '',
      'M',
      '14/05/1968',
      'Chieri',
      'Torino',
      'disoccupato',
      '',
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ field: 'givenName', column: 'Nome', code: 'required' }),
    ]);
  });
});
