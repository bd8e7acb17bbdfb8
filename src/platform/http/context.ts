// What every request carries once the auth hook has run. Modules read `req.auth` and never the cookie.

import type { Locale } from '../i18n/locale.ts';
import type { Actor } from '../policy/policy.ts';
import type { Action, Role } from '../policy/table.ts';

export type SessionStage = 'complete' | 'mfa_pending' | 'mfa_enrolment';

export type RequestAuth = {
  sessionId: string;
  stage: SessionStage;
  csrfToken: string;
  actor: Actor;
};

/** Per-route settings read by the platform hooks. */
export type RouteSettings = {
  /** The policy action this route performs; the hook refuses roles that lack it (403). */
  action?: Action;
  /** Reachable without a session (login, password reset, health…). */
  public?: boolean;
  /** Reachable with a session that still owes its second factor (the two-factor and enrolment steps). */
  duringMfa?: boolean;
};

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig extends RouteSettings {}
}

export type { Role };
