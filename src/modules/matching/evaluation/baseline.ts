// The keyword-overlap baseline of the matching evaluation: what a plain text search over CVs does (the way the
// comparable public systems and a spreadsheet filter find candidates). The vacancy's words (occupation label and
// alternative labels, skill labels) are compared with the candidate's (labels of the occupations held or wanted,
// skill labels); candidates are ranked by the number of shared words. It knows nothing of consent, distance,
// availability or the occupation hierarchy.

const stopwords = new Set(
  'a ad al alla alle agli ai allo con da dal dalla dei degli delle del della di e ed gli i il in la le lo nei nel nella o per su sul sulla tra un una uno'.split(
    ' ',
  ),
);

export function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !stopwords.has(w)),
  );
}

export function keywordScore(vacancyWords: Set<string>, candidateText: string): number {
  let shared = 0;
  for (const w of words(candidateText)) if (vacancyWords.has(w)) shared++;
  return shared;
}

/** Candidate ids ranked by shared words, best first; ties keep the pool order. */
export function rankByKeywords(vacancyText: string, pool: { id: string; text: string }[]): string[] {
  const vw = words(vacancyText);
  return pool
    .map((c, i) => ({ id: c.id, i, s: keywordScore(vw, c.text) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((c) => c.id);
}
