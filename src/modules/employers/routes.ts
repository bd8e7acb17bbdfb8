// HTTP routes of the employers module.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export async function employerRoutes(_fastify: FastifyInstance, _deps: Deps) {}
