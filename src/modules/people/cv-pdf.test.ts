import { describe, expect, it } from 'vitest';
import type { CvView } from './cv-contract.ts';
import { type CvPerson, europassCv, europassPdf, europassText } from './cv-pdf.ts';

const person: CvPerson = {
  givenName: 'Marta',
  familyName: 'Giacosa',
  birthDate: '1984-10-23',
  citizenship: 'IT',
  address: 'Via Vittorio Emanuele II 10',
  postcode: '10023',
  residenceComuneName: 'Chieri',
  email: 'marta.giacosa@posta.example',
  phone: '+39 333 1234567',
  availableFrom: '2026-01-15',
  maxCommuteKm: 20,
  ownVehicle: true,
  contractTypes: ['A.01.00'],
  workingTimes: ['full_time'],
  shifts: ['day', 'night'],
};

const cv: CvView = {
  personId: '00000000-0000-4000-8000-000000000001',
  version: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  lang: 'it',
  education: [
    {
      levelScheme: 'sap-education',
      levelVersion: '2024',
      levelCode: 'QP',
      levelLabel: 'Qualifica professionale',
      title: 'Operatrice meccanica',
      institution: 'CNOS-FAP Torino',
      year: 2003,
      country: 'IT',
    },
  ],
  experiences: [
    {
      employerName: 'Carpenteria Metallica Sangone S.r.l.',
      employerTaxCode: null,
      occupationUri: 'http://data.europa.eu/esco/occupation/x',
      occupationLabel: 'Saldatore/trice',
      startDate: '2015-03-01',
      endDate: '2024-06-30',
      contractType: 'A.01.00',
      contractTypeLabel: 'Lavoro a tempo indeterminato',
      description: 'Saldatura MIG/MAG',
    },
    {
      employerName: 'Officina Rossi',
      employerTaxCode: null,
      occupationUri: null,
      occupationLabel: null,
      startDate: '2025-02-01',
      endDate: null,
      contractType: null,
      contractTypeLabel: null,
      description: null,
    },
  ],
  trainings: [
    { title: 'Saldatura TIG', provider: 'Scuola dei Mestieri', hours: 120, year: 2019, certificate: null },
  ],
  languages: [
    { language: 'it', motherTongue: true, listening: null, reading: null, speaking: null, writing: null },
    { language: 'en', motherTongue: false, listening: 'B1', reading: 'B2', speaking: 'A2', writing: 'B1' },
  ],
  licences: [{ scheme: 'driving-licence', version: '2024', code: 'B', label: 'Patente B' }],
  skills: [{ skillUri: 'http://data.europa.eu/esco/skill/y', label: 'Saldare a filo', level: 'advanced' }],
  desiredOccupations: [
    { occupationUri: 'http://data.europa.eu/esco/occupation/x', label: 'Saldatore/trice' },
  ],
};

const contracts = new Map([['A.01.00', 'Lavoro a tempo indeterminato']]);

describe('europassCv', () => {
  const doc = europassCv(person, cv, contracts);

  it('puts name and contacts in the header, and the Europass sections in order, in Italian', () => {
    expect(doc.name).toBe('Marta Giacosa');
    expect(doc.contacts).toEqual([
      ['Indirizzo', 'Via Vittorio Emanuele II 10, 10023 Chieri'],
      ['Telefono', '+39 333 1234567'],
      ['E-mail', 'marta.giacosa@posta.example'],
      ['Data di nascita', '23/10/1984'],
      ['Cittadinanza', 'Italia'],
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Esperienza lavorativa',
      'Istruzione e formazione',
      'Competenze linguistiche',
      'Competenze',
      'Patenti di guida',
      'Disponibilità',
    ]);
  });

  it('writes experiences with their occupation label and period, education and training together', () => {
    const [experience, learning] = doc.sections;
    expect(experience).toMatchObject({
      kind: 'entries',
      entries: [
        {
          when: '03/2015 – 06/2024',
          title: 'Saldatore/trice',
          lines: [
            'Carpenteria Metallica Sangone S.r.l.',
            'Contratto: Lavoro a tempo indeterminato',
            'Saldatura MIG/MAG',
          ],
        },
        { when: 'dal 02/2025 – in corso', title: 'Esperienza lavorativa', lines: ['Officina Rossi'] },
      ],
    });
    expect(learning).toMatchObject({
      entries: [
        { title: 'Operatrice meccanica', lines: ['CNOS-FAP Torino', 'Livello: Qualifica professionale'] },
        { when: '2019', title: 'Saldatura TIG', lines: ['Scuola dei Mestieri', '120 ore'] },
      ],
    });
  });

  it('fills the CEFR grid, skills with level, licences and availability', () => {
    const [, , languages, skills, licences, availability] = doc.sections;
    expect(languages).toEqual({
      kind: 'languages',
      title: 'Competenze linguistiche',
      motherTongues: ['italiano'],
      others: [
        {
          language: 'inglese',
          listening: 'B1',
          reading: 'B2',
          interaction: 'A2',
          production: 'A2',
          writing: 'B1',
        },
      ],
    });
    expect(skills).toMatchObject({ rows: [['Saldare a filo', 'avanzato']] });
    expect(licences).toMatchObject({ rows: [['Patente di guida', 'Patente B']] });
    expect(availability).toMatchObject({
      rows: [
        ['Disponibile dal', '15/01/2026'],
        ['Professioni cercate', 'Saldatore/trice'],
        ['Contratti', 'Lavoro a tempo indeterminato'],
        ['Orario', 'tempo pieno'],
        ['Turni', 'diurni, notturni'],
        ['Distanza massima', '20 km'],
        ['Mezzo proprio', 'sì'],
      ],
    });
  });

  it('leaves out empty sections but always states availability', () => {
    const empty = europassCv(
      { ...person, address: null, postcode: null, phone: null, email: null, contractTypes: [] },
      { ...cv, experiences: [], education: [], trainings: [], languages: [], skills: [], licences: [] },
      contracts,
    );
    expect(empty.sections.map((s) => s.title)).toEqual(['Disponibilità']);
    expect(empty.contacts[0]).toEqual(['Indirizzo', 'Chieri']);
  });

  it('carries no codice fiscale or administrative data', () => {
    const text = europassText(doc).join('\n');
    expect(text).toContain('Saldatore/trice');
    expect(text).not.toMatch(/codice fiscale|DID|NASpI|disoccupat/i);
  });

  it('draws a PDF', async () => {
    const pdf = await europassPdf(doc, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('(Curriculum vitae di Marta Giacosa)');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  });
});
