// /vacancies/rose-ferme — the people proposed to the vacancies the operator follows who have been waiting too long
// at a stage (proposed 10 days, contacted 14, interview 21: domain/shortlist.ts), longest first, each linking to
// its vacancy's shortlist board. The same list the daily reminder e-mail summarises.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import { STALE_AFTER_DAYS } from '../domain/shortlist.ts';
import type { StaleListView } from '../shortlist-contract.ts';

export default function StaleShortlistsPage() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['shortlist', 'stale'],
    queryFn: () => apiGet<StaleListView>('/shortlist-entries', { stale: 'true', limit: '500' }),
  });
  return (
    <>
      <Breadcrumb
        items={[{ to: '/vacancies', label: t('vacancies.title') }, { label: t('staleShortlists.title') }]}
      />
      <PageHeader title={t('staleShortlists.title')} lead={t('staleShortlists.lead', STALE_AFTER_DAYS)} />
      <div aria-live="polite">
        {list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error} />
        {list.data?.items.length === 0 ? <p data-testid="stale-empty">{t('staleShortlists.empty')}</p> : null}
      </div>
      {list.data && list.data.items.length > 0 ? (
        <div className="table-responsive">
          <table className="table" data-testid="stale-shortlists">
            <caption className="visually-hidden">{t('staleShortlists.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staleShortlists.person')}</th>
                <th scope="col">{t('staleShortlists.vacancy')}</th>
                <th scope="col">{t('staleShortlists.stage')}</th>
                <th scope="col" className="text-end">
                  {t('staleShortlists.days')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((e) => (
                <tr key={e.id} data-testid="stale-row">
                  <th scope="row" className="fw-normal">
                    {e.personName}
                  </th>
                  <td>
                    <Link to={`/vacancies/${e.vacancyId}?tab=shortlist`}>{e.vacancyTitle}</Link>
                    <div className="small">{e.employerName}</div>
                  </td>
                  <td>
                    {t(`shortlist.stages.${e.stage}`)}
                    <div className="small">
                      {t('staleShortlists.since', { at: formatDateTime(e.movedAt) })}
                    </div>
                  </td>
                  <td className="text-end">{e.daysWaiting}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
