// HTTP routes of the matching module.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export async function matchingRoutes(_fastify: FastifyInstance, _deps: Deps) {}
