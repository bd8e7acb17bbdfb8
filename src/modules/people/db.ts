// The people module's tables (Banca Dati Lavoro): the person record modelled on the SAP sections, and the
// special-category records (health, disability, addiction services), encrypted at rest.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Binary content; node-postgres and PGlite both hand back a Buffer/Uint8Array. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

import { comuneSubdivisions, comuni, organisations } from '../network/db.ts';
import { documentKinds } from './documents-contract.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/** The person's tokens in people_search_idx (comune of residence, birth year): an expression kept in step by the
 * index itself; the search writes the very same expression (search-filters.ts) so PostgreSQL matches it. */
export const personTokens = sql`(ARRAY['com:' || residence_comune_code, 'by:' || (date_part('year', birth_date)::int)::text])`;
/** The hit tokens of the person's search vector in people_search_idx ('lexeme#n': the word occurs at least n
 * times; SQL function of migration 0019): the relevance order reads a page from them (search-relevance.ts). */
export const personSearchHits = sql`person_search_hits(search_vector)`;
export const comuneToken = (code: string) => `com:${code}`;
export const birthYearToken = (year: number) => `by:${year}`;

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
    /** The citizen's own account, when they manage their CV themselves. */
    userId: uuid('user_id').unique(),
    /**
     * Everything searchable about the person (names, comune, CV text, occupation and skill labels), lower-case and
     * without accents, rebuilt by the service on every write (see search-text.ts). The tsvector is derived from it
     * with the Italian stemmer, so "saldatori" finds "saldatore" and "citta" finds "città".
     */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('italian', search_text)`),
    /** The CV facts a search filters on, as tokens (domain/search-facets.ts); rebuilt with search_text on every
     * write by the SQL function person_search_facets(id) (search-index.ts). */
    searchFacets: textArray('search_facets'),
    // Stewardship
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    anonymisedAt: ts('anonymised_at'),
    // Merge of duplicates (merge.ts): the merged record is kept (history, bookmarks) but hidden everywhere; its
    // rows moved to the survivor named here, its codice fiscale replaced by a tombstone (see person_merges).
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => people.id),
    mergedAt: ts('merged_at'),
    mergedBy: uuid('merged_by'),
    /**
     * The spreadsheet import that created the record (its audit row's entity id), or null. While that import is
     * still listed in person_import_pending the record is hidden from every read (visibility.ts): the import
     * writes its new people in short steps and makes them all visible at once by deleting that one row.
     * No index: nothing looks people up by it (the staging rows give the ids of an import's people).
     */
    importId: uuid('import_id'),
  },
  (t) => [
    check('people_sex_check', sql`sex IN ('M', 'F')`),
    index('people_owner_idx').on(t.ownerOrganisationId),
    index('people_names_idx').on(sql`lower(${t.familyName})`, sql`lower(${t.givenName})`, t.birthDate),
    index('people_residence_idx').on(t.residenceComuneCode),
    // Searches by comune and age count their matches (up to 10,000) from this index alone (index-only scan).
    index('people_search_comune_birth_idx')
      .on(t.residenceComuneCode, t.birthDate, t.ownerOrganisationId, t.importId)
      .where(sql`anonymised_at IS NULL AND merged_into_id IS NULL`),
    // Likely duplicates are looked for among people born the same day.
    index('people_birth_date_idx').on(t.birthDate),
    // One index for text, CV facets, comune, birth year and word hits: a search combining them is one index scan
    // that returns only the people matching all of them, instead of one bitmap per condition (or a probe per match).
    index('people_search_idx').using('gin', t.searchVector, t.searchFacets, personTokens, personSearchHits),
    index('people_status_idx').on(t.employmentStatus),
    index('people_merged_into_idx').on(t.mergedIntoId),
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

// --- CV sections (SAP 3–4) ------------------------------------------------------------------------------------
const personRef = () =>
  uuid('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' });

export const personEducation = pgTable(
  'person_education',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: personRef(),
    /** Code list 'sap-education' (scheme and version stored with the code). */
    levelScheme: text('level_scheme').notNull().default('sap-education'),
    levelVersion: text('level_version').notNull(),
    levelCode: text('level_code').notNull(),
    title: text('title'),
    institution: text('institution'),
    year: integer('year'),
    country: text('country').notNull().default('IT'),
  },
  (t) => [index('person_education_person_idx').on(t.personId)],
);

export const personExperiences = pgTable(
  'person_experiences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: personRef(),
    employerName: text('employer_name').notNull(),
    employerTaxCode: text('employer_tax_code'),
    /** ESCO occupation URI (taxonomy), with the label as seen when recorded. */
    occupationUri: text('occupation_uri'),
    occupationLabel: text('occupation_label'),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    /** CO contract type code (scheme 'co-contract'). */
    contractType: text('contract_type'),
    description: text('description'),
  },
  (t) => [
    index('person_experiences_person_idx').on(t.personId),
    index('person_experiences_occ_idx').on(t.occupationUri),
  ],
);

export const personTrainings = pgTable(
  'person_trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: personRef(),
    title: text('title').notNull(),
    provider: text('provider'),
    hours: integer('hours'),
    year: integer('year'),
    certificate: text('certificate'),
  },
  (t) => [index('person_trainings_person_idx').on(t.personId)],
);

export const personLanguages = pgTable(
  'person_languages',
  {
    personId: personRef(),
    /** ISO 639-1 code. */
    language: text('language').notNull(),
    motherTongue: boolean('mother_tongue').notNull().default(false),
    /** CEFR levels (scheme 'cefr'), null for a mother tongue. */
    listening: text('listening'),
    reading: text('reading'),
    speaking: text('speaking'),
    writing: text('writing'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.language] })],
);

export const personLicences = pgTable(
  'person_licences',
  {
    personId: personRef(),
    scheme: text('scheme').notNull(), // driving-licence | licence
    version: text('version').notNull(),
    code: text('code').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.scheme, t.code] }),
    index('person_licences_code_idx').on(t.scheme, t.code),
  ],
);

export const personSkills = pgTable(
  'person_skills',
  {
    personId: personRef(),
    skillUri: text('skill_uri').notNull(),
    /** basic | intermediate | advanced */
    level: text('level').notNull().default('intermediate'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.skillUri] }), index('person_skills_skill_idx').on(t.skillUri)],
);

export const personDesiredOccupations = pgTable(
  'person_desired_occupations',
  {
    personId: personRef(),
    occupationUri: text('occupation_uri').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.occupationUri] }),
    index('person_desired_occ_idx').on(t.occupationUri),
  ],
);

// --- Consent and rights ---------------------------------------------------------------------------------------
/** Consent per purpose with its history: a withdrawal is a new row, nothing is overwritten. */
export const personConsents = pgTable(
  'person_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: personRef(),
    /** share_cv_with_employers | newsletters | programme_contacts */
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    /** Version of the privacy notice the person acknowledged. */
    noticeVersion: text('notice_version').notNull(),
    recordedBy: uuid('recorded_by'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('person_consents_person_idx').on(t.personId, t.purpose, t.at)],
);

// --- Documents ------------------------------------------------------------------------------------------------
/**
 * Files about a person (CVs, certificates): PDF or DOCX, type decided by the bytes (domain/document-type.ts). The
 * content lives in the database, not on disk, so that backups, erasure (cascade and anonymisation) and access
 * control follow the person record with nothing else to keep in step. Size is capped by DOCUMENT_MAX_BYTES.
 */
export const personDocuments = pgTable(
  'person_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: personRef(),
    kind: text('kind').notNull(),
    /** Sanitised: no path, no control characters (it ends up in Content-Disposition). */
    fileName: text('file_name').notNull(),
    /** Decided from the content (application/pdf or the DOCX type), never taken from the upload. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'person_documents_kind_check',
      sql.raw(`kind IN (${documentKinds.map((k) => `'${k}'`).join(', ')})`),
    ),
    index('person_documents_person_idx').on(t.personId, t.createdAt),
  ],
);

/** Saved searches of operators (filters as JSON, by user). */
export const savedSearches = pgTable('saved_searches', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  organisationId: uuid('organisation_id'),
  name: text('name').notNull(),
  filters: jsonb('filters').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * One merge of duplicates: who merged which record into which, with the field choices, the codici fiscali given
 * up (a later lookup by one of them leads to the survivor) and a snapshot of the merged record before the merge.
 * The snapshot and the old codici fiscali are personal data: kept only while the survivor exists, and emptied when
 * the survivor is anonymised (rights.ts).
 */
export const personMerges = pgTable(
  'person_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    survivorId: uuid('survivor_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    mergedId: uuid('merged_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Codici fiscali of either record that the survivor no longer holds (one of them was wrong). */
    formerTaxCodes: textArray('former_tax_codes'),
    fieldChoices: jsonb('field_choices').notNull(),
    snapshot: jsonb('snapshot'),
    mergedBy: uuid('merged_by'),
    organisationId: uuid('organisation_id'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [
    index('person_merges_survivor_idx').on(t.survivorId),
    index('person_merges_merged_idx').on(t.mergedId),
    index('person_merges_tax_codes_idx').using('gin', t.formerTaxCodes),
  ],
);

/**
 * Imports whose people are written but not yet visible (import/commit.ts, ADR 0010): one row per import, deleted
 * by the short final transaction (all the import's people become visible together) or, with the hidden people,
 * when the import fails or is abandoned.
 */
export const personImportPending = pgTable('person_import_pending', {
  importId: uuid('import_id').primaryKey(),
  startedAt: ts('started_at').notNull().defaultNow(),
});

/**
 * Rows of a spreadsheet import being committed (import/commit.ts): validated and prepared in short transactions
 * (new people are written alongside, hidden), checked again and applied by one short transaction, then deleted.
 * Rows of a failed import are deleted at once, rows of an abandoned one (process stopped meanwhile) by the next
 * import after a day.
 */
export const personImportStaging = pgTable(
  'person_import_staging',
  {
    importId: uuid('import_id').notNull(),
    /** The row of the file (1 is the header): names the row when the final check refuses it. */
    ordinal: integer('ordinal').notNull(),
    kind: text('kind').notNull(),
    /** The id the new person gets (create), or the person validated against (update). */
    personId: uuid('person_id').notNull(),
    taxCode: text('tax_code').notNull(),
    /** The owner seen at validation (update): a change meanwhile is checked against the caller's scope again. */
    ownerOrganisationId: uuid('owner_organisation_id'),
    /** The people columns to write, by column name (jsonb_populate_record(NULL::people, data)). */
    data: jsonb('data').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.ordinal] }),
    check('person_import_staging_kind_check', sql`kind IN ('create', 'update')`),
    index('person_import_staging_created_idx').on(t.createdAt),
  ],
);
