// Batched writes of taxonomy rows: one multi-row INSERT … ON CONFLICT per batch, never one round trip per row.
// Rows are keyed by concept URI, so importing the same bundle again rewrites the same rows (idempotent), and a
// newer ESCO version updates them in place. Updates that would change nothing are skipped (updated_at stays).
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { conceptBroader, conceptLabels, iscoGroups, occupationSkills, occupations, skills } from '../db.ts';

export type IscoGroupRow = typeof iscoGroups.$inferInsert;
export type OccupationRow = Omit<typeof occupations.$inferInsert, 'updatedAt'>;
export type SkillRow = Omit<typeof skills.$inferInsert, 'updatedAt'>;
export type LabelRow = {
  uri: string;
  lang: string;
  preferredLabel: string;
  altLabels: string[];
  description: string | null;
};
export type BroaderRow = typeof conceptBroader.$inferInsert;
export type RelationRow = { occupationUri: string; skillUri: string; relation: 'essential' | 'optional' };

/** The last row wins for a repeated key: one INSERT … ON CONFLICT DO UPDATE may not touch a row twice. */
function unique<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

export async function upsertIscoGroups(tx: Tx, rows: IscoGroupRow[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(iscoGroups)
    .values(unique(rows, (r) => r.uri))
    .onConflictDoUpdate({
      target: iscoGroups.uri,
      set: { code: excluded('code'), source: excluded('source') },
      setWhere: sql`(isco_groups.code, isco_groups.source) IS DISTINCT FROM (excluded.code, excluded.source)`,
    });
}

export async function upsertOccupations(tx: Tx, rows: OccupationRow[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(occupations)
    .values(unique(rows, (r) => r.uri))
    .onConflictDoUpdate({
      target: occupations.uri,
      set: {
        iscoCode: excluded('isco_code'),
        code: excluded('code'),
        status: excluded('status'),
        source: excluded('source'),
        updatedAt: sql`now()`,
      },
      setWhere: sql`(occupations.isco_code, occupations.code, occupations.status, occupations.source)
        IS DISTINCT FROM (excluded.isco_code, excluded.code, excluded.status, excluded.source)`,
    });
}

export async function upsertSkills(tx: Tx, rows: SkillRow[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(skills)
    .values(unique(rows, (r) => r.uri))
    .onConflictDoUpdate({
      target: skills.uri,
      set: {
        skillType: excluded('skill_type'),
        reuseLevel: excluded('reuse_level'),
        status: excluded('status'),
        source: excluded('source'),
        updatedAt: sql`now()`,
      },
      setWhere: sql`(skills.skill_type, skills.reuse_level, skills.status, skills.source)
        IS DISTINCT FROM (excluded.skill_type, excluded.reuse_level, excluded.status, excluded.source)`,
    });
}

/**
 * Labels of one language. A label already there (from the starter list or an older version) is not lost: its
 * preferred label and alternative labels stay among the alternative labels, after the new ones, each once.
 */
const mergedAltLabels = sql`(
  SELECT coalesce(array_agg(m.label ORDER BY m.pos), '{}'::text[])
  FROM (
    SELECT u.label, min(u.pos) AS pos
    FROM unnest(excluded.alt_labels || concept_labels.alt_labels || concept_labels.preferred_label)
      WITH ORDINALITY AS u(label, pos)
    WHERE u.label <> excluded.preferred_label
    GROUP BY u.label
  ) m
)`;

export async function upsertLabels(tx: Tx, rows: LabelRow[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(conceptLabels)
    .values(unique(rows, (r) => `${r.uri}\n${r.lang}`))
    .onConflictDoUpdate({
      target: [conceptLabels.uri, conceptLabels.lang],
      set: {
        preferredLabel: excluded('preferred_label'),
        altLabels: mergedAltLabels,
        description: sql`coalesce(excluded.description, concept_labels.description)`,
      },
    });
}

export async function insertBroader(tx: Tx, rows: BroaderRow[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(conceptBroader)
    .values(unique(rows, (r) => `${r.uri}\n${r.broaderUri}`))
    .onConflictDoNothing();
}

export async function upsertRelations(tx: Tx, rows: RelationRow[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(occupationSkills)
    .values(unique(rows, (r) => `${r.occupationUri}\n${r.skillUri}`))
    .onConflictDoUpdate({
      target: [occupationSkills.occupationUri, occupationSkills.skillUri],
      set: { relation: excluded('relation') },
      setWhere: sql`occupation_skills.relation IS DISTINCT FROM excluded.relation`,
    });
}
