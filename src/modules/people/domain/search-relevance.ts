// The relevance order of a text search, as rules without I/O (search-relevance.ts runs them in SQL).
//
// Order: first by how often the LEAST frequent searched word occurs in the person's search text ("hits": a CV
// with "saldatore" in four experiences before one that names it once), then by ts_rank_cd (how close together
// the words are), then by id. For a one-word search this is exactly the ts_rank_cd order (there ts_rank_cd is
// 0.1 × the occurrences); for several words, a CV naming every word twice comes before one naming one word once
// right next to the other.
//
// Why hits first: ts_rank_cd needs every match read and ranked (tens of thousands of rows at 1,000,000 people),
// while "every word occurs at least n times" is a condition the GIN index answers (tokens 'lexeme#n' of
// person_search_hits, migration 0019). A page is read from the people reaching the highest threshold that
// still fills it; those with fewer hits all sort after them, so nobody else needs to be read.

/** The thresholds with a token in the index, highest first; 1 = every match (no index condition). Keep in step
 * with person_search_hits in db/migrations/0019_people_search_hits.sql. */
export const HIT_LEVELS = [16, 12, 8, 6, 4, 3, 2, 1] as const;

/**
 * The part of a folded web-search query whose words every match contains, or null when some words are optional:
 * with `or` or an excluded `-word` the hits of the words say little, and the search ranks every match as before.
 * Quotes go (a phrase needs all its words too).
 */
export function requiredWordsText(folded: string): string | null {
  const words = folded.replaceAll('"', ' ').split(' ').filter(Boolean);
  if (words.some((w) => w === 'or' || w.startsWith('-'))) return null;
  return words.length ? words.join(' ') : null;
}

/** The thresholds to read, highest first, for rows with at most `maxHits` hits (the cursor's, or no limit);
 * always ending with 1 (every match). */
export const levelsUpTo = (maxHits = Number.POSITIVE_INFINITY) =>
  HIT_LEVELS.filter((l) => l <= maxHits || l === 1);

/** Index tokens meaning "each of these lexemes occurs at least `level` times" (level ≥ 2). */
export const hitTokens = (lexemes: string[], level: number) => lexemes.map((l) => `${l}#${level}`);

/** The tokens person_search_hits gives for one lexeme occurring `count` times (a test compares it with SQL). */
export const tokensOf = (lexeme: string, count: number) =>
  HIT_LEVELS.filter((l) => l > 1 && count >= l)
    .reverse()
    .map((l) => `${lexeme}#${l}`);
