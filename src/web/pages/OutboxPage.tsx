// Outgoing messages (platform administrators): every e-mail the system queued, with its delivery status. The text
// is shown as sent, so links (invitations, password resets) are visible and copyable.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client.ts';
import { Loading } from '../components/Loading.tsx';
import { PageHeader } from '../components/Page.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { formatDateTime } from '../i18n.ts';

type OutboxItem = {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

const limit = 20;

export default function OutboxPage() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const outbox = useQuery({
    queryKey: ['outbox', offset],
    queryFn: () => apiGet<{ items: OutboxItem[]; total: number }>('/outbox', { limit, offset }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader title={t('outbox.title')} lead={t('outbox.lead')} />
      <div aria-live="polite">
        {outbox.isPending ? <Loading /> : null}
        <ProblemAlert error={outbox.error} />
        {outbox.data ? <p>{t('outbox.count', { count: outbox.data.total })}</p> : null}
      </div>
      {outbox.data?.items.map((m) => (
        <article
          key={m.id}
          className="card card-bg mb-4"
          data-testid="outbox-message"
          aria-labelledby={`msg-${m.id}`}
        >
          <div className="card-body">
            <h2 id={`msg-${m.id}`} className="h5 card-title">
              {m.subject}
            </h2>
            <dl className="row small mb-2">
              <dt className="col-sm-3">{t('outbox.to')}</dt>
              <dd className="col-sm-9">{m.toAddress}</dd>
              <dt className="col-sm-3">{t('outbox.kind')}</dt>
              <dd className="col-sm-9">{m.kind}</dd>
              <dt className="col-sm-3">{t('outbox.status')}</dt>
              <dd className="col-sm-9">
                {t(`outbox.statuses.${m.status}`, { defaultValue: m.status })} ·{' '}
                {t('outbox.attempts', { count: m.attempts })}
              </dd>
              <dt className="col-sm-3">{t('outbox.createdAt')}</dt>
              <dd className="col-sm-9">{formatDateTime(m.createdAt)}</dd>
              {m.sentAt ? (
                <>
                  <dt className="col-sm-3">{t('outbox.sentAt')}</dt>
                  <dd className="col-sm-9">{formatDateTime(m.sentAt)}</dd>
                </>
              ) : null}
              {m.lastError ? (
                <>
                  <dt className="col-sm-3">{t('outbox.lastError')}</dt>
                  <dd className="col-sm-9">{m.lastError}</dd>
                </>
              ) : null}
            </dl>
            <pre className="rl-pre" data-testid="outbox-body">
              {m.bodyText}
            </pre>
          </div>
        </article>
      ))}
      {outbox.data ? (
        <Pagination total={outbox.data.total} limit={limit} offset={offset} onChange={setOffset} />
      ) : null}
    </>
  );
}
