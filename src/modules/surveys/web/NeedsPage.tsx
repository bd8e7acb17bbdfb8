// Hiring needs of every survey of the caller's networks (/surveys/hiring-needs), by occupation, sector or comune.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../web/components/Page.tsx';
import { NeedsTable } from './NeedsTable.tsx';

export default function NeedsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const by = (params.get('by') ?? 'occupation') as 'occupation' | 'sector' | 'comune';
  return (
    <>
      <PageHeader title={t('surveys.needs.pageTitle')} lead={t('surveys.needs.pageLead')} />
      <NeedsTable by={by} onBy={(b) => setParams({ by: b })} />
    </>
  );
}
