// The page header: network name, language switch and logout (slim bar); brand, current organisation and its
// switcher (centre); the navigation, showing only what the session's abilities allow.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SessionView } from '../../modules/identity/contract.ts';
import { apiPost } from '../api/client.ts';
import { logout, sessionKey } from '../api/session.ts';
import { changeLanguage, currentLanguage } from '../i18n.ts';
import { MainNav } from './MainNav.tsx';

function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLanguage() === 'it' ? 'en' : 'it';
  return (
    <button
      type="button"
      className="btn btn-link"
      onClick={() => void changeLanguage(other)}
      data-testid="language-switch"
      lang={other}
      title={t('language.switchHint')}
    >
      {t(`language.name.${other}`)}
    </button>
  );
}

function LogoutButton() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="btn btn-link"
      data-testid="logout"
      onClick={async () => {
        try {
          await logout();
        } finally {
          client.clear();
          client.setQueryData(sessionKey, null);
          navigate('/login', { replace: true });
        }
      }}
    >
      {t('header.logout')}
    </button>
  );
}

function OrganisationSwitcher({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const organisations = new Map<string, string>();
  for (const m of session.memberships) organisations.set(m.organisationId, m.organisationName);
  const current = session.currentOrganisation;
  if (organisations.size <= 1) {
    return current ? (
      <div className="rl-org-switcher">
        <span className="small">{t('header.currentOrganisation')}</span>
        <strong data-testid="current-organisation">{current.name}</strong>
      </div>
    ) : null;
  }
  return (
    <div className="rl-org-switcher">
      <label htmlFor="org-switcher">{t('header.currentOrganisation')}</label>
      <select
        id="org-switcher"
        data-testid="org-switcher"
        value={current?.id ?? ''}
        disabled={busy}
        onChange={async (e) => {
          setBusy(true);
          try {
            const next = await apiPost<SessionView>('/auth/organisation', { organisationId: e.target.value });
            client.setQueryData(sessionKey, next);
            await client.invalidateQueries();
            navigate('/');
          } finally {
            setBusy(false);
          }
        }}
      >
        {[...organisations].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Header({ session }: { session: SessionView | null }) {
  const { t } = useTranslation();
  const complete = session?.stage === 'complete';
  const networkName =
    complete && session.networks.length > 0 ? session.networks.map((n) => n.name).join(' · ') : '';
  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-header-slim-wrapper-content">
                <span className="navbar-brand text-truncate" data-testid="header-network-name">
                  {networkName || <span className="d-none d-md-inline">{t('app.tagline')}</span>}
                </span>
                <div className="rl-header-tools">
                  {complete ? null : (
                    <Link to="/offerte" className="btn btn-link" data-testid="header-public-vacancies">
                      {t('nav.publicVacancies')}
                    </Link>
                  )}
                  <LanguageSwitch />
                  {session ? <LogoutButton /> : null}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <Link to="/">
                      <div className="it-brand-text">
                        <div className="it-brand-title">{t('app.name')}</div>
                        <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                      </div>
                    </Link>
                  </div>
                  {complete ? (
                    <div className="it-right-zone d-none d-md-flex gap-4 align-items-center">
                      <span className="rl-user-name d-none d-lg-inline" data-testid="user-name">
                        {session.user.givenName} {session.user.familyName} · {t(`roles.${session.role}`)}
                      </span>
                      <OrganisationSwitcher session={session} />
                    </div>
                  ) : null}
                </div>
              </div>
            </div>
          </div>
        </div>
        {complete ? <MainNav session={session} /> : null}
      </div>
    </header>
  );
}
