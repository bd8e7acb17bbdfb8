// All demo organisations, in insertion order. Keys are unique (checked by territory.test.ts).
import { circoscrizione2Organisations } from './territory-orgs-circoscrizione-2.ts';
import { pineroleseOrganisations } from './territory-orgs-pinerolese.ts';
import { torinoSudOrganisations } from './territory-orgs-torino-sud.ts';
import type { DemoOrganisation } from './territory-types.ts';

const all = [...torinoSudOrganisations, ...circoscrizione2Organisations, ...pineroleseOrganisations] as const;

export type DemoOrgKey = (typeof all)[number]['key'];

export const demoOrganisations: readonly (DemoOrganisation & { key: DemoOrgKey })[] = all;
