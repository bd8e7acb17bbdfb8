// The search facets of a person: one short token per CV fact a search can filter on (licence, skill, occupation,
// ISCO group, language and level, education level), stored in people.search_facets and indexed with GIN, so that
// the CV filters of a search are one `search_facets @> ARRAY[…]` inside an index scan instead of one EXISTS probe
// per matching person (at 1,000,000 people a licence filter on 43,000 text matches cost 250 ms that way).
//
// The SQL function person_search_facets(person_id) (migration 0008) builds the same tokens from the CV tables and
// is what every write uses (search-index.ts); this pure version exists for the bulk generator (demo, load test),
// which writes people and CVs in one pass. A test checks that both agree on the whole demo.
//
// Tokens (ASCII, so their order is the same in JavaScript and in SQL under COLLATE "C"):
//   lic:<code>            a driving or professional licence (code as stored: B, CQC-M…)
//   sk:<uri>              a skill; ESCO URIs lose their namespace (sk:~<uuid>) to keep the row narrow
//   oc:<uri>              an occupation, desired or held in a past experience (oc:~<uuid> for ESCO); the search
//                         by ISCO group asks for any of the occupations the taxonomy has in the group now
//   isco:<prefix>         the 1- to 4-digit prefixes of those occupations' ISCO-08 codes, as the taxonomy had them
//                         at the last write (matching's pre-score reads them; after a taxonomy update that moves
//                         occupations between groups, refreshSearchFacets(tx, 'all') rebuilds them)
//   lang:<iso>            a language known, and lang:<iso>:<cefr> with the highest CEFR level reached (a
//                         mother tongue reaches C2; see levelReached); a search asks for any level at or above
//   edu:<scheme>/<version>/<code>  an education level as recorded; a search asks for any of the code-list levels
//                         at or above the minimum (by ISCED, then EQF)
// One token per fact keeps the row narrow: the facets of a generated CV take about 350 bytes.

export const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';
export const ESCO_OCCUPATION = 'http://data.europa.eu/esco/occupation/';
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** '~' never starts a URI (a scheme starts with a letter), so a shortened ESCO URI never equals another URI. */
const short = (uri: string, namespace: string) =>
  uri.startsWith(namespace) ? `~${uri.slice(namespace.length)}` : uri;

export const licenceFacet = (code: string) => `lic:${code}`;
export const skillFacet = (uri: string) => `sk:${short(uri, ESCO_SKILL)}`;
export const occupationFacet = (uri: string) => `oc:${short(uri, ESCO_OCCUPATION)}`;
export const iscoFacet = (prefix: string) => `isco:${prefix}`;
export const languageFacet = (language: string, level?: string) =>
  level ? `lang:${language}:${level}` : `lang:${language}`;
export const educationFacet = (scheme: string, version: string, code: string) =>
  `edu:${scheme}/${version}/${code}`;

export type FacetParts = {
  licences: string[];
  skillUris: string[];
  /** Desired and past occupations with their ISCO-08 code (null when the taxonomy does not know them). */
  occupations: { uri: string; iscoCode: string | null }[];
  /** CEFR levels as recorded (null = not given); a mother tongue reaches every level. */
  languages: {
    language: string;
    motherTongue: boolean;
    levels: (string | null | undefined)[];
  }[];
  /** The level of each education entry (code list scheme, version and code). */
  education: { scheme: string; version: string; code: string }[];
};

/**
 * The highest CEFR level L with `lowest recorded level >= L` (text order, blanks ignored: SQL LEAST), C2 for a
 * mother tongue, null when none. The search's rule "mother tongue, or the lowest of the four skills at least the
 * level asked for" then holds exactly when this level is at least the level asked for.
 */
export function levelReached(motherTongue: boolean, levels: (string | null | undefined)[]): string | null {
  if (motherTongue) return 'C2';
  const recorded = levels.filter((l): l is string => typeof l === 'string');
  if (!recorded.length) return null;
  const min = recorded.reduce((a, b) => (b < a ? b : a));
  return CEFR_LEVELS.filter((level) => min >= level).at(-1) ?? null;
}

/** The CEFR levels at or above `level`: the tokens a language filter accepts. */
export const levelsFrom = (level: string) => CEFR_LEVELS.filter((l) => l >= level);

/** The facets of a person, distinct and sorted. */
export function facetsOf(parts: FacetParts): string[] {
  const out = new Set<string>();
  for (const code of parts.licences) out.add(licenceFacet(code));
  for (const uri of parts.skillUris) out.add(skillFacet(uri));
  for (const o of parts.occupations) {
    out.add(occupationFacet(o.uri));
    for (let n = 1; o.iscoCode && n <= Math.min(4, o.iscoCode.length); n++)
      out.add(iscoFacet(o.iscoCode.slice(0, n)));
  }
  for (const l of parts.languages) {
    out.add(languageFacet(l.language));
    const level = levelReached(l.motherTongue, l.levels);
    if (level) out.add(languageFacet(l.language, level));
  }
  for (const e of parts.education) out.add(educationFacet(e.scheme, e.version, e.code));
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
