// My account: who I am, change password, two-factor sign-in (enable with QR code, or disable).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiPost } from '../../../web/api/client.ts';
import { useCurrentSession, useRefreshSession } from '../../../web/api/session.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, useSubmit } from '../../../web/forms.ts';
import { changePasswordInput, totpDisableInput } from '../contract.ts';
import { TotpEnrolment } from './TotpEnrolment.tsx';

function ChangePassword() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { errors, error, busy, submit: send } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const differ: FieldErrors = newPassword !== repeat ? { repeat: t('validation.passwords_differ') } : {};
    const ok = await send(
      changePasswordInput,
      { currentPassword, newPassword },
      (data) => apiPost('/account/password', data),
      differ,
    );
    if (ok) {
      setDone(true);
      setCurrent('');
      setNew('');
      setRepeat('');
    }
  }

  return (
    <section aria-labelledby="password-title" className="mb-5">
      <h2 id="password-title" className="h4">
        {t('account.passwordTitle')}
      </h2>
      <div aria-live="polite">
        {done ? <StatusAlert>{t('account.passwordChanged')}</StatusAlert> : null}
        <ProblemAlert error={error} />
      </div>
      <form onSubmit={submit} noValidate aria-labelledby="password-title" className="col-lg-6">
        <TextField
          id="current-password"
          label={t('fields.currentPassword')}
          type="password"
          value={currentPassword}
          onChange={setCurrent}
          error={errors.currentPassword}
          autoComplete="current-password"
          required
          testId="current-password"
        />
        <TextField
          id="account-new-password"
          label={t('fields.newPassword')}
          hint={t('fields.passwordHint')}
          type="password"
          value={newPassword}
          onChange={setNew}
          error={errors.newPassword}
          autoComplete="new-password"
          required
          testId="account-new-password"
        />
        <TextField
          id="account-repeat-password"
          label={t('fields.repeatPassword')}
          type="password"
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
          autoComplete="new-password"
          required
          testId="account-repeat-password"
        />
        <button
          type="submit"
          className="btn btn-primary"
          disabled={busy}
          data-testid="change-password-submit"
        >
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}

function DisableTotp({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { errors, error, busy, submit: send } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (
      await send(totpDisableInput, { password }, (body) => api('/account/totp', { method: 'DELETE', body }))
    )
      onDone();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('totp.disableForm')} className="col-lg-6">
      <div aria-live="assertive">
        <ProblemAlert error={error} />
      </div>
      <TextField
        id="totp-disable-password"
        label={t('fields.currentPassword')}
        type="password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        autoComplete="current-password"
        required
        testId="disable-2fa-password"
      />
      <button type="submit" className="btn btn-outline-danger" disabled={busy} data-testid="disable-2fa">
        {t('totp.disable')}
      </button>
    </form>
  );
}

export default function AccountPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const refresh = useRefreshSession();
  const { user } = session;
  return (
    <>
      <PageHeader title={t('account.title')} />
      <section aria-labelledby="profile-title" className="mb-5">
        <h2 id="profile-title" className="h4">
          {t('account.profileTitle')}
        </h2>
        <dl className="row">
          <dt className="col-sm-3">{t('fields.name')}</dt>
          <dd className="col-sm-9">
            {user.givenName} {user.familyName}
          </dd>
          <dt className="col-sm-3">{t('fields.email')}</dt>
          <dd className="col-sm-9">{user.email}</dd>
          <dt className="col-sm-3">{t('fields.organisation')}</dt>
          <dd className="col-sm-9">{session.currentOrganisation?.name ?? '—'}</dd>
          <dt className="col-sm-3">{t('fields.role')}</dt>
          <dd className="col-sm-9">{t(`roles.${session.role}`)}</dd>
        </dl>
      </section>
      <ChangePassword />
      <section aria-labelledby="totp-title">
        <h2 id="totp-title" className="h4">
          {t('totp.title')}
        </h2>
        <p>{t('totp.explanation')}</p>
        {user.totpEnabled ? (
          <>
            <p>
              <span className="badge bg-success" data-testid="totp-status">
                {t('totp.statusOn')}
              </span>
            </p>
            {session.mfaRequired ? (
              <p>{t('totp.requiredByRole')}</p>
            ) : (
              <DisableTotp onDone={() => void refresh()} />
            )}
          </>
        ) : (
          <>
            <p>
              <span className="badge bg-secondary" data-testid="totp-status">
                {t('totp.statusOff')}
              </span>
            </p>
            <TotpEnrolment onDone={() => void refresh()} />
          </>
        )}
      </section>
    </>
  );
}
