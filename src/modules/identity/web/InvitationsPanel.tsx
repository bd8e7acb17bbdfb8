// An organisation's invitations, and the "invite a colleague" form when the caller may invite.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiDelete, apiGet, apiPost } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import { formatDateTime } from '../../../web/i18n.ts';
import { invitationInput, type invitationView } from '../contract.ts';

type Invitation = z.infer<typeof invitationView>;

function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [givenName, setGivenName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Only the roles the server lets this role grant (session.grantableRoles comes from the policy module).
  const offered = session.grantableRoles;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSentTo(null);
    const body = { email, organisationId, role, ...(givenName.trim() ? { givenName } : {}) };
    const checked = validate(invitationInput, body, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const created = await apiPost<Invitation>('/invitations', checked.data);
      setSentTo(created.email);
      setEmail('');
      setGivenName('');
      setRole('');
      await client.invalidateQueries({ queryKey: ['invitations', organisationId] });
    } catch (err) {
      setError(err);
      setErrors(serverFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-title" className="mt-4">
      <h3 id="invite-title" className="h5">
        {t('invitations.inviteTitle')}
      </h3>
      <div aria-live="polite">
        {sentTo ? <StatusAlert>{t('invitations.sent', { email: sentTo })}</StatusAlert> : null}
        <ProblemAlert error={error} />
      </div>
      <div className="row">
        <div className="col-md-4">
          <TextField
            id="invite-email"
            label={t('fields.email')}
            type="email"
            value={email}
            onChange={setEmail}
            error={errors.email}
            autoComplete="off"
            required
            testId="invite-email"
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="invite-given-name"
            label={t('fields.givenNameOptional')}
            value={givenName}
            onChange={setGivenName}
            error={errors.givenName}
            autoComplete="off"
            testId="invite-given-name"
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="invite-role"
            label={t('fields.role')}
            value={role}
            onChange={setRole}
            options={offered.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            emptyLabel={t('common.choose')}
            error={errors.role}
            required
            testId="invite-role"
          />
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy} data-testid="invite-submit">
        {t('invitations.submit')}
      </button>
    </form>
  );
}

const statusColour: Record<Invitation['status'], string> = {
  pending: 'bg-primary',
  accepted: 'bg-success',
  revoked: 'bg-secondary',
  expired: 'bg-secondary',
};

export function InvitationsPanel({
  organisationId,
  canInvite,
}: {
  organisationId: string;
  canInvite: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const invitations = useQuery({
    queryKey: ['invitations', organisationId],
    queryFn: () => apiGet<{ items: Invitation[] }>('/invitations', { organisationId }),
  });

  async function revoke(inv: Invitation) {
    if (!window.confirm(t('invitations.revokeConfirm', { email: inv.email }))) return;
    setError(null);
    try {
      await apiDelete(`/invitations/${inv.id}`);
      await client.invalidateQueries({ queryKey: ['invitations', organisationId] });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby="invitations-title" className="mt-5">
      <h2 id="invitations-title" className="h4">
        {t('invitations.title')}
      </h2>
      <div aria-live="polite">
        {invitations.isPending ? <Loading /> : null}
        <ProblemAlert error={invitations.error ?? error} />
      </div>
      {invitations.data && invitations.data.items.length === 0 ? <p>{t('invitations.none')}</p> : null}
      {invitations.data && invitations.data.items.length > 0 ? (
        <div className="table-responsive">
          <table className="table" data-testid="invitations-table">
            <caption className="visually-hidden">{t('invitations.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('fields.role')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.invitedBy')}</th>
                <th scope="col">{t('invitations.expiresAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((inv) => (
                <tr key={inv.id} data-testid="invitation-row">
                  <th scope="row">{inv.email}</th>
                  <td>{t(`roles.${inv.role}`)}</td>
                  <td>
                    <span className={`badge ${statusColour[inv.status]}`}>
                      {t(`invitations.statuses.${inv.status}`)}
                    </span>
                  </td>
                  <td>{inv.invitedByName ?? '—'}</td>
                  <td>{formatDateTime(inv.expiresAt)}</td>
                  <td>
                    {canInvite && inv.status === 'pending' ? (
                      <button
                        type="button"
                        className="btn btn-outline-danger btn-xs py-1 px-2"
                        onClick={() => void revoke(inv)}
                        data-testid="invitation-revoke"
                      >
                        {t('invitations.revoke')}
                        <span className="visually-hidden"> {inv.email}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canInvite ? <InviteForm organisationId={organisationId} /> : null}
    </section>
  );
}
