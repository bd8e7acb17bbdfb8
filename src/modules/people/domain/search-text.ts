// The text a person is found by: lower-case, accents removed (the Italian stemmer then handles plurals and verb
// forms), codes kept as words. Pure; the service gathers the parts (CV, labels) and stores the result.

export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.\s-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type SearchTextParts = {
  givenName: string;
  familyName: string;
  residenceComuneName?: string | null;
  /** Occupation labels (desired and past), skill labels, titles, employers, courses, licences, languages. */
  cv?: (string | null | undefined)[];
};

export function buildSearchText(parts: SearchTextParts): string {
  const words = [parts.givenName, parts.familyName, parts.residenceComuneName, ...(parts.cv ?? [])];
  return foldText(words.filter(Boolean).join(' ')).slice(0, 20_000);
}
