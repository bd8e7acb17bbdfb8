// The employers module's pages in the app's router: `pages` need a session (the registry, an employer's record,
// the form, the import, and "La mia azienda" for employer users), `publicPages` do not (none).
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireAbility } from '../../../web/shell/guards.tsx';

const EmployersPage = lazy(() => import('./EmployersPage.tsx'));
const EmployerDetailPage = lazy(() => import('./EmployerDetailPage.tsx'));
const EmployerFormPage = lazy(() => import('./EmployerFormPage.tsx'));
const EmployerImportPage = lazy(() => import('./EmployerImportPage.tsx'));

export function employerPages() {
  return (
    <>
      <Route
        path="/employers"
        element={
          <RequireAbility action="employer.read">
            <EmployersPage />
          </RequireAbility>
        }
      />
      <Route
        path="/employers/new"
        element={
          <RequireAbility action="employer.create">
            <EmployerFormPage />
          </RequireAbility>
        }
      />
      <Route
        path="/employers/import"
        element={
          <RequireAbility action="employer.import">
            <EmployerImportPage />
          </RequireAbility>
        }
      />
      <Route
        path="/employers/mine"
        element={
          <RequireAbility action="employer.read">
            <EmployerDetailPage own />
          </RequireAbility>
        }
      />
      <Route
        path="/employers/:id"
        element={
          <RequireAbility action="employer.read">
            <EmployerDetailPage />
          </RequireAbility>
        }
      />
      <Route
        path="/employers/:id/edit"
        element={
          <RequireAbility action="employer.update">
            <EmployerFormPage />
          </RequireAbility>
        }
      />
    </>
  );
}

export function employerPublicPages() {
  return null;
}
