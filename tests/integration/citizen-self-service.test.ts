// Citizen self-service end to end over HTTP: sign-up → verification e-mail → account + person record → "my
// profile" (contacts, availability, CV, consents, export) → operators see the citizen's changes in the trail.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoCitizenPersonId } from '../../src/demo/citizen.ts';
import { citizenSignUps } from '../../src/modules/citizens/db.ts';
import { people, personSpecialRecords } from '../../src/modules/people/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CITIZEN, CPI_OPERATOR, DEMO_PASSWORD } from '../helpers/demo-users.ts';
import { latestMailTo, linkToken } from '../helpers/mail.ts';
import { personPayload } from '../helpers/people.ts';

const PASSWORD = 'Una-password-lunga-2026';

describe.skipIf(skipDatabase)('citizen self-service', () => {
  let t: TestApp;
  let operator: Client;
  let ip = 0;
  beforeAll(async () => {
    t = await startTestApp();
  });
  // A fresh operator session per test: one test moves the clock past every session's expiry.
  beforeEach(async () => {
    operator = await t.sessionFor(CPI_OPERATOR);
  });
  afterAll(() => t?.close());

  // Each public call from its own address: the sign-up route allows 5 calls a minute per address.
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress: `10.9.0.${++ip}` });

  function signUpBody(
    email: string,
    who: { givenName: string; familyName: string; sex?: 'M' | 'F'; birthDate: string },
  ) {
    const p = personPayload(who);
    return {
      email,
      password: PASSWORD,
      givenName: p.givenName,
      familyName: p.familyName,
      taxCode: p.taxCode,
      sex: p.sex,
      birthDate: p.birthDate,
      birthComuneCode: '001078',
      residenceComuneCode: '001078',
      employmentStatus: 'unemployed',
      noticeVersion: '2026-11',
    };
  }

  async function signUpAndVerify(body: ReturnType<typeof signUpBody>) {
    const res = await post('/api/citizens/sign-up', body);
    expect(res.statusCode, res.body).toBe(202);
    const mail = await latestMailTo(t, body.email.toLowerCase());
    expect(mail.kind).toBe('citizen_verify_email');
    const token = linkToken(mail.bodyText, 'verifica-email');
    const verified = await post('/api/citizens/verify', { token });
    expect(verified.statusCode, verified.body).toBe(200);
    return { token, result: verified.json() as { outcome: string; email: string } };
  }

  async function login(email: string, password = PASSWORD): Promise<Client> {
    const client = t.anonymous();
    const res = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
    });
    expect(res.statusCode, res.body).toBe(200);
    const session = await client.request({ method: 'GET', url: '/api/auth/session' });
    expect(session.json().role).toBe('citizen');
    client.csrf = session.json().csrfToken;
    return client;
  }

  const trail = async (personId: string) =>
    (await operator.request({ method: 'GET', url: `/api/people/${personId}/audit-trail?limit=200` })).json()
      .items as { action: string; bySubject: boolean; actorRole: string; changed: string[] }[];

  it('signs up, verifies, creates the record and lets the citizen keep it up to date', async () => {
    const body = signUpBody('giulia.ferraris@posta.example', {
      givenName: 'Giulia',
      familyName: 'Ferraris',
      sex: 'F',
      birthDate: '1992-06-12',
    });
    const { token, result } = await signUpAndVerify(body);
    expect(result).toEqual({ outcome: 'created', email: body.email });
    // Single use.
    expect((await post('/api/citizens/verify', { token })).json().code).toBe('invalid_token');

    const me = await login(body.email);
    const mine = await me.request({ method: 'GET', url: '/api/me/person' });
    expect(mine.statusCode).toBe(200);
    const view = mine.json();
    expect(view).toMatchObject({ taxCode: body.taxCode, email: body.email, residenceComuneName: 'Chieri' });
    expect(view.ownerOrganisationName).toMatch(/Centro per l'Impiego/);
    expect(view).not.toHaveProperty('declaredGroups');

    const patched = await me.request({
      method: 'PATCH',
      url: '/api/me/person',
      payload: {
        version: view.version,
        phone: '333 555 7788',
        availableFrom: '2026-12-01',
        workingTimes: ['part_time'],
        shifts: ['day', 'weekend'],
        contractTypes: ['A.02.00'],
        maxCommuteKm: 15,
        ownVehicle: true,
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      phone: '333 555 7788',
      version: view.version + 1,
      shifts: ['day', 'weekend'],
    });
    // A stale version is refused with what changed meanwhile.
    const stale = await me.request({
      method: 'PATCH',
      url: '/api/me/person',
      payload: { version: view.version, phone: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().changedFields).toContain('phone');

    // CV: the operators' contract and checks, with the same optimistic locking.
    const cv = (await me.request({ method: 'GET', url: '/api/me/cv' })).json();
    const cvInput = {
      education: [],
      experiences: [{ employerName: 'Bar Centrale', startDate: '2019-04-01', endDate: '2021-09-30' }],
      trainings: [],
      languages: [{ language: 'it', motherTongue: true }],
      licences: [],
      skills: [],
      desiredOccupations: [],
    };
    const put = await me.request({
      method: 'PUT',
      url: '/api/me/cv',
      payload: { version: cv.version, cv: cvInput },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().experiences[0].employerName).toBe('Bar Centrale');
    const stalePut = await me.request({
      method: 'PUT',
      url: '/api/me/cv',
      payload: { version: cv.version, cv: { ...cvInput, trainings: [{ title: 'HACCP' }] } },
    });
    expect(stalePut.statusCode).toBe(409);

    // Consents: give and withdraw.
    const given = await me.request({
      method: 'POST',
      url: '/api/me/consents',
      payload: { purpose: 'share_cv_with_employers', granted: true, noticeVersion: '2026-11' },
    });
    expect(given.statusCode).toBe(201);
    const withdrawn = await me.request({
      method: 'POST',
      url: '/api/me/consents',
      payload: { purpose: 'share_cv_with_employers', granted: false, noticeVersion: '2026-11' },
    });
    expect(
      withdrawn.json().items.find((i: { purpose: string }) => i.purpose === 'share_cv_with_employers').state,
    ).toBe('withdrawn');

    // Operators see the record as self-registered and linked, and every change with the citizen as actor.
    const asOperator = (
      await operator.request({ method: 'GET', url: `/api/people/${view.id}?purpose=guidance` })
    ).json();
    expect(asOperator.selfService).toEqual({ linked: true, selfRegistered: true });
    const events = await trail(view.id);
    const mineOnly = events.filter((e) => e.bySubject);
    expect(mineOnly.map((e) => e.action)).toEqual(
      expect.arrayContaining(['person.create', 'person.update', 'person.consent', 'person.read']),
    );
    expect(mineOnly.every((e) => e.actorRole === 'citizen')).toBe(true);
    expect(events.find((e) => e.action === 'person.update' && e.bySubject)?.changed).toEqual([
      'cv.experiences',
      'cv.languages',
    ]);
    expect(events.some((e) => e.changed.includes('availableFrom') && e.bySubject)).toBe(true);
  });

  it('never shows the citizen special categories, declared groups or other people', async () => {
    const me = await login(CITIZEN, DEMO_PASSWORD);
    await t.deps.db.insert(personSpecialRecords).values({
      personId: demoCitizenPersonId,
      category: 'addiction_services',
      payload: t.deps.cipher.encrypt(JSON.stringify({ category: 'addiction_services', inCare: true })),
    });
    await t.deps.db
      .update(people)
      .set({ hasSpecialCategory: true, declaredGroups: ['addiction_services'] })
      .where(eq(people.id, demoCitizenPersonId));
    const json = await me.request({ method: 'GET', url: '/api/me/data-export?format=json' });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toMatch(/attachment/);
    const data = json.json();
    expect(data.person.givenName).toBe('Luca');
    expect(data.cv.desiredOccupations.length + data.cv.experiences.length).toBeGreaterThan(0);
    expect(data.specialCategory).toEqual([]);
    expect(data.withheld).toMatch(/employment centre/);
    expect(json.body).not.toMatch(/addiction/);
    const pdf = await me.request({ method: 'GET', url: '/api/me/data-export?format=pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    // Other people's records, special-category records and the operators' API are not for citizens.
    const [other] = await t.deps.db.select({ id: people.id }).from(people).limit(1);
    for (const url of [
      `/api/people/${other!.id}?purpose=guidance`,
      `/api/people/${demoCitizenPersonId}?purpose=data_subject_request`,
      `/api/people/${demoCitizenPersonId}/special-records?purpose=social_support`,
      `/api/people/${demoCitizenPersonId}/audit-trail`,
    ])
      expect((await me.request({ method: 'GET', url })).statusCode, url).toBe(403);
    // The audit log shows a citizen only their own events.
    const log = (await me.request({ method: 'GET', url: '/api/audit-events?limit=200' })).json();
    const myId = (await me.request({ method: 'GET', url: '/api/auth/session' })).json().user.id;
    expect(log.items.every((e: { actorUserId: string }) => e.actorUserId === myId)).toBe(true);
  });

  it('refuses expired links and answers the same for a registered e-mail', async () => {
    const body = signUpBody('marta.gallo@posta.example', {
      givenName: 'Marta',
      familyName: 'Gallo',
      sex: 'F',
      birthDate: '1988-02-03',
    });
    expect((await post('/api/citizens/sign-up', body)).statusCode).toBe(202);
    const token = linkToken((await latestMailTo(t, body.email)).bodyText, 'verifica-email');
    t.clock.advance(25 * 3600_000);
    const late = await post('/api/citizens/verify', { token });
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe('invalid_token');

    const again = await post('/api/citizens/sign-up', {
      ...signUpBody(CITIZEN, { givenName: 'Luca', familyName: 'Bianco', birthDate: '1994-03-18' }),
    });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ ok: true });
    expect((await latestMailTo(t, CITIZEN)).kind).toBe('citizen_already_registered');
    expect(await t.deps.db.select().from(citizenSignUps).where(eq(citizenSignUps.email, CITIZEN))).toEqual(
      [],
    );

    const uncovered = await post('/api/citizens/sign-up', {
      ...signUpBody('remo.neri@posta.example', {
        givenName: 'Remo',
        familyName: 'Neri',
        birthDate: '1970-01-01',
      }),
      residenceComuneCode: '015146', // Milano: no demo network
    });
    expect(uncovered.statusCode).toBe(400);
    expect(uncovered.json().errors[0]).toMatchObject({
      field: 'residenceComuneCode',
      code: 'no_service_for_comune',
    });
  });

  it('links an existing record only when its e-mail is the verified one', async () => {
    const who = { givenName: 'Sara', familyName: 'Longo', sex: 'F' as const, birthDate: '1985-09-09' };
    const created = await operator.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...personPayload(who), email: 'sara.longo@posta.example', confirmNotDuplicate: true },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { result } = await signUpAndVerify(signUpBody('Sara.Longo@Posta.example', who));
    expect(result.outcome).toBe('linked');
    const me = await login('sara.longo@posta.example');
    expect((await me.request({ method: 'GET', url: '/api/me/person' })).json().id).toBe(created.json().id);
    expect(
      (await trail(created.json().id)).some((e) => e.action === 'person.self_service_link' && e.bySubject),
    ).toBe(true);
  });

  it('does not link on another e-mail; the operator’s invitation does', async () => {
    const who = { givenName: 'Omar', familyName: 'Benali', birthDate: '1979-11-21' };
    const created = await operator.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...personPayload(who), email: 'omar.benali@posta.example', confirmNotDuplicate: true },
    });
    const personId = created.json().id;
    const { result } = await signUpAndVerify(signUpBody('omar.b@altra.example', who));
    expect(result.outcome).toBe('not_linked');
    const me = await login('omar.b@altra.example');
    const none = await me.request({ method: 'GET', url: '/api/me/person' });
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('no_linked_person');

    const invited = await operator.request({
      method: 'POST',
      url: `/api/people/${personId}/self-service-invitation`,
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const mail = await latestMailTo(t, 'omar.benali@posta.example');
    expect(mail.kind).toBe('self_service_invitation');
    const token = linkToken(mail.bodyText, 'collega-account');
    const linked = await me.request({ method: 'POST', url: '/api/me/link', payload: { token } });
    expect(linked.statusCode, linked.body).toBe(200);
    expect((await me.request({ method: 'GET', url: '/api/me/person' })).json().id).toBe(personId);
    expect((await me.request({ method: 'POST', url: '/api/me/link', payload: { token } })).statusCode).toBe(
      400,
    );
    const again = await operator.request({
      method: 'POST',
      url: `/api/people/${personId}/self-service-invitation`,
    });
    expect(again.statusCode).toBe(409);
    const actions = (await trail(personId)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'person.self_service_link_refused',
        'person.self_service_invite',
        'person.self_service_link',
      ]),
    );
  });

  it('links through an invitation used at sign-up', async () => {
    const who = { givenName: 'Elisa', familyName: 'Mancini', sex: 'F' as const, birthDate: '1996-04-30' };
    const created = await operator.request({
      method: 'POST',
      url: '/api/people',
      payload: { ...personPayload(who), email: 'elisa.m@vecchia.example', confirmNotDuplicate: true },
    });
    await operator.request({
      method: 'POST',
      url: `/api/people/${created.json().id}/self-service-invitation`,
    });
    const invitationToken = linkToken(
      (await latestMailTo(t, 'elisa.m@vecchia.example')).bodyText,
      'collega-account',
    );
    const { result } = await signUpAndVerify({
      ...signUpBody('elisa.mancini@nuova.example', who),
      invitationToken,
    } as never);
    expect(result.outcome).toBe('linked');
  });
});
