// HTTP routes of the newsletters module.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export async function newsletterRoutes(_fastify: FastifyInstance, _deps: Deps) {}
