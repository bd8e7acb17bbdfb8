import { describe, expect, it } from 'vitest';
import { ImportError } from './headers.ts';
import { broaderRow, labelRow, occupationRow, relationRow } from './rows.ts';

describe('ESCO rows', () => {
  it('maps an occupation and its labels', () => {
    const row = {
      conceptUri: 'http://data.europa.eu/esco/occupation/x',
      iscoGroup: '9333',
      preferredLabel: 'magazziniere',
      altLabels: 'magazziniere\naddetto al magazzino',
      description: '',
      code: '9333.1',
    };
    expect(occupationRow(row, 'ESCO 1.2.0')).toEqual({
      uri: row.conceptUri,
      iscoCode: '9333',
      code: '9333.1',
      status: 'released',
      source: 'ESCO 1.2.0',
    });
    expect(labelRow(row, 'it')).toEqual({
      uri: row.conceptUri,
      lang: 'it',
      preferredLabel: 'magazziniere',
      altLabels: ['addetto al magazzino'],
      description: null,
    });
  });

  it('refuses an unknown relation type and skips self-references', () => {
    expect(() =>
      relationRow(
        { occupationUri: 'o', skillUri: 's', relationType: 'mandatory' },
        'occupationSkillRelations.csv',
      ),
    ).toThrow(ImportError);
    expect(relationRow({ occupationUri: 'o', skillUri: 's', relationType: 'Essential' }, 'f')).toEqual({
      occupationUri: 'o',
      skillUri: 's',
      relation: 'essential',
    });
    expect(broaderRow({ conceptUri: 'a', broaderUri: 'a' })).toBeNull();
  });
});
