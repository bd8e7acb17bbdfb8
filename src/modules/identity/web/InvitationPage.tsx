// Accepting an invitation (/invitation/:token): a new user chooses names and password; an existing user confirms
// with the current password. Then on to the login page.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { apiPost } from '../../../web/api/client.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import { acceptInvitationInput, type invitationPreview } from '../contract.ts';

type Preview = z.infer<typeof invitationPreview>;

export default function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => apiPost<Preview>('/invitations/preview', { token }),
    retry: false,
  });
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (preview.isPending) {
    return (
      <>
        <PageHeader title={t('invitation.title')} />
        <Loading />
      </>
    );
  }
  if (preview.error) {
    return (
      <>
        <PageHeader title={t('invitation.title')} />
        <ProblemAlert error={preview.error} />
      </>
    );
  }
  const existing = preview.data.existingUser;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const body = existing ? { token, password } : { token, givenName, familyName, password };
    const checked = validate(acceptInvitationInput, body, t);
    const found: FieldErrors = checked.ok ? {} : checked.errors;
    if (!existing) {
      if (!givenName.trim()) found.givenName = t('validation.required');
      if (!familyName.trim()) found.familyName = t('validation.required');
      if (password !== repeat) found.repeat = t('validation.passwords_differ');
    }
    if (!checked.ok || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await apiPost('/invitations/accept', checked.data);
      navigate('/login', { replace: true, state: { notice: 'invitation.accepted' } });
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
        <PageHeader
          title={t('invitation.title')}
          lead={t('invitation.lead', {
            organisation: preview.data.organisationName,
            role: t(`roles.${preview.data.role}`),
          })}
        />
        <dl className="row">
          <dt className="col-sm-4">{t('fields.email')}</dt>
          <dd className="col-sm-8" data-testid="invitation-email">
            {preview.data.email}
          </dd>
          <dt className="col-sm-4">{t('fields.organisation')}</dt>
          <dd className="col-sm-8">{preview.data.organisationName}</dd>
          <dt className="col-sm-4">{t('fields.role')}</dt>
          <dd className="col-sm-8">{t(`roles.${preview.data.role}`)}</dd>
        </dl>
        <p>{existing ? t('invitation.existingUser') : t('invitation.newUser')}</p>
        <div aria-live="assertive">
          <ProblemAlert error={error} />
        </div>
        <form onSubmit={submit} noValidate aria-labelledby="page-title">
          {existing ? null : (
            <>
              <TextField
                id="invite-given-name"
                label={t('fields.givenName')}
                value={givenName}
                onChange={setGivenName}
                error={errors.givenName}
                autoComplete="given-name"
                required
                testId="accept-given-name"
              />
              <TextField
                id="invite-family-name"
                label={t('fields.familyName')}
                value={familyName}
                onChange={setFamilyName}
                error={errors.familyName}
                autoComplete="family-name"
                required
                testId="accept-family-name"
              />
            </>
          )}
          <TextField
            id="invite-password"
            label={existing ? t('fields.currentPassword') : t('fields.newPassword')}
            hint={existing ? undefined : t('fields.passwordHint')}
            type="password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            autoComplete={existing ? 'current-password' : 'new-password'}
            required
            testId="accept-password"
          />
          {existing ? null : (
            <TextField
              id="invite-repeat"
              label={t('fields.repeatPassword')}
              type="password"
              value={repeat}
              onChange={setRepeat}
              error={errors.repeat}
              autoComplete="new-password"
              required
              testId="accept-repeat"
            />
          )}
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="accept-submit">
            {t('invitation.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
