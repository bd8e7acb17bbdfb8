// The shortlist API (zod schemas shared by the server and the web app): proposing a person for a vacancy, moving
// an entry along its path (domain/shortlist.ts) with the facts each move needs, the employer's view (anonymised
// cards until the person consents to disclosure), the citizen's "Le mie candidature" and the stale entries list.
import { z } from 'zod';
import { candidateCard } from '../people/candidate-card-contract.ts';
import { notSelectedReasons, shortlistStages } from './domain/shortlist.ts';

const contractCode = z.string().regex(/^[A-Z]\.\d{2}\.\d{2}$/, 'invalid_contract_type');

export const addToShortlistInput = z.strictObject({
  personId: z.uuid(),
  /** The matching score and its breakdown when proposed from the match results (kept as shown). */
  score: z.number().min(0).max(1000).optional(),
  explanation: z.record(z.string(), z.unknown()).optional(),
});
export type AddToShortlistInput = z.infer<typeof addToShortlistInput>;

/** A move: the stage to reach and the facts it needs (checked by the server, fields named when missing). */
export const updateShortlistEntryInput = z.strictObject({
  stage: z.enum(shortlistStages),
  version: z.int().min(1),
  interviewAt: z.iso.datetime({ offset: true }).optional(),
  interviewPlace: z.string().trim().min(1).max(200).optional(),
  contractType: contractCode.optional(),
  startDate: z.iso.date().optional(),
  notSelectedReason: z.enum(notSelectedReasons).optional(),
  note: z.string().trim().max(500).optional(),
});
export type UpdateShortlistEntryInput = z.infer<typeof updateShortlistEntryInput>;

export const disclosureInput = z.strictObject({ granted: z.boolean() });
export type DisclosureInput = z.infer<typeof disclosureInput>;

export const identityView = z.object({
  personId: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type IdentityView = z.infer<typeof identityView>;

export const disclosureView = z.object({
  granted: z.boolean(),
  at: z.string().nullable(),
  source: z.enum(['self', 'operator']).nullable(),
});

export const shortlistEntryView = z.object({
  id: z.uuid(),
  vacancyId: z.uuid(),
  stage: z.enum(shortlistStages),
  movedAt: z.string(),
  /** Waiting longer than STALE_AFTER_DAYS at this stage (computed on read). */
  stale: z.boolean(),
  allowedMoves: z.array(z.enum(shortlistStages)),
  /** The match score and explanation when proposed: only for those who read person records (not employers). */
  score: z.number().nullable(),
  explanation: z.unknown().nullable(),
  interviewAt: z.string().nullable(),
  interviewPlace: z.string().nullable(),
  contractType: z.string().nullable(),
  startDate: z.string().nullable(),
  notSelectedReason: z.enum(notSelectedReasons).nullable(),
  note: z.string().nullable(),
  disclosure: disclosureView,
  /** The anonymised card (null when the person no longer shares their CV with employers). */
  card: candidateCard.nullable(),
  /** Name and contacts: operators always; an employer only after the person consented to disclosure. */
  identity: identityView.nullable(),
  version: z.number().int(),
});
export type ShortlistEntryView = z.infer<typeof shortlistEntryView>;

export const shortlistBoardView = z.object({
  vacancy: z.object({
    id: z.uuid(),
    title: z.string(),
    state: z.string(),
    positions: z.number().int(),
    hired: z.number().int(),
  }),
  entries: z.array(shortlistEntryView),
  /** What the caller may do here (the interface shows only that). */
  can: z.object({
    propose: z.boolean(),
    update: z.boolean(),
    recordDisclosure: z.boolean(),
    /** Stages the caller may move entries to (employers: not 'withdrew', which only the person states). */
    stages: z.array(z.enum(shortlistStages)),
  }),
});
export type ShortlistBoardView = z.infer<typeof shortlistBoardView>;

export const staleListQuery = z.strictObject({
  stale: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const staleEntryView = z.object({
  id: z.uuid(),
  vacancyId: z.uuid(),
  vacancyTitle: z.string(),
  employerName: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  stage: z.enum(shortlistStages),
  movedAt: z.string(),
  daysWaiting: z.number().int(),
  stale: z.boolean(),
});
export const staleListView = z.object({ items: z.array(staleEntryView) });
export type StaleListView = z.infer<typeof staleListView>;

/** A citizen's own application (an entry of a shortlist they are on), with the disclosure they can give. */
export const myApplicationView = z.object({
  id: z.uuid(),
  vacancyTitle: z.string(),
  employerName: z.string(),
  comuneName: z.string().nullable(),
  stage: z.enum(shortlistStages),
  movedAt: z.string(),
  interviewAt: z.string().nullable(),
  interviewPlace: z.string().nullable(),
  disclosure: disclosureView,
});
export type MyApplicationView = z.infer<typeof myApplicationView>;
export const myApplicationsView = z.object({ items: z.array(myApplicationView) });
