// /newsletter/invii/:id — one sent issue: totals by delivery status and the status of each message, read from
// the outbox (queued, sent, failed after retries, held when no mail server is configured).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import { deliveryStatuses, type IssueDetail } from '../contract.ts';

export default function IssuePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const issue = useQuery({
    queryKey: ['newsletters', 'issue', id],
    queryFn: () => apiGet<IssueDetail>(`/newsletters/issues/${id}`),
    refetchInterval: 15_000,
  });
  const i = issue.data;
  return (
    <>
      <Breadcrumb
        items={[
          { to: '/newsletter', label: t('nav.newsletters') },
          ...(i ? [{ to: `/newsletter/liste/${i.listId}`, label: t('newsletters.issue.list') }] : []),
          { label: i?.subject ?? '…' },
        ]}
      />
      <PageHeader
        title={i?.subject ?? t('newsletters.issue.title')}
        lead={
          i ? t('newsletters.issue.sentAt', { at: formatDateTime(i.sentAt), count: i.recipients }) : undefined
        }
      />
      <div aria-live="polite">
        {issue.isPending ? <Loading /> : null}
        <ProblemAlert error={issue.error} />
      </div>
      {i ? (
        <>
          <ul className="list-inline" data-testid="issue-totals">
            {deliveryStatuses.map((s) => (
              <li key={s} className="list-inline-item me-4" data-status={s} data-count={i.totals[s]}>
                <strong>{i.totals[s]}</strong> {t(`newsletters.deliveryStatuses.${s}`)}
              </li>
            ))}
          </ul>
          {i.totals.held > 0 ? <p className="small">{t('newsletters.issue.heldNote')}</p> : null}
          <div className="table-responsive">
            <table className="table table-sm" data-testid="deliveries">
              <caption className="visually-hidden">{t('newsletters.issue.deliveries')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('newsletters.detail.email')}</th>
                  <th scope="col">{t('newsletters.detail.status')}</th>
                  <th scope="col">{t('newsletters.issue.deliveredAt')}</th>
                  <th scope="col">{t('newsletters.issue.error')}</th>
                </tr>
              </thead>
              <tbody>
                {i.deliveries.map((d) => (
                  <tr key={d.email}>
                    <th scope="row" className="fw-normal">
                      {d.email}
                    </th>
                    <td>{t(`newsletters.deliveryStatuses.${d.status}`)}</td>
                    <td>{d.sentAt ? formatDateTime(d.sentAt) : '—'}</td>
                    <td className="small">{d.lastError ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="h5 mt-4">{t('newsletters.issue.text')}</h2>
          <pre className="rl-pre">{i.bodyText}</pre>
        </>
      ) : null}
    </>
  );
}
