// The shortlist story of issue 4: the operator shortlists six people; the company sees six anonymised cards and
// no identity (404); two people consent to disclosure and the company sees who they are; an interview is
// scheduled; one person is hired: the vacancy is filled and leaves the public list, the person is employed.
// Along the way: forbidden moves (409 naming the allowed ones), missing facts (400 naming the field), another
// company (404), stale version (409), e-mails in the outbox and the audit trail.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, personExperiences } from '../../src/modules/people/db.ts';
import { shortlistMoves, vacancies } from '../../src/modules/vacancies/db.ts';
import { remindStaleShortlists } from '../../src/modules/vacancies/shortlist-reminders.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { mailOutbox } from '../../src/platform/mail/db.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CITIZEN, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { employerOf, jobSeeker, publishedVacancy } from './shortlist-fixture.ts';

const OTHER_EMPLOYER = 'roberto.giacone@meccanica-lisaborgarello.example';
type Entry = {
  id: string;
  stage: string;
  version: number;
  stale: boolean;
  identity: { givenName: string; email: string | null; phone: string | null } | null;
  card: { reference: string } | null;
  disclosure: { granted: boolean; source: string | null };
  allowedMoves: string[];
};

describe.skipIf(skipDatabase)('shortlists', () => {
  let t: TestApp;
  let op: Client;
  let company: Client;
  let other: Client;
  let vacancyId = '';
  const seekers: { id: string; givenName: string; familyName: string; email: string }[] = [];
  const entries: Entry[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.sessionFor(CPI_OPERATOR);
    company = await t.sessionFor(EMPLOYER_USER);
    other = await t.sessionFor(OTHER_EMPLOYER);
    const employer = await employerOf(t.deps, 'tessitura-aurora-chieri', 'Tessitura Aurora S.r.l.');
    vacancyId = (await publishedVacancy(t.deps, employer)).id;
    for (let i = 0; i < 6; i++) seekers.push(await jobSeeker(op, i, `Rosa${'abcdef'[i]}nti`));
    // Starting the app seeds the whole demo territory: slow on a busy machine.
  }, 300_000);
  afterAll(() => t?.close());

  const board = (c: Client) => c.request({ method: 'GET', url: `/api/vacancies/${vacancyId}/shortlist` });
  const move = (c: Client, e: { id: string; version: number }, body: Record<string, unknown>) =>
    c.request({
      method: 'PATCH',
      url: `/api/shortlist-entries/${e.id}`,
      payload: { version: e.version, ...body },
    });
  const identity = (c: Client, id: string) =>
    c.request({ method: 'GET', url: `/api/shortlist-entries/${id}/identity` });

  it('lets the operator shortlist six consenting people, once each', async () => {
    for (const s of seekers) {
      const res = await op.request({
        method: 'POST',
        url: `/api/vacancies/${vacancyId}/shortlist`,
        payload: { personId: s.id, score: 71.5, explanation: { essentialSkills: '2 di 2' } },
      });
      expect(res.statusCode, res.body).toBe(201);
      const e = res.json() as Entry;
      expect(e.stage).toBe('proposed');
      expect(e.identity?.givenName).toBe(s.givenName); // operators read the record anyway
      expect(res.json()).toMatchObject({ score: 71.5, explanation: { essentialSkills: '2 di 2' } });
      entries.push(e);
    }
    const again = await op.request({
      method: 'POST',
      url: `/api/vacancies/${vacancyId}/shortlist`,
      payload: { personId: seekers[0]!.id },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('già nella rosa');
    // The company is told, without any name.
    const mails = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'shortlist_proposed'));
    expect(mails.filter((m) => m.toAddress === EMPLOYER_USER)).toHaveLength(6);
    for (const m of mails) expect(m.bodyText).not.toContain(seekers[0]!.familyName);
  });

  it('refuses people without consent to share the CV, and employers proposing', async () => {
    const nope = await jobSeeker(op, 7, 'Senzaconsenso', false);
    const res = await op.request({
      method: 'POST',
      url: `/api/vacancies/${vacancyId}/shortlist`,
      payload: { personId: nope.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('consenso a condividere il CV');
    const byCompany = await company.request({
      method: 'POST',
      url: `/api/vacancies/${vacancyId}/shortlist`,
      payload: { personId: seekers[0]!.id },
    });
    expect(byCompany.statusCode).toBe(403);
  });

  it('shows the company six anonymised cards and no identity', async () => {
    const res = await board(company);
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json() as { entries: Entry[]; can: { propose: boolean; stages: string[] } };
    expect(b.entries).toHaveLength(6);
    expect(b.entries.every((e) => e.identity === null && e.card?.reference.startsWith('C-'))).toBe(true);
    // The match explanation (which may name priority groups) stays with the operators.
    expect(res.body).not.toContain('2 di 2');
    expect(b.can).toMatchObject({
      propose: false,
      stages: ['contacted', 'interview', 'hired', 'not_selected'],
    });
    for (const s of seekers) {
      expect(res.body).not.toContain(s.familyName);
      expect(res.body).not.toContain(s.email);
      expect(res.body).not.toContain(s.id);
    }
    expect((await identity(company, entries[0]!.id)).statusCode).toBe(404);
  });

  it('hides the shortlist from another company (404)', async () => {
    expect((await board(other)).statusCode).toBe(404);
    expect((await identity(other, entries[0]!.id)).statusCode).toBe(404);
    expect((await move(other, entries[0]!, { stage: 'contacted' })).statusCode).toBe(404);
  });

  it('discloses the identity of the two people who consent, and hides it again on withdrawal', async () => {
    for (const e of entries.slice(0, 2)) {
      const res = await op.request({
        method: 'POST',
        url: `/api/shortlist-entries/${e.id}/disclosure`,
        payload: { granted: true },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().disclosure).toMatchObject({ granted: true, source: 'operator' });
      e.version = res.json().version;
    }
    const b = (await board(company)).json() as { entries: Entry[] };
    const shown = b.entries.filter((e) => e.identity);
    expect(shown.map((e) => e.identity!.givenName).sort()).toEqual(
      [seekers[0]!.givenName, seekers[1]!.givenName].sort(),
    );
    expect(shown[0]!.identity!.phone).toMatch(/^011 555/);
    const one = await identity(company, entries[0]!.id);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ familyName: seekers[0]!.familyName, email: seekers[0]!.email });
    expect((await identity(company, entries[2]!.id)).statusCode).toBe(404);

    const off = await op.request({
      method: 'POST',
      url: `/api/shortlist-entries/${entries[1]!.id}/disclosure`,
      payload: { granted: false },
    });
    expect(off.statusCode).toBe(200);
    entries[1]!.version = off.json().version;
    expect((await identity(company, entries[1]!.id)).statusCode).toBe(404);
    // The employer cannot record a disclosure on the person's behalf.
    const byCompany = await company.request({
      method: 'POST',
      url: `/api/shortlist-entries/${entries[2]!.id}/disclosure`,
      payload: { granted: true },
    });
    expect(byCompany.statusCode).toBe(403);
  });

  it('checks moves: forbidden ones name the allowed, facts are named, versions are current', async () => {
    const e = entries[0]!;
    const jump = await move(company, e, { stage: 'hired', contractType: 'A.01.00', startDate: '2026-12-01' });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().allowed).toEqual(['contacted', 'not_selected', 'withdrew']);
    expect(jump.json().detail).toContain('contacted');
    const withdrew = await move(company, e, { stage: 'withdrew' });
    expect(withdrew.statusCode).toBe(403);

    const contacted = await move(company, e, { stage: 'contacted' });
    expect(contacted.statusCode, contacted.body).toBe(200);
    expect((await move(company, e, { stage: 'interview' })).statusCode).toBe(409); // stale version
    e.version = contacted.json().version;

    const noDate = await move(company, e, { stage: 'interview', interviewPlace: 'Via Roma 1, Chieri' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().errors.map((f: { field: string }) => f.field)).toEqual(['interviewAt']);

    const interview = await move(company, e, {
      stage: 'interview',
      interviewAt: '2026-12-03T09:30:00+01:00',
      interviewPlace: 'Tessitura Aurora, Via Roma 1, Chieri',
    });
    expect(interview.statusCode, interview.body).toBe(200);
    e.version = interview.json().version;
    const [mail] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, 'shortlist_interview'), eq(mailOutbox.toAddress, seekers[0]!.email)));
    expect(mail?.bodyText).toContain('Via Roma 1, Chieri');
    expect(mail?.subject).toContain('colloquio');

    const noReason = await move(op, entries[3]!, { stage: 'not_selected' });
    expect(noReason.json().errors.map((f: { field: string }) => f.field)).toEqual(['notSelectedReason']);
  });

  it('hires: the vacancy is filled and leaves the public list, the person is employed (one transaction)', async () => {
    const e = entries[0]!;
    const noFacts = await move(company, e, { stage: 'hired' });
    expect(noFacts.json().errors.map((f: { field: string }) => f.field)).toEqual([
      'contractType',
      'startDate',
    ]);
    const hired = await move(company, e, {
      stage: 'hired',
      contractType: 'A.01.00',
      startDate: '2026-12-15',
    });
    expect(hired.statusCode, hired.body).toBe(200);
    expect(hired.json()).toMatchObject({ stage: 'hired', contractType: 'A.01.00', allowedMoves: [] });

    const [v] = await t.deps.db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
    expect(v).toMatchObject({ hired: 1, positions: 1, state: 'filled', stateReason: 'filled' });
    const [p] = await t.deps.db.select().from(people).where(eq(people.id, seekers[0]!.id));
    expect(p!.employmentStatus).toBe('employed');
    const jobs = await t.deps.db
      .select()
      .from(personExperiences)
      .where(eq(personExperiences.personId, seekers[0]!.id));
    expect(jobs).toEqual([
      expect.objectContaining({ startDate: '2026-12-15', contractType: 'A.01.00', endDate: null }),
    ]);
    const history = await t.deps.db.select().from(shortlistMoves).where(eq(shortlistMoves.entryId, e.id));
    expect(history.map((m) => m.toStage)).toEqual(['proposed', 'contacted', 'interview', 'hired']);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, seekers[0]!.id));
    const update = audit.find((a) => a.action === 'person.update' && a.actorUserId === null);
    expect(update?.details).toMatchObject({ onBehalfOf: { role: 'employer_user' } });
    const outcome = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, 'shortlist_hired'), eq(mailOutbox.toAddress, seekers[0]!.email)));
    expect(outcome).toHaveLength(1);

    // A filled vacancy takes no more candidates and no second hire.
    const late = await jobSeeker(op, 8, 'Ritardataria');
    const add = await op.request({
      method: 'POST',
      url: `/api/vacancies/${vacancyId}/shortlist`,
      payload: { personId: late.id },
    });
    expect(add.statusCode).toBe(409);
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/vacancies/${vacancyId}` });
    expect(pub.statusCode).toBe(404);
  });

  it('lets the person show or hide their identity from "Le mie candidature"', async () => {
    const citizen = await t.sessionFor(CITIZEN);
    const me = (await citizen.request({ method: 'GET', url: '/api/me/person' })).json();
    const consent = await citizen.request({
      method: 'POST',
      url: '/api/me/consents',
      payload: { purpose: 'share_cv_with_employers', granted: true, noticeVersion: '2026-11' },
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const employer = await employerOf(t.deps, 'tessitura-aurora-chieri', 'Tessitura Aurora S.r.l.');
    const v3 = await publishedVacancy(t.deps, employer, { title: 'Addetto al controllo qualità' });
    const add = await op.request({
      method: 'POST',
      url: `/api/vacancies/${v3.id}/shortlist`,
      payload: { personId: me.id },
    });
    expect(add.statusCode, add.body).toBe(201);
    const entryId = add.json().id as string;
    expect((await identity(company, entryId)).statusCode).toBe(404);

    const mine = await citizen.request({ method: 'GET', url: '/api/me/applications' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        id: entryId,
        vacancyTitle: 'Addetto al controllo qualità',
        employerName: employer.name,
        stage: 'proposed',
        disclosure: { granted: false, at: null, source: null },
      }),
    ]);
    const show = await citizen.request({
      method: 'POST',
      url: `/api/me/applications/${entryId}/disclosure`,
      payload: { granted: true },
    });
    expect(show.statusCode, show.body).toBe(200);
    expect(show.json().disclosure).toMatchObject({ granted: true, source: 'self' });
    expect((await identity(company, entryId)).json()).toMatchObject({
      givenName: 'Luca',
      familyName: 'Bianco',
    });
    // Someone else's entry is not theirs to decide on.
    const foreign = await citizen.request({
      method: 'POST',
      url: `/api/me/applications/${entries[2]!.id}/disclosure`,
      payload: { granted: true },
    });
    expect(foreign.statusCode).toBe(404);
    await citizen.request({
      method: 'POST',
      url: `/api/me/applications/${entryId}/disclosure`,
      payload: { granted: false },
    });
    expect((await identity(company, entryId)).statusCode).toBe(404);
  });

  it('flags entries waiting too long and lists them for operators', async () => {
    t.clock.advance(11 * 86_400_000);
    // Sessions do not last that long: sign in again.
    op = await t.sessionFor(CPI_OPERATOR);
    company = await t.sessionFor(EMPLOYER_USER);
    const b = (await board(op)).json() as { entries: Entry[] };
    const waiting = b.entries.filter((e) => e.stage === 'proposed');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((e) => e.stale)).toBe(true);
    expect(b.entries.find((e) => e.stage === 'hired')?.stale).toBe(false);
    // The vacancy is filled: its waiting entries are no longer anyone's to chase, so a fresh one is used.
    const employer = await employerOf(t.deps, 'tessitura-aurora-chieri', 'Tessitura Aurora S.r.l.');
    const v2 = await publishedVacancy(t.deps, employer, { title: 'Tessitore/trice' });
    const add = await op.request({
      method: 'POST',
      url: `/api/vacancies/${v2.id}/shortlist`,
      payload: { personId: seekers[4]!.id },
    });
    expect(add.statusCode).toBe(201);
    t.clock.advance(11 * 86_400_000);
    op = await t.sessionFor(CPI_OPERATOR);
    company = await t.sessionFor(EMPLOYER_USER);
    const list = await op.request({ method: 'GET', url: '/api/shortlist-entries?stale=true' });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { id: string; daysWaiting: number; stale: boolean }[];
    expect(items.map((i) => i.id)).toContain(add.json().id);
    expect(items.every((i) => i.stale && i.daysWaiting >= 10)).toBe(true);
    expect(
      (await company.request({ method: 'GET', url: '/api/shortlist-entries?stale=true' })).statusCode,
    ).toBe(403);

    // The daily job reminds the proposer once per wait, without names.
    const first = await remindStaleShortlists(t.deps, t.clock.now);
    expect(first.reminded).toBeGreaterThan(0);
    const reminders = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, 'shortlist_stale_reminder'), eq(mailOutbox.toAddress, CPI_OPERATOR)));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.bodyText).toContain('Tessitore/trice');
    for (const s of seekers) expect(reminders[0]!.bodyText).not.toContain(s.familyName);
    expect((await remindStaleShortlists(t.deps, t.clock.now)).reminded).toBe(0);
  });
});
