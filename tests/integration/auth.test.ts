// Sign-in: password, generic errors, lockout, sessions (idle/absolute expiry), CSRF, two-factor, password reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/platform/auth/totp.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import {
  ANALYST,
  CITIZEN,
  COORDINATOR,
  DEMO_PASSWORD,
  EMPLOYER_USER,
  SOCIAL_WORKER,
} from '../helpers/demo-users.ts';
import { latestMailTo, linkToken } from '../helpers/mail.ts';

describe.skipIf(skipDatabase)('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_FAILURES: '3',
      SESSION_IDLE_MINUTES: '30',
      SESSION_ABSOLUTE_HOURS: '12',
    });
  });
  afterAll(() => t?.close());

  const login = (email: string, password = DEMO_PASSWORD) => {
    const c = t.anonymous();
    return c
      .request({ method: 'POST', url: '/api/auth/login', payload: { email, password } })
      .then((res) => ({ c, res }));
  };

  it('signs in with the password and returns a session with abilities', async () => {
    const { c, res } = await login(COORDINATOR);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stage: 'complete' });
    const cookie = res.cookies.find((k) => k.name === 'rl_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const session = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
    expect(session.role).toBe('network_coordinator');
    expect(session.memberships.length).toBeGreaterThanOrEqual(2);
    expect(session.abilities['organisation.create']).toBe('network');
    expect(session.networks.map((n: { name: string }) => n.name)).toContain('Patto Territoriale Torino Sud');
  });

  it('answers wrong password and unknown e-mail with the same generic 401', async () => {
    const wrong = (await login(ANALYST, 'not-the-password')).res;
    const unknown = (await login('nobody@nowhere.example', 'whatever-password')).res;
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('locks the account after repeated failures with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 3; i++) await login(EMPLOYER_USER, 'wrong-password-xx');
    const { res } = await login(EMPLOYER_USER);
    expect(res.statusCode).toBe(429);
    expect(res.json().code).toBe('account_locked');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60_000);
    expect((await login(EMPLOYER_USER)).res.statusCode).toBe(200);
  });

  it('refuses writes without the CSRF token', async () => {
    const { c } = await login(CITIZEN);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: c.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('logs out and the cookie stops working', async () => {
    const c = await t.sessionFor(CITIZEN);
    const cookie = c.cookie;
    expect((await c.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const idle = await t.sessionFor(CITIZEN);
    t.clock.advance(31 * 60_000);
    expect((await idle.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);

    const active = await t.sessionFor(CITIZEN);
    for (let step = 0; step < 15; step++) {
      t.clock.advance(25 * 60_000);
      await active.request({ method: 'GET', url: '/api/auth/session' });
      t.clock.advance(25 * 60_000);
      await active.request({ method: 'GET', url: '/api/auth/session' });
    }
    expect((await active.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('enrols two-factor with a QR code, then requires the code at the next sign-in; recovery codes work once', async () => {
    const { c } = await login(ANALYST);
    c.csrf = (await c.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
    const start = (await c.request({ method: 'POST', url: '/api/account/totp' })).json();
    expect(start.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(start.otpauthUrl).toContain('otpauth://totp/');
    const bad = await c.request({
      method: 'POST',
      url: '/api/account/totp/confirm',
      payload: { code: '000000' },
    });
    expect(bad.statusCode).toBe(401);
    const confirm = await c.request({
      method: 'POST',
      url: '/api/account/totp/confirm',
      payload: { code: await totpCode(start.secret, t.clock.now) },
    });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json();
    expect(recoveryCodes).toHaveLength(10);

    const second = await login(ANALYST);
    expect(second.res.json()).toEqual({ stage: 'mfa_pending' });
    const s = second.c;
    s.csrf = (await s.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
    // Nothing else is reachable before the second factor.
    expect((await s.request({ method: 'GET', url: '/api/organisations' })).json().code).toBe('mfa_required');
    const wrong = await s.request({ method: 'POST', url: '/api/auth/totp', payload: { code: '123456' } });
    expect(wrong.statusCode).toBe(401);
    const right = await s.request({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code: await totpCode(start.secret, t.clock.now) },
    });
    expect(right.json()).toEqual({ stage: 'complete' });
    expect((await s.request({ method: 'GET', url: '/api/organisations' })).statusCode).toBe(200);

    const third = await login(ANALYST);
    third.c.csrf = (await third.c.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
    const byRecovery = await third.c.request({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code: recoveryCodes[0] },
    });
    expect(byRecovery.statusCode).toBe(200);
    const fourth = await login(ANALYST);
    fourth.c.csrf = (await fourth.c.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
    const reused = await fourth.c.request({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code: recoveryCodes[0] },
    });
    expect(reused.statusCode).toBe(401);
  });

  it('forces two-factor enrolment on roles that may see special-category data', async () => {
    const { c, res } = await login(SOCIAL_WORKER);
    expect(res.json()).toEqual({ stage: 'mfa_enrolment' });
    c.csrf = (await c.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
    expect((await c.request({ method: 'GET', url: '/api/users' })).json().code).toBe(
      'mfa_enrolment_required',
    );
    const start = (await c.request({ method: 'POST', url: '/api/account/totp' })).json();
    await c.request({
      method: 'POST',
      url: '/api/account/totp/confirm',
      payload: { code: await totpCode(start.secret, t.clock.now) },
    });
    expect((await c.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    const disable = await c.request({
      method: 'DELETE',
      url: '/api/account/totp',
      payload: { password: DEMO_PASSWORD },
    });
    expect(disable.statusCode).toBe(403);
  });

  it('resets a forgotten password through the e-mailed link, once', async () => {
    const anon = t.anonymous();
    const res = await anon.request({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: CITIZEN },
    });
    expect(res.statusCode).toBe(202);
    const unknown = await anon.request({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'ghost@nowhere.example' },
    });
    expect(unknown.statusCode).toBe(202);
    const mail = await latestMailTo(t, CITIZEN);
    expect(mail.status).toBe('held');
    const token = linkToken(mail.bodyText, 'reset-password');
    const weak = await anon.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('password');
    const newPassword = 'Una-nuova-password-2026';
    const done = await anon.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(done.statusCode).toBe(200);
    const again = await anon.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(again.json().code).toBe('invalid_token');
    expect((await login(CITIZEN, newPassword)).res.statusCode).toBe(200);
    expect((await login(CITIZEN)).res.statusCode).toBe(401);
  });

  it('rate-limits password-reset requests with 429 and Retry-After', async () => {
    const anon = t.anonymous();
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof anon.request>> | undefined;
    for (let i = 0; i < 7; i++) {
      last = await anon.request({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: 'flood@x.example' },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toContain(429);
    expect(last!.json().code).toBe('too_many_requests');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('switches the current organisation among the user’s memberships only', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const session = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
    const other = session.memberships.find(
      (m: { organisationId: string }) => m.organisationId !== session.currentOrganisation.id,
    );
    const switched = await c.request({
      method: 'POST',
      url: '/api/auth/organisation',
      payload: { organisationId: other.organisationId },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().currentOrganisation.id).toBe(other.organisationId);
    expect(switched.json().networks.map((n: { name: string }) => n.name)).toContain(
      'Circoscrizione 2 — Torino',
    );
    const foreign = await c.request({
      method: 'POST',
      url: '/api/auth/organisation',
      payload: { organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('remembers the language and answers errors in it', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const res = await c.request({ method: 'POST', url: '/api/auth/locale', payload: { locale: 'en' } });
    expect(res.cookies.find((k) => k.name === 'rl_lang')?.value).toBe('en');
    const problem = await t.app.inject({
      method: 'GET',
      url: '/api/organisations',
      headers: { cookie: 'rl_lang=en' },
    });
    expect(problem.json().title).toBe('Sign-in required');
    expect((await c.request({ method: 'GET', url: '/api/auth/session' })).json().user.locale).toBe('en');
  });
});

describe.skipIf(skipDatabase)('two-factor reset by a coordinator', () => {
  it('removes a colleague’s lost second factor; the colleague enrols again at the next sign-in', async () => {
    const t = await startTestApp();
    try {
      const { c } = await (async () => {
        const client = t.anonymous();
        await client.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: SOCIAL_WORKER, password: DEMO_PASSWORD },
        });
        client.csrf = (await client.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
        return { c: client };
      })();
      const start = (await c.request({ method: 'POST', url: '/api/account/totp' })).json();
      await c.request({
        method: 'POST',
        url: '/api/account/totp/confirm',
        payload: { code: await totpCode(start.secret, t.clock.now) },
      });
      const userId = (await c.request({ method: 'GET', url: '/api/auth/session' })).json().user.id;

      // The Patto's coordinator cannot see a Circoscrizione 2 social worker from Chieri; from Circoscrizione 2 she can.
      const coordinator = await t.sessionFor(COORDINATOR);
      expect(
        (await coordinator.request({ method: 'DELETE', url: `/api/users/${userId}/totp` })).statusCode,
      ).toBe(404);
      const session = (await coordinator.request({ method: 'GET', url: '/api/auth/session' })).json();
      const circ2 = session.memberships.find((m: { organisationName: string }) =>
        m.organisationName.includes('Circoscrizione 2'),
      );
      await coordinator.request({
        method: 'POST',
        url: '/api/auth/organisation',
        payload: { organisationId: circ2.organisationId },
      });
      expect(
        (await coordinator.request({ method: 'DELETE', url: `/api/users/${userId}/totp` })).statusCode,
      ).toBe(200);

      // The colleague's old session is gone; signing in again asks for a new enrolment.
      expect((await c.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
      const again = t.anonymous();
      const res = await again.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: SOCIAL_WORKER, password: DEMO_PASSWORD },
      });
      expect(res.json()).toEqual({ stage: 'mfa_enrolment' });
      const audit = (
        await coordinator.request({
          method: 'GET',
          url: '/api/audit-events?mine=true&action=user.reset_two_factor',
        })
      ).json();
      expect(audit.items[0].entityId).toBe(userId);
    } finally {
      await t.close();
    }
  });
});
