// Sign-in with e-mail and password; then the second factor or the two-factor enrolment when the account needs it.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { fetchSession, sessionKey, useSession } from '../../../web/api/session.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import { loginInput } from '../contract.ts';

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { data: session, isPending } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const notice = (location.state as { notice?: string } | null)?.notice;

  if (isPending) return <Loading />;
  if (session?.stage === 'complete') return <Navigate to={next} replace />;
  if (session?.stage === 'mfa_pending')
    return <Navigate to={`/two-factor?next=${encodeURIComponent(next)}`} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const checked = validate(loginInput, { email, password }, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const result = await apiPost<{ stage: string }>('/auth/login', checked.data);
      client.setQueryData(sessionKey, await fetchSession());
      if (result.stage === 'mfa_pending')
        navigate(`/two-factor?next=${encodeURIComponent(next)}`, { replace: true });
      else navigate(next, { replace: true });
    } catch (err) {
      setError(err);
      setErrors(serverFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeader title={t('login.title')} lead={t('login.lead')} />
        {notice ? <StatusAlert>{t(notice)}</StatusAlert> : null}
        <div aria-live="assertive">
          <ProblemAlert error={error} />
        </div>
        <form onSubmit={submit} noValidate aria-labelledby="page-title">
          <TextField
            id="login-email"
            label={t('fields.email')}
            type="email"
            value={email}
            onChange={setEmail}
            error={errors.email}
            autoComplete="username"
            required
            testId="login-email"
          />
          <TextField
            id="login-password"
            label={t('fields.password')}
            type="password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            autoComplete="current-password"
            required
            testId="login-password"
          />
          <div className="d-flex flex-wrap align-items-center gap-4">
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="login-submit">
              {busy ? t('login.submitting') : t('login.submit')}
            </button>
            <Link to="/forgot-password" data-testid="forgot-password-link">
              {t('login.forgotPassword')}
            </Link>
          </div>
        </form>
        <p className="mt-4" data-testid="sign-up-invite">
          {t('login.noAccount')} <Link to="/registrati">{t('login.signUp')}</Link>
        </p>
      </div>
    </div>
  );
}
