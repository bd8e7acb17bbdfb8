// Registers "Candidati proposti" as a tab of the vacancy detail page (extension point vacancies/web/detail-tabs.ts);
// the results load only when the tab is opened. Closed or filled offers show the server's 409 explanation.
import { lazy, Suspense } from 'react';
import { Loading } from '../../../web/components/Loading.tsx';
import { vacancyDetailTabs } from '../../vacancies/web/detail-tabs.ts';

const MatchResults = lazy(() => import('./MatchResults.tsx').then((m) => ({ default: m.MatchResults })));

if (!vacancyDetailTabs.some((tab) => tab.key === 'matches')) {
  vacancyDetailTabs.push({
    key: 'matches',
    order: 20,
    labelKey: 'matching.tab',
    ability: 'match.run',
    render: ({ vacancy }) => (
      <Suspense fallback={<Loading />}>
        <MatchResults vacancyId={vacancy.id} />
      </Suspense>
    ),
  });
}
