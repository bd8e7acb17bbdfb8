// The network module's API: zod schemas and types shared by the server and the web app.
import { z } from 'zod';
import { isValidOrganisationTaxCode, isValidVatNumber, normaliseTaxCode } from './domain/tax-codes.ts';

export const organisationKinds = [
  'comune',
  'circoscrizione',
  'cpi',
  'social_services',
  'training_agency',
  'employment_agency',
  'association',
  'cooperative',
  'union',
  'school',
  'health_service',
  'employer',
  'foundation',
  'other_public_body',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** An organisation's place in a network: the restricted coordination group (tavolo) or the wider network. */
export const networkTiers = ['coordination', 'wider'] as const;
export type NetworkTier = (typeof networkTiers)[number];

const istatCode = z.string().regex(/^\d{6}$/, 'unknown_comune');
const optionalText = (max: number) => z.string().trim().max(max).nullish();

const taxCode = z
  .string()
  .transform(normaliseTaxCode)
  .refine(isValidOrganisationTaxCode, { message: 'invalid_tax_code' });
const vatNumber = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .refine(isValidVatNumber, { message: 'invalid_vat_number' });

export const organisationInput = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(organisationKinds),
  taxCode,
  vatNumber: vatNumber.nullish(),
  comuneCode: istatCode,
  subdivisionId: z.uuid().nullish(),
  parentId: z.uuid().nullish(),
  address: optionalText(200),
  email: z.email().max(200).nullish(),
  phone: optionalText(40),
  website: z.url().max(300).nullish(),
  /** Networks to join, with the tier. Only networks the caller may manage. */
  networks: z
    .array(z.strictObject({ networkId: z.uuid(), tier: z.enum(networkTiers) }))
    .max(20)
    .optional(),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const organisationUpdate = organisationInput.omit({ networks: true }).extend({
  /** Optimistic locking: the version the form was loaded with. */
  version: z.int().min(1),
});
export type OrganisationUpdate = z.infer<typeof organisationUpdate>;

export const organisationSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  taxCode: z.string(),
  comuneCode: z.string(),
  comuneName: z.string(),
  networks: z.array(z.object({ id: z.uuid(), name: z.string(), tier: z.enum(networkTiers) })),
  memberCount: z.number().int(),
});
export type OrganisationSummary = z.infer<typeof organisationSummary>;

export const organisationDetail = organisationSummary.extend({
  vatNumber: z.string().nullable(),
  subdivisionId: z.uuid().nullable(),
  subdivisionName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the caller may do with this organisation (computed from the policy). */
  can: z.object({ update: z.boolean(), invite: z.boolean(), readUsers: z.boolean() }),
});
export type OrganisationDetail = z.infer<typeof organisationDetail>;

export const organisationListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(organisationKinds).optional(),
  networkId: z.uuid().optional(),
  comuneCode: istatCode.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const organisationList = z.object({
  items: z.array(organisationSummary),
  total: z.number().int(),
});

export const networkSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  comuni: z.array(z.object({ code: z.string(), name: z.string(), population: z.number().nullable() })),
  organisationCount: z.number().int(),
  coordinationCount: z.number().int(),
  userCount: z.number().int(),
  organisationsByKind: z.record(z.string(), z.number().int()),
});
export type NetworkSummary = z.infer<typeof networkSummary>;

/** A territory: its name and its member comuni (ISTAT codes). */
export const networkInput = z.strictObject({
  name: z.string().trim().min(3).max(200),
  description: z.string().trim().max(2000).nullish(),
  comuneCodes: z.array(istatCode).min(1).max(400),
});
export type NetworkInput = z.infer<typeof networkInput>;

export const comune = z.object({
  code: z.string(),
  name: z.string(),
  provinceAcr: z.string(),
  regionName: z.string(),
  belfiore: z.string(),
});
export const comuneQuery = z.strictObject({
  q: z.string().trim().min(1).max(60),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const subdivision = z.object({
  id: z.uuid(),
  comuneCode: z.string(),
  code: z.string(),
  name: z.string(),
});
