import { describe, expect, it } from 'vitest';
import { checkHeader, ImportError, missingColumns } from './headers.ts';

const occupationHeader =
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code'.split(
    ',',
  );

describe('header checks', () => {
  it('accepts the ESCO 1.1 headers and extra columns of later versions', () => {
    expect(missingColumns('occupations', occupationHeader)).toEqual([]);
    expect(
      missingColumns('occupationSkills', [
        'occupationUri',
        'occupationLabel',
        'relationType',
        'skillType',
        'skillUri',
        'skillLabel',
      ]),
    ).toEqual([]);
  });

  it('names the missing columns', () => {
    expect(missingColumns('skills', ['conceptUri', 'preferredLabel'])).toEqual([
      'skillType',
      'reuseLevel',
      'altLabels',
    ]);
    expect(() => checkHeader('occupations_it.csv', 'occupations', ['uri', 'label'])).toThrow(ImportError);
    expect(() => checkHeader('occupations_it.csv', 'occupations', ['uri', 'label'])).toThrow(
      /occupations_it\.csv .*missing column\(s\) conceptUri, iscoGroup, preferredLabel, altLabels/,
    );
  });

  it('ignores spaces around column names', () => {
    expect(missingColumns('broaderSkills', [' conceptUri', 'broaderUri '])).toEqual([]);
  });
});
