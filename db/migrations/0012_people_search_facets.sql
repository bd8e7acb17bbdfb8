-- people.search_facets: the CV facts a search filters on, as tokens in one GIN-indexed array (see
-- src/modules/people/domain/search-facets.ts for the tokens; this function is their definition in SQL and is what
-- every write calls, through src/modules/people/search-index.ts).
ALTER TABLE "people" ADD COLUMN "search_facets" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- The tokens of every person, one row each: the view is the one definition; person_search_facets(id) reads it for
-- one person (the condition on person_id reaches every branch), the backfill below for everyone at once.
CREATE VIEW person_search_facet_tokens AS
  SELECT l.person_id, 'lic:' || l.code AS t FROM person_licences l
  UNION ALL
  SELECT s.person_id, 'sk:' || CASE WHEN starts_with(s.skill_uri, 'http://data.europa.eu/esco/skill/')
                                    THEN '~' || substr(s.skill_uri, 34) ELSE s.skill_uri END
  FROM person_skills s
  UNION ALL
  SELECT u.person_id, 'oc:' || CASE WHEN starts_with(u.uri, 'http://data.europa.eu/esco/occupation/')
                                    THEN '~' || substr(u.uri, 39) ELSE u.uri END
  FROM (SELECT d.person_id, d.occupation_uri AS uri FROM person_desired_occupations d
        UNION ALL
        SELECT e.person_id, e.occupation_uri FROM person_experiences e WHERE e.occupation_uri IS NOT NULL) u
  UNION ALL
  -- The ISCO-08 prefixes (1 to 4 digits) of those occupations, as the taxonomy has them now.
  SELECT u.person_id, 'isco:' || left(o.isco_code, n.n)
  FROM (SELECT d.person_id, d.occupation_uri AS uri FROM person_desired_occupations d
        UNION ALL
        SELECT e.person_id, e.occupation_uri FROM person_experiences e WHERE e.occupation_uri IS NOT NULL) u
  JOIN occupations o ON o.uri = u.uri
  JOIN generate_series(1, 4) n(n) ON n.n <= length(o.isco_code)
  UNION ALL
  SELECT g.person_id, 'lang:' || g.language FROM person_languages g
  UNION ALL
  -- The highest CEFR level at or below the lowest of the four skills (blanks ignored), C2 for a mother tongue:
  -- "mother tongue, or the lowest skill at least the level asked for" holds when it is at least that level.
  SELECT g.person_id, 'lang:' || g.language || ':' || CASE
      WHEN g.mother_tongue THEN 'C2'
      ELSE (SELECT max(v.level) FROM (VALUES ('A1'), ('A2'), ('B1'), ('B2'), ('C1'), ('C2')) v(level)
            WHERE least(g.listening, g.reading, g.speaking, g.writing) >= v.level) END
  FROM person_languages g
  UNION ALL
  SELECT e.person_id, 'edu:' || e.level_scheme || '/' || e.level_version || '/' || e.level_code
  FROM person_education e;--> statement-breakpoint
CREATE OR REPLACE FUNCTION person_search_facets(p uuid) RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT coalesce(array_agg(DISTINCT f.t COLLATE "C" ORDER BY f.t COLLATE "C"), '{}'::text[])
  FROM person_search_facet_tokens f
  WHERE f.person_id = p AND f.t IS NOT NULL
$fn$;--> statement-breakpoint
-- The text index is rebuilt by 0014 to hold the facets too: dropped first, the backfill below runs without it.
DROP INDEX IF EXISTS "people_search_idx";--> statement-breakpoint
-- Existing people (installations with data), in one pass over the CV tables: only people with a CV have facets.
UPDATE people p SET search_facets = f.facets
FROM (SELECT person_id, array_agg(DISTINCT t COLLATE "C" ORDER BY t COLLATE "C") AS facets
      FROM person_search_facet_tokens WHERE t IS NOT NULL GROUP BY person_id) f
WHERE f.person_id = p.id;
-- Its index is people_search_idx, rebuilt in 0014 with the text and the person's tokens.
