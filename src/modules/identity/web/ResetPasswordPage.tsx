// Sets a new password from the link of the reset e-mail (/reset-password/:token).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, useSubmit } from '../../../web/forms.ts';
import { passwordResetConfirm } from '../contract.ts';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { errors, error, busy, submit: send } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const differ: FieldErrors = password !== repeat ? { repeat: t('validation.passwords_differ') } : {};
    const ok = await send(
      passwordResetConfirm,
      { token, password },
      (data) => apiPost('/auth/password-reset/confirm', data),
      differ,
    );
    if (ok) setDone(true);
  }

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeader title={t('resetPassword.title')} lead={done ? undefined : t('resetPassword.lead')} />
        <div aria-live="polite">
          {done ? <StatusAlert>{t('resetPassword.done')}</StatusAlert> : null}
          <ProblemAlert error={error} />
          {errors.token ? <p className="text-danger">{errors.token}</p> : null}
        </div>
        {done ? (
          <Link to="/login" className="btn btn-primary">
            {t('common.goToLogin')}
          </Link>
        ) : (
          <form onSubmit={submit} noValidate aria-labelledby="page-title">
            <TextField
              id="new-password"
              label={t('fields.newPassword')}
              hint={t('fields.passwordHint')}
              type="password"
              value={password}
              onChange={setPassword}
              error={errors.password}
              autoComplete="new-password"
              required
              testId="new-password"
            />
            <TextField
              id="repeat-password"
              label={t('fields.repeatPassword')}
              type="password"
              value={repeat}
              onChange={setRepeat}
              error={errors.repeat}
              autoComplete="new-password"
              required
              testId="repeat-password"
            />
            <button
              type="submit"
              className="btn btn-primary"
              disabled={busy}
              data-testid="reset-password-submit"
            >
              {t('resetPassword.submit')}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
