// Outgoing messages, readable by platform administrators (the only way to see them when SMTP is not set).
import { count, desc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditActorOf } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Deps } from '../deps.ts';
import { actorOf, problems, typed } from '../http/route.ts';
import { mailOutbox } from './db.ts';

const outboxItem = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  kind: z.string(),
  status: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export async function outboxRoutes(fastify: FastifyInstance, deps: Deps) {
  typed(fastify).get(
    '/api/outbox',
    {
      schema: {
        operationId: 'listOutgoingMail',
        tags: ['mail'],
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(outboxItem), total: z.number() }), ...problems(401, 403) },
      },
      config: { action: 'outbox.read' },
    },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(mailOutbox);
        const rows = await tx
          .select()
          .from(mailOutbox)
          .orderBy(desc(mailOutbox.createdAt))
          .limit(req.query.limit)
          .offset(req.query.offset);
        await recordAudit(tx, auditActorOf(actorOf(req)), {
          action: 'outbox.list',
          entityType: 'mail',
          purpose: 'platform_administration',
          details: { returned: rows.length },
        });
        return {
          total,
          items: rows.map((r) => ({
            ...r,
            createdAt: r.createdAt.toISOString(),
            sentAt: r.sentAt?.toISOString() ?? null,
          })),
        };
      }),
  );
}
