// /newsletter/disiscrizione/:token — the personal link at the bottom of every issue: it shows the list and the
// (masked) address, and one click on the button unsubscribes. Opening the page changes nothing, so link checkers
// of mail servers that visit it do not unsubscribe anyone; mail clients use the one-click POST (RFC 8058).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import type { UnsubscribeResult } from '../contract.ts';

export default function UnsubscribePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const info = useQuery({
    queryKey: ['newsletters', 'unsubscribe', token],
    queryFn: () =>
      apiGet<{ listName: string; email: string; status: string }>(`/newsletters/unsubscribe/${token}`),
    retry: false,
  });
  const leave = useMutation({
    mutationFn: () => apiPost<UnsubscribeResult>(`/newsletters/unsubscribe/${token}`, {}),
  });
  const done =
    leave.data ?? (info.data?.status === 'unsubscribed' ? { outcome: 'already_unsubscribed' } : null);
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8">
        <PageHeader title={t('newsletters.unsubscribe.title')} />
        <div aria-live="polite" data-testid="unsubscribe-result">
          {info.isPending ? <Loading /> : null}
          <ProblemAlert error={info.error ?? leave.error} />
          {done ? (
            <StatusAlert>
              <span data-outcome={done.outcome}>
                {t(`newsletters.unsubscribe.${done.outcome}`, { list: info.data?.listName ?? '' })}
              </span>
            </StatusAlert>
          ) : null}
        </div>
        {info.data && !done ? (
          <>
            <p>
              {t('newsletters.unsubscribe.question', { list: info.data.listName, email: info.data.email })}
            </p>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => leave.mutate()}
              disabled={leave.isPending}
              data-testid="unsubscribe-button"
            >
              {t('newsletters.unsubscribe.button')}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
