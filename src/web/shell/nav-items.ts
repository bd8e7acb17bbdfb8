// The main navigation's entries: one per page, shown to the roles whose abilities open that page. The ability is
// the one the page's route guard asks for (a role that may read survey results but not build surveys still finds
// the surveys list).
import type { Action } from '../../platform/policy/table.ts';

export type NavItem = { to: string; key: string; ability?: Action; end?: boolean };

export const navItems: NavItem[] = [
  { to: '/', key: 'home', end: true },
  { to: '/me', key: 'me', ability: 'person.self.read' },
  { to: '/networks', key: 'networks', ability: 'network.read' },
  { to: '/organisations', key: 'organisations', ability: 'organisation.read' },
  { to: '/people', key: 'people', ability: 'person.read' },
  { to: '/employers', key: 'employers', ability: 'employer.read' },
  { to: '/vacancies', key: 'vacancies', ability: 'vacancy.read' },
  { to: '/surveys', key: 'surveys', ability: 'survey.results' },
  { to: '/territorio', key: 'territory', ability: 'territory.read' },
  { to: '/newsletter', key: 'newsletters', ability: 'newsletter.manage' },
  { to: '/users', key: 'users', ability: 'user.read' },
  { to: '/audit', key: 'audit', ability: 'audit.read' },
  { to: '/outbox', key: 'outbox', ability: 'outbox.read' },
  { to: '/account', key: 'account' },
];

/** The entries a session with these abilities sees. */
export const navItemsFor = (abilities: Partial<Record<Action, unknown>>) =>
  navItems.filter((i) => !i.ability || abilities[i.ability]);
