// The audit log page's API.
import { z } from 'zod';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const auditQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  action: z.string().trim().max(80).optional(),
  entityType: z.string().trim().max(80).optional(),
  userId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  mine: bool.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditExportQuery = auditQuery.omit({ limit: true, before: true }).extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const auditEventView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorOrganisationId: z.string().nullable(),
  actorOrganisationName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  purpose: z.string(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof auditEventView>;

export const auditPage = z.object({
  items: z.array(auditEventView),
  nextBefore: z.number().int().nullable(),
});
