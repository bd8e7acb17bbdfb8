// The second step of sign-in: the 6-digit code of the authenticator app, or one of the recovery codes.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { fetchSession, sessionKey, useSession } from '../../../web/api/session.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { totpInput } from '../contract.ts';
import { safeNext } from './LoginPage.tsx';

export default function TwoFactorPage() {
  const { t } = useTranslation();
  const { data: session, isPending } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [code, setCode] = useState('');
  const { errors, error, busy, submit: send } = useSubmit();

  if (isPending) return <Loading />;
  if (!session) return <Navigate to="/login" replace />;
  if (session.stage !== 'mfa_pending') return <Navigate to={next} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await send(totpInput, { code }, async (data) => {
      await apiPost('/auth/totp', data);
      client.setQueryData(sessionKey, await fetchSession());
    });
    if (ok) navigate(next, { replace: true });
  }

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeader title={t('twoFactor.title')} lead={t('twoFactor.lead')} />
        <div aria-live="assertive">
          <ProblemAlert error={error} />
        </div>
        <form onSubmit={submit} noValidate aria-labelledby="page-title">
          <TextField
            id="totp-code"
            label={t('fields.totpCode')}
            hint={t('twoFactor.hint')}
            value={code}
            onChange={setCode}
            error={errors.code}
            autoComplete="one-time-code"
            required
            maxLength={9}
            autoFocus
            testId="totp-code"
          />
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="totp-submit">
            {t('twoFactor.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
