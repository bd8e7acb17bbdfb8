import { describe, expect, it } from 'vitest';
import { type CvInput, cvUpdate } from '../cv-contract.ts';
import { type CvReferences, changedCvSections, cvProblems, cvReferencedUris } from './cv-checks.ts';

const OCC = 'http://data.europa.eu/esco/occupation/welder';
const SKILL = 'http://data.europa.eu/esco/skill/weld';
const refs: CvReferences = {
  educationLevels: new Set(['LM', 'DS']),
  contractTypes: new Set(['A.01.00', 'A.02.00']),
  licences: { 'driving-licence': new Set(['B', 'C']), licence: new Set(['CARRELLISTA']) },
  occupations: new Set([OCC]),
  skills: new Set([SKILL]),
};
const empty: CvInput = {
  education: [],
  experiences: [],
  trainings: [],
  languages: [],
  licences: [],
  skills: [],
  desiredOccupations: [],
};

describe('CV checks', () => {
  it('accepts a valid CV', () => {
    const cv: CvInput = {
      ...empty,
      education: [{ levelCode: 'DS', year: 2000, country: 'IT' }],
      experiences: [
        { employerName: 'Acme', occupationUri: OCC, startDate: '2020-01-01', endDate: '2021-01-01' },
      ],
      licences: [{ scheme: 'driving-licence', code: 'B' }],
      skills: [{ skillUri: SKILL, level: 'advanced' }],
      desiredOccupations: [OCC],
    };
    expect(cvProblems(cv, refs, '2026-11-01')).toEqual([]);
    expect(cvReferencedUris(cv)).toEqual({ occupations: [OCC], skills: [SKILL] });
  });

  it('reports every wrong reference with its path', () => {
    const cv: CvInput = {
      ...empty,
      education: [{ levelCode: 'XX', country: 'IT' }],
      experiences: [
        { employerName: 'A', startDate: '2020-01-01' },
        { employerName: 'B', startDate: '2020-01-01', endDate: '2027-01-01', contractType: 'Z.99.99' },
        { employerName: 'C', occupationUri: 'nope', startDate: '2021-01-01', endDate: '2020-01-01' },
      ],
      licences: [
        { scheme: 'licence', code: 'B' },
        { scheme: 'driving-licence', code: 'C' },
        { scheme: 'driving-licence', code: 'C' },
      ],
      languages: [
        { language: 'en', motherTongue: true },
        { language: 'en', motherTongue: true },
      ],
      skills: [{ skillUri: 'other', level: 'basic' }],
      desiredOccupations: [OCC, 'x'],
    };
    expect(cvProblems(cv, refs, '2026-11-01')).toEqual([
      { field: 'education.0.levelCode', code: 'unknown_code' },
      { field: 'experiences.1.endDate', code: 'date_in_future' },
      { field: 'experiences.1.contractType', code: 'unknown_code' },
      { field: 'experiences.2.occupationUri', code: 'unknown_occupation' },
      { field: 'experiences.2.endDate', code: 'end_before_start' },
      { field: 'languages.1.language', code: 'duplicate_entry' },
      { field: 'licences.0.code', code: 'unknown_code' },
      { field: 'licences.2.code', code: 'duplicate_entry' },
      { field: 'skills.0.skillUri', code: 'unknown_skill' },
      { field: 'desiredOccupations.1', code: 'unknown_occupation' },
    ]);
  });

  it('finds the changed sections regardless of order', () => {
    const a: CvInput = {
      ...empty,
      licences: [
        { scheme: 'driving-licence', code: 'B' },
        { scheme: 'licence', code: 'CARRELLISTA' },
      ],
      skills: [{ skillUri: SKILL, level: 'basic' }],
    };
    const b: CvInput = {
      ...a,
      licences: [...a.licences].reverse(),
      skills: [{ skillUri: SKILL, level: 'advanced' }],
    };
    expect(changedCvSections(a, b)).toEqual(['cv.skills']);
    expect(changedCvSections(a, { ...a, education: [{ levelCode: 'LM', country: 'IT' }] })).toEqual([
      'cv.education',
    ]);
  });

  it('checks the shape: tax codes, languages, CEFR levels, at most five desired occupations', () => {
    const parsed = cvUpdate.safeParse({
      version: 1,
      cv: {
        ...empty,
        experiences: [{ employerName: 'A', employerTaxCode: '12345678901', startDate: '2020-01-01' }],
        languages: [
          { language: 'ITA', motherTongue: true },
          {
            language: 'en',
            motherTongue: false,
            listening: 'B1',
            reading: 'B1',
            speaking: null,
            writing: 'B1',
          },
          { language: 'fr', motherTongue: true, listening: 'B1' },
        ],
        desiredOccupations: ['a', 'b', 'c', 'd', 'e', 'f'],
      },
    });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'cv.experiences.0.employerTaxCode:invalid_tax_code',
        'cv.languages.0.language:invalid_language',
        'cv.languages.1.speaking:required',
        'cv.languages.2.listening:cefr_not_for_mother_tongue',
      ]),
    );
    expect(issues.some((i) => i.startsWith('cv.desiredOccupations:'))).toBe(true);
    // A valid partita IVA passes (Agenzia delle Entrate check digit).
    expect(
      cvUpdate.safeParse({
        version: 1,
        cv: {
          ...empty,
          experiences: [{ employerName: 'A', employerTaxCode: '00440280014', startDate: '2020-01-01' }],
        },
      }).success,
    ).toBe(true);
  });
});
