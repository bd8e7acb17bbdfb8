// The vacancies module's pages in the app's router: `pages` need a session (operators and employers: list,
// editor, detail), `publicPages` do not (the citizens' page of published offers, /offerte).
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireAbility } from '../../../web/shell/guards.tsx';
import './ShortlistTab.tsx';

const VacanciesPage = lazy(() => import('./VacanciesPage.tsx'));
const VacancyFormPage = lazy(() => import('./VacancyFormPage.tsx'));
const VacancyDetailPage = lazy(() => import('./VacancyDetailPage.tsx'));
const StaleShortlistsPage = lazy(() => import('./StaleShortlistsPage.tsx'));
const PublicVacanciesPage = lazy(() => import('./PublicVacanciesPage.tsx'));
const PublicVacancyPage = lazy(() => import('./PublicVacancyPage.tsx'));

export function vacancyPages() {
  return (
    <>
      <Route
        path="/vacancies"
        element={
          <RequireAbility action="vacancy.read">
            <VacanciesPage />
          </RequireAbility>
        }
      />
      <Route
        path="/vacancies/new"
        element={
          <RequireAbility action="vacancy.manage">
            <VacancyFormPage />
          </RequireAbility>
        }
      />
      <Route
        path="/vacancies/rose-ferme"
        element={
          <RequireAbility action="shortlist.propose">
            <StaleShortlistsPage />
          </RequireAbility>
        }
      />
      <Route
        path="/vacancies/:id"
        element={
          <RequireAbility action="vacancy.read">
            <VacancyDetailPage />
          </RequireAbility>
        }
      />
      <Route
        path="/vacancies/:id/edit"
        element={
          <RequireAbility action="vacancy.manage">
            <VacancyFormPage />
          </RequireAbility>
        }
      />
    </>
  );
}

export function vacancyPublicPages() {
  return (
    <>
      <Route path="/offerte" element={<PublicVacanciesPage />} />
      <Route path="/offerte/:id" element={<PublicVacancyPage />} />
    </>
  );
}
