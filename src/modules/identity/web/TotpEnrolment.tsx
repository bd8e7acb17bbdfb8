// Two-factor enrolment: start (QR code + secret for manual entry), confirm with a code, then show the recovery
// codes once. `onDone` runs when the user says the codes are stored.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiPost } from '../../../web/api/client.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import { type totpConfirmResult, type totpEnrolment, totpInput } from '../contract.ts';

type Enrolment = z.infer<typeof totpEnrolment>;
type Confirmed = z.infer<typeof totpConfirmResult>;

export function TotpEnrolment({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setError(null);
    setBusy(true);
    try {
      setEnrolment(await apiPost<Enrolment>('/account/totp'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const checked = validate(totpInput, { code }, t);
    if (!checked.ok || !/^\d{6}$/.test(code.trim())) {
      setErrors({ code: t('validation.totp_six_digits') });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const result = await apiPost<Confirmed>('/account/totp/confirm', checked.data);
      setCodes(result.recoveryCodes);
    } catch (err) {
      setError(err);
      setErrors(serverFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  if (codes) {
    return (
      <div>
        <StatusAlert>{t('totp.enabled')}</StatusAlert>
        <h3 className="h5">{t('totp.recoveryTitle')}</h3>
        <p>{t('totp.recoveryAdvice')}</p>
        <ul className="list-unstyled rl-recovery-codes" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="btn btn-primary" onClick={onDone} data-testid="recovery-codes-done">
          {t('totp.recoveryDone')}
        </button>
      </div>
    );
  }

  return (
    <div>
      <div aria-live="assertive">
        <ProblemAlert error={error} />
      </div>
      {enrolment ? (
        <div>
          <ol>
            <li>{t('totp.step1')}</li>
            <li>{t('totp.step2')}</li>
            <li>{t('totp.step3')}</li>
          </ol>
          <img
            src={enrolment.qrDataUrl}
            alt={t('totp.qrAlt')}
            width={200}
            height={200}
            data-testid="totp-qr"
          />
          <p className="mt-3 mb-1">{t('totp.manualEntry')}</p>
          <p>
            <code className="fs-5" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
          <form
            onSubmit={confirm}
            noValidate
            aria-label={t('totp.confirmForm')}
            className="mt-4 col-md-6 col-lg-4"
          >
            <TextField
              id="totp-confirm-code"
              label={t('fields.totpSixDigits')}
              value={code}
              onChange={setCode}
              error={errors.code}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
              required
              testId="totp-confirm-code"
            />
            <button
              type="submit"
              className="btn btn-primary"
              disabled={busy}
              data-testid="totp-confirm-submit"
            >
              {t('totp.confirm')}
            </button>
          </form>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          onClick={start}
          disabled={busy}
          data-testid="enable-2fa"
        >
          {t('totp.enable')}
        </button>
      )}
    </div>
  );
}
