// Public sign-up of a citizen (/registrati): account data plus what the person record cannot do without. The answer
// is always the same ("check your mailbox"), whether or not the address already has an account.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { SelectField, TextField } from '../../../web/components/Field.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { CURRENT_NOTICE_VERSION } from '../../people/consent-notices.ts';
import { employmentStatuses } from '../../people/contract.ts';
import { signUpInput } from '../contract.ts';

export default function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const invitationToken = params.get('invito') ?? undefined;
  const { errors, error, busy, submit } = useSubmit();
  const [sent, setSent] = useState(false);
  const [v, setV] = useState({
    email: '',
    password: '',
    givenName: '',
    familyName: '',
    taxCode: '',
    sex: '',
    birthDate: '',
    birthCountry: 'IT',
    employmentStatus: '',
  });
  const [birthComune, setBirthComune] = useState<ComuneValue>(null);
  const [residence, setResidence] = useState<ComuneValue>(null);
  const [notice, setNotice] = useState(false);
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await submit(
      signUpInput,
      {
        ...v,
        sex: v.sex || undefined,
        employmentStatus: v.employmentStatus || undefined,
        birthCountry: v.birthCountry.trim().toUpperCase(),
        birthComuneCode: birthComune?.code ?? null,
        residenceComuneCode: residence?.code ?? '',
        noticeVersion: notice ? CURRENT_NOTICE_VERSION : undefined,
        invitationToken,
      },
      (data) => apiPost('/citizens/sign-up', data),
    );
    if (ok) setSent(true);
  }

  if (sent)
    return (
      <div className="row justify-content-center">
        <div className="col-12 col-md-8">
          <PageHeader title={t('citizens.signUp.title')} />
          <StatusAlert>{t('citizens.signUp.sent')}</StatusAlert>
          <Link to="/login">{t('citizens.signUp.toLogin')}</Link>
        </div>
      </div>
    );

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-10 col-lg-8">
        <PageHeader title={t('citizens.signUp.title')} lead={t('citizens.signUp.lead')} />
        {invitationToken ? <StatusAlert>{t('citizens.signUp.withInvitation')}</StatusAlert> : null}
        <div aria-live="assertive">
          <ProblemAlert error={error} />
        </div>
        <form onSubmit={onSubmit} noValidate aria-labelledby="page-title" data-testid="sign-up-form">
          <fieldset className="mb-4">
            <legend className="h5">{t('citizens.signUp.account')}</legend>
            <TextField
              id="signup-email"
              label={t('fields.email')}
              type="email"
              value={v.email}
              onChange={set('email')}
              error={errors.email}
              autoComplete="email"
              required
              testId="signup-email"
            />
            <TextField
              id="signup-password"
              label={t('fields.password')}
              type="password"
              value={v.password}
              onChange={set('password')}
              error={errors.password}
              hint={t('citizens.signUp.passwordHint')}
              autoComplete="new-password"
              required
              testId="signup-password"
            />
          </fieldset>
          <fieldset className="mb-4">
            <legend className="h5">{t('citizens.signUp.identity')}</legend>
            <div className="row">
              <TextField
                className="col-md-6"
                id="signup-given-name"
                label={t('citizens.fields.givenName')}
                value={v.givenName}
                onChange={set('givenName')}
                error={errors.givenName}
                autoComplete="given-name"
                required
                testId="signup-given-name"
              />
              <TextField
                className="col-md-6"
                id="signup-family-name"
                label={t('citizens.fields.familyName')}
                value={v.familyName}
                onChange={set('familyName')}
                error={errors.familyName}
                autoComplete="family-name"
                required
                testId="signup-family-name"
              />
            </div>
            <TextField
              id="signup-tax-code"
              label={t('citizens.fields.taxCode')}
              value={v.taxCode}
              onChange={set('taxCode')}
              error={errors.taxCode}
              maxLength={16}
              required
              testId="signup-tax-code"
            />
            <div className="row">
              <SelectField
                className="col-md-6"
                id="signup-sex"
                label={t('citizens.fields.sex')}
                value={v.sex}
                onChange={set('sex')}
                error={errors.sex}
                emptyLabel={t('common.choose')}
                options={[
                  { value: 'F', label: t('citizens.sex.F') },
                  { value: 'M', label: t('citizens.sex.M') },
                ]}
                required
                testId="signup-sex"
              />
              <TextField
                className="col-md-6"
                id="signup-birth-date"
                label={t('citizens.fields.birthDate')}
                type="date"
                value={v.birthDate}
                onChange={set('birthDate')}
                error={errors.birthDate}
                autoComplete="bday"
                required
                testId="signup-birth-date"
              />
            </div>
            <TextField
              id="signup-birth-country"
              label={t('citizens.fields.birthCountry')}
              value={v.birthCountry}
              onChange={set('birthCountry')}
              error={errors.birthCountry}
              hint={t('citizens.signUp.birthCountryHint')}
              maxLength={2}
              required
            />
            {v.birthCountry.trim().toUpperCase() === 'IT' ? (
              <ComuneAutocomplete
                id="signup-birth-comune"
                label={t('citizens.fields.birthComune')}
                value={birthComune}
                onChange={setBirthComune}
                error={errors.birthComuneCode}
                source="/citizens/comuni"
                required
                testId="signup-birth-comune"
              />
            ) : null}
            <ComuneAutocomplete
              id="signup-residence"
              label={t('citizens.fields.residenceComune')}
              value={residence}
              onChange={setResidence}
              error={errors.residenceComuneCode}
              source="/citizens/comuni"
              required
              testId="signup-residence"
            />
            <SelectField
              id="signup-status"
              label={t('citizens.fields.employmentStatus')}
              value={v.employmentStatus}
              onChange={set('employmentStatus')}
              error={errors.employmentStatus}
              emptyLabel={t('common.choose')}
              options={employmentStatuses.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))}
              required
              testId="signup-status"
            />
          </fieldset>
          <div className="mb-4">
            <div className="form-check">
              <input
                id="signup-notice"
                type="checkbox"
                checked={notice}
                onChange={(e) => setNotice(e.target.checked)}
                aria-invalid={errors.noticeVersion ? true : undefined}
                aria-describedby={errors.noticeVersion ? 'signup-notice-error' : undefined}
                data-testid="signup-notice"
              />
              <label htmlFor="signup-notice">
                {t('citizens.signUp.notice', { version: CURRENT_NOTICE_VERSION })}
              </label>
            </div>
            <p className="small">
              <Link to="/privacy">{t('citizens.signUp.noticeLink')}</Link>
            </p>
            {errors.noticeVersion ? (
              <div id="signup-notice-error" className="invalid-feedback d-block" role="alert">
                {t('citizens.signUp.noticeRequired')}
              </div>
            ) : null}
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="signup-submit">
            {busy ? t('citizens.signUp.submitting') : t('citizens.signUp.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
