-- Relevance order of a text search without ranking every match (src/modules/people/search-relevance.ts): people
-- whose CV holds each searched word most often come first, and the search index finds them without reading the
-- others. person_search_hits(v) gives one token 'lexeme#n' for every threshold n the lexeme's number of
-- occurrences reaches (thresholds: HIT_LEVELS in src/modules/people/domain/search-relevance.ts; keep both the
-- same). "saldatore" written 9 times gives 'saldator#2' … 'saldator#8'; a word written once gives no token.
CREATE FUNCTION person_search_hits(v tsvector) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT u.lexeme || '#' || l.level
               FROM unnest(v) u, unnest('{2,3,4,6,8,12,16}'::int[]) l(level)
               WHERE array_length(u.positions, 1) >= l.level)
$$;--> statement-breakpoint
-- The tokens join the one search index (text, facets, comune and birth year; 0014) as an expression: nothing to
-- backfill or keep in step, and a page of "cuoco" in two comuni aged 25–45 is one index scan (a separate index
-- ANDed with this one cost 40 ms more per page at 1,000,000 people). Building it reads every person once: about
-- 2 minutes at 1,000,000 people, during which writes to people wait (reads go on with the old index, swapped at
-- the end).
CREATE INDEX "people_search_idx_next" ON "people" USING gin ("search_vector","search_facets",(ARRAY['com:' || residence_comune_code, 'by:' || (date_part('year', birth_date)::int)::text]),person_search_hits(search_vector));--> statement-breakpoint
DROP INDEX "people_search_idx";--> statement-breakpoint
ALTER INDEX "people_search_idx_next" RENAME TO "people_search_idx";--> statement-breakpoint
-- Statistics of the new expression, so that the planner knows how rare a token is.
ANALYZE "people";
