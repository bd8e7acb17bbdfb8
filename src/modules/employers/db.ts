// The employers module's tables: the network's registry of local employers (one record per codice fiscale), their
// sites (where people would work: the comune matters for distances and the territorial map) and contacts.
// An employer may also be an organisation of the platform (kind 'employer') whose users manage the record and
// publish vacancies; `organisationId` links the two. `ownerOrganisationId` is who keeps the record in the network
// (the scope of operators, as for people).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { comuni, organisations } from '../network/db.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Codice fiscale of the company: 11 digits (usually = partita IVA) or 16 characters for sole traders. */
    taxCode: text('tax_code').notNull(),
    vatNumber: text('vat_number'),
    name: text('name').notNull(),
    /** Legal form code (srl, spa, snc, sas, ditta_individuale, cooperativa, associazione, ente_pubblico, …). */
    legalForm: text('legal_form'),
    /** ATECO code as written in the chosen version (e.g. 52.10.10), with the version: '2007' or '2025'. */
    atecoCode: text('ateco_code'),
    atecoVersion: text('ateco_version'),
    /** The ATECO section letter of the code in its version (domain/ateco.ts), kept for filters and the map. */
    atecoSection: text('ateco_section'),
    employees: integer('employees'),
    /** Willing to host extracurricular internships (tirocini). */
    hostsInternships: boolean('hosts_internships').notNull().default(false),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    notes: text('notes'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employers_tax_code_key').on(t.taxCode),
    uniqueIndex('employers_organisation_key').on(t.organisationId),
    index('employers_owner_idx').on(t.ownerOrganisationId),
    index('employers_name_idx').on(sql`lower(${t.name})`),
    index('employers_ateco_idx').on(t.atecoCode),
    index('employers_ateco_section_idx').on(t.atecoSection),
    check('employers_ateco_version_check', sql`ateco_version IS NULL OR ateco_version IN ('2007', '2025')`),
    check('employers_employees_check', sql`employees IS NULL OR employees >= 0`),
  ],
);

export const employerSites = pgTable(
  'employer_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'cascade' }),
    name: text('name'),
    comuneCode: text('comune_code')
      .notNull()
      .references(() => comuni.code),
    address: text('address'),
    postcode: text('postcode'),
    /** The registered office (sede legale); the others are operating sites (unità locali). */
    headquarters: boolean('headquarters').notNull().default(false),
    employees: integer('employees'),
  },
  (t) => [
    index('employer_sites_employer_idx').on(t.employerId),
    index('employer_sites_comune_idx').on(t.comuneCode),
  ],
);

export const employerContacts = pgTable(
  'employer_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
  },
  (t) => [index('employer_contacts_employer_idx').on(t.employerId)],
);
