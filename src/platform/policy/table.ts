// THE policy table: role × action → scope. Every route and service asks `authorize()` (policy.ts), which reads
// only this table. A change here is a permission change: tests/integration/__snapshots__/permissions.txt and the
// HTTP matrix test (tests/integration/policy-matrix.test.ts) show it.
//
// Scopes: 'self' = only what the user did or owns; 'organisation' = the current organisation;
// 'network' = every organisation of the networks the current organisation belongs to; 'all' = everything.

export const roles = [
  'network_coordinator',
  'cpi_operator',
  'social_worker',
  'agency_operator',
  'association_operator',
  'employer_user',
  'citizen',
  'analyst',
  'platform_admin',
] as const;
export type Role = (typeof roles)[number];

export const scopes = ['self', 'organisation', 'network', 'all'] as const;
export type Scope = (typeof scopes)[number];

export const actions = [
  'network.read',
  'network.manage',
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'user.read',
  'user.invite',
  'membership.manage',
  // Someone who lost both their phone and their recovery codes gets back in: their second factor is removed,
  // their sessions end, and they enrol again at the next sign-in.
  'user.reset_two_factor',
  'audit.read',
  'audit.export',
  'outbox.read',
  // Taxonomy (occupations, skills, code lists): everybody reads it (a citizen tags their own CV); administrators
  // import ESCO bundles.
  'taxonomy.read',
  'taxonomy.manage',
  // Comuni boundaries (centroids for the distance filter, outlines for maps): national reference data, the same
  // for every network, so only platform administrators import them; reading a comune's coordinates needs no action.
  'geography.manage',
  // Banca Dati Lavoro: the person records the network shares. Platform administrators and analysts do not read
  // them (minimisation: analysts get aggregates); employers only ever see anonymised candidate cards.
  'person.read',
  // Exporting a search result (XLSX/CSV): the same people as person.read, audited with the number of rows.
  'person.export',
  'person.create',
  'person.update',
  // Spreadsheet import of people (create or update by codice fiscale): coordinators and CPI operators, who keep
  // the registers of the employment services.
  'person.import',
  // Special-category data (health, disability, addiction services): only roles whose purpose needs it. It also
  // decides which roles must use two-factor login (MFA_REQUIRED=special-category).
  'person.special_category.read',
  'person.special_category.write',
  // The anonymised candidate card (no name, codice fiscale, contacts, address, birth date or declared groups):
  // operators of the network; employers of the network only for people who currently consent to sharing their CV
  // with employers (otherwise 404, see candidate-card.ts).
  'person.card.read',
  // Data-subject rights (GDPR art. 15, 17, 5.1.e): the access request exports everything held on a person, for
  // whoever may read the record (special-category content only for those who may read it); erasure (anonymisation
  // that keeps statistics) and the retention preview are for coordinators and CPI operators, who answer the
  // requests on behalf of the network.
  'person.data_export',
  'person.erase',
  // Citizen self-service (modules/citizens): the person whose record is linked to the caller's account
  // (people.user_id = the caller) reads it — contacts, availability, CV, consents, the download of their data — and
  // changes what is theirs to keep up to date. Scope 'self' only: no other role gets these, operators use
  // person.read/person.update. Special-category records and operators' working data stay out of every view.
  'person.self.read',
  'person.self.update',
  // Merging duplicate records (moves the CV, consents and special-category rows of one record onto the other):
  // the administrators of the Banca Dati are the network coordinator and the CPI operators, who keep the
  // registers of the employment services (as for the import). Not platform administrators: they do not read
  // person records at all (minimisation), and a merge means reading both records side by side.
  'person.merge',
  // Employers registry (modules/employers): the network's operators keep it; an employer user reads and updates
  // only their own company (the record linked to their organisation). The import (spreadsheets of local
  // employers) is for coordinators and CPI operators, like the people import.
  'employer.read',
  'employer.create',
  'employer.update',
  'employer.import',
  // Vacancies (modules/vacancies): operators of the network and the employer's own users create, edit, publish
  // and close them. Published vacancies are also on the public page, which needs no action.
  'vacancy.read',
  'vacancy.manage',
  // Matching (modules/matching): ranking the Banca Dati for a vacancy reads person records, so it is for those who
  // read them (operators); employers only ever see the anonymised cards of a shortlist. A citizen matches the
  // published vacancies against their own profile ('self').
  'match.run',
  'match.self',
  // Shortlists: operators propose people; the employer follows its own vacancies' shortlists (anonymised cards
  // until the person consents to disclosure) and records contacts, interviews and outcomes.
  'shortlist.read',
  'shortlist.propose',
  'shortlist.update',
  // Hiring-needs surveys and campaigns (modules/surveys): the coordination builds and sends them; results are
  // aggregates, also for analysts. Newsletters to employers and operators: coordinators and CPI operators.
  'survey.manage',
  'survey.results',
  'newsletter.manage',
  // The territorial map of economic activities and hiring needs: aggregates by comune and ATECO section.
  'territory.read',
] as const;
export type Action = (typeof actions)[number];

type Row = Partial<Record<Role, Scope>>;

const operators = (scope: Scope): Row => ({
  cpi_operator: scope,
  social_worker: scope,
  agency_operator: scope,
  association_operator: scope,
});

export const policyTable: Record<Action, Row> = {
  // Employers see the networks they belong to (name, comuni, counts) but only their own organisation.
  'network.read': {
    network_coordinator: 'network',
    ...operators('network'),
    employer_user: 'network',
    analyst: 'network',
    platform_admin: 'all',
  },
  'network.manage': { network_coordinator: 'network', platform_admin: 'all' },
  'organisation.read': {
    network_coordinator: 'network',
    ...operators('network'),
    employer_user: 'organisation',
    analyst: 'network',
    platform_admin: 'all',
  },
  'organisation.create': { network_coordinator: 'network', platform_admin: 'all' },
  'organisation.update': {
    network_coordinator: 'network',
    ...operators('organisation'),
    employer_user: 'organisation',
    platform_admin: 'all',
  },
  'user.read': {
    network_coordinator: 'network',
    ...operators('organisation'),
    employer_user: 'organisation',
    platform_admin: 'all',
  },
  'user.invite': {
    network_coordinator: 'network',
    ...operators('organisation'),
    employer_user: 'organisation',
    platform_admin: 'all',
  },
  'membership.manage': { network_coordinator: 'network', platform_admin: 'all' },
  'user.reset_two_factor': { network_coordinator: 'network', platform_admin: 'all' },
  'audit.read': {
    network_coordinator: 'network',
    ...operators('organisation'),
    employer_user: 'self',
    citizen: 'self',
    analyst: 'self',
    platform_admin: 'all',
  },
  'audit.export': { network_coordinator: 'network', platform_admin: 'all' },
  'outbox.read': { platform_admin: 'all' },
  'taxonomy.read': {
    network_coordinator: 'all',
    ...operators('all'),
    employer_user: 'all',
    citizen: 'all',
    analyst: 'all',
    platform_admin: 'all',
  },
  'taxonomy.manage': { platform_admin: 'all' },
  'geography.manage': { platform_admin: 'all' },
  'person.read': { network_coordinator: 'network', ...operators('network') },
  'person.export': { network_coordinator: 'network', ...operators('network') },
  'person.create': { network_coordinator: 'network', ...operators('network') },
  'person.update': { network_coordinator: 'network', ...operators('network') },
  'person.import': { network_coordinator: 'network', cpi_operator: 'network' },
  'person.special_category.read': { social_worker: 'network' },
  'person.special_category.write': { social_worker: 'network' },
  'person.card.read': { network_coordinator: 'network', ...operators('network'), employer_user: 'network' },
  'person.data_export': { network_coordinator: 'network', ...operators('network') },
  'person.erase': { network_coordinator: 'network', cpi_operator: 'network' },
  'person.self.read': { citizen: 'self' },
  'person.self.update': { citizen: 'self' },
  'person.merge': { network_coordinator: 'network', cpi_operator: 'network' },
  'employer.read': {
    network_coordinator: 'network',
    ...operators('network'),
    employer_user: 'organisation',
    analyst: 'network',
  },
  'employer.create': { network_coordinator: 'network', ...operators('network') },
  'employer.update': {
    network_coordinator: 'network',
    ...operators('network'),
    employer_user: 'organisation',
  },
  'employer.import': { network_coordinator: 'network', cpi_operator: 'network' },
  'vacancy.read': { network_coordinator: 'network', ...operators('network'), employer_user: 'organisation' },
  'vacancy.manage': {
    network_coordinator: 'network',
    ...operators('network'),
    employer_user: 'organisation',
  },
  'match.run': { network_coordinator: 'network', ...operators('network') },
  'match.self': { citizen: 'self' },
  'shortlist.read': {
    network_coordinator: 'network',
    ...operators('network'),
    employer_user: 'organisation',
  },
  'shortlist.propose': { network_coordinator: 'network', ...operators('network') },
  'shortlist.update': {
    network_coordinator: 'network',
    ...operators('network'),
    employer_user: 'organisation',
  },
  'survey.manage': { network_coordinator: 'network', cpi_operator: 'network' },
  'survey.results': {
    network_coordinator: 'network',
    ...operators('network'),
    analyst: 'network',
  },
  'newsletter.manage': { network_coordinator: 'network', cpi_operator: 'network' },
  'territory.read': { network_coordinator: 'network', ...operators('network'), analyst: 'network' },
};
