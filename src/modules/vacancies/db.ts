// The vacancies module's tables: job offers (with the requirements the matching engine reads) and their
// shortlists — the people proposed for an offer and where each stands (domain/shortlist.ts), with the history of
// moves. State and stage values are the domain's tables (domain/lifecycle.ts, domain/shortlist.ts).
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { employers } from '../employers/db.ts';
import { comuni, organisations } from '../network/db.ts';
import { people } from '../people/db.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

export const vacancies = pgTable(
  'vacancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    /** Who keeps the offer: the employer's own organisation, or the operator's that entered it. */
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** ESCO occupation URI (taxonomy). */
    occupationUri: text('occupation_uri').notNull(),
    essentialSkills: textArray('essential_skills'),
    optionalSkills: textArray('optional_skills'),
    minExperienceMonths: integer('min_experience_months').notNull().default(0),
    /** Minimum education as an EQF level (1–8). */
    minEqfLevel: integer('min_eqf_level'),
    /** [{ code: ISO 639-1, level: CEFR }] */
    languages: jsonb('languages').$type<{ code: string; level: string }[]>().notNull().default([]),
    /** Driving licence categories (B, C, CE…) and certificates (forklift…), codes of the people module. */
    licences: textArray('licences'),
    /** CO contract type code (e.g. A.02.00 tempo determinato; C.01.00 tirocinio). */
    contractType: text('contract_type').notNull(),
    workingTime: text('working_time').notNull(),
    weeklyHours: integer('weekly_hours'),
    siteComuneCode: text('site_comune_code')
      .notNull()
      .references(() => comuni.code),
    siteAddress: text('site_address'),
    positions: integer('positions').notNull().default(1),
    /** Positions filled by hires recorded in the shortlist. */
    hired: integer('hired').notNull().default(0),
    startDate: day('start_date'),
    deadline: day('deadline'),
    /** 'l68', 'internship', or target-group codes. */
    reservedFor: textArray('reserved_for'),
    state: text('state').notNull().default('draft'),
    publishedAt: ts('published_at'),
    /** Last time the offer was confirmed current; the stale-offer clock starts here. */
    refreshedAt: ts('refreshed_at'),
    closedAt: ts('closed_at'),
    /** Why it left the public list: 'deadline_passed', 'not_refreshed', 'closed', 'filled'. */
    stateReason: text('state_reason'),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('vacancies_employer_idx').on(t.employerId),
    index('vacancies_owner_idx').on(t.ownerOrganisationId),
    index('vacancies_state_idx').on(t.state, t.refreshedAt),
    index('vacancies_occupation_idx').on(t.occupationUri),
    index('vacancies_comune_idx').on(t.siteComuneCode),
    check('vacancies_state_check', sql`state IN ('draft', 'published', 'unpublished', 'closed', 'filled')`),
    check('vacancies_working_time_check', sql`working_time IN ('full_time', 'part_time')`),
    check('vacancies_positions_check', sql`positions >= 1 AND hired >= 0`),
  ],
);

export const shortlistEntries = pgTable(
  'shortlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    stage: text('stage').notNull().default('proposed'),
    movedAt: ts('moved_at').notNull().defaultNow(),
    /** The score and its breakdown when proposed (the explanation the employer and operator saw). */
    score: real('score'),
    explanation: jsonb('explanation'),
    interviewAt: ts('interview_at'),
    interviewPlace: text('interview_place'),
    contractType: text('contract_type'),
    startDate: day('start_date'),
    notSelectedReason: text('not_selected_reason'),
    note: text('note'),
    /** The person agreed that this employer may see who they are (name and contacts) for this vacancy. */
    disclosureConsentAt: ts('disclosure_consent_at'),
    /** Who recorded the current disclosure decision (the citizen themselves or an operator on their behalf). */
    disclosureRecordedBy: uuid('disclosure_recorded_by'),
    /** 'self' (the citizen, from their own page) or 'operator'; the full history is in the audit log. */
    disclosureSource: text('disclosure_source'),
    /** When the proposer was last reminded that the entry is stale (one reminder per wait: see shortlist-reminders.ts). */
    staleRemindedAt: ts('stale_reminded_at'),
    proposedBy: uuid('proposed_by'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('shortlist_entries_vacancy_person_key').on(t.vacancyId, t.personId),
    index('shortlist_entries_person_idx').on(t.personId, t.stage),
    check(
      'shortlist_entries_stage_check',
      sql`stage IN ('proposed', 'contacted', 'interview', 'hired', 'not_selected', 'withdrew')`,
    ),
  ],
);

export const shortlistMoves = pgTable(
  'shortlist_moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => shortlistEntries.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    facts: jsonb('facts'),
    movedBy: uuid('moved_by'),
    movedAt: ts('moved_at').notNull().defaultNow(),
  },
  (t) => [index('shortlist_moves_entry_idx').on(t.entryId)],
);
