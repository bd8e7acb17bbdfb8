// HTTP routes of the audit log: a paged, filtered list and an XLSX/CSV export.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { actorOf, problems, typed } from '../../platform/http/route.ts';
import { auditExportQuery, auditPage, auditQuery } from './contract.ts';
import { auditCsv, auditXlsx } from './export.ts';
import { exportAuditEvents, listAuditEvents } from './service.ts';

export async function auditRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  const tags = ['audit'];
  app.get(
    '/api/audit-events',
    {
      schema: {
        operationId: 'listAuditEvents',
        tags,
        querystring: auditQuery,
        response: { 200: auditPage, ...problems(400, 401, 403) },
      },
      config: { action: 'audit.read' },
    },
    async (req) => listAuditEvents(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/audit-events/export',
    {
      schema: {
        operationId: 'exportAuditEvents',
        tags,
        querystring: auditExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
      config: { action: 'audit.export' },
    },
    async (req, reply) => {
      const { format, ...filters } = req.query;
      const rows = await exportAuditEvents(deps, actorOf(req), filters, format);
      const stamp = deps.now().toISOString().slice(0, 10);
      reply.header('Content-Disposition', `attachment; filename="registro-accessi-${stamp}.${format}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(auditCsv(rows));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await auditXlsx(rows));
    },
  );
}
