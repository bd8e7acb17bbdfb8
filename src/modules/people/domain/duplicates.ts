// Likely duplicates of a person: same name and birth date, or a similar name (typo, swapped given/family name,
// missing accent) with the same birth date. Pure: the repository fetches people born that day.

/** Lower case, no accents, letters only: "D'Alessandro  Gianluca" → "dalessandrogianluca". */
export function nameKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Levenshtein distance, bounded: stops counting past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export type NameAndBirth = { givenName: string; familyName: string; birthDate: string };
export type DuplicateReason = 'same_name_and_birth_date' | 'similar_name_same_birth_date';

/** How `candidate` resembles `person` (same birth date assumed), or null when it does not. */
export function duplicateReason(person: NameAndBirth, candidate: NameAndBirth): DuplicateReason | null {
  if (person.birthDate !== candidate.birthDate) return null;
  const given = nameKey(person.givenName);
  const family = nameKey(person.familyName);
  const cGiven = nameKey(candidate.givenName);
  const cFamily = nameKey(candidate.familyName);
  if (given === cGiven && family === cFamily) return 'same_name_and_birth_date';
  if (given === cFamily && family === cGiven) return 'similar_name_same_birth_date'; // swapped fields
  const full = given + family;
  const cFull = cGiven + cFamily;
  const tolerance = full.length >= 12 ? 2 : 1;
  return editDistance(full, cFull, tolerance) <= tolerance ? 'similar_name_same_birth_date' : null;
}
