import { describe, expect, it } from 'vitest';
import { classifyFile, versionFromFileName } from './files.ts';

describe('ESCO file names', () => {
  it('reads the kind and the language from the suffix', () => {
    expect(classifyFile('occupations_it.csv')).toEqual({ kind: 'occupations', lang: 'it' });
    expect(classifyFile('skills_en.csv')).toEqual({ kind: 'skills', lang: 'en' });
    expect(classifyFile('ISCOGroups_de.csv')).toEqual({ kind: 'iscoGroups', lang: 'de' });
    expect(classifyFile('esco/v1.2/skillGroups_fr.csv')).toEqual({ kind: 'skillGroups', lang: 'fr' });
    expect(classifyFile('C:\\esco\\occupations_pt-PT.csv')).toEqual({ kind: 'occupations', lang: 'pt-pt' });
  });

  it('recognises the language-neutral relations, with or without a suffix', () => {
    expect(classifyFile('occupationSkillRelations.csv')).toEqual({ kind: 'occupationSkills', lang: null });
    expect(classifyFile('occupationSkillRelations_it.csv')).toEqual({ kind: 'occupationSkills', lang: null });
    expect(classifyFile('broaderRelationsOccPillar.csv')).toEqual({ kind: 'broaderOccupations', lang: null });
    expect(classifyFile('broaderRelationsSkillPillar.csv')).toEqual({ kind: 'broaderSkills', lang: null });
  });

  it('ignores the files it does not read', () => {
    for (const name of [
      'skillsHierarchy_en.csv',
      'greenSkillsCollection_en.csv',
      'skillSkillRelations.csv',
      'occupations.csv',
      'occupations_en.txt',
      'README.md',
    ]) {
      expect(classifyFile(name), name).toBeNull();
    }
  });

  it('reads the version from a bundle name', () => {
    expect(versionFromFileName('/data/esco-v1.1.0-classification-en-csv.zip')).toBe('1.1.0');
    expect(versionFromFileName('ESCO dataset - v1.2.0 - classification - it - csv.zip')).toBe('1.2.0');
    expect(versionFromFileName('esco_v1.1-it.zip')).toBe('1.1');
    expect(versionFromFileName('upload.zip')).toBeNull();
  });
});
