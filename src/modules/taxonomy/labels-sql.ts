// SQL pieces shared by the taxonomy queries: a concept's label in the requested language (falling back to any
// other language, then to the URI, so a concept imported in English only still shows), and label matching.
import { type SQL, sql } from 'drizzle-orm';

/** The preferred label of the concept whose URI is `uri`, in `lang` when there is one. */
export const labelOf = (uri: SQL, lang: string) => sql<string>`coalesce((
  SELECT cl.preferred_label FROM concept_labels cl
  WHERE cl.uri = ${uri}
  ORDER BY (cl.lang = ${lang}) DESC, (cl.lang = 'it') DESC, cl.lang
  LIMIT 1
), ${uri})`;

/** q with the LIKE wildcards escaped. */
export const escapeLike = (q: string) => q.replace(/[%_\\]/g, '\\$&');

/**
 * Label search over preferred and alternative labels of one language, ranked: exact match, then prefix, then a
 * word starting with q, then anywhere; a match on the preferred label before one on an alternative label; then
 * the shorter matching label. `conceptTable` restricts to occupations or skills; `extra` adds filters on `c`.
 */
export function rankedLabelSearch(conceptTable: SQL, q: string, lang: string, extra: SQL, limit: number) {
  const needle = q.trim().toLowerCase();
  const escaped = escapeLike(needle);
  const contains = `%${escaped}%`;
  return sql`
    SELECT c.*, l.preferred_label AS label, l.alt_labels AS alt_labels
    FROM concept_labels l
    JOIN ${conceptTable} c ON c.uri = l.uri
    CROSS JOIN LATERAL (
      SELECT
        min(CASE
          WHEN lower(x.label) = ${needle} THEN 0
          WHEN lower(x.label) LIKE ${`${escaped}%`} THEN 1
          WHEN lower(x.label) LIKE ${`% ${escaped}%`} OR lower(x.label) LIKE ${`%/${escaped}%`} THEN 2
          ELSE 3 END * 2 + CASE WHEN x.pos = 1 THEN 0 ELSE 1 END) AS rank,
        min(length(x.label)) AS len
      FROM unnest(ARRAY[l.preferred_label] || l.alt_labels) WITH ORDINALITY AS x(label, pos)
      WHERE lower(x.label) LIKE ${contains}
    ) best
    WHERE l.lang = ${lang}
      AND (lower(l.preferred_label) LIKE ${contains} OR lower(array_to_string(l.alt_labels, ' | ')) LIKE ${contains})
      AND best.rank IS NOT NULL
      ${extra}
    ORDER BY best.rank, best.len, l.preferred_label, c.uri
    LIMIT ${limit}`;
}
