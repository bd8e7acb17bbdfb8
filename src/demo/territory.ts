// The deterministic demo territory: three real local labour networks around Turin (from the seed documents),
// their organisations and one user per role. Pure data, no I/O: src/demo/seed.ts writes it to the database.
// Every tax code, VAT number, e-mail address and phone number here is FICTITIOUS.
export { demoNetworks } from './territory-networks.ts';
export { type DemoOrgKey, demoOrganisations } from './territory-organisations.ts';
export type { DemoNetwork, DemoNetworkSlug, DemoOrganisation, DemoUser } from './territory-types.ts';
export { demoLogins, demoUsers } from './territory-users.ts';

/** Shared by every demo user; printed at start and written in the README. */
export const DEMO_PASSWORD = 'ReteLavoro-demo-2026';
