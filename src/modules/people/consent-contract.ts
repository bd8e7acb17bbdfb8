// Consent per purpose (share the CV with employers, newsletters, contacts about programmes): zod schemas shared by
// the server and the web app. Recording a consent appends to the history; nothing is ever overwritten.
import { z } from 'zod';
import { noticeVersions } from './consent-notices.ts';
import { readPurposes } from './contract.ts';
import { consentPurposes } from './domain/consents.ts';

export const consentInput = z.strictObject({
  purpose: z.enum(consentPurposes),
  granted: z.boolean(),
  /** The version of the privacy notice the person acknowledged (consent-notices.ts). */
  noticeVersion: z.enum(noticeVersions),
});
export type ConsentInput = z.infer<typeof consentInput>;

export const consentReadQuery = z.strictObject({ purpose: z.enum(readPurposes) });

const recorder = z.object({ userId: z.string().nullable(), name: z.string().nullable() });

export const consentEventView = z.object({
  purpose: z.enum(consentPurposes),
  granted: z.boolean(),
  noticeVersion: z.string(),
  recordedBy: recorder,
  at: z.string(),
});

export const consentsView = z.object({
  personId: z.uuid(),
  currentNoticeVersion: z.string(),
  /** One entry per purpose, in a fixed order. */
  items: z.array(
    z.object({
      purpose: z.enum(consentPurposes),
      state: z.enum(['granted', 'withdrawn', 'never_asked']),
      at: z.string().nullable(),
      noticeVersion: z.string().nullable(),
      recordedBy: recorder.nullable(),
    }),
  ),
  /** Every event, newest first. */
  history: z.array(consentEventView),
});
export type ConsentsView = z.infer<typeof consentsView>;
