// The people module's tables (Banca Dati Lavoro): the person record modelled on the SAP sections, and the
// special-category records (health, disability, addiction services), encrypted at rest.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { comuneSubdivisions, comuni, organisations } from '../network/db.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // SAP 1 — personal data
    taxCode: text('tax_code').notNull().unique(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    sex: text('sex').notNull(),
    birthDate: day('birth_date').notNull(),
    birthComuneCode: text('birth_comune_code').references(() => comuni.code),
    /** ISO 3166-1 alpha-2 of the country of birth (IT for Italy). */
    birthCountry: text('birth_country').notNull().default('IT'),
    citizenship: text('citizenship').notNull().default('IT'),
    residenceComuneCode: text('residence_comune_code')
      .notNull()
      .references(() => comuni.code),
    residenceSubdivisionId: uuid('residence_subdivision_id').references(() => comuneSubdivisions.id),
    address: text('address'),
    postcode: text('postcode'),
    email: text('email'),
    phone: text('phone'),
    // SAP 2 — administrative data
    employmentStatus: text('employment_status').notNull(),
    didDate: day('did_date'),
    unemployedSince: day('unemployed_since'),
    incomeSupport: textArray('income_support'),
    /** Target groups that can only be declared (the computed ones are derived on read). */
    declaredGroups: textArray('declared_groups'),
    // Availability
    availableFrom: day('available_from'),
    maxCommuteKm: integer('max_commute_km'),
    ownVehicle: boolean('own_vehicle').notNull().default(false),
    contractTypes: textArray('contract_types'),
    workingTimes: textArray('working_times'),
    shifts: textArray('shifts'),
    /** True when a special-category record exists: visible to those who may read the record, not its content. */
    hasSpecialCategory: boolean('has_special_category').notNull().default(false),
    // Stewardship
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    anonymisedAt: ts('anonymised_at'),
  },
  (t) => [
    check('people_sex_check', sql`sex IN ('M', 'F')`),
    index('people_owner_idx').on(t.ownerOrganisationId),
    index('people_names_idx').on(sql`lower(${t.familyName})`, sql`lower(${t.givenName})`, t.birthDate),
    index('people_residence_idx').on(t.residenceComuneCode),
    // Likely duplicates are looked for among people born the same day.
    index('people_birth_date_idx').on(t.birthDate),
  ],
);

/** Special-category data (GDPR art. 9): the payload is encrypted with the configured key. */
export const personSpecialRecords = pgTable(
  'person_special_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** disability | health | addiction_services */
    category: text('category').notNull(),
    /** AES-256-GCM ciphertext of the JSON payload (platform/crypto/secrets.ts). */
    payload: text('payload').notNull(),
    recordedByOrganisationId: uuid('recorded_by_organisation_id').references(() => organisations.id),
    recordedBy: uuid('recorded_by'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('person_special_category_check', sql`category IN ('disability', 'health', 'addiction_services')`),
    index('person_special_person_idx').on(t.personId),
  ],
);
