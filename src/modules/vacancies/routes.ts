// HTTP routes of the vacancies module.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export async function vacancyRoutes(_fastify: FastifyInstance, _deps: Deps) {}
