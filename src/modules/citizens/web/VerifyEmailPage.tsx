// /verifica-email/:token — the link of the verification e-mail: creates the account and creates or links the
// person record, then says what happened and what to do next.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import type { VerifyResult } from '../contract.ts';

export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const verify = useMutation({ mutationFn: () => apiPost<VerifyResult>('/citizens/verify', { token }) });
  // Sent once per page load (also under StrictMode's double effects): the link is single-use, a second call would
  // only answer "already used".
  const sent = useRef(false);
  const { mutate } = verify;
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    mutate();
  }, [mutate]);
  const result = verify.data;
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8">
        <PageHeader title={t('citizens.verify.title')} />
        <div aria-live="polite" data-testid="verify-result">
          {verify.isPending ? <Loading /> : null}
          <ProblemAlert error={verify.error} />
          {result ? (
            <StatusAlert>
              <p className="mb-1">{t('citizens.verify.accountCreated', { email: result.email })}</p>
              <p className="mb-0" data-outcome={result.outcome}>
                {t(`citizens.verify.outcomes.${result.outcome}`)}
              </p>
            </StatusAlert>
          ) : null}
        </div>
        {result || verify.error ? (
          <Link to="/login" className="btn btn-primary" data-testid="verify-login">
            {t('citizens.verify.toLogin')}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
