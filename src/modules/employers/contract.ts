// The employers module's API: zod schemas shared by the server and the web app. Formats are checked here; what
// needs an algorithm or the database (tax code check digits, ATECO divisions, comuni) is checked by the service,
// which names the field the same way.
import { z } from 'zod';
import { legalForms } from './domain/legal-forms.ts';

const text = (max: number) => z.string().trim().max(max);
const optional = (max: number) =>
  text(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
const istatCode = z.string().regex(/^\d{6}$/, 'unknown_comune');
const code = z
  .string()
  .max(20)
  .transform((v) => v.replace(/\s+/g, '').toUpperCase());

export const siteInput = z.strictObject({
  name: optional(200),
  comuneCode: istatCode,
  address: optional(200),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'invalid_postcode')
    .nullish(),
  headquarters: z.boolean().default(false),
  employees: z.int().min(0).max(1_000_000).nullish(),
});
export type SiteInput = z.infer<typeof siteInput>;

export const contactInput = z.strictObject({
  name: text(200).min(1),
  role: optional(200),
  email: z.email().max(200).nullish(),
  phone: optional(40),
});
export type ContactInput = z.infer<typeof contactInput>;

export const employerFields = {
  taxCode: code,
  vatNumber: z
    .string()
    .max(20)
    .nullish()
    .transform((v) => v?.replace(/\s+/g, '') || null),
  name: text(300).min(1),
  legalForm: z.enum(legalForms).nullish(),
  atecoCode: optional(12),
  atecoVersion: z.enum(['2007', '2025']).nullish(),
  employees: z.int().min(0).max(1_000_000).nullish(),
  hostsInternships: z.boolean().default(false),
  email: z.email().max(200).nullish(),
  phone: optional(40),
  website: optional(300),
  notes: optional(4000),
};
export const employerFieldNames = Object.keys(employerFields) as (keyof typeof employerFields)[];

export const employerInput = z.strictObject({
  ...employerFields,
  /** Sites and contacts given at creation (the import and the form's first site). */
  sites: z.array(siteInput).max(100).default([]),
  contacts: z.array(contactInput).max(100).default([]),
});
export type EmployerInput = z.infer<typeof employerInput>;
export type EmployerFields = Omit<EmployerInput, 'sites' | 'contacts'>;

export const employerUpdate = z.strictObject({ ...employerFields, version: z.int().min(1) });
export type EmployerUpdate = z.infer<typeof employerUpdate>;

export const quotaView = z
  .object({
    places: z.number().int(),
    source: z.string(),
    band: z.object({ min: z.number().int(), max: z.number().int().nullable() }),
  })
  .nullable();

export const siteView = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  comuneCode: z.string(),
  comuneName: z.string(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  headquarters: z.boolean(),
  employees: z.number().int().nullable(),
});
export const contactView = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const employerView = z.object({
  id: z.uuid(),
  taxCode: z.string(),
  vatNumber: z.string().nullable(),
  name: z.string(),
  legalForm: z.string().nullable(),
  atecoCode: z.string().nullable(),
  atecoVersion: z.enum(['2007', '2025']).nullable(),
  atecoSection: z.string().nullable(),
  employees: z.number().int().nullable(),
  hostsInternships: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  organisationId: z.string().nullable(),
  ownerOrganisationId: z.string(),
  ownerOrganisationName: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sites: z.array(siteView),
  contacts: z.array(contactView),
  /** Both quotas computed for today, with the rule's source and band (domain/quotas.ts). */
  quotas: z.object({ internshipHostQuota: quotaView, disabilityHiringQuota: quotaView, on: z.string() }),
  /** What the caller may do with this record (the web app shows buttons accordingly). */
  canUpdate: z.boolean(),
});
export type EmployerView = z.infer<typeof employerView>;

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const employerListQuery = z.strictObject({
  /** Name (any part) or codice fiscale / partita IVA (prefix). */
  q: z.string().trim().max(200).optional(),
  comune: istatCode.optional(),
  section: z
    .string()
    .regex(/^[A-V]$/, 'invalid_value')
    .optional(),
  hostsInternships: bool.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type EmployerListQuery = z.infer<typeof employerListQuery>;

export const employerListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  taxCode: z.string(),
  legalForm: z.string().nullable(),
  atecoCode: z.string().nullable(),
  atecoVersion: z.string().nullable(),
  atecoSection: z.string().nullable(),
  employees: z.number().int().nullable(),
  hostsInternships: z.boolean(),
  comuni: z.array(z.string()),
});
export const employerListView = z.object({
  items: z.array(employerListItem),
  nextCursor: z.string().nullable(),
});
export type EmployerListView = z.infer<typeof employerListView>;
