// The whole policy table, enumerated against the HTTP API: each role × each action → the expected allow or deny.
// Also: resources of another organisation answer 404, and the permission snapshot of every route.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoNetworkId, demoOrganisationId } from '../../src/demo/seed.ts';
import { memberships, users } from '../../src/modules/identity/db.ts';
import { vatCheckDigit } from '../../src/modules/network/domain/tax-codes.ts';
import { routeCatalog } from '../../src/platform/http/server.ts';
import { scopeOf } from '../../src/platform/policy/policy.ts';
import { type Action, actions, type Role, roles } from '../../src/platform/policy/table.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { userByRole } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';
import { employmentProbes } from './policy-probes-employment.ts';
import { employerKeptBy, employerOf, publishedVacancy } from './shortlist-fixture.ts';

/** Actions with no HTTP route yet; each is used by a later capability (see the comment in the table). */
const pendingActions = [] as const satisfies readonly Action[];
const isPending = (a: Action) => (pendingActions as readonly Action[]).includes(a);

type Probe = (c: Client, ctx: { role: Role; orgId: string | null; n: number }) => Promise<number>;

describe.skipIf(skipDatabase)('policy table × HTTP API', () => {
  let t: TestApp;
  const clients = new Map<Role, { client: Client; orgId: string | null; membershipId: string | null }>();
  beforeAll(async () => {
    t = await startTestApp();
    for (const role of roles) {
      const email = userByRole[role];
      const [u] = await t.deps.db.select().from(users).where(eq(users.email, email));
      const [m] = await t.deps.db.select().from(memberships).where(eq(memberships.userId, u!.id)).limit(1);
      clients.set(role, {
        client: await t.sessionFor(email),
        orgId: m?.organisationId ?? null,
        membershipId: m?.id ?? null,
      });
    }
  });
  afterAll(() => t?.close());

  let counter = 0;
  const peopleByRole = new Map<Role, { id: string; version?: number }>();
  // Roles without a person of their own probe a random id: the policy refuses them before any lookup.
  const personOf = (role: Role) => peopleByRole.get(role) ?? { id: '00000000-0000-4000-8000-00000000abcd' };
  const surnames = ['Rossi', 'Bianchi', 'Verdi', 'Neri', 'Bruno', 'Conti', 'Marino', 'Greco', 'Gallo'];
  const probePerson = (role: Role) => {
    const i = roles.indexOf(role);
    return {
      familyName: surnames[i]!,
      givenName: 'Prova',
      birthDate: `1980-01-${String(10 + i).padStart(2, '0')}`,
    };
  };
  const someOrg = () => demoOrganisationId('cpi-chieri');
  let consentingPerson: Promise<string> | undefined;
  // Shortlists: each role works on a vacancy kept by its own organisation, the employer user on one of its company.
  const shortlistVacancies = new Map<Role, Promise<string>>();
  const shortlistVacancy = (role: Role, orgId: string | null) => {
    let v = shortlistVacancies.get(role);
    if (!v) {
      v = (async () => {
        const owner = orgId ?? someOrg();
        const employer =
          role === 'employer_user'
            ? await employerOf(t.deps, 'tessitura-aurora-chieri', 'Tessitura Aurora S.r.l.')
            : await employerKeptBy(t.deps, owner, `Probe employer ${role}`, roles.indexOf(role));
        return (await publishedVacancy(t.deps, employer, { ownerOrganisationId: owner, positions: 5 })).id;
      })();
      shortlistVacancies.set(role, v);
    }
    return v;
  };
  const shortlistEntriesByRole = new Map<Role, { id: string; version: number }>();
  const probes: Record<Exclude<Action, (typeof pendingActions)[number]>, Probe> = {
    'network.read': async (c) => (await c.request({ method: 'GET', url: '/api/networks' })).statusCode,
    'network.manage': async (c, { orgId, role }) => {
      const session = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
      const networkId = session.networks[0]?.id ?? demoNetworkId('patto-torino-sud');
      const target = role === 'platform_admin' || !orgId ? someOrg() : orgId;
      return (
        await c.request({
          method: 'PUT',
          url: `/api/networks/${networkId}/members/${target}`,
          payload: { tier: 'coordination' },
        })
      ).statusCode;
    },
    'organisation.read': async (c) =>
      (await c.request({ method: 'GET', url: '/api/organisations' })).statusCode,
    'organisation.create': async (c, { n }) =>
      (
        await c.request({
          method: 'POST',
          url: '/api/organisations',
          payload: {
            name: `Probe organisation ${n}`,
            kind: 'association',
            taxCode: `9799900099${vatCheckDigit('9799900099')}`,
            comuneCode: '001078',
          },
        })
      ).statusCode,
    'organisation.update': async (c, { orgId }) => {
      const id = orgId ?? someOrg();
      const org = (
        await clients
          .get('platform_admin')!
          .client.request({ method: 'GET', url: `/api/organisations/${id}` })
      ).json();
      const payload = {
        name: org.name,
        kind: org.kind,
        taxCode: org.taxCode,
        vatNumber: org.vatNumber,
        comuneCode: org.comuneCode,
        subdivisionId: org.subdivisionId,
        parentId: org.parentId,
        address: org.address,
        email: org.email,
        phone: org.phone,
        website: org.website,
        version: org.version,
      };
      const res = await c.request({ method: 'PUT', url: `/api/organisations/${id}`, payload });
      return res.statusCode;
    },
    'user.read': async (c) => (await c.request({ method: 'GET', url: '/api/users' })).statusCode,
    'user.invite': async (c, { orgId, role, n }) =>
      (
        await c.request({
          method: 'POST',
          url: '/api/invitations',
          payload: {
            email: `probe${n}@retelavoro.example`,
            organisationId: orgId ?? someOrg(),
            role: role === 'citizen' ? 'cpi_operator' : role,
          },
        })
      ).statusCode,
    'membership.manage': async (c, { role }) => {
      const me = clients.get(role)!;
      const id = me.membershipId ?? clients.get('cpi_operator')!.membershipId!;
      return (await c.request({ method: 'PATCH', url: `/api/memberships/${id}`, payload: { role } }))
        .statusCode;
    },
    'user.reset_two_factor': async (c) => {
      // A colleague of the Patto who is not one of the probing users (the reset ends the target's sessions).
      const [target] = await t.deps.db
        .select()
        .from(users)
        .where(eq(users.email, 'simona.perotti@agenziapiemontelavoro.example'));
      return (await c.request({ method: 'DELETE', url: `/api/users/${target!.id}/totp` })).statusCode;
    },
    // People: each allowed role registers its own person (so the record is in its scope), then reads and edits it.
    'person.create': async (c, { role }) => {
      const res = await c.request({
        method: 'POST',
        url: '/api/people',
        payload: personPayload(probePerson(role)),
      });
      if (res.statusCode === 201) peopleByRole.set(role, res.json());
      return res.statusCode;
    },
    'person.read': async (c, { role }) =>
      (await c.request({ method: 'GET', url: `/api/people/${personOf(role).id}?purpose=guidance` }))
        .statusCode,
    'person.export': async (c) =>
      (
        await c.request({
          method: 'GET',
          url: '/api/people/export?format=csv&purpose=job_matching&q=prova',
        })
      ).statusCode,
    'person.import': async (c, { role }) => {
      // A dry run of a one-row file: validated, nothing written.
      const p = personPayload(probePerson(role));
      const csv = `Codice fiscale;Cognome;Nome;Sesso;Data di nascita;Comune di nascita;Comune di residenza;Stato occupazionale\n${p.taxCode};${p.familyName};${p.givenName};${p.sex};${p.birthDate};Chieri (TO);Chieri (TO);disoccupato\n`;
      return (
        await c.request({
          method: 'POST',
          url: '/api/people/import?dryRun=true',
          headers: { 'content-type': 'text/csv' },
          payload: csv,
        })
      ).statusCode;
    },
    'person.update': async (c, { role }) => {
      const person = personOf(role);
      const payload = {
        ...personPayload(probePerson(role)),
        phone: '011 555 0000',
        version: person.version ?? 1,
      };
      return (await c.request({ method: 'PUT', url: `/api/people/${person.id}`, payload })).statusCode;
    },
    'person.special_category.write': async (c, { role }) =>
      (
        await c.request({
          method: 'PUT',
          url: `/api/people/${personOf(role).id}/special-records`,
          payload: { category: 'health', notes: 'probe' },
        })
      ).statusCode,
    'person.special_category.read': async (c, { role }) =>
      (
        await c.request({
          method: 'GET',
          url: `/api/people/${personOf(role).id}/special-records?purpose=social_support`,
        })
      ).statusCode,
    'person.data_export': async (c, { role }) =>
      (await c.request({ method: 'GET', url: `/api/people/${personOf(role).id}/data-export?format=json` }))
        .statusCode,
    // Erasure is irreversible: each probe erases a person registered for it by the CPI operator, not the role's own.
    'person.erase': async (c, { role }) => {
      const i = roles.indexOf(role);
      const created = await clients.get('cpi_operator')!.client.request({
        method: 'POST',
        url: '/api/people',
        payload: {
          ...personPayload({
            familyName: 'Cancellato',
            givenName: surnames[i]!,
            birthDate: `1975-02-${String(10 + i).padStart(2, '0')}`,
          }),
          confirmNotDuplicate: true,
        },
      });
      return (await c.request({ method: 'POST', url: `/api/people/${created.json().id}/erase` })).statusCode;
    },
    // The card: operators read the card of their own person; the employer reads that of a person registered by
    // the CPI operator who consents to sharing their CV with employers (without consent: 404).
    'person.card.read': async (c, { role }) => {
      if (role !== 'employer_user')
        return (await c.request({ method: 'GET', url: `/api/people/${personOf(role).id}/card` })).statusCode;
      consentingPerson ??= (async () => {
        const op = clients.get('cpi_operator')!.client;
        const created = await op.request({
          method: 'POST',
          url: '/api/people',
          payload: {
            ...personPayload({ familyName: 'Scheda', givenName: 'Consenso', birthDate: '1986-07-21' }),
            confirmNotDuplicate: true,
          },
        });
        const id: string = created.json().id;
        await op.request({
          method: 'POST',
          url: `/api/people/${id}/consents`,
          payload: { purpose: 'share_cv_with_employers', granted: true, noticeVersion: '2026-11' },
        });
        return id;
      })();
      return (await c.request({ method: 'GET', url: `/api/people/${await consentingPerson}/card` }))
        .statusCode;
    },
    // The likely duplicates of the role's own person (reading them is the first step of a merge).
    'person.merge': async (c, { role }) =>
      (await c.request({ method: 'GET', url: `/api/people/${personOf(role).id}/duplicates` })).statusCode,
    // Self-service: the demo citizen's account is linked to a demo person (src/demo/citizen.ts); other roles are
    // refused by the route's action before any lookup.
    'person.self.read': async (c) => (await c.request({ method: 'GET', url: '/api/me/person' })).statusCode,
    'person.self.update': async (c) => {
      const mine = await c.request({ method: 'GET', url: '/api/me/person' });
      const version = mine.statusCode === 200 ? mine.json().version : 1;
      return (
        await c.request({
          method: 'PATCH',
          url: '/api/me/person',
          payload: { version, phone: '011 555 0101' },
        })
      ).statusCode;
    },
    'audit.read': async (c) => (await c.request({ method: 'GET', url: '/api/audit-events' })).statusCode,
    'audit.export': async (c) =>
      (await c.request({ method: 'GET', url: '/api/audit-events/export?format=csv' })).statusCode,
    'outbox.read': async (c) => (await c.request({ method: 'GET', url: '/api/outbox' })).statusCode,
    'taxonomy.read': async (c) =>
      (await c.request({ method: 'GET', url: '/api/taxonomy/occupations?q=a' })).statusCode,
    'taxonomy.manage': async (c) =>
      (await c.request({ method: 'GET', url: '/api/taxonomy/imports' })).statusCode,
    // A one-comune GeoJSON (a small square over Chieri): allowed answers 200 and writes it.
    'geography.manage': async (c) =>
      (
        await c.request({
          method: 'POST',
          url: '/api/geography/boundaries?filename=probe.geojson',
          headers: { 'content-type': 'application/geo+json' },
          payload: JSON.stringify({
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                properties: { com_istat_code: '001078' },
                geometry: {
                  type: 'Polygon',
                  coordinates: [
                    [
                      [7.8, 45],
                      [7.84, 45],
                      [7.84, 45.04],
                      [7.8, 45.04],
                      [7.8, 45],
                    ],
                  ],
                },
              },
            ],
          }),
        })
      ).statusCode,
    // Last: the shortlist probes use the people the person.create probe registered.
    ...employmentProbes({ clients, personOf, shortlistVacancy, shortlistEntriesByRole }),
  };

  it('has a probe for every action that has a route', () => {
    expect(Object.keys(probes).sort()).toEqual(actions.filter((a) => !isPending(a)).sort());
  });

  for (const action of Object.keys(probes) as (keyof typeof probes)[]) {
    for (const role of roles) {
      const allowed = scopeOf(role, action) !== null;
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, async () => {
        const me = clients.get(role)!;
        const status = await probes[action](me.client, { role, orgId: me.orgId, n: counter++ });
        if (allowed) expect(status, `${role} → ${action}`).toBeLessThan(300);
        else expect(status, `${role} → ${action}`).toBe(403);
      });
    }
  }

  it('answers 404, not 403, for organisations outside the caller’s scope', async () => {
    const pinerolo = demoOrganisationId('cpi-pinerolo');
    for (const role of ['network_coordinator', 'cpi_operator', 'employer_user', 'analyst'] as Role[]) {
      const res = await clients
        .get(role)!
        .client.request({ method: 'GET', url: `/api/organisations/${pinerolo}` });
      expect(res.statusCode, role).toBe(404);
    }
    const admin = await clients
      .get('platform_admin')!
      .client.request({ method: 'GET', url: `/api/organisations/${pinerolo}` });
    expect(admin.statusCode).toBe(200);
    // Listing as a CPI operator of the Patto never shows the Pinerolese.
    const list = (
      await clients
        .get('cpi_operator')!
        .client.request({ method: 'GET', url: '/api/organisations?limit=200' })
    ).json();
    expect(list.items.map((o: { id: string }) => o.id)).not.toContain(pinerolo);
    // An employer sees its own company only.
    const own = (
      await clients.get('employer_user')!.client.request({ method: 'GET', url: '/api/organisations' })
    ).json();
    expect(own.total).toBe(1);
  });

  it('keeps the permission snapshot of every route (a diff here is a permission change)', async () => {
    const lines = routeCatalog(t.app)
      .sort((a, b) => (a.operationId ?? '').localeCompare(b.operationId ?? ''))
      .map((r) => {
        const who = r.public
          ? 'anyone'
          : r.action
            ? roles
                .filter((role) => scopeOf(role, r.action as Action))
                .map((role) => `${role}:${scopeOf(role, r.action as Action)}`)
                .join(' ')
            : 'any signed-in user';
        return `${r.operationId} ${r.method} ${r.url} [${r.action ?? '-'}] ${who}`;
      });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/permissions.txt');
  });
});
