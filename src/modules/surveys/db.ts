// The surveys module's tables: surveys (questions as JSON checked by domain/questions.ts), campaigns that send a
// survey to chosen employers or operators, the recipients with their personal link (only the token's sha256 is
// stored, as for every token of the app), their responses, and the hiring needs taken out of the responses so
// that they can be summed by occupation, sector and comune without reading JSON.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { employers } from '../employers/db.ts';
import { users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import type { Answers, Question } from './domain/questions.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    questions: jsonb('questions').$type<Question[]>().notNull().default(sql`'[]'::jsonb`),
    /** draft: questions can change; open: a campaign was sent, answers arrive; closed: no more answers. */
    state: text('state').notNull().default('draft'),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('surveys_owner_idx').on(t.ownerOrganisationId),
    check('surveys_state_check', sql`state IN ('draft', 'open', 'closed')`),
  ],
);

export const surveyCampaigns = pgTable(
  'survey_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** employers | operators */
    audience: text('audience').notNull(),
    /** The filters the recipients were chosen with (kept to show how the list was made). */
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    opensAt: ts('opens_at').notNull(),
    closesAt: ts('closes_at').notNull(),
    /** Non-responders get a reminder this many days after the sending (and again after as many days, up to maxReminders). */
    reminderAfterDays: integer('reminder_after_days'),
    maxReminders: integer('max_reminders').notNull().default(1),
    sentAt: ts('sent_at'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('survey_campaigns_survey_idx').on(t.surveyId),
    check('survey_campaigns_audience_check', sql`audience IN ('employers', 'operators')`),
    check('survey_campaigns_dates_check', sql`closes_at > opens_at`),
  ],
);

export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id').references(() => employers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The same token encrypted (AES-GCM, deps.cipher), so that a reminder re-sends the link the first e-mail had. */
    tokenSealed: text('token_sealed').notNull(),
    sentAt: ts('sent_at'),
    openedAt: ts('opened_at'),
    remindedAt: ts('reminded_at'),
    reminders: integer('reminders').notNull().default(0),
    respondedAt: ts('responded_at'),
  },
  (t) => [
    uniqueIndex('survey_recipients_token_key').on(t.tokenHash),
    index('survey_recipients_campaign_idx').on(t.campaignId),
    check('survey_recipients_who_check', sql`(employer_id IS NULL) <> (user_id IS NULL)`),
  ],
);

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => surveyRecipients.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id').references(() => employers.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<Answers>().notNull(),
    submittedAt: ts('submitted_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('survey_responses_recipient_key').on(t.recipientId),
    index('survey_responses_survey_idx').on(t.surveyId),
  ],
);

/** One row per line of a hiring-needs answer: which occupation, how many, when, which skills. */
export const hiringNeeds = pgTable(
  'hiring_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'cascade' }),
    /** The survey's owner: whose networks see the need. */
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    occupationUri: text('occupation_uri').notNull(),
    positions: integer('positions').notNull(),
    /** 0_6_months | 6_24_months (domain/questions.ts hiringHorizons). */
    horizon: text('horizon').notNull(),
    skillUris: text('skill_uris').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('hiring_needs_response_idx').on(t.responseId),
    index('hiring_needs_owner_idx').on(t.ownerOrganisationId),
    index('hiring_needs_employer_idx').on(t.employerId),
    index('hiring_needs_occupation_idx').on(t.occupationUri),
    check('hiring_needs_horizon_check', sql`horizon IN ('0_6_months', '6_24_months')`),
    check('hiring_needs_positions_check', sql`positions > 0`),
  ],
);
