// The platform's promises over HTTP: health, metrics, OpenAPI, security headers, problem+json for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR } from '../helpers/demo-users.ts';

describe.skipIf(skipDatabase)('API basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(() => t?.close());

  it('answers health, readiness and Prometheus metrics', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('http_request_duration_seconds');
    expect(metrics.body).toContain('process_cpu_user_seconds_total');
  });

  it('publishes OpenAPI 3.1 with stable operationIds and readable docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>)
      .flatMap((methods) => Object.values(methods).map((m) => m.operationId))
      .filter(Boolean);
    for (const id of [
      'login',
      'logout',
      'getSession',
      'listOrganisations',
      'createOrganisation',
      'listAuditEvents',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('sends security headers and a CSP', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBeDefined();
  });

  it('refuses malformed JSON with a 400 problem in the user language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'malformed_json', title: 'Unreadable request' });
  });

  it('names every wrong, missing and unknown field (Italian by default)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 42, extra: true, another: 1 },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.title).toBe('Dati non validi');
    const fields = body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['another', 'email', 'extra', 'password']);
    const password = body.errors.find((e: { field: string }) => e.field === 'password');
    expect(password.code).toBe('required');
    expect(password.message).toBe('Campo obbligatorio.');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.it', password: 'x'.repeat(10_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('answers unknown API paths with a 404 problem and never leaks internals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    const c = await t.sessionFor(COORDINATOR);
    const bad = await c.request({ method: 'GET', url: '/api/organisations/not-a-uuid' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/at .*\.ts:\d+|SELECT|stack/i);
  });

  it('requires a session for the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });
});
