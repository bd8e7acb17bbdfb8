// /newsletter/conferma/:token — the link of the opt-in e-mail: opening it confirms the subscription (consent
// recorded with its date and source), then the page says to which list.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';

export default function ConfirmPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const confirm = useMutation({
    mutationFn: () => apiPost<{ listName: string; email: string }>(`/newsletters/confirm/${token}`),
  });
  // Sent once per page load (also under StrictMode's double effects): the link is single-use.
  const sent = useRef(false);
  const { mutate } = confirm;
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    mutate();
  }, [mutate]);
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8">
        <PageHeader title={t('newsletters.confirm.title')} />
        <div aria-live="polite" data-testid="confirm-result">
          {confirm.isPending ? <Loading /> : null}
          <ProblemAlert error={confirm.error} />
          {confirm.data ? (
            <StatusAlert>
              <p className="mb-1">{t('newsletters.confirm.done', confirm.data)}</p>
              <p className="mb-0">{t('newsletters.confirm.howToLeave')}</p>
            </StatusAlert>
          ) : null}
        </div>
      </div>
    </div>
  );
}
