// Contracts of the newsletters module (server and web app): lists, subscribers with double opt-in, issues and
// their delivery status (read from the outbox), and the public confirm / unsubscribe answers.
import { z } from 'zod';

export const subscriberStatuses = ['pending', 'confirmed', 'unsubscribed'] as const;
export const subscriberSources = ['employer_contact', 'user', 'email'] as const;
/** The outbox statuses a delivery can be in (src/platform/mail/db.ts). */
export const deliveryStatuses = ['queued', 'sent', 'failed', 'held'] as const;

export const listInput = z.strictObject({
  name: z.string().trim().min(2, 'required').max(120),
  description: z.string().trim().max(500).nullish(),
});
export type ListInput = z.infer<typeof listInput>;

export const listView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  ownerOrganisationId: z.string(),
  ownerOrganisationName: z.string(),
  createdAt: z.string(),
  subscribers: z.object({ pending: z.number(), confirmed: z.number(), unsubscribed: z.number() }),
  issues: z.number(),
});
export type ListView = z.infer<typeof listView>;

export const subscriberView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  sourceKind: z.enum(subscriberSources),
  status: z.enum(subscriberStatuses),
  requestedAt: z.string(),
  consentAt: z.string().nullable(),
  consentSource: z.string().nullable(),
  unsubscribedAt: z.string().nullable(),
  unsubscribeSource: z.string().nullable(),
});
export type SubscriberView = z.infer<typeof subscriberView>;

export const listDetail = listView.extend({ subscriberList: z.array(subscriberView) });
export type ListDetail = z.infer<typeof listDetail>;

/** Who to ask for an opt-in: employer contacts, users of the platform, typed addresses (any mix). */
export const addSubscribersInput = z
  .strictObject({
    employerContactIds: z.array(z.uuid()).max(500).default([]),
    userIds: z.array(z.uuid()).max(500).default([]),
    emails: z.array(z.email('invalid_email').max(254)).max(500).default([]),
  })
  .refine((v) => v.employerContactIds.length + v.userIds.length + v.emails.length > 0, {
    message: 'required',
    path: ['emails'],
  });
export type AddSubscribersInput = z.infer<typeof addSubscribersInput>;

export const addSubscribersResult = z.object({
  /** Opt-in mails sent (new addresses, pending ones asked again, unsubscribed ones asked anew). */
  requested: z.number(),
  /** Already confirmed: nothing sent. */
  alreadyConfirmed: z.number(),
});

export const issueInput = z.strictObject({
  subject: z.string().trim().min(3, 'required').max(200),
  text: z.string().trim().min(10, 'required').max(50_000),
});
export type IssueInput = z.infer<typeof issueInput>;

export const issuePreview = z.object({
  subject: z.string(),
  /** The text as a subscriber receives it, with the footer and an example unsubscribe link. */
  text: z.string(),
  headers: z.record(z.string(), z.string()),
  recipients: z.number(),
});

const totals = z.object({
  queued: z.number(),
  sent: z.number(),
  failed: z.number(),
  held: z.number(),
});

export const issueView = z.object({
  id: z.string(),
  listId: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  recipients: z.number(),
  sentAt: z.string(),
  totals,
});
export type IssueView = z.infer<typeof issueView>;

export const deliveryView = z.object({
  email: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
});

export const issueDetail = issueView.extend({ deliveries: z.array(deliveryView) });
export type IssueDetail = z.infer<typeof issueDetail>;

export const tokenParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'invalid_token'),
});

export const confirmResult = z.object({ listName: z.string(), email: z.string() });
export const unsubscribeInfo = z.object({
  listName: z.string(),
  email: z.string(),
  status: z.enum(subscriberStatuses),
});
export const unsubscribeResult = z.object({
  listName: z.string(),
  /** unsubscribed now, or already before (the link then does nothing more). */
  outcome: z.enum(['unsubscribed', 'already_unsubscribed']),
});
export type UnsubscribeResult = z.infer<typeof unsubscribeResult>;

/** Candidates for the "add subscribers" picker: employer contacts with an e-mail, users of the network. */
export const candidateQuery = z.strictObject({ q: z.string().trim().max(100).default('') });
export const candidates = z.object({
  contacts: z.array(
    z.object({ id: z.string(), name: z.string(), email: z.string(), employerName: z.string() }),
  ),
  users: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
