// The surveys module's pages in the app's router: `pages` need a session (list, builder, sendings, results,
// hiring needs), `publicPages` do not (the answer page reached from the personal link in the e-mail).
import { lazy } from 'react';
import { Route } from 'react-router';
import type { Action } from '../../../platform/policy/table.ts';
import { RequireAbility } from '../../../web/shell/guards.tsx';

const SurveysPage = lazy(() => import('./SurveysPage.tsx'));
const SurveyDetailPage = lazy(() => import('./SurveyDetailPage.tsx'));
const SurveyBuilderPage = lazy(() => import('./SurveyBuilderPage.tsx'));
const CampaignPage = lazy(() => import('./CampaignPage.tsx'));
const ResultsPage = lazy(() => import('./ResultsPage.tsx'));
const NeedsPage = lazy(() => import('./NeedsPage.tsx'));
const AnswerSurveyPage = lazy(() => import('./AnswerSurveyPage.tsx'));

const guarded = (path: string, action: Action, page: React.ReactNode) => (
  <Route key={path} path={path} element={<RequireAbility action={action}>{page}</RequireAbility>} />
);

export function surveyPages() {
  return (
    <>
      {guarded('/surveys', 'survey.results', <SurveysPage />)}
      {guarded('/surveys/hiring-needs', 'survey.results', <NeedsPage />)}
      {guarded('/surveys/campaigns/:id', 'survey.results', <CampaignPage />)}
      {guarded('/surveys/:id', 'survey.results', <SurveyDetailPage />)}
      {guarded('/surveys/:id/edit', 'survey.manage', <SurveyBuilderPage />)}
      {guarded('/surveys/:id/results', 'survey.results', <ResultsPage />)}
    </>
  );
}

export function surveyPublicPages() {
  return <Route path="/questionario/:token" element={<AnswerSurveyPage />} />;
}
