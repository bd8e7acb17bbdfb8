// Registers the shortlist board as a tab of the vacancy detail page (extension point detail-tabs.ts). The board
// itself is loaded only when the tab is opened.
import { lazy, Suspense } from 'react';
import { Loading } from '../../../web/components/Loading.tsx';
import { vacancyDetailTabs } from './detail-tabs.ts';

const ShortlistBoard = lazy(() =>
  import('./ShortlistBoard.tsx').then((m) => ({ default: m.ShortlistBoard })),
);

if (!vacancyDetailTabs.some((tab) => tab.key === 'shortlist')) {
  vacancyDetailTabs.push({
    key: 'shortlist',
    order: 30,
    labelKey: 'shortlist.tab',
    ability: 'shortlist.read',
    render: ({ vacancy }) => (
      <Suspense fallback={<Loading />}>
        <ShortlistBoard vacancyId={vacancy.id} />
      </Suspense>
    ),
  });
}
