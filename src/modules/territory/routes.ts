// HTTP routes of the territory module.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export async function territoryRoutes(_fastify: FastifyInstance, _deps: Deps) {}
