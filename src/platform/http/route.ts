// Helpers for declaring routes: the zod type provider and the shared problem response schema for OpenAPI.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policy/policy.ts';
import { AppError } from './errors.ts';

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

// Loose: problems may carry extension members (RFC 9457 §3.2), e.g. `duplicates` or `changedFields`.
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
});

/** Common error responses for the OpenAPI document. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, problemSchema.describe('RFC 9457 problem details')]));

export const idParams = z.strictObject({ id: z.uuid() });
export const okSchema = z.object({ ok: z.literal(true) });

/** The authenticated actor of a request whose route requires a session (the preHandler guarantees it). */
export function actorOf(req: { auth: { actor: Actor } | null }) {
  if (!req.auth) throw new AppError('unauthenticated');
  return req.auth.actor;
}

export type ModuleRoutes = (app: FastifyInstance, deps: Deps) => Promise<void> | void;
