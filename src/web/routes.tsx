// Every page of the app. Pages are loaded on demand, so the first load stays small. The newer modules list their
// own pages in src/modules/<module>/web/pages.tsx (fragments of <Route>), so each module's pages live with it.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { employerPages, employerPublicPages } from '../modules/employers/web/pages.tsx';
import { matchingPages, matchingPublicPages } from '../modules/matching/web/pages.tsx';
import { newsletterPages, newsletterPublicPages } from '../modules/newsletters/web/pages.tsx';
import { surveyPages, surveyPublicPages } from '../modules/surveys/web/pages.tsx';
import { territoryPages, territoryPublicPages } from '../modules/territory/web/pages.tsx';
import { vacancyPages, vacancyPublicPages } from '../modules/vacancies/web/pages.tsx';
import { RequireAbility, RequireSession } from './shell/guards.tsx';
import { Layout } from './shell/Layout.tsx';

const LoginPage = lazy(() => import('../modules/identity/web/LoginPage.tsx'));
const TwoFactorPage = lazy(() => import('../modules/identity/web/TwoFactorPage.tsx'));
const ForgotPasswordPage = lazy(() => import('../modules/identity/web/ForgotPasswordPage.tsx'));
const ResetPasswordPage = lazy(() => import('../modules/identity/web/ResetPasswordPage.tsx'));
const InvitationPage = lazy(() => import('../modules/identity/web/InvitationPage.tsx'));
const AccountPage = lazy(() => import('../modules/identity/web/AccountPage.tsx'));
const UsersPage = lazy(() => import('../modules/identity/web/UsersPage.tsx'));
const HomePage = lazy(() => import('../modules/network/web/HomePage.tsx'));
const NetworksPage = lazy(() => import('../modules/network/web/NetworksPage.tsx'));
const NetworkFormPage = lazy(() => import('../modules/network/web/NetworkFormPage.tsx'));
const OrganisationsPage = lazy(() => import('../modules/network/web/OrganisationsPage.tsx'));
const OrganisationFormPage = lazy(() => import('../modules/network/web/OrganisationFormPage.tsx'));
const OrganisationDetailPage = lazy(() => import('../modules/network/web/OrganisationDetailPage.tsx'));
const PeoplePage = lazy(() => import('../modules/people/web/PeoplePage.tsx'));
const PersonFormPage = lazy(() => import('../modules/people/web/PersonFormPage.tsx'));
const ImportPage = lazy(() => import('../modules/people/web/ImportPage.tsx'));
const PersonDetailPage = lazy(() => import('../modules/people/web/PersonDetailPage.tsx'));
const MergePage = lazy(() => import('../modules/people/web/MergePage.tsx'));
const SignUpPage = lazy(() => import('../modules/citizens/web/SignUpPage.tsx'));
const VerifyEmailPage = lazy(() => import('../modules/citizens/web/VerifyEmailPage.tsx'));
const LinkAccountPage = lazy(() => import('../modules/citizens/web/LinkAccountPage.tsx'));
const MyProfilePage = lazy(() => import('../modules/citizens/web/MyProfilePage.tsx'));
const AuditPage = lazy(() => import('../modules/audit/web/AuditPage.tsx'));
const OutboxPage = lazy(() => import('./pages/OutboxPage.tsx'));
const AccessibilityPage = lazy(() => import('./pages/AccessibilityPage.tsx'));
const PrivacyPage = lazy(() => import('./pages/PrivacyPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/two-factor" element={<TwoFactorPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/registrati" element={<SignUpPage />} />
        <Route path="/verifica-email/:token" element={<VerifyEmailPage />} />
        <Route path="/collega-account/:token" element={<LinkAccountPage />} />
        <Route path="/accessibility" element={<AccessibilityPage />} />
        <Route path="/privacy" element={<PrivacyPage />} />
        {employerPublicPages()}
        {vacancyPublicPages()}
        {matchingPublicPages()}
        {surveyPublicPages()}
        {newsletterPublicPages()}
        {territoryPublicPages()}
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route
            path="/networks"
            element={
              <RequireAbility action="network.read">
                <NetworksPage />
              </RequireAbility>
            }
          />
          <Route
            path="/networks/new"
            element={
              <RequireAbility action="network.manage">
                <NetworkFormPage />
              </RequireAbility>
            }
          />
          <Route
            path="/networks/:id/edit"
            element={
              <RequireAbility action="network.manage">
                <NetworkFormPage />
              </RequireAbility>
            }
          />
          <Route
            path="/organisations"
            element={
              <RequireAbility action="organisation.read">
                <OrganisationsPage />
              </RequireAbility>
            }
          />
          <Route
            path="/organisations/new"
            element={
              <RequireAbility action="organisation.create">
                <OrganisationFormPage />
              </RequireAbility>
            }
          />
          <Route
            path="/organisations/:id"
            element={
              <RequireAbility action="organisation.read">
                <OrganisationDetailPage />
              </RequireAbility>
            }
          />
          <Route
            path="/organisations/:id/edit"
            element={
              <RequireAbility action="organisation.update">
                <OrganisationFormPage />
              </RequireAbility>
            }
          />
          <Route
            path="/people"
            element={
              <RequireAbility action="person.read">
                <PeoplePage />
              </RequireAbility>
            }
          />
          <Route
            path="/people/new"
            element={
              <RequireAbility action="person.create">
                <PersonFormPage />
              </RequireAbility>
            }
          />
          <Route
            path="/people/import"
            element={
              <RequireAbility action="person.import">
                <ImportPage />
              </RequireAbility>
            }
          />
          <Route
            path="/people/:id"
            element={
              <RequireAbility action="person.read">
                <PersonDetailPage />
              </RequireAbility>
            }
          />
          <Route
            path="/people/:id/merge/:otherId"
            element={
              <RequireAbility action="person.merge">
                <MergePage />
              </RequireAbility>
            }
          />
          <Route
            path="/people/:id/edit"
            element={
              <RequireAbility action="person.update">
                <PersonFormPage />
              </RequireAbility>
            }
          />
          <Route
            path="/users"
            element={
              <RequireAbility action="user.read">
                <UsersPage />
              </RequireAbility>
            }
          />
          <Route
            path="/me"
            element={
              <RequireAbility action="person.self.read">
                <MyProfilePage />
              </RequireAbility>
            }
          />
          <Route path="/account" element={<AccountPage />} />
          <Route
            path="/audit"
            element={
              <RequireAbility action="audit.read">
                <AuditPage />
              </RequireAbility>
            }
          />
          <Route
            path="/outbox"
            element={
              <RequireAbility action="outbox.read">
                <OutboxPage />
              </RequireAbility>
            }
          />
          {employerPages()}
          {vacancyPages()}
          {matchingPages()}
          {surveyPages()}
          {newsletterPages()}
          {territoryPages()}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
