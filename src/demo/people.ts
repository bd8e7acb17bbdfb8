// The demo Banca Dati Lavoro: about 2,100 synthetic job seekers across the three demo networks, owned by their
// CPIs, comuni, Circoscrizione 2 and social services. Fixed seed and reference day, so the demo is identical on
// every install. Every name, codice fiscale, address, e-mail (.example) and phone (555) is FICTITIOUS.
import { and, count, eq, inArray } from 'drizzle-orm';
import { comuneSubdivisions, networks, organisations } from '../modules/network/db.ts';
import { people } from '../modules/people/db.ts';
import { cvGenerator, type GeneratedCv } from '../modules/people/generator/cv.ts';
import { generatePeople, type Owner, type PersonRow } from '../modules/people/generator/generate.ts';
import { insertPeople } from '../modules/people/generator/insert.ts';
import type { Db } from '../platform/db/client.ts';
import { demoNetworkId, demoOrganisationId } from './seed.ts';
import { type DemoNetworkSlug, type DemoOrgKey, demoNetworks } from './territory.ts';

export const DEMO_PEOPLE_SEED = 2026;
/** The demo's "today": ages, DID dates and availability are computed from it. */
export const DEMO_PEOPLE_TODAY = new Date('2026-11-01T00:00:00Z');

const generateCv = cvGenerator({ seed: DEMO_PEOPLE_SEED, today: DEMO_PEOPLE_TODAY });
/** CVs drawn for the rows of demoPeopleRows (for their search text), reused when the rows are written. */
const drawn = new WeakMap<PersonRow, GeneratedCv>();

/** The CV of a demo person (desired occupations, experiences, skills, education, languages, licences). */
export const demoCv = (row: PersonRow): GeneratedCv => drawn.get(row) ?? generateCv(row);

/** The CPI of Chieri serves the Chierese hills; the CPI of Moncalieri the south-western comuni. */
const chierese = (
  '001078 001009 001012 001018 001048 001123 001144 001153 001158 001163 001180 001183 001192 001197 ' +
  '001203 001215 001257 001262'
).split(' ');
const moncalierese = '001156 001164 001059 001051 001127 001280 001308 001309'.split(' ');

type DemoOwner = { key: DemoOrgKey; weight: number; comuni?: readonly string[] };
type DemoPart = {
  network: DemoNetworkSlug;
  count: number;
  owners: DemoOwner[];
  /** Residents of Torino's Circoscrizione 2 (Santa Rita, Mirafiori) and its postcodes. */
  subdivision?: { comuneCode: string; code: string; postcodes: string[] };
};

export const demoPeopleParts: DemoPart[] = [
  {
    network: 'patto-torino-sud',
    count: 1200,
    owners: [
      { key: 'cpi-chieri', weight: 40, comuni: chierese },
      { key: 'cpi-moncalieri', weight: 40, comuni: moncalierese },
      { key: 'comune-chieri-lavoro', weight: 8, comuni: ['001078'] },
      { key: 'comune-moncalieri-lavoro', weight: 6, comuni: ['001156'] },
      { key: 'comune-nichelino-lavoro', weight: 6, comuni: ['001164'] },
      { key: 'comune-carmagnola-lavoro', weight: 6, comuni: ['001059'] },
      { key: 'consorzio-socio-assistenziale-chierese', weight: 6, comuni: chierese },
    ],
  },
  {
    network: 'circoscrizione-2-torino',
    count: 500,
    owners: [
      { key: 'cpi-torino-castelgomberto', weight: 55 },
      { key: 'circ2-progetto-lavoro', weight: 25 },
      { key: 'circ2-servizi-sociali', weight: 15 },
      { key: 'citta-torino-politiche-lavoro', weight: 5 },
    ],
    subdivision: { comuneCode: '001272', code: '2', postcodes: ['10135', '10136', '10137', '10141'] },
  },
  {
    network: 'pinerolese',
    count: 400,
    owners: [
      { key: 'cpi-pinerolo', weight: 65 },
      { key: 'comune-pinerolo', weight: 15, comuni: ['001191'] },
      { key: 'ciss-pinerolo', weight: 20 },
    ],
  },
];

/**
 * Adds the demo people when the `people` table is empty and the demo networks and owners exist. Returns how
 * many were written (0 when skipped).
 */
export async function seedDemoPeople(db: Db): Promise<number> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(people);
  if (n > 0) return 0;
  const networkIds = demoNetworks.map((net) => demoNetworkId(net.slug));
  const foundNetworks = await db
    .select({ id: networks.id })
    .from(networks)
    .where(inArray(networks.id, networkIds));
  const ownerIds = demoPeopleParts.flatMap((p) => p.owners.map((o) => demoOrganisationId(o.key)));
  const foundOwners = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, ownerIds));
  if (foundNetworks.length !== networkIds.length || foundOwners.length !== new Set(ownerIds).size) return 0;

  const subdivisionIds = new Map<string, string>();
  for (const part of demoPeopleParts) {
    if (!part.subdivision) continue;
    const [row] = await db
      .select({ id: comuneSubdivisions.id })
      .from(comuneSubdivisions)
      .where(
        and(
          eq(comuneSubdivisions.comuneCode, part.subdivision.comuneCode),
          eq(comuneSubdivisions.code, part.subdivision.code),
        ),
      );
    if (row) subdivisionIds.set(part.network, row.id);
  }
  return insertPeople(db, demoPeopleRows(subdivisionIds), { atomic: true, cv: demoCv });
}

/** The demo rows (with the CV in the search text), network after network (each with its own seed, so that one part does not shift another). */
export function* demoPeopleRows(
  subdivisionIds: ReadonlyMap<string, string> = new Map(),
): Generator<PersonRow> {
  const taxCodesInUse = new Set<string>();
  for (const [index, part] of demoPeopleParts.entries()) {
    const network = demoNetworks.find((net) => net.slug === part.network)!;
    const owners: Owner[] = part.owners.map((o) => ({ ...o, id: demoOrganisationId(o.key) }));
    const subdivisionId = subdivisionIds.get(part.network);
    const rows = generatePeople({
      seed: DEMO_PEOPLE_SEED * 10 + index,
      count: part.count,
      networkComuni: network.comuni.map((c) => c.code),
      owners,
      today: DEMO_PEOPLE_TODAY,
      taxCodesInUse,
      subdivisions:
        part.subdivision && subdivisionId
          ? { [part.subdivision.comuneCode]: { id: subdivisionId, postcodes: part.subdivision.postcodes } }
          : undefined,
    });
    // The search text includes the CV (insertPeople writes the CV rows with `cv: demoCv`).
    for (const row of rows) {
      const cv = generateCv(row);
      const withCv = { ...row, searchText: cv.searchText };
      drawn.set(withCv, cv);
      yield withCv;
    }
  }
}
