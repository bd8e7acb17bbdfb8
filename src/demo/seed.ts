// Writes the demo territory (territory.ts) into an empty database, in one transaction. Expects the comuni and
// Torino's subdivisions to be loaded already. Ids are deterministic (UUID v5 of the stable keys), so that links
// in the README, screenshots and end-to-end tests stay valid across installs.
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { memberships, users } from '../modules/identity/db.ts';
import {
  comuneSubdivisions,
  comuni,
  networkComuni,
  networkMembers,
  networks,
  organisations,
} from '../modules/network/db.ts';
import type { Db, Tx } from '../platform/db/client.ts';
import { DEMO_PASSWORD, demoLogins, demoNetworks, demoOrganisations, demoUsers } from './territory.ts';

export type SeedDemoResult = { created: boolean; logins: { role: string; email: string }[] };

/** Fixed namespace of the demo ids (random once, never change: ids derive from it). */
const DEMO_NAMESPACE = '6f1d2c8e-3b7a-4e59-a0c4-52d9e81b7f30';

/** RFC 9562 UUID version 5 of `name` in the demo namespace. */
export function demoUuid(name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(DEMO_NAMESPACE.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const demoNetworkId = (slug: string) => demoUuid(`network:${slug}`);
export const demoOrganisationId = (key: string) => demoUuid(`organisation:${key}`);
export const demoUserId = (email: string) => demoUuid(`user:${email.toLowerCase()}`);

export async function seedDemo(
  db: Db,
  opts: { hashPassword: (p: string) => Promise<string> },
): Promise<SeedDemoResult> {
  if (!(await isEmpty(db))) return { created: false, logins: [] };
  // argon2 is slow: one hash, shared by every demo user.
  const passwordHash = await opts.hashPassword(DEMO_PASSWORD);

  const created = await db.transaction(async (tx) => {
    if (!(await isEmpty(tx))) return false;

    const comuneCodes = [
      ...new Set([
        ...demoNetworks.flatMap((n) => n.comuni.map((c) => c.code)),
        ...demoOrganisations.map((o) => o.comuneCode),
      ]),
    ];
    const known = await tx
      .select({ code: comuni.code })
      .from(comuni)
      .where(inArray(comuni.code, comuneCodes));
    const missing = comuneCodes.filter((code) => !known.some((k) => k.code === code));
    if (missing.length > 0) {
      throw new Error(`seedDemo: comuni not loaded: ${missing.join(', ')} (load the ISTAT list first)`);
    }

    // Subdivisions (Torino's circoscrizioni) by comune and code.
    const subdivisionIds = new Map<string, string>();
    for (const o of demoOrganisations) {
      if (!o.subdivision) continue;
      const pair = `${o.comuneCode}/${o.subdivision}`;
      if (subdivisionIds.has(pair)) continue;
      const [row] = await tx
        .select({ id: comuneSubdivisions.id })
        .from(comuneSubdivisions)
        .where(
          and(eq(comuneSubdivisions.comuneCode, o.comuneCode), eq(comuneSubdivisions.code, o.subdivision)),
        );
      if (!row)
        throw new Error(`seedDemo: subdivision ${o.subdivision} of comune ${o.comuneCode} not loaded`);
      subdivisionIds.set(pair, row.id);
    }

    await tx.insert(networks).values(
      demoNetworks.map((n) => ({
        id: demoNetworkId(n.slug),
        slug: n.slug,
        name: n.name,
        description: n.description,
      })),
    );
    await tx
      .insert(networkComuni)
      .values(
        demoNetworks.flatMap((n) =>
          n.comuni.map((c) => ({ networkId: demoNetworkId(n.slug), comuneCode: c.code })),
        ),
      );

    await tx.insert(organisations).values(
      demoOrganisations.map((o) => ({
        id: demoOrganisationId(o.key),
        name: o.name,
        kind: o.kind,
        taxCode: o.taxCode,
        vatNumber: o.vatNumber ?? null,
        comuneCode: o.comuneCode,
        subdivisionId: o.subdivision ? subdivisionIds.get(`${o.comuneCode}/${o.subdivision}`) : null,
        parentId: o.parentKey ? demoOrganisationId(o.parentKey) : null,
        address: o.address,
        email: o.email,
        phone: o.phone,
      })),
    );
    await tx.insert(networkMembers).values(
      demoOrganisations.flatMap((o) =>
        o.networks.map((m) => ({
          networkId: demoNetworkId(m.network),
          organisationId: demoOrganisationId(o.key),
          tier: m.tier,
        })),
      ),
    );

    await tx.insert(users).values(
      demoUsers.map((u) => ({
        id: demoUserId(u.email),
        email: u.email.toLowerCase(),
        givenName: u.givenName,
        familyName: u.familyName,
        passwordHash,
        locale: 'it',
      })),
    );
    // Sessions open on the oldest membership: one second apart, in the listed order.
    const rows = demoUsers.flatMap((u) =>
      u.memberships.map((m) => ({
        id: demoUuid(`membership:${u.email.toLowerCase()}:${m.org}`),
        userId: demoUserId(u.email),
        organisationId: demoOrganisationId(m.org),
        role: m.role,
      })),
    );
    const start = Date.now() - rows.length * 1000;
    await tx
      .insert(memberships)
      .values(rows.map((r, i) => ({ ...r, createdAt: new Date(start + i * 1000) })));
    return true;
  });

  if (!created) return { created: false, logins: [] };
  return { created: true, logins: Object.entries(demoLogins).map(([role, email]) => ({ role, email })) };
}

async function isEmpty(db: Tx): Promise<boolean> {
  const rows = await db.select({ id: networks.id }).from(networks).limit(1);
  return rows.length === 0;
}
