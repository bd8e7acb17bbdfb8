// Test harness: the real app (all modules, real database, demo territory as fixture) with a movable clock and
// helpers to sign in as any demo user.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, makeDeps, prepareDatabase } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemoIfEmpty } from '../../src/demo/start.ts';
import { memberships, users } from '../../src/modules/identity/db.ts';
import { createSession } from '../../src/modules/identity/sessions.ts';
import type { Database } from '../../src/platform/db/client.ts';
import type { Deps } from '../../src/platform/deps.ts';
import { freshDatabase } from './database.ts';
import { TEST_KEY } from './template.ts';

export { TEST_KEY };

export type Client = {
  cookie: string;
  csrf: string;
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
};

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  database: Database;
  clock: { now: Date; advance: (ms: number) => void };
  /** A complete session for a user (optionally in a given organisation), without password or second factor. */
  sessionFor: (email: string, organisationId?: string) => Promise<Client>;
  anonymous: () => Client;
  close: () => Promise<void>;
};

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rl-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    ENCRYPTION_KEY: TEST_KEY,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const { database, seeded, drop } = await freshDatabase({ seeded: true });
  if (!seeded) await prepareDatabase(config, database);
  // The clock follows real time, shifted by what tests add with `clock.advance`.
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const deps = makeDeps(config, database, now);
  if (!seeded) await seedDemoIfEmpty(deps);
  const app = await buildApp(deps, database, { logger: false, serveWeb: false });
  await app.ready();

  const makeClient = (cookie: string, csrf: string): Client => {
    const client: Client = {
      cookie,
      csrf,
      request: async (opts) => {
        const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
        if (client.cookie) headers.cookie = client.cookie;
        if (client.csrf && opts.method && opts.method !== 'GET') headers['x-csrf-token'] ??= client.csrf;
        const res = await app.inject({ ...opts, headers });
        const set = res.cookies.find((c) => c.name === 'rl_session');
        if (set) client.cookie = set.value ? `rl_session=${set.value}` : '';
        return res;
      },
    };
    return client;
  };

  return {
    app,
    deps,
    database,
    clock: {
      get now() {
        return now();
      },
      advance: (ms: number) => {
        offset += ms;
      },
    },
    anonymous: () => makeClient('', ''),
    async sessionFor(email, organisationId) {
      const [user] = await deps.db.select().from(users).where(eq(users.email, email));
      if (!user) throw new Error(`no demo user ${email}`);
      const [m] = organisationId
        ? [{ organisationId }]
        : await deps.db.select().from(memberships).where(eq(memberships.userId, user.id)).limit(1);
      const { token } = await createSession(
        deps.db,
        config,
        { userId: user.id, organisationId: m?.organisationId ?? null, stage: 'complete', ip: '127.0.0.1' },
        now(),
      );
      const client = makeClient(`rl_session=${token}`, '');
      const session = await client.request({ method: 'GET', url: '/api/auth/session' });
      client.csrf = session.json().csrfToken;
      return client;
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
}
