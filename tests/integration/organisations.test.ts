// Organisations: create with validated tax codes, scoped lists, optimistic locking, network tiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoNetworkId, demoOrganisationId } from '../../src/demo/seed.ts';
import { vatCheckDigit } from '../../src/modules/network/domain/tax-codes.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { COORDINATOR, CPI_OPERATOR, PLATFORM_ADMIN } from '../helpers/demo-users.ts';

const validTaxCode = (base10: string) => base10 + vatCheckDigit(base10);

describe.skipIf(skipDatabase)('organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lets the coordinator create an organisation in their network, audited', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const res = await c.request({
      method: 'POST',
      url: '/api/organisations',
      payload: {
        name: 'Cooperativa Sociale Il Ponte',
        kind: 'cooperative',
        taxCode: validTaxCode('0912345001'),
        vatNumber: validTaxCode('0912345001'),
        comuneCode: '001156', // Moncalieri
        address: 'Via Roma 1',
        email: 'info@ilponte.example',
      },
    });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org.comuneName).toBe('Moncalieri');
    expect(org.networks).toEqual([
      { id: demoNetworkId('patto-torino-sud'), name: 'Patto Territoriale Torino Sud', tier: 'wider' },
    ]);
    expect(org.can.update).toBe(true);
    const audit = (
      await c.request({ method: 'GET', url: '/api/audit-events?mine=true&action=organisation.create' })
    ).json();
    expect(audit.items[0].entityId).toBe(org.id);
    const list = (await c.request({ method: 'GET', url: '/api/organisations?q=ponte' })).json();
    expect(list.items.map((o: { id: string }) => o.id)).toContain(org.id);
    const byCode = (await c.request({ method: 'GET', url: `/api/organisations?q=${org.taxCode}` })).json();
    expect(byCode.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
  });

  it('refuses invalid tax codes, unknown comuni and foreign networks, naming the fields', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const res = await c.request({
      method: 'POST',
      url: '/api/organisations',
      payload: {
        name: 'X S.r.l.',
        kind: 'employer',
        taxCode: '12345678901',
        vatNumber: '123',
        comuneCode: '1078',
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)
      .sort();
    expect(fields).toEqual([
      'comuneCode:unknown_comune',
      'taxCode:invalid_tax_code',
      'vatNumber:invalid_vat_number',
    ]);

    const foreign = await c.request({
      method: 'POST',
      url: '/api/organisations',
      payload: {
        name: 'Associazione Fuori Rete',
        kind: 'association',
        taxCode: validTaxCode('9700000001'),
        comuneCode: '001191', // Pinerolo
        networks: [{ networkId: demoNetworkId('pinerolese'), tier: 'wider' }],
      },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({
      field: 'networks.0.networkId',
      code: 'not_your_network',
    });
  });

  it('detects concurrent edits: the second save with a stale version gets 409', async () => {
    const op = await t.sessionFor(CPI_OPERATOR);
    const id = demoOrganisationId('cpi-chieri');
    const org = (await op.request({ method: 'GET', url: `/api/organisations/${id}` })).json();
    const {
      id: _i,
      comuneName: _c,
      networks: _n,
      memberCount: _m,
      subdivisionName: _s,
      parentName: _p,
      createdAt: _ca,
      updatedAt: _u,
      can: _can,
      ...form
    } = org;
    const first = await op.request({
      method: 'PUT',
      url: `/api/organisations/${id}`,
      payload: { ...form, phone: '011 555 0001' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(org.version + 1);
    const second = await op.request({
      method: 'PUT',
      url: `/api/organisations/${id}`,
      payload: { ...form, phone: '011 555 0002' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('version_conflict');
    // An operator may not edit another organisation of the network (visible → 403), nor see a foreign one (404).
    const other = demoOrganisationId('cpi-moncalieri');
    const otherOrg = (await op.request({ method: 'GET', url: `/api/organisations/${other}` })).json();
    expect(otherOrg.can.update).toBe(false);
  });

  it('places organisations in the coordination group or the wider network', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const network = demoNetworkId('patto-torino-sud');
    const school = demoOrganisationId('iis-vittone-chieri');
    expect(
      (
        await c.request({
          method: 'PUT',
          url: `/api/networks/${network}/members/${school}`,
          payload: { tier: 'coordination' },
        })
      ).statusCode,
    ).toBe(200);
    const org = (await c.request({ method: 'GET', url: `/api/organisations/${school}` })).json();
    expect(org.networks.find((n: { id: string }) => n.id === network).tier).toBe('coordination');
    const summary = (await c.request({ method: 'GET', url: `/api/networks/${network}` })).json();
    expect(summary.comuni.map((x: { name: string }) => x.name)).toContain('Chieri');
    expect(summary.organisationsByKind.cpi).toBeGreaterThanOrEqual(2);
  });

  it('finds comuni by name and Torino’s circoscrizioni', async () => {
    const c = await t.sessionFor(COORDINATOR);
    const comuni = (await c.request({ method: 'GET', url: '/api/comuni?q=chie' })).json();
    expect(comuni.items[0]).toMatchObject({
      code: '001078',
      name: 'Chieri',
      provinceAcr: 'TO',
      belfiore: 'C627',
    });
    const subs = (await c.request({ method: 'GET', url: '/api/comuni/001272/subdivisions' })).json();
    expect(subs.items).toHaveLength(8);
  });
});

describe.skipIf(skipDatabase)('networks (territories)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lets the platform administrator create a territory with its comuni, naming unknown ones', async () => {
    const admin = await t.sessionFor(PLATFORM_ADMIN);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/networks',
      payload: { name: 'Rete del Canavese', comuneCodes: ['001125', '999999'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ field: 'comuneCodes.1', code: 'unknown_comune' }),
    ]);
    const res = await admin.request({
      method: 'POST',
      url: '/api/networks',
      payload: {
        name: 'Rete del Canavese',
        description: 'Ivrea e dintorni',
        comuneCodes: ['001125', '001020'],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().comuni.map((c: { name: string }) => c.name)).toEqual(['Banchette', 'Ivrea']);
    expect(res.json().organisationCount).toBe(0);
  });

  it('lets a coordinator edit the comuni of their own network only', async () => {
    const c = await t.sessionFor(COORDINATOR);
    expect(
      (
        await c.request({
          method: 'POST',
          url: '/api/networks',
          payload: { name: 'Nuova rete', comuneCodes: ['001078'] },
        })
      ).statusCode,
    ).toBe(403);
    const patto = (
      await c.request({ method: 'GET', url: `/api/networks/${demoNetworkId('patto-torino-sud')}` })
    ).json();
    const codes = [...patto.comuni.map((x: { code: string }) => x.code), '001024']; // + Beinasco
    const updated = await c.request({
      method: 'PUT',
      url: `/api/networks/${patto.id}`,
      payload: { name: patto.name, description: patto.description, comuneCodes: codes },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().comuni).toHaveLength(patto.comuni.length + 1);
    const foreign = await c.request({
      method: 'PUT',
      url: `/api/networks/${demoNetworkId('pinerolese')}`,
      payload: { name: 'Rete altrui', comuneCodes: ['001191'] },
    });
    expect(foreign.statusCode).toBe(404);
    const audit = (
      await c.request({ method: 'GET', url: '/api/audit-events?mine=true&action=network.update' })
    ).json();
    expect(audit.items[0].details.added).toEqual(['001024']);
  });
});
