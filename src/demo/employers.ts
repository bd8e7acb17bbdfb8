// Seeds the demo employers registry (data in employers-data.ts): the twelve employer organisations of the demo
// territory linked to their records (their users see "La mia azienda"), and about sixty more local employers kept
// by the CPI of their area. Deterministic: ids derive from slugs, tax codes from the row number (check digit
// computed). Other modules' demo seeds find them with findDemoEmployer (by codice fiscale or slug).
import { count } from 'drizzle-orm';
import { employerContacts, employerSites, employers } from '../modules/employers/db.ts';
import { atecoSection } from '../modules/employers/domain/ateco.ts';
import { withVatCheckDigit } from '../modules/employers/domain/tax-codes.ts';
import type { Db } from '../platform/db/client.ts';
import { demoEmployerRows, linkedEmployers } from './employers-data.ts';
import { demoOrganisationId, demoUuid } from './seed.ts';
import { demoOrganisations } from './territory.ts';

export type DemoEmployer = {
  id: string;
  slug: string;
  name: string;
  taxCode: string;
  /** The platform organisation of the company, when its users use the platform. */
  organisationId: string | null;
  ownerKey: string;
  comuneCode: string;
  atecoCode: string;
  employees: number;
  hostsInternships: boolean;
  address: string;
  postcode: string;
  legalForm: string;
  contact: { name: string; role: string };
  email: string;
  phone: string;
};

export const demoEmployerId = (slug: string) => demoUuid(`employer:${slug}`);

const chierese = new Set(
  '001078 001009 001012 001018 001048 001123 001144 001153 001158 001163 001180 001183 001192 001197 001203 001215 001257 001262'.split(
    ' ',
  ),
);
const pinerolese = new Set(
  '001002 001025 001026 001035 001041 001070 001097 001103 001110 001139 001142 001168 001173 001184 001190 001191 001195 001200 001201 001227 001254 001260 001275 001299 001307'.split(
    ' ',
  ),
);

/** Which CPI keeps a company in the registry, from the comune of its headquarters. */
function ownerOf(comuneCode: string): string {
  if (comuneCode === '001272') return 'cpi-torino-castelgomberto';
  if (pinerolese.has(comuneCode)) return 'cpi-pinerolo';
  return chierese.has(comuneCode) ? 'cpi-chieri' : 'cpi-moncalieri';
}

const mailOf = (name: string, slug: string) =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.')}@${slug}.example`;

function build(): DemoEmployer[] {
  const linked = demoOrganisations
    .filter((o) => o.kind === 'employer')
    .map((o): DemoEmployer => {
      const extra = linkedEmployers[o.key];
      if (!extra) throw new Error(`demo employer organisation ${o.key} has no registry data`);
      const [street, place = ''] = o.address.split(/, (?=\d{5} )/);
      return {
        id: demoEmployerId(o.key),
        slug: o.key,
        name: o.name,
        taxCode: o.taxCode,
        organisationId: demoOrganisationId(o.key),
        ownerKey: ownerOf(o.comuneCode),
        comuneCode: o.comuneCode,
        atecoCode: extra.ateco,
        employees: extra.employees,
        hostsInternships: extra.hosts,
        address: street!,
        postcode: place.slice(0, 5),
        legalForm: extra.legalForm,
        contact: { name: extra.contact, role: extra.role },
        email: o.email,
        phone: o.phone,
      };
    });
  const others = demoEmployerRows.map(
    (r, i): DemoEmployer => ({
      id: demoEmployerId(r.slug),
      slug: r.slug,
      name: r.name,
      // 13 + row number + Torino's provincial office 001, then the check digit.
      taxCode: withVatCheckDigit(`13${String(1000 + i).padStart(5, '0')}001`),
      organisationId: null,
      ownerKey: ownerOf(r.comuneCode),
      comuneCode: r.comuneCode,
      atecoCode: r.ateco,
      employees: r.employees,
      hostsInternships: r.hosts,
      address: r.address,
      postcode: r.postcode,
      legalForm: r.legalForm,
      contact: { name: r.contact, role: r.role },
      email: `info@${r.slug}.example`,
      phone: `011 555 ${String(2000 + i * 7).padStart(4, '0')}`,
    }),
  );
  return [...linked, ...others];
}

export const demoEmployers: readonly DemoEmployer[] = build();

/** A demo employer by codice fiscale or slug (for other modules' demo seeds and tests). */
export function findDemoEmployer(taxCodeOrSlug: string): DemoEmployer | undefined {
  return demoEmployers.find((e) => e.taxCode === taxCodeOrSlug || e.slug === taxCodeOrSlug);
}

/** Writes the demo registry when the employers table is empty; returns how many employers were written. */
export async function seedDemoEmployers(db: Db, now = new Date('2026-11-01T00:00:00Z')): Promise<number> {
  return db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(employers);
    if (n > 0) return 0;
    await tx.insert(employers).values(
      demoEmployers.map((e) => ({
        id: e.id,
        taxCode: e.taxCode,
        vatNumber: e.taxCode,
        name: e.name,
        legalForm: e.legalForm,
        atecoCode: e.atecoCode,
        atecoVersion: '2007',
        atecoSection: atecoSection(e.atecoCode, '2007'),
        employees: e.employees,
        hostsInternships: e.hostsInternships,
        email: e.email,
        phone: e.phone,
        organisationId: e.organisationId,
        ownerOrganisationId: demoOrganisationId(e.ownerKey),
        createdAt: now,
        updatedAt: now,
      })),
    );
    await tx.insert(employerSites).values(
      demoEmployers.map((e) => ({
        id: demoUuid(`employer-site:${e.slug}`),
        employerId: e.id,
        name: 'Sede legale',
        comuneCode: e.comuneCode,
        address: e.address,
        postcode: e.postcode || null,
        headquarters: true,
        employees: e.employees,
      })),
    );
    await tx.insert(employerContacts).values(
      demoEmployers.map((e) => ({
        id: demoUuid(`employer-contact:${e.slug}`),
        employerId: e.id,
        name: e.contact.name,
        role: e.contact.role,
        email: mailOf(e.contact.name, e.slug),
        phone: e.phone,
      })),
    );
    return demoEmployers.length;
  });
}
