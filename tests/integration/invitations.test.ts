// Inviting a colleague: e-mail through the outbox, preview, acceptance, role rules, existing users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR, DEMO_PASSWORD, PLATFORM_ADMIN } from '../helpers/demo-users.ts';
import { linkToken } from '../helpers/mail.ts';

describe.skipIf(skipDatabase)('invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('invites a new colleague who accepts, sets a password and signs in', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const cpi = demoOrganisationId('cpi-chieri');
    const created = await c.request({
      method: 'POST',
      url: '/api/invitations',
      payload: {
        email: 'Giulia.Martini@Agenziapiemontelavoro.example',
        organisationId: cpi,
        role: 'cpi_operator',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'giulia.martini@agenziapiemontelavoro.example',
      status: 'pending',
    });

    // No SMTP here: the administrator reads the message in the app.
    const admin = await t.sessionFor(PLATFORM_ADMIN);
    const outbox = (await admin.request({ method: 'GET', url: '/api/outbox' })).json();
    const mail = outbox.items.find(
      (m: { toAddress: string }) => m.toAddress === 'giulia.martini@agenziapiemontelavoro.example',
    );
    expect(mail).toMatchObject({ kind: 'invitation', status: 'held' });
    expect(mail.subject).toContain("Centro per l'Impiego di Chieri");
    const token = linkToken(mail.bodyText, 'invitation');

    const anon = t.anonymous();
    const preview = (
      await anon.request({ method: 'POST', url: '/api/invitations/preview', payload: { token } })
    ).json();
    expect(preview).toMatchObject({ role: 'cpi_operator', existingUser: false });
    const missing = await anon.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'Una-password-sicura-1' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual(['givenName', 'familyName']);
    const accepted = await anon.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, givenName: 'Giulia', familyName: 'Martini', password: 'Una-password-sicura-1' },
    });
    expect(accepted.statusCode).toBe(200);
    const reuse = await anon.request({ method: 'POST', url: '/api/invitations/preview', payload: { token } });
    expect(reuse.json().code).toBe('invalid_token');

    const login = await anon.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'giulia.martini@agenziapiemontelavoro.example', password: 'Una-password-sicura-1' },
    });
    expect(login.json()).toEqual({ stage: 'complete' });
    const session = (await anon.request({ method: 'GET', url: '/api/auth/session' })).json();
    expect(session.currentOrganisation.id).toBe(cpi);
    expect(session.role).toBe('cpi_operator');

    const list = (await c.request({ method: 'GET', url: `/api/invitations?organisationId=${cpi}` })).json();
    expect(list.items[0].status).toBe('accepted');
  });

  it('adds a membership to an existing account once its owner confirms with their password', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const org = demoOrganisationId('comune-moncalieri-lavoro');
    await c.request({
      method: 'POST',
      url: '/api/invitations',
      payload: { email: CPI_OPERATOR, organisationId: org, role: 'analyst' },
    });
    const admin = await t.sessionFor(PLATFORM_ADMIN);
    const mail = (await admin.request({ method: 'GET', url: '/api/outbox' }))
      .json()
      .items.find((m: { toAddress: string }) => m.toAddress === CPI_OPERATOR);
    const token = linkToken(mail.bodyText, 'invitation');
    const anon = t.anonymous();
    expect(
      (await anon.request({ method: 'POST', url: '/api/invitations/preview', payload: { token } })).json()
        .existingUser,
    ).toBe(true);
    const wrong = await anon.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'not-my-password' },
    });
    expect(wrong.json().code).toBe('wrong_password');
    const ok = await anon.request({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: DEMO_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    const op = await t.sessionFor(CPI_OPERATOR);
    const session = (await op.request({ method: 'GET', url: '/api/auth/session' })).json();
    expect(session.memberships.map((m: { role: string }) => m.role).sort()).toEqual([
      'analyst',
      'cpi_operator',
    ]);
  });

  it('enforces who may grant which role, and which roles fit which organisation', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const cpi = demoOrganisationId('cpi-chieri');
    const grant = await op.request({
      method: 'POST',
      url: '/api/invitations',
      payload: { email: 'boss@x.example', organisationId: cpi, role: 'network_coordinator' },
    });
    expect(grant.json().errors[0]).toMatchObject({ field: 'role', code: 'role_not_grantable' });
    const c = await t.sessionFor(COORDINATOR);
    const fit = await c.request({
      method: 'POST',
      url: '/api/invitations',
      payload: { email: 'boss@x.example', organisationId: cpi, role: 'employer_user' },
    });
    expect(fit.json().errors[0]).toMatchObject({ field: 'role', code: 'role_not_for_organisation' });
    // Another organisation of the network: visible but outside the operator's invite scope.
    const other = await op.request({
      method: 'POST',
      url: '/api/invitations',
      payload: {
        email: 'x@x.example',
        organisationId: demoOrganisationId('cpi-moncalieri'),
        role: 'cpi_operator',
      },
    });
    expect(other.statusCode).toBe(403);
    const foreign = await op.request({
      method: 'POST',
      url: '/api/invitations',
      payload: {
        email: 'x@x.example',
        organisationId: demoOrganisationId('cpi-pinerolo'),
        role: 'cpi_operator',
      },
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe.skipIf(skipDatabase)('first administrator of a real installation', () => {
  it('is invited from the command line and signs in as platform administrator', async () => {
    const t = await startTestApp();
    try {
      const { inviteAdministrator } = await import('../../src/modules/identity/bootstrap.ts');
      await expect(
        inviteAdministrator(t.deps, {
          email: 'nope',
          organisationName: 'X',
          taxCode: '123',
          comuneCode: '000000',
        }),
      ).rejects.toMatchObject({ code: 'validation' });
      const { link } = await inviteAdministrator(t.deps, {
        email: 'ced@comune.example',
        organisationName: 'Comune di Esempio — CED',
        taxCode: '00514490010',
        comuneCode: '001078',
      });
      const token = linkToken(link, 'invitation');
      const anon = t.anonymous();
      const accepted = await anon.request({
        method: 'POST',
        url: '/api/invitations/accept',
        payload: { token, givenName: 'Ada', familyName: 'Ced', password: 'Password-del-CED-2026' },
      });
      expect(accepted.statusCode).toBe(200);
      const login = await anon.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'ced@comune.example', password: 'Password-del-CED-2026' },
      });
      expect(login.statusCode).toBe(200);
      expect((await anon.request({ method: 'GET', url: '/api/auth/session' })).json().role).toBe(
        'platform_admin',
      );
    } finally {
      await t.close();
    }
  });
});
