// The people module's API (Banca Dati Lavoro): zod schemas shared by the server and the web app.
import { z } from 'zod';
import { computedGroups, declarableGroups } from './domain/target-groups.ts';

const isoDate = z.iso.date();
const istatCode = z.string().regex(/^\d{6}$/, 'unknown_comune');
const text = (max: number) => z.string().trim().max(max);
const optional = (max: number) => text(max).nullish();
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'invalid_country');

/** SAP employment statuses (code list 'employment-status'). */
export const employmentStatuses = [
  'unemployed',
  'never_employed',
  'employed',
  'employed_seeking',
  'student',
  'redundancy_fund',
] as const;
export const incomeSupportKinds = ['naspi', 'dis_coll', 'adi', 'sfl', 'cigo', 'cigs', 'rdc'] as const;
export const workingTimes = ['full_time', 'part_time'] as const;
export const shiftKinds = ['day', 'night', 'weekend', 'split'] as const;

/** Why a person's record is opened: stated on every read and written in the audit log. */
export const readPurposes = [
  'guidance', // orientamento, presa in carico
  'job_matching', // incontro domanda/offerta
  'programme_management', // tirocini, cantieri, corsi
  'social_support', // servizi sociali
  'data_subject_request', // richiesta dell'interessato
  'administration', // correzione dati, deduplicazione
] as const;
export type ReadPurpose = (typeof readPurposes)[number];

export const personFields = {
  taxCode: z.string().transform((v) => v.replace(/\s+/g, '').toUpperCase()),
  givenName: text(100).min(1),
  familyName: text(100).min(1),
  sex: z.enum(['M', 'F']),
  birthDate: isoDate,
  birthComuneCode: istatCode.nullish(),
  birthCountry: countryCode.default('IT'),
  citizenship: countryCode.default('IT'),
  residenceComuneCode: istatCode,
  residenceSubdivisionId: z.uuid().nullish(),
  address: optional(200),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'invalid_postcode')
    .nullish(),
  email: z.email().max(200).nullish(),
  phone: optional(40),
  employmentStatus: z.enum(employmentStatuses),
  didDate: isoDate.nullish(),
  unemployedSince: isoDate.nullish(),
  incomeSupport: z.array(z.enum(incomeSupportKinds)).max(10).default([]),
  declaredGroups: z.array(z.enum(declarableGroups)).max(20).default([]),
  availableFrom: isoDate.nullish(),
  maxCommuteKm: z.int().min(0).max(500).nullish(),
  ownVehicle: z.boolean().default(false),
  contractTypes: z
    .array(z.string().regex(/^[A-Z]\.\d{2}\.\d{2}$/, 'invalid_contract_type'))
    .max(20)
    .default([]),
  workingTimes: z.array(z.enum(workingTimes)).max(2).default([]),
  shifts: z.array(z.enum(shiftKinds)).max(4).default([]),
};

/** The person's own fields, in one list (updates compare them, the import writes them). */
export const personFieldNames = Object.keys(personFields) as (keyof typeof personFields)[];

export const personInput = z.strictObject({
  ...personFields,
  /** Save even though likely duplicates were shown (same name and birth date, similar names). */
  confirmNotDuplicate: z.boolean().optional(),
});
export type PersonInput = z.infer<typeof personInput>;

export const personUpdate = z.strictObject({ ...personFields, version: z.int().min(1) });
export type PersonUpdate = z.infer<typeof personUpdate>;

export const targetGroupsView = z.object({
  age: z.number().int(),
  ageBand: z.string().nullable(),
  computed: z.array(z.enum(computedGroups)),
  declared: z.array(z.string()),
});

export const personView = z.object({
  id: z.uuid(),
  taxCode: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  birthComuneCode: z.string().nullable(),
  birthComuneName: z.string().nullable(),
  birthCountry: z.string(),
  citizenship: z.string(),
  residenceComuneCode: z.string(),
  residenceComuneName: z.string(),
  residenceSubdivisionId: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  employmentStatus: z.enum(employmentStatuses),
  didDate: z.string().nullable(),
  unemployedSince: z.string().nullable(),
  incomeSupport: z.array(z.string()),
  declaredGroups: z.array(z.string()),
  availableFrom: z.string().nullable(),
  maxCommuteKm: z.number().nullable(),
  ownVehicle: z.boolean(),
  contractTypes: z.array(z.string()),
  workingTimes: z.array(z.string()),
  shifts: z.array(z.string()),
  targetGroups: targetGroupsView,
  /** A special-category record exists; its content needs person.special_category.read. */
  hasSpecialCategory: z.boolean(),
  /** The person manages contacts, availability, CV and consents through a self-service account (citizens/). */
  selfService: z.object({ linked: z.boolean(), selfRegistered: z.boolean() }),
  ownerOrganisationId: z.uuid(),
  ownerOrganisationName: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Ids of the duplicates merged into this record (their audit trail is part of this one's). */
  mergedFrom: z.array(z.uuid()),
  can: z.object({ update: z.boolean(), readSpecialCategory: z.boolean(), writeSpecialCategory: z.boolean() }),
});
export type PersonView = z.infer<typeof personView>;

export const personReadQuery = z.strictObject({ purpose: z.enum(readPurposes) });

export const duplicateCandidate = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  residenceComuneName: z.string(),
  reason: z.enum(['same_tax_code', 'same_name_and_birth_date', 'similar_name_same_birth_date']),
});
export const duplicateCheckInput = z.strictObject({
  taxCode: z.string().optional(),
  givenName: text(100).min(1),
  familyName: text(100).min(1),
  birthDate: isoDate,
});

/** Disability under L.68/99 and other special-category data: encrypted at rest. */
export const specialRecordInput = z.discriminatedUnion('category', [
  z.strictObject({
    category: z.literal('disability'),
    invalidityKind: z.enum(['civil', 'work']),
    invalidityPercent: z.int().min(0).max(100),
    l68Enrolled: z.boolean(),
    notes: optional(2000),
  }),
  z.strictObject({ category: z.literal('health'), notes: text(2000).min(1) }),
  z.strictObject({ category: z.literal('addiction_services'), inCare: z.boolean(), notes: optional(2000) }),
]);
export type SpecialRecordInput = z.infer<typeof specialRecordInput>;

export const specialRecordView = z.object({
  id: z.uuid(),
  data: specialRecordInput,
  recordedByOrganisationName: z.string().nullable(),
  updatedAt: z.string(),
});
