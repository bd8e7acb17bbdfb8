// The territory module's pages in the app's router: `pages` need a session, `publicPages` do not.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireAbility } from '../../../web/shell/guards.tsx';

const TerritoryPage = lazy(() => import('./TerritoryPage.tsx'));

export function territoryPages() {
  return (
    <Route
      path="/territorio"
      element={
        <RequireAbility action="territory.read">
          <TerritoryPage />
        </RequireAbility>
      }
    />
  );
}

export function territoryPublicPages() {
  return null;
}
