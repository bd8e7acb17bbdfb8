import { describe, expect, it } from 'vitest';
import { comuneIndex } from '../../people/import/validate.ts';
import { withVatCheckDigit } from '../domain/tax-codes.ts';
import { convertEmployerRow, parseLegalForm, suggestEmployerMapping } from './mapping.ts';

const comuni = comuneIndex([
  { code: '001078', name: 'Chieri', provinceAcr: 'TO', belfiore: 'C627' },
  { code: '001156', name: 'Moncalieri', provinceAcr: 'TO', belfiore: 'F335' },
]);
const columns = [
  'Ragione sociale',
  'Codice fiscale',
  'P.IVA',
  'Forma giuridica',
  'Codice ATECO',
  'N. dipendenti',
  'Tirocini',
  'Comune',
  'Referente',
  'Email referente',
];
const mapping = suggestEmployerMapping(columns);
const code = withVatCheckDigit('1700001001');

describe('employers import mapping', () => {
  it('suggests the columns from Italian headers', () => {
    expect(mapping).toMatchObject({
      name: 'Ragione sociale',
      taxCode: 'Codice fiscale',
      vatNumber: 'P.IVA',
      legalForm: 'Forma giuridica',
      atecoCode: 'Codice ATECO',
      employees: 'N. dipendenti',
      hostsInternships: 'Tirocini',
      comune: 'Comune',
      contactName: 'Referente',
      contactEmail: 'Email referente',
    });
  });

  it('reads legal forms written in words', () => {
    expect(parseLegalForm('S.r.l.')).toBe('srl');
    expect(parseLegalForm('Società cooperativa')).toBe('cooperativa');
    expect(parseLegalForm('Ditta individuale')).toBe('ditta_individuale');
    expect(parseLegalForm('boh')).toBeNull();
  });

  it('turns a good row into an employer with its headquarters and contact', () => {
    const cells = [
      'Forno Rossi S.n.c.',
      code,
      code,
      'snc',
      '107110',
      '8',
      'sì',
      'Chieri (TO)',
      'Anna Rossi',
      'anna@forno.example',
    ];
    const { value, issues } = convertEmployerRow({ row: 2, cells }, columns, mapping, comuni, '2007');
    expect(issues).toEqual([]);
    expect(value?.input).toMatchObject({
      name: 'Forno Rossi S.n.c.',
      legalForm: 'snc',
      atecoCode: '10.71.10',
      atecoVersion: '2007',
      employees: 8,
      hostsInternships: true,
      sites: [{ comuneCode: '001078', headquarters: true }],
      contacts: [{ name: 'Anna Rossi', email: 'anna@forno.example' }],
    });
  });

  it('names every bad cell of a row', () => {
    const cells = [
      '',
      '12345678901',
      '',
      'xyz',
      '45.20',
      'molti',
      'forse',
      'Atlantide',
      'Anna',
      'non-una-mail',
    ];
    const { value, issues } = convertEmployerRow({ row: 7, cells }, columns, mapping, comuni, '2025');
    expect(value).toBeNull();
    const found = issues.map((i) => `${i.row}:${i.field}:${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '7:legalForm:invalid_legal_form',
        '7:employees:invalid_number',
        '7:hostsInternships:invalid_yes_no',
        '7:comune:unknown_comune',
        '7:name:required',
        '7:contactEmail:invalid_format',
      ]),
    );
  });

  it('checks the tax code and the ATECO division once the cells are well formed', () => {
    const cells = ['Ditta', '12345678901', '', '', '45.20', '', '', 'Moncalieri', '', ''];
    const { issues } = convertEmployerRow({ row: 3, cells }, columns, mapping, comuni, '2025');
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'taxCode:invalid_tax_code',
      'atecoCode:ateco_division_unknown',
    ]);
  });
});
