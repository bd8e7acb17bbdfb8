// /newsletter/liste/:id — one list: its subscribers with their status and consent, the form that asks new ones
// for their consent (opt-in e-mail), the issues sent with their delivery totals, and the list's settings.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { IssueView, ListDetail } from '../contract.ts';
import { AddSubscribers } from './AddSubscribers.tsx';
import { ListSettings } from './ListSettings.tsx';

export default function ListDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['newsletters', 'list', id],
    queryFn: () => apiGet<ListDetail>(`/newsletters/lists/${id}`),
  });
  const issues = useQuery({
    queryKey: ['newsletters', 'issues', id],
    queryFn: () => apiGet<{ items: IssueView[] }>(`/newsletters/lists/${id}/issues`),
  });
  const [removeError, setRemoveError] = useState<unknown>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['newsletters'] });

  async function remove(subscriberId: string, email: string) {
    if (!window.confirm(t('newsletters.detail.removeConfirm', { email }))) return;
    setRemoveError(null);
    try {
      await apiPost(`/newsletters/lists/${id}/subscribers/${subscriberId}/unsubscribe`);
      await refresh();
    } catch (err) {
      setRemoveError(err);
    }
  }

  const l = list.data;
  return (
    <>
      <Breadcrumb items={[{ to: '/newsletter', label: t('nav.newsletters') }, { label: l?.name ?? '…' }]} />
      <PageHeader
        title={l?.name ?? t('newsletters.detail.title')}
        lead={l?.description ?? undefined}
        actions={
          l ? (
            <Link
              to={`/newsletter/liste/${id}/nuovo-invio`}
              className="btn btn-primary"
              data-testid="compose-link"
            >
              {t('newsletters.detail.compose')}
            </Link>
          ) : null
        }
      />
      <div aria-live="polite">
        {list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error ?? removeError} />
        {l ? (
          <p data-testid="subscriber-counts">
            {t('newsletters.detail.counts', {
              confirmed: l.subscribers.confirmed,
              pending: l.subscribers.pending,
              unsubscribed: l.subscribers.unsubscribed,
            })}
          </p>
        ) : null}
      </div>
      {l ? (
        <>
          <section aria-labelledby="subscribers-title" className="mb-5">
            <h2 id="subscribers-title" className="h4">
              {t('newsletters.detail.subscribers')}
            </h2>
            <p className="small">{t('newsletters.detail.optInNote')}</p>
            {l.subscriberList.length === 0 ? (
              <p>{t('newsletters.detail.noSubscribers')}</p>
            ) : (
              <div className="table-responsive">
                <table className="table table-sm" data-testid="subscribers">
                  <caption className="visually-hidden">{t('newsletters.detail.subscribers')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('newsletters.detail.email')}</th>
                      <th scope="col">{t('newsletters.detail.source')}</th>
                      <th scope="col">{t('newsletters.detail.status')}</th>
                      <th scope="col">{t('newsletters.detail.consent')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('newsletters.detail.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {l.subscriberList.map((s) => (
                      <tr key={s.id} data-testid="subscriber-row" data-status={s.status}>
                        <th scope="row" className="fw-normal">
                          {s.email}
                          {s.name ? <div className="small">{s.name}</div> : null}
                        </th>
                        <td>{t(`newsletters.sources.${s.sourceKind}`)}</td>
                        <td>{t(`newsletters.statuses.${s.status}`)}</td>
                        <td className="small">
                          {s.status === 'confirmed' && s.consentAt
                            ? t('newsletters.detail.consentGiven', { at: formatDateTime(s.consentAt) })
                            : s.status === 'unsubscribed' && s.unsubscribedAt
                              ? t('newsletters.detail.unsubscribedAt', {
                                  at: formatDateTime(s.unsubscribedAt),
                                  how: t(`newsletters.unsubscribeSources.${s.unsubscribeSource ?? 'page'}`),
                                })
                              : t('newsletters.detail.requestedAt', { at: formatDateTime(s.requestedAt) })}
                        </td>
                        <td>
                          {s.status !== 'unsubscribed' ? (
                            <button
                              type="button"
                              className="btn btn-link btn-sm p-0"
                              onClick={() => remove(s.id, s.email)}
                            >
                              {t('newsletters.detail.remove')}
                              <span className="visually-hidden"> {s.email}</span>
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <AddSubscribers listId={id} onDone={refresh} />
          </section>
          <section aria-labelledby="issues-title">
            <h2 id="issues-title" className="h4">
              {t('newsletters.detail.issues')}
            </h2>
            {issues.data?.items.length === 0 ? <p>{t('newsletters.detail.noIssues')}</p> : null}
            {issues.data && issues.data.items.length > 0 ? (
              <ul className="list-unstyled" data-testid="issues">
                {issues.data.items.map((i) => (
                  <li key={i.id} className="mb-2">
                    <Link to={`/newsletter/invii/${i.id}`}>{i.subject}</Link> —{' '}
                    <span className="small">
                      {formatDateTime(i.sentAt)} ·{' '}
                      {t('newsletters.issue.totalsLine', { ...i.totals, recipients: i.recipients })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <ListSettings list={l} />
        </>
      ) : null}
    </>
  );
}
