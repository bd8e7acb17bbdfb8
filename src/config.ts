// Environment → typed configuration. Every variable is documented in README.md ("Configuration").
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  DEMO_SEED: bool.default(true),
  DEMO_BOUNDARIES_FILE: z.string().optional(),
  ENCRYPTION_KEY: z.string().optional(),
  ENCRYPTION_KEY_PREVIOUS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: int(1024, 100 * 1024 * 1024).default(1024 * 1024),
  RATE_LIMIT_PER_MINUTE: int(1, 100000).default(600),
  SESSION_IDLE_MINUTES: int(1, 24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: int(1, 24 * 30).default(12),
  LOGIN_MAX_FAILURES: int(1, 100).default(5),
  LOGIN_LOCKOUT_MINUTES: int(1, 24 * 60).default(15),
  MFA_REQUIRED: z.string().default('special-category'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('ReteLavoro <noreply@retelavoro.local>'),
  SHUTDOWN_GRACE_MS: int(0, 120000).default(10000),
  RETENTION_INACTIVE_MONTHS: int(1, 1200).default(36),
  DOCUMENT_MAX_BYTES: int(1024, 50 * 1024 * 1024).default(5 * 1024 * 1024),
  VACANCY_STALE_AFTER_DAYS: int(1, 365).default(30),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  demoSeed: boolean;
  /** Comuni boundaries (TopoJSON/GeoJSON) imported at a demo start when none are there yet; when unset,
   * ../shared/data/geo/limits_R_1_municipalities.topo.json if present (see src/demo/boundaries.ts). */
  demoBoundariesFile: string | undefined;
  encryptionKey: string | undefined;
  /** Comma-separated base64 keys still accepted for reading during a rotation (npm run keys:rotate). */
  encryptionKeyPrevious: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  session: { idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  login: { maxFailures: number; lockoutMinutes: number };
  /** 'special-category' (roles whose policy lets them read special-category data), 'all', 'none', or a list of roles. */
  mfaRequired: string;
  mail: { smtpUrl: string | undefined; from: string };
  shutdownGraceMs: number;
  /** People whose record has not changed for this long are anonymised (modules/people/rights-retention.ts). */
  retention: { inactiveMonths: number };
  /** Documents of a person (CVs, certificates) are stored in the database: each at most this many bytes. */
  documents: { maxBytes: number };
  /** Published vacancies not refreshed for this many days leave the public list (modules/vacancies/stale.ts). */
  vacancies: { staleAfterDays: number };
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(
      `Configurazione non valida / Invalid configuration:\n${lines.join('\n')}\nSee README.md, "Configuration".`,
    );
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    demoSeed: e.DEMO_SEED,
    demoBoundariesFile: e.DEMO_BOUNDARIES_FILE || undefined,
    encryptionKey: e.ENCRYPTION_KEY,
    encryptionKeyPrevious: e.ENCRYPTION_KEY_PREVIOUS || undefined,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    session: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      secureCookie: publicUrl.startsWith('https://'),
    },
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES },
    mfaRequired: e.MFA_REQUIRED,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    retention: { inactiveMonths: e.RETENTION_INACTIVE_MONTHS },
    documents: { maxBytes: e.DOCUMENT_MAX_BYTES },
    vacancies: { staleAfterDays: e.VACANCY_STALE_AFTER_DAYS },
  };
}
