// The main navigation: one link per page the current role may use.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SessionView } from '../../modules/identity/contract.ts';
import type { Action } from '../../platform/policy/table.ts';
import { Icon } from '../components/Icon.tsx';

type Item = { to: string; key: string; ability?: Action; end?: boolean };
const items: Item[] = [
  { to: '/', key: 'home', end: true },
  { to: '/me', key: 'me', ability: 'person.self.read' },
  { to: '/networks', key: 'networks', ability: 'network.read' },
  { to: '/organisations', key: 'organisations', ability: 'organisation.read' },
  { to: '/people', key: 'people', ability: 'person.read' },
  { to: '/employers', key: 'employers', ability: 'employer.read' },
  { to: '/vacancies', key: 'vacancies', ability: 'vacancy.read' },
  { to: '/surveys', key: 'surveys', ability: 'survey.manage' },
  { to: '/territorio', key: 'territory', ability: 'territory.read' },
  { to: '/newsletter', key: 'newsletters', ability: 'newsletter.manage' },
  { to: '/users', key: 'users', ability: 'user.read' },
  { to: '/audit', key: 'audit', ability: 'audit.read' },
  { to: '/outbox', key: 'outbox', ability: 'outbox.read' },
  { to: '/account', key: 'account' },
];

export function MainNav({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const visible = items.filter((i) => !i.ability || session.abilities[i.ability]);
  return (
    <div className="it-header-navbar-wrapper">
      <div className="container">
        <div className="row">
          <div className="col-12">
            <nav className="navbar navbar-expand-lg has-megamenu" aria-label={t('nav.label')}>
              <button
                className="custom-navbar-toggler"
                type="button"
                aria-controls="main-nav"
                aria-expanded={open}
                onClick={() => setOpen(!open)}
              >
                <Icon name="it-burger" />
                <span className="visually-hidden">{t('nav.toggle')}</span>
              </button>
              <div className={`navbar-collapsable${open ? ' expanded rl-open' : ''}`} id="main-nav">
                <div className="menu-wrapper">
                  <ul className="navbar-nav">
                    {visible.map((item) => (
                      <li className="nav-item" key={item.key}>
                        <NavLink
                          to={item.to}
                          end={item.end}
                          className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}
                          data-testid={`nav-${item.key}`}
                          onClick={() => setOpen(false)}
                        >
                          <span>{t(`nav.${item.key}`)}</span>
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </nav>
          </div>
        </div>
      </div>
    </div>
  );
}
