// HTTP routes of the surveys module.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export async function surveyRoutes(_fastify: FastifyInstance, _deps: Deps) {}
