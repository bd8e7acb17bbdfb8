// The main navigation: one link per page the current role may use.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SessionView } from '../../modules/identity/contract.ts';
import { Icon } from '../components/Icon.tsx';
import { navItemsFor } from './nav-items.ts';

export function MainNav({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const visible = navItemsFor(session.abilities);
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
