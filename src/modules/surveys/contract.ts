// Contracts of the surveys module (server and web app): questions, surveys, campaigns, recipients, the public
// answer form and the results. The structure of a question is checked here; its sense (options, ranges, ids)
// by domain/questions.ts surveyProblems, which names the question.
import { z } from 'zod';
import { hiringHorizons } from './domain/questions.ts';

const questionId = z.string().regex(/^[a-z0-9_-]{1,40}$/i, 'survey_question_id');
const label = z.string().trim().max(500);
const base = { id: questionId, label, required: z.boolean().default(false) };
const option = z.strictObject({
  value: z.string().trim().min(1).max(80),
  label: z.string().trim().min(1).max(200),
});

export const question = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('single_choice'), options: z.array(option).max(30) }),
  z.strictObject({
    ...base,
    kind: z.literal('multiple_choice'),
    options: z.array(option).max(30),
    maxChoices: z.number().int().min(1).max(30).optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('scale'),
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(1).max(20),
    minLabel: z.string().max(80).optional(),
    maxLabel: z.string().max(80).optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('text'),
    maxLength: z.number().int().min(1).max(5000).default(1000),
  }),
  z.strictObject({ ...base, kind: z.literal('hiring_needs') }),
]);
export type QuestionInput = z.infer<typeof question>;

export const surveyStates = ['draft', 'open', 'closed'] as const;

export const surveyInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  intro: z.string().trim().max(4000).default(''),
  questions: z.array(question).max(60).default([]),
});
export type SurveyInput = z.infer<typeof surveyInput>;
export const surveyUpdate = surveyInput.extend({ version: z.number().int().min(1) });
export type SurveyUpdate = z.infer<typeof surveyUpdate>;

export const surveyFromTemplate = z.strictObject({ template: z.literal('hiring_needs') });

export const surveySummary = z.object({
  id: z.uuid(),
  title: z.string(),
  state: z.enum(surveyStates),
  questions: z.number().int(),
  campaigns: z.number().int(),
  responses: z.number().int(),
  ownerOrganisationName: z.string(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

export const surveyView = z.object({
  id: z.uuid(),
  title: z.string(),
  intro: z.string(),
  questions: z.array(question),
  state: z.enum(surveyStates),
  version: z.number().int(),
  ownerOrganisationId: z.uuid(),
  updatedAt: z.string(),
});
export type SurveyView = z.infer<typeof surveyView>;

// Recipients: employers of the caller's networks with an e-mail, or operators (users of network organisations).
export const audiences = ['employers', 'operators'] as const;
export const recipientFilters = z.strictObject({
  audience: z.enum(audiences),
  comuneCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  atecoSection: z
    .string()
    .regex(/^[A-V]$/)
    .optional(),
  hostsInternships: z.boolean().optional(),
  /** operators: only these roles. */
  roles: z.array(z.string().max(40)).max(10).optional(),
});
export type RecipientFilters = z.infer<typeof recipientFilters>;
export const recipientPreview = z.object({
  count: z.number().int(),
  sample: z.array(z.object({ name: z.string(), comune: z.string().nullable() })),
});

export const campaignInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    filters: recipientFilters,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    reminderAfterDays: z.number().int().min(1).max(60).nullable().default(7),
    maxReminders: z.number().int().min(0).max(5).default(1),
  })
  .refine((c) => Date.parse(c.closesAt) > Date.parse(c.opensAt), {
    path: ['closesAt'],
    message: 'survey_closes_before_opens',
  });
export type CampaignInput = z.infer<typeof campaignInput>;

export const campaignView = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  surveyTitle: z.string(),
  name: z.string(),
  audience: z.enum(audiences),
  filters: z.record(z.string(), z.unknown()),
  opensAt: z.string(),
  closesAt: z.string(),
  reminderAfterDays: z.number().int().nullable(),
  maxReminders: z.number().int(),
  sentAt: z.string().nullable(),
  counts: z.object({
    recipients: z.number().int(),
    sent: z.number().int(),
    opened: z.number().int(),
    answered: z.number().int(),
    reminded: z.number().int(),
  }),
});
export type CampaignView = z.infer<typeof campaignView>;

export const recipientView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  sentAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  reminders: z.number().int(),
  respondedAt: z.string().nullable(),
});
export const recipientList = z.object({ items: z.array(recipientView) });

export const sendResult = z.object({ sent: z.number().int() });

// The public answer page.
export const tokenParams = z.strictObject({ token: z.string().min(20).max(100) });
export const hiringNeedAnswer = z.strictObject({
  occupationUri: z.string().max(300),
  positions: z.number().int(),
  horizon: z.enum(hiringHorizons),
  skillUris: z.array(z.string().max(300)).max(30).default([]),
});
const answerValue = z.union([
  z.string().max(5000),
  z.array(z.string().max(200)).max(30),
  z.number(),
  z.array(hiringNeedAnswer).max(50),
  z.null(),
]);
export const answersInput = z.strictObject({ answers: z.record(z.string().max(40), answerValue) });
export const publicSurveyView = z.object({
  title: z.string(),
  intro: z.string(),
  questions: z.array(question),
  recipientName: z.string(),
  closesAt: z.string(),
  answers: z.record(z.string(), z.unknown()).nullable(),
  /** Labels of the occupations already in the answers (the form shows names, not URIs). */
  occupationLabels: z.record(z.string(), z.string()),
});
export const occupationQuery = z.strictObject({ q: z.string().trim().min(2).max(100) });
export const skillsQuery = z.strictObject({ occupationUri: z.string().min(1).max(300) });
export const occupationHits = z.array(z.object({ uri: z.string(), label: z.string() }));
export const answerResult = z.object({ submittedAt: z.string(), updated: z.boolean() });

// Results.
export const resultsView = z.object({
  survey: z.object({ id: z.uuid(), title: z.string(), questions: z.array(question) }),
  responses: z.number().int(),
  results: z.array(z.record(z.string(), z.unknown())),
});
export const needsDimensions = ['occupation', 'sector', 'comune'] as const;
export const needsQuery = z.strictObject({
  by: z.enum(needsDimensions).default('occupation'),
  surveyId: z.uuid().optional(),
  horizon: z.enum(hiringHorizons).optional(),
});
export const needsRow = z.object({
  key: z.string(),
  label: z.string(),
  positions: z.number().int(),
  positionsShort: z.number().int(),
  positionsLong: z.number().int(),
  employers: z.number().int(),
});
export const needsView = z.object({ by: z.enum(needsDimensions), items: z.array(needsRow) });
