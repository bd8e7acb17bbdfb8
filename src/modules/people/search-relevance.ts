// The relevance order of a text search in SQL (rules and reasons: domain/search-relevance.ts): per person the
// hits (occurrences of the least frequent required word) and ts_rank_cd, and the index condition "every required
// word occurs at least n times" (people_search_idx, migration 0019) that keeps a page from reading every match.
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import { people, personSearchHits } from './db.ts';
import { hitTokens, requiredWordsText } from './domain/search-relevance.ts';

export type Relevance = {
  /** ts_rank_cd of the person's search vector. */
  rank: SQL;
  /** Occurrences of the least frequent required word (0 when one is missing; 1 without required words). */
  hits: SQL;
  /** "Every required word occurs at least `level` times", answered by the search index; null at level 1. */
  atLeast: (level: number) => SQL | null;
};

/** The relevance of a search ranked by `rank` (its ts_rank_cd), built from the folded query text. */
export async function relevanceOf(tx: Tx, rank: SQL, folded: string): Promise<Relevance> {
  const text = requiredWordsText(folded);
  // The lexemes of the required words, stemmed as the search vector is (stop words drop out as they do there).
  const rows = text
    ? await queryRows<{ lexeme: string }>(
        tx,
        sql`SELECT unnest(tsvector_to_array(to_tsvector('italian', ${text}))) AS lexeme`,
      )
    : [];
  const lexemes = rows.map((r) => r.lexeme);
  if (lexemes.length === 0) return { rank, hits: sql`1`, atLeast: () => null };
  const list = (values: string[]) => sql`${sql.param(values)}::text[]`;
  // Only the required lexemes of the vector (setweight marks them, ts_filter keeps them), then their positions:
  // a few microseconds per row, where unnesting the whole vector costs ten times more.
  const hits = sql`(SELECT CASE WHEN count(*) < ${lexemes.length} THEN 0 ELSE min(array_length(u.positions, 1)) END
    FROM unnest(ts_filter(setweight(${people.searchVector}, 'A', ${list(lexemes)}), '{a}')) u)`;
  return {
    rank,
    hits,
    atLeast: (level) => (level > 1 ? sql`${personSearchHits} @> ${list(hitTokens(lexemes, level))}` : null),
  };
}
