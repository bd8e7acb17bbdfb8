// EXTENSION POINT of the vacancy detail page (VacancyDetailPage.tsx): the tabs shown under the offer's summary.
// Other modules add their own tab by appending to `vacancyDetailTabs` from a module that the app loads, e.g. in
// src/modules/matching/web/pages.tsx (imported by the router at start):
//
//   import { vacancyDetailTabs } from '../../vacancies/web/detail-tabs.ts';
//   vacancyDetailTabs.push({
//     key: 'matches', order: 20, labelKey: 'matching.tab', ability: 'match.run',
//     render: ({ vacancy }) => <MatchResults vacancyId={vacancy.id} />,
//   });
//
// Tabs are sorted by `order` (the built-in "Requisiti" tab is 0; matching results 20, shortlist board 30), shown
// only when the session has `ability`, and each renders only while selected. `labelKey` is a translation key.
import type { ReactNode } from 'react';
import type { Action } from '../../../platform/policy/table.ts';
import type { VacancyView } from '../contract.ts';

export type VacancyDetailTabProps = { vacancy: VacancyView; refresh: () => void };

export type VacancyDetailTab = {
  key: string;
  order: number;
  labelKey: string;
  ability?: Action;
  render: (props: VacancyDetailTabProps) => ReactNode;
};

export const vacancyDetailTabs: VacancyDetailTab[] = [];
