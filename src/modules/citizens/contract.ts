// The citizens module's API (self-service): sign-up, e-mail verification, the link invitation and "my profile".
// Zod schemas shared by the server and the web app; person fields reuse the people contract.
import { z } from 'zod';
import { password } from '../identity/contract.ts';
import { noticeVersions } from '../people/consent-notices.ts';
import { personFields } from '../people/contract.ts';
import { MAX_DESIRED_OCCUPATIONS } from '../people/cv-contract.ts';
import { taxonomyLanguages } from '../taxonomy/contract.ts';

const email = z
  .email()
  .max(200)
  .transform((v) => v.trim().toLowerCase());
const token = z.string().min(10).max(200);

/**
 * Sign-up asks for what the person record cannot do without (its NOT NULL columns: names, codice fiscale, sex,
 * birth date and place, comune of residence, employment status) so that verification can create the record.
 */
export const signUpInput = z.strictObject({
  email,
  password,
  givenName: personFields.givenName,
  familyName: personFields.familyName,
  taxCode: personFields.taxCode,
  sex: personFields.sex,
  birthDate: personFields.birthDate,
  birthComuneCode: personFields.birthComuneCode,
  birthCountry: personFields.birthCountry,
  citizenship: personFields.citizenship,
  residenceComuneCode: personFields.residenceComuneCode,
  employmentStatus: personFields.employmentStatus,
  /** The privacy notice version the citizen read and acknowledged. */
  noticeVersion: z.enum(noticeVersions),
  /** A link invitation from an operator (self-service-invitation), when the citizen signs up through it. */
  invitationToken: token.optional(),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const verifyInput = z.strictObject({ token });
export const verifyResult = z.object({
  /** created: a new record; linked: an existing record is now yours; not_linked: ask your employment centre. */
  outcome: z.enum(['created', 'linked', 'not_linked']),
  email: z.string(),
});
export type VerifyResult = z.infer<typeof verifyResult>;

export const linkInput = z.strictObject({ token });
export const linkResult = z.object({ personId: z.uuid() });

export const selfServiceInvitationView = z.object({
  personId: z.uuid(),
  email: z.string(),
  expiresAt: z.string(),
});

/** "My profile": what the citizen sees of their own record (no declared groups, no special categories). */
export const myPersonView = z.object({
  id: z.uuid(),
  taxCode: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  birthComuneName: z.string().nullable(),
  birthCountry: z.string(),
  citizenship: z.string(),
  residenceComuneCode: z.string(),
  residenceComuneName: z.string(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  employmentStatus: z.string(),
  availableFrom: z.string().nullable(),
  maxCommuteKm: z.number().nullable(),
  ownVehicle: z.boolean(),
  contractTypes: z.array(z.string()),
  workingTimes: z.array(z.string()),
  shifts: z.array(z.string()),
  desiredOccupations: z.array(z.object({ uri: z.string(), label: z.string() })),
  /** The organisation that keeps the record: whom to ask for what self-service cannot change. */
  ownerOrganisationName: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type MyPersonView = z.infer<typeof myPersonView>;

/**
 * What the citizen may change: contacts, address, availability and desired occupations. Identity, employment status
 * (tied to the DID declared at the employment centre) and declared groups stay with the operators.
 */
export const myPersonPatch = z.strictObject({
  version: z.int().min(1),
  residenceComuneCode: personFields.residenceComuneCode.optional(),
  address: personFields.address,
  postcode: personFields.postcode,
  email: personFields.email,
  phone: personFields.phone,
  availableFrom: personFields.availableFrom,
  maxCommuteKm: personFields.maxCommuteKm,
  ownVehicle: z.boolean().optional(),
  contractTypes: personFields.contractTypes.optional(),
  workingTimes: personFields.workingTimes.optional(),
  shifts: personFields.shifts.optional(),
  desiredOccupations: z.array(z.string().min(1).max(300)).max(MAX_DESIRED_OCCUPATIONS).optional(),
});
export type MyPersonPatch = z.infer<typeof myPersonPatch>;

/** The person fields a citizen's PATCH may carry (desiredOccupations lives in the CV tables). */
export const myPersonFieldNames = [
  'residenceComuneCode',
  'address',
  'postcode',
  'email',
  'phone',
  'availableFrom',
  'maxCommuteKm',
  'ownVehicle',
  'contractTypes',
  'workingTimes',
  'shifts',
] as const satisfies readonly (keyof MyPersonPatch)[];

export const myCvQuery = z.strictObject({ lang: z.enum(taxonomyLanguages).default('it') });
export const myExportQuery = z.strictObject({ format: z.enum(['json', 'pdf']).default('json') });
