// The taxonomy module's tables: occupations and skills (ESCO concepts, merged by concept URI across languages and
// versions), ISCO-08 groups, their hierarchies and the occupation–skill relations; plus the small Italian code
// lists (ATECO divisions, education levels, CEFR, driving licences…) in one table keyed by scheme and version.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const occupations = pgTable(
  'occupations',
  {
    uri: text('uri').primaryKey(), // ESCO concept URI
    iscoCode: text('isco_code').notNull(), // ISCO-08 unit group, 4 digits
    code: text('code'), // ESCO code, e.g. 8344.1
    status: text('status').notNull().default('released'),
    /** Where the concept comes from and which version: "ESCO 1.1.0", "ReteLavoro starter it 1". */
    source: text('source').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('occupations_isco_idx').on(t.iscoCode)],
);

export const skills = pgTable('skills', {
  uri: text('uri').primaryKey(),
  /** skill/competence | knowledge */
  skillType: text('skill_type'),
  /** transversal | cross-sector | sector-specific | occupation-specific */
  reuseLevel: text('reuse_level'),
  status: text('status').notNull().default('released'),
  source: text('source').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const iscoGroups = pgTable('isco_groups', {
  uri: text('uri').primaryKey(),
  code: text('code').notNull().unique(),
  source: text('source').notNull(),
});

/** Labels of any concept (occupation, skill, ISCO group, skill group) per language. */
export const conceptLabels = pgTable(
  'concept_labels',
  {
    uri: text('uri').notNull(),
    lang: text('lang').notNull(),
    preferredLabel: text('preferred_label').notNull(),
    altLabels: text('alt_labels').array().notNull().default(sql`'{}'::text[]`),
    description: text('description'),
  },
  (t) => [
    primaryKey({ columns: [t.uri, t.lang] }),
    index('concept_labels_label_idx').on(t.lang, sql`lower(${t.preferredLabel})`),
  ],
);

/** Broader/narrower hierarchy of occupations, ISCO groups, skills and skill groups. */
export const conceptBroader = pgTable(
  'concept_broader',
  {
    uri: text('uri').notNull(),
    broaderUri: text('broader_uri').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.uri, t.broaderUri] }),
    index('concept_broader_broader_idx').on(t.broaderUri),
  ],
);

export const occupationSkills = pgTable(
  'occupation_skills',
  {
    occupationUri: text('occupation_uri').notNull(),
    skillUri: text('skill_uri').notNull(),
    relation: text('relation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationUri, t.skillUri] }),
    check('occupation_skills_relation_check', sql`relation IN ('essential', 'optional')`),
    index('occupation_skills_skill_idx').on(t.skillUri),
  ],
);

/** Small coded lists: ATECO 2007 divisions, SAP education levels (→ ISCED 2011 / EQF), CEFR, licences, CO codes. */
export const codeLists = pgTable(
  'code_lists',
  {
    scheme: text('scheme').notNull(), // e.g. ateco, sap-education, cefr, driving-licence
    version: text('version').notNull(), // e.g. 2007-2022, 2013, 2001
    code: text('code').notNull(),
    parentCode: text('parent_code'),
    labelIt: text('label_it').notNull(),
    labelEn: text('label_en').notNull(),
    /** Mappings and properties, e.g. { isced: '3', eqf: 4 } for education levels. */
    extra: jsonb('extra').notNull().default({}),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scheme, t.version, t.code] })],
);

/** Every taxonomy import with its progress and outcome. */
export const taxonomyImports = pgTable('taxonomy_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  source: text('source').notNull(),
  language: text('language'),
  version: text('version'),
  status: text('status').notNull(), // running | done | failed
  /** { occupations, skills, iscoGroups, relations, labels, phase, processed, total } */
  progress: jsonb('progress').notNull().default({}),
  error: text('error'),
  startedAt: ts('started_at').notNull().defaultNow(),
  finishedAt: ts('finished_at'),
  startedBy: uuid('started_by'),
});
