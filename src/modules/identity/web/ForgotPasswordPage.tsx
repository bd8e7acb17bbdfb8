// Asks for a password-reset e-mail. The answer never says whether the address exists.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { passwordResetRequest } from '../contract.ts';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, error, busy, submit: send } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await send(passwordResetRequest, { email }, (data) => apiPost('/auth/password-reset', data)))
      setSent(true);
  }

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeader title={t('forgotPassword.title')} lead={t('forgotPassword.lead')} />
        <div aria-live="polite">
          {sent ? <StatusAlert>{t('forgotPassword.sent')}</StatusAlert> : null}
          <ProblemAlert error={error} />
        </div>
        {sent ? null : (
          <form onSubmit={submit} noValidate aria-labelledby="page-title">
            <TextField
              id="reset-email"
              label={t('fields.email')}
              type="email"
              value={email}
              onChange={setEmail}
              error={errors.email}
              autoComplete="email"
              required
              testId="reset-email"
            />
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="reset-submit">
              {t('forgotPassword.submit')}
            </button>
          </form>
        )}
        <p className="mt-4">
          <Link to="/login">{t('common.backToLogin')}</Link>
        </p>
      </div>
    </div>
  );
}
