import type { Actor } from '../policy/policy.ts';
import type { AuditActor } from './audit.ts';

export const auditActorOf = (a: Actor): AuditActor => ({
  userId: a.userId,
  organisationId: a.organisationId,
  role: a.role,
  ip: a.ip,
});
