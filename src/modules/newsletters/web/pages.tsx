// The newsletters module's pages in the app's router: `pages` need a session (newsletter.manage), `publicPages`
// are the links of the e-mails (confirm the subscription, unsubscribe) for people without an account.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireAbility } from '../../../web/shell/guards.tsx';

const ListsPage = lazy(() => import('./ListsPage.tsx'));
const ListDetailPage = lazy(() => import('./ListDetailPage.tsx'));
const ComposePage = lazy(() => import('./ComposePage.tsx'));
const IssuePage = lazy(() => import('./IssuePage.tsx'));
const ConfirmPage = lazy(() => import('./ConfirmPage.tsx'));
const UnsubscribePage = lazy(() => import('./UnsubscribePage.tsx'));

const guarded = (element: React.ReactNode) => (
  <RequireAbility action="newsletter.manage">{element}</RequireAbility>
);

export function newsletterPages() {
  return (
    <>
      <Route path="/newsletter" element={guarded(<ListsPage />)} />
      <Route path="/newsletter/liste/:id" element={guarded(<ListDetailPage />)} />
      <Route path="/newsletter/liste/:id/nuovo-invio" element={guarded(<ComposePage />)} />
      <Route path="/newsletter/invii/:id" element={guarded(<IssuePage />)} />
    </>
  );
}

export function newsletterPublicPages() {
  return (
    <>
      <Route path="/newsletter/conferma/:token" element={<ConfirmPage />} />
      <Route path="/newsletter/disiscrizione/:token" element={<UnsubscribePage />} />
    </>
  );
}
