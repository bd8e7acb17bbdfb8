-- Records anonymised before anonymisation cleared the search facets: take them out of the search index too.
UPDATE "people" SET "search_facets" = '{}' WHERE "anonymised_at" IS NOT NULL AND cardinality("search_facets") > 0;
