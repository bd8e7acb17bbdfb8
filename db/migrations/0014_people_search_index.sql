-- One GIN index for the search: text, CV facets (0012) and the person's tokens (comune of residence, year of
-- birth; see personTokens in src/modules/people/db.ts). A search combining them is one index scan.
DROP INDEX IF EXISTS "people_search_facets_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "people_search_idx";--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search_vector","search_facets",(ARRAY['com:' || residence_comune_code, 'by:' || (date_part('year', birth_date)::int)::text]));
