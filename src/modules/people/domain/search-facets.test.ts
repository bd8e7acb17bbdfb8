import { describe, expect, it } from 'vitest';
import { facetsOf, levelReached, levelsFrom, skillFacet } from './search-facets.ts';

describe('search facets', () => {
  it('reach the CEFR level of the weakest skill, every level for a mother tongue', () => {
    expect(levelReached(false, ['B2', 'B1', 'C1', 'B1'])).toBe('B1');
    expect(levelReached(false, ['B2', null, 'C1', undefined])).toBe('B2');
    expect(levelReached(false, [null, null])).toBeNull();
    expect(levelReached(true, [null, null, null, null])).toBe('C2');
    // The search accepts any level at or above the one asked for.
    expect(levelsFrom('B1')).toEqual(['B1', 'B2', 'C1', 'C2']);
  });

  it('shorten ESCO URIs only (a shortened one never equals another URI)', () => {
    expect(skillFacet('http://data.europa.eu/esco/skill/abc')).toBe('sk:~abc');
    expect(skillFacet('urn:local:skill:1')).toBe('sk:urn:local:skill:1');
  });

  it('are distinct and sorted', () => {
    expect(
      facetsOf({
        licences: ['B', 'CQC-M'],
        skillUris: [],
        occupations: [
          { uri: 'http://data.europa.eu/esco/occupation/x', iscoCode: '8344' },
          { uri: 'http://data.europa.eu/esco/occupation/x', iscoCode: '8344' },
          { uri: 'urn:o', iscoCode: null },
        ],
        languages: [{ language: 'it', motherTongue: true, levels: [] }],
        education: [
          { scheme: 'sap-education', version: '2015', code: 'DS' },
          { scheme: 'sap-education', version: '2015', code: 'DS' },
        ],
      }),
    ).toEqual([
      'edu:sap-education/2015/DS',
      'isco:8',
      'isco:83',
      'isco:834',
      'isco:8344',
      'lang:it',
      'lang:it:C2',
      'lic:B',
      'lic:CQC-M',
      'oc:urn:o',
      'oc:~x',
    ]);
  });
});
