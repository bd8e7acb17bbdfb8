// Prometheus metrics: process defaults plus request duration by route and status.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const auditEvents = new Counter({
    name: 'audit_events_total',
    help: 'Audit events written',
    registers: [registry],
  });
  return { registry, httpDuration, auditEvents };
}
export type Metrics = ReturnType<typeof createMetrics>;
