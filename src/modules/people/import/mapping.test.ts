import { describe, expect, it } from 'vitest';
import {
  parseComuneCell,
  parseEmploymentStatus,
  parseIncomeSupport,
  parseInteger,
  parseItalianDate,
  parseSex,
  parseYesNo,
  suggestMapping,
} from './mapping.ts';

describe('column mapping', () => {
  it('suggests targets from Italian headers', () => {
    expect(
      suggestMapping([
        'Codice Fiscale',
        'Cognome',
        'Nome',
        'Sesso',
        'Data di nascita',
        'Comune di nascita',
        'Comune di residenza (ISTAT)',
        'Telefono',
        'E-mail',
        'Stato occupazionale',
        'Data DID',
        'C.A.P.',
        'Note',
      ]),
    ).toEqual({
      taxCode: 'Codice Fiscale',
      familyName: 'Cognome',
      givenName: 'Nome',
      sex: 'Sesso',
      birthDate: 'Data di nascita',
      birthComune: 'Comune di nascita',
      residenceComune: 'Comune di residenza (ISTAT)',
      phone: 'Telefono',
      email: 'E-mail',
      employmentStatus: 'Stato occupazionale',
      didDate: 'Data DID',
      postcode: 'C.A.P.',
    });
  });

  it('suggests targets from short and English headers', () => {
    expect(
      suggestMapping(['CF', 'Last name', 'First name', 'Gender', 'Date of birth', 'City', 'Status']),
    ).toEqual({
      taxCode: 'CF',
      familyName: 'Last name',
      givenName: 'First name',
      sex: 'Gender',
      birthDate: 'Date of birth',
      residenceComune: 'City',
      employmentStatus: 'Status',
    });
  });
});

describe('value conversions', () => {
  it('reads Italian, ISO and Excel dates', () => {
    expect(parseItalianDate('14/05/1968')).toEqual({ ok: true, value: '1968-05-14' });
    expect(parseItalianDate('4-5-1968')).toEqual({ ok: true, value: '1968-05-04' });
    expect(parseItalianDate('1968-05-14')).toEqual({ ok: true, value: '1968-05-14' });
    expect(parseItalianDate('1968-05-14T00:00:00.000Z')).toEqual({ ok: true, value: '1968-05-14' });
    expect(parseItalianDate('25000')).toEqual({ ok: true, value: '1968-06-11' });
    expect(parseItalianDate('31/02/1990')).toEqual({ ok: false, code: 'invalid_date' });
    expect(parseItalianDate('05/14/1968')).toEqual({ ok: false, code: 'invalid_date' });
    expect(parseItalianDate('ieri')).toEqual({ ok: false, code: 'invalid_date' });
  });

  it('reads sex, yes/no and numbers', () => {
    expect(parseSex('Maschio')).toEqual({ ok: true, value: 'M' });
    expect(parseSex('f')).toEqual({ ok: true, value: 'F' });
    expect(parseSex('X').ok).toBe(false);
    expect(parseYesNo('Sì')).toEqual({ ok: true, value: true });
    expect(parseYesNo('NO')).toEqual({ ok: true, value: false });
    expect(parseYesNo('forse').ok).toBe(false);
    expect(parseInteger('25 km')).toEqual({ ok: true, value: 25 });
  });

  it('turns Italian statuses and income support into codes', () => {
    expect(parseEmploymentStatus('Disoccupato')).toEqual({ ok: true, value: 'unemployed' });
    expect(parseEmploymentStatus('inoccupata')).toEqual({ ok: true, value: 'never_employed' });
    expect(parseEmploymentStatus('Occupato in cerca di altra occupazione')).toEqual({
      ok: true,
      value: 'employed_seeking',
    });
    expect(parseEmploymentStatus('cassa integrazione')).toEqual({ ok: true, value: 'redundancy_fund' });
    expect(parseEmploymentStatus('student')).toEqual({ ok: true, value: 'student' });
    expect(parseEmploymentStatus('pensionato').ok).toBe(false);
    expect(parseIncomeSupport('NASpI, ADI')).toEqual({ ok: true, value: ['naspi', 'adi'] });
    expect(parseIncomeSupport('DIS-COLL')).toEqual({ ok: true, value: ['dis_coll'] });
    expect(parseIncomeSupport('nessuno')).toEqual({ ok: true, value: [] });
    expect(parseIncomeSupport('bonus').ok).toBe(false);
  });

  it('reads comuni as ISTAT codes or names with the province', () => {
    expect(parseComuneCell('1078')).toEqual({ code: '001078' });
    expect(parseComuneCell('Chieri (TO)')).toEqual({ name: 'Chieri', province: 'TO' });
    expect(parseComuneCell("Sant'Ambrogio di Torino")).toEqual({
      name: "Sant'Ambrogio di Torino",
      province: null,
    });
  });
});
