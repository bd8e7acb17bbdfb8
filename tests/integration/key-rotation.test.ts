// Encryption-key rotation: values written with key A are re-encrypted with key B (A still readable meanwhile);
// afterwards the app configured with B alone reads everything, and a second rotation changes nothing.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, makeDeps } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { totpCode } from '../../src/platform/auth/totp.ts';
import { countByKey, rotateEncryptedColumns } from '../../src/platform/crypto/rotate.ts';
import { createKeyring, keyIdOf, parseKey } from '../../src/platform/crypto/secrets.ts';
import { startTestApp, TEST_KEY, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { ANALYST, CPI_OPERATOR, DEMO_PASSWORD } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

const SOCIAL_WORKER_CHIERI = 'valentina.cerutti@servizisociali-chierese.example';
const keyA = parseKey(TEST_KEY);
const keyB = Buffer.alloc(32, 11);

/** A cookie-keeping client on any app instance (the harness's clients are bound to its own app). */
function clientOn(app: FastifyInstance, cookie = '') {
  const c = {
    cookie,
    csrf: '',
    async request(opts: InjectOptions) {
      const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
      if (c.cookie) headers.cookie = c.cookie;
      if (c.csrf && opts.method && opts.method !== 'GET') headers['x-csrf-token'] = c.csrf;
      const res = await app.inject({ ...opts, headers });
      const set = res.cookies.find((k) => k.name === 'rl_session');
      if (set) c.cookie = set.value ? `rl_session=${set.value}` : '';
      return res;
    },
    async refreshCsrf() {
      c.csrf = (await c.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
    },
  };
  return c;
}

describe.skipIf(skipDatabase)('encryption-key rotation', () => {
  let t: TestApp;
  let appB: FastifyInstance | undefined;
  let totpSecret = '';
  let personId = '';

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await appB?.close();
    await t?.close();
  });

  it('writes a TOTP secret and a special-category record with key A', async () => {
    expect(t.deps.cipher.keyId).toBe(keyIdOf(keyA));
    const analyst = clientOn(t.app);
    await analyst.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ANALYST, password: DEMO_PASSWORD },
    });
    await analyst.refreshCsrf();
    const start = (await analyst.request({ method: 'POST', url: '/api/account/totp' })).json();
    totpSecret = start.secret;
    const confirm = await analyst.request({
      method: 'POST',
      url: '/api/account/totp/confirm',
      payload: { code: await totpCode(totpSecret, t.clock.now) },
    });
    expect(confirm.statusCode).toBe(200);

    const op = await t.sessionFor(CPI_OPERATOR);
    const created = await op.request({ method: 'POST', url: '/api/people', payload: personPayload() });
    expect(created.statusCode).toBe(201);
    personId = created.json().id;
    const sw = await t.sessionFor(SOCIAL_WORKER_CHIERI);
    const put = await sw.request({
      method: 'PUT',
      url: `/api/people/${personId}/special-records`,
      payload: { category: 'disability', invalidityKind: 'civil', invalidityPercent: 74, l68Enrolled: true },
    });
    expect(put.statusCode).toBe(200);

    const counts = await countByKey(t.deps.db);
    expect(counts.map((c) => c.keyId)).toEqual(counts.map(() => keyIdOf(keyA)));
    // The demo's survey campaign holds sealed personal links too (for reminders).
    expect(counts.map((c) => `${c.table}.${c.column}`).sort()).toEqual([
      'person_special_records.payload',
      'survey_recipients.token_sealed',
      'users.totp_secret',
    ]);
  });

  it('re-encrypts every value with key B, reading the old ones with A as previous key', async () => {
    const before = await countByKey(t.deps.db);
    const total = before.reduce((n, c) => n + c.count, 0);
    const ring = createKeyring(keyB, [keyA]);
    const result = await rotateEncryptedColumns(t.deps.db, ring, { batchSize: 2 });
    expect(result.reduce((n, r) => n + r.rotated, 0)).toBe(total);
    expect(result.every((r) => r.alreadyCurrent === 0)).toBe(true);
    const after = await countByKey(t.deps.db);
    expect(after.every((c) => c.keyId === keyIdOf(keyB))).toBe(true);
    expect(after.reduce((n, c) => n + c.count, 0)).toBe(total);
  });

  it('runs the app with key B only: TOTP sign-in and special-category reads work', async () => {
    const config = loadConfig({
      DATA_DIR: t.deps.config.dataDir,
      ENCRYPTION_KEY: keyB.toString('base64'),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    const deps = makeDeps(config, t.database, () => t.clock.now);
    expect(deps.cipher.keyId).toBe(keyIdOf(keyB));
    appB = await buildApp(deps, t.database, { logger: false, serveWeb: false });
    await appB.ready();

    t.clock.advance(31_000); // a fresh TOTP time step
    const analyst = clientOn(appB);
    const login = await analyst.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ANALYST, password: DEMO_PASSWORD },
    });
    expect(login.json()).toEqual({ stage: 'mfa_pending' });
    await analyst.refreshCsrf();
    const second = await analyst.request({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code: await totpCode(totpSecret, t.clock.now) },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ stage: 'complete' });

    // Sessions live in the database: a session made by the harness works on the key-B app too.
    const sw = clientOn(appB, (await t.sessionFor(SOCIAL_WORKER_CHIERI)).cookie);
    const read = await sw.request({
      method: 'GET',
      url: `/api/people/${personId}/special-records?purpose=social_support`,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().items[0].data).toMatchObject({ category: 'disability', invalidityPercent: 74 });
  });

  it('is a no-op the second time', async () => {
    const before = await countByKey(t.deps.db);
    const result = await rotateEncryptedColumns(t.deps.db, createKeyring(keyB, [keyA]));
    expect(result.reduce((n, r) => n + r.rotated, 0)).toBe(0);
    expect(result.reduce((n, r) => n + r.alreadyCurrent, 0)).toBe(before.reduce((n, c) => n + c.count, 0));
    expect(await countByKey(t.deps.db)).toEqual(before);
  });

  it('stops with the key to configure when a value names a key that is not configured', async () => {
    const keyC = Buffer.alloc(32, 12);
    await expect(rotateEncryptedColumns(t.deps.db, createKeyring(keyC, [keyA]))).rejects.toThrow(
      `made with key ${keyIdOf(keyB)}, configure it in ENCRYPTION_KEY_PREVIOUS`,
    );
    expect((await countByKey(t.deps.db)).every((c) => c.keyId === keyIdOf(keyB))).toBe(true);
  });
});
