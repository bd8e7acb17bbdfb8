// The page frame: skip link, header, <main> and footer. Moves focus to the page heading on navigation so that
// screen-reader users hear the new page.
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session.ts';
import { Loading } from '../components/Loading.tsx';
import { changeLanguage, currentLanguage, storedLanguage } from '../i18n.ts';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';

export function Layout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const location = useLocation();
  const userLocale = session?.user.locale;
  // The interface and the account agree on the language: an explicit choice on this browser wins (and is sent to
  // the server), otherwise the account's language is used.
  useEffect(() => {
    if (!userLocale || userLocale === currentLanguage()) return;
    if (storedLanguage()) void changeLanguage(currentLanguage());
    else void changeLanguage(userLocale, false);
  }, [userLocale]);
  const first = useRef(true);
  const path = location.pathname;
  useEffect(() => {
    if (!path || first.current) {
      first.current = false;
      return;
    }
    const handle = window.setTimeout(() => document.getElementById('page-title')?.focus(), 50);
    return () => window.clearTimeout(handle);
  }, [path]);
  return (
    <>
      <a className="visually-hidden-focusable skiplink-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header session={session ?? null} />
      <main id="main" tabIndex={-1} className="container my-5">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </>
  );
}
