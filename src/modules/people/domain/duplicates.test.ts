import { describe, expect, it } from 'vitest';
import { duplicateReason, editDistance, nameKey } from './duplicates.ts';

const p = { givenName: 'Gianluca', familyName: "D'Alessandro", birthDate: '1979-04-02' };

describe('likely duplicates', () => {
  it('normalises names', () => {
    expect(nameKey("D'Alessandro  Gianluca")).toBe('dalessandrogianluca');
    expect(nameKey('Niccolò')).toBe('niccolo');
  });
  it('bounds the edit distance', () => {
    expect(editDistance('rossi', 'rosi')).toBe(1);
    expect(editDistance('abc', 'xyzxyzxyz', 2)).toBe(3);
  });
  it('finds same name, swapped fields and typos on the same birth date only', () => {
    expect(duplicateReason(p, { ...p, familyName: 'DALESSANDRO' })).toBe('same_name_and_birth_date');
    expect(
      duplicateReason(p, { givenName: "D'Alessandro", familyName: 'Gianluca', birthDate: p.birthDate }),
    ).toBe('similar_name_same_birth_date');
    expect(duplicateReason(p, { ...p, givenName: 'Gianluka' })).toBe('similar_name_same_birth_date');
    expect(duplicateReason(p, { ...p, givenName: 'Marco' })).toBeNull();
    expect(duplicateReason(p, { ...p, birthDate: '1979-04-03' })).toBeNull();
  });
});
