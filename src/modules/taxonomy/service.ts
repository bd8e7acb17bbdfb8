// Use cases of the taxonomy: searching occupations and skills, reading an occupation with its skills, the Italian
// code lists; and the imports (in imports.ts, re-exported here). Every function asks the policy first. Reads of
// the taxonomy are not audited: it holds no personal data.
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type {
  CodeListEntry,
  OccupationDetail,
  OccupationSearchQuery,
  OccupationSummary,
  SkillRef,
  SkillSearchQuery,
  SkillSummary,
  TaxonomyLanguage,
} from './contract.ts';
import {
  codeLists,
  conceptBroader,
  conceptLabels,
  iscoGroups,
  occupationSkills,
  occupations,
  skills,
} from './db.ts';
import { labelOf, rankedLabelSearch } from './labels-sql.ts';

export { getImport, listImports, startImport } from './imports.ts';

type OccupationHit = { uri: string; isco_code: string; source: string; label: string; alt_labels: string[] };
type SkillHit = {
  uri: string;
  skill_type: string | null;
  reuse_level: string | null;
  source: string;
  label: string;
  alt_labels: string[];
};

export async function searchOccupations(
  deps: Deps,
  actor: Actor,
  query: OccupationSearchQuery,
): Promise<OccupationSummary[]> {
  authorize(actor, 'taxonomy.read');
  const extra = query.iscoPrefix ? sql`AND c.isco_code LIKE ${`${query.iscoPrefix}%`}` : sql``;
  const rows = await queryRows<OccupationHit>(
    deps.db,
    rankedLabelSearch(sql`${occupations}`, query.q, query.lang, extra, query.limit),
  );
  return rows.map((r) => ({
    uri: r.uri,
    iscoCode: r.isco_code,
    label: r.label,
    altLabels: r.alt_labels,
    source: r.source,
  }));
}

export async function searchSkills(
  deps: Deps,
  actor: Actor,
  query: SkillSearchQuery,
): Promise<SkillSummary[]> {
  authorize(actor, 'taxonomy.read');
  const extra = query.skillType ? sql`AND c.skill_type = ${query.skillType}` : sql``;
  const rows = await queryRows<SkillHit>(
    deps.db,
    rankedLabelSearch(sql`${skills}`, query.q, query.lang, extra, query.limit),
  );
  return rows.map((r) => ({
    uri: r.uri,
    label: r.label,
    altLabels: r.alt_labels,
    skillType: r.skill_type,
    reuseLevel: r.reuse_level,
    source: r.source,
  }));
}

async function relatedSkills(deps: Deps, uri: string, lang: TaxonomyLanguage) {
  const rows = await queryRows<SkillRef & { relation: string }>(
    deps.db,
    sql`SELECT os.skill_uri AS uri, os.relation, s.skill_type AS "skillType",
          ${labelOf(sql`os.skill_uri`, lang)} AS label
        FROM ${occupationSkills} os LEFT JOIN skills s ON s.uri = os.skill_uri
        WHERE os.occupation_uri = ${uri}
        ORDER BY label, os.skill_uri`,
  );
  const pick = (relation: string) =>
    rows
      .filter((r) => r.relation === relation)
      .map((r) => ({ uri: r.uri, label: r.label, skillType: r.skillType ?? null }));
  return { essentialSkills: pick('essential'), optionalSkills: pick('optional') };
}

async function hierarchy(deps: Deps, uri: string, lang: TaxonomyLanguage) {
  const broader = await queryRows<{ uri: string; label: string }>(
    deps.db,
    sql`SELECT b.broader_uri AS uri, ${labelOf(sql`b.broader_uri`, lang)} AS label
        FROM ${conceptBroader} b WHERE b.uri = ${uri} ORDER BY label`,
  );
  const narrower = await queryRows<{ uri: string; label: string }>(
    deps.db,
    sql`SELECT b.uri, ${labelOf(sql`b.uri`, lang)} AS label
        FROM ${conceptBroader} b WHERE b.broader_uri = ${uri} ORDER BY label`,
  );
  return { broader, narrower };
}

export async function getOccupation(
  deps: Deps,
  actor: Actor,
  uri: string,
  lang: TaxonomyLanguage,
): Promise<OccupationDetail> {
  authorize(actor, 'taxonomy.read');
  const [occupation] = await deps.db.select().from(occupations).where(eq(occupations.uri, uri));
  if (!occupation) throw notFound();
  const labels = await deps.db
    .select()
    .from(conceptLabels)
    .where(eq(conceptLabels.uri, uri))
    .orderBy(sql`(${conceptLabels.lang} = ${lang}) DESC`, sql`(${conceptLabels.lang} = 'it') DESC`);
  const label = labels[0];
  const [group] = await queryRows<{ code: string; label: string }>(
    deps.db,
    sql`SELECT g.code, ${labelOf(sql`g.uri`, lang)} AS label FROM ${iscoGroups} g WHERE g.code = ${occupation.iscoCode}`,
  );
  return {
    uri,
    iscoCode: occupation.iscoCode,
    code: occupation.code,
    label: label?.preferredLabel ?? uri,
    altLabels: label?.altLabels ?? [],
    description: label?.description ?? null,
    source: occupation.source,
    iscoGroup: group ?? null,
    ...(await hierarchy(deps, uri, lang)),
    ...(await relatedSkills(deps, uri, lang)),
  };
}

export async function listCodeList(
  deps: Deps,
  actor: Actor,
  scheme: string,
  lang: TaxonomyLanguage,
): Promise<CodeListEntry[]> {
  authorize(actor, 'taxonomy.read');
  const rows = await deps.db
    .select()
    .from(codeLists)
    .where(eq(codeLists.scheme, scheme))
    .orderBy(asc(codeLists.version), asc(codeLists.sortOrder), asc(codeLists.code));
  if (rows.length === 0) throw notFound();
  return rows.map((r) => ({
    scheme: r.scheme,
    version: r.version,
    code: r.code,
    parentCode: r.parentCode,
    label: lang === 'en' ? r.labelEn : r.labelIt,
    extra: (r.extra ?? {}) as Record<string, unknown>,
  }));
}
