// Consent per purpose: an append-only history (a withdrawal never overwrites the grant), the current state of
// each purpose with its date, notice version and recorder, validation, scope, and the audit rows.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personConsents } from '../../src/modules/people/db.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';

describe.skipIf(skipDatabase)('consent per purpose', () => {
  let t: TestApp;
  let personId = '';
  beforeAll(async () => {
    t = await startTestApp();
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        ...personPayload({ givenName: 'Ornella', familyName: 'Capello', sex: 'F', birthDate: '1991-09-03' }),
        confirmNotDuplicate: true,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    personId = res.json().id;
  });
  afterAll(() => t?.close());

  const record = async (body: Record<string, unknown>, email = CPI_OPERATOR) =>
    (await t.sessionFor(email)).request({
      method: 'POST',
      url: `/api/people/${personId}/consents`,
      payload: body,
    });

  it('starts with every purpose "never asked"', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const res = await op.request({ method: 'GET', url: `/api/people/${personId}/consents?purpose=guidance` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.currentNoticeVersion).toBe('2026-11');
    expect(body.items.map((i: { purpose: string }) => i.purpose)).toEqual([
      'share_cv_with_employers',
      'newsletters',
      'programme_contacts',
    ]);
    expect(
      body.items.every((i: { state: string; at: null }) => i.state === 'never_asked' && i.at === null),
    ).toBe(true);
    expect(body.history).toEqual([]);
  });

  it('records a grant, then a withdrawal, keeping the whole history', async () => {
    const granted = await record({
      purpose: 'share_cv_with_employers',
      granted: true,
      noticeVersion: '2026-11',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const share = granted
      .json()
      .items.find((i: { purpose: string }) => i.purpose === 'share_cv_with_employers');
    expect(share).toMatchObject({ state: 'granted', noticeVersion: '2026-11' });
    expect(share.recordedBy.name).toBeTruthy();
    expect(share.recordedBy.userId).toBeTruthy();

    t.clock.advance(60_000);
    const withdrawn = await record({
      purpose: 'share_cv_with_employers',
      granted: false,
      noticeVersion: '2026-11',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    await record({ purpose: 'newsletters', granted: true, noticeVersion: '2026-11' });

    const op = await t.sessionFor(CPI_OPERATOR);
    const body = (
      await op.request({ method: 'GET', url: `/api/people/${personId}/consents?purpose=administration` })
    ).json();
    const state = Object.fromEntries(
      body.items.map((i: { purpose: string; state: string }) => [i.purpose, i.state]),
    );
    expect(state).toEqual({
      share_cv_with_employers: 'withdrawn',
      newsletters: 'granted',
      programme_contacts: 'never_asked',
    });
    // Newest first; the grant is still there.
    expect(body.history.map((h: { purpose: string; granted: boolean }) => [h.purpose, h.granted])).toEqual([
      ['newsletters', true],
      ['share_cv_with_employers', false],
      ['share_cv_with_employers', true],
    ]);
    const rows = await t.deps.db
      .select()
      .from(personConsents)
      .where(eq(personConsents.personId, personId))
      .orderBy(asc(personConsents.at));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.granted)).toEqual([true, false, true]);
  });

  it('orders recordings made in the same instant', async () => {
    await record({ purpose: 'programme_contacts', granted: true, noticeVersion: '2026-11' });
    await record({ purpose: 'programme_contacts', granted: false, noticeVersion: '2026-11' });
    const op = await t.sessionFor(CPI_OPERATOR);
    const body = (
      await op.request({ method: 'GET', url: `/api/people/${personId}/consents?purpose=guidance` })
    ).json();
    expect(body.items.find((i: { purpose: string }) => i.purpose === 'programme_contacts').state).toBe(
      'withdrawn',
    );
  });

  it('refuses unknown purposes and notice versions, and a read without purpose', async () => {
    expect((await record({ purpose: 'marketing', granted: true, noticeVersion: '2026-11' })).statusCode).toBe(
      400,
    );
    expect(
      (await record({ purpose: 'newsletters', granted: true, noticeVersion: '1999-01' })).statusCode,
    ).toBe(400);
    expect((await record({ purpose: 'newsletters', noticeVersion: '2026-11' })).statusCode).toBe(400);
    const op = await t.sessionFor(CPI_OPERATOR);
    expect((await op.request({ method: 'GET', url: `/api/people/${personId}/consents` })).statusCode).toBe(
      400,
    );
  });

  it('refuses employers (403) and answers 404 for an unknown person', async () => {
    expect(
      (await record({ purpose: 'newsletters', granted: true, noticeVersion: '2026-11' }, EMPLOYER_USER))
        .statusCode,
    ).toBe(403);
    const employer = await t.sessionFor(EMPLOYER_USER);
    expect(
      (await employer.request({ method: 'GET', url: `/api/people/${personId}/consents?purpose=guidance` }))
        .statusCode,
    ).toBe(403);
    const op = await t.sessionFor(CPI_OPERATOR);
    const unknown = '00000000-0000-4000-8000-000000000123';
    expect(
      (await op.request({ method: 'GET', url: `/api/people/${unknown}/consents?purpose=guidance` }))
        .statusCode,
    ).toBe(404);
  });

  it('audits every recording with purpose and granted, and every read with its purpose', async () => {
    const rows = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, 'person.consent')))
      .orderBy(asc(auditEvents.seq));
    expect(rows.map((r) => r.details)).toEqual([
      { purpose: 'share_cv_with_employers', granted: true, noticeVersion: '2026-11' },
      { purpose: 'share_cv_with_employers', granted: false, noticeVersion: '2026-11' },
      { purpose: 'newsletters', granted: true, noticeVersion: '2026-11' },
      { purpose: 'programme_contacts', granted: true, noticeVersion: '2026-11' },
      { purpose: 'programme_contacts', granted: false, noticeVersion: '2026-11' },
    ]);
    const reads = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, 'person.consent.read')));
    expect(reads.map((r) => r.purpose).sort()).toEqual(['administration', 'guidance', 'guidance']);
  });
});
