// The table of users (used by the users page and by an organisation's page).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDelete } from '../../../web/api/client.ts';
import { useCan, useCurrentSession } from '../../../web/api/session.ts';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { UserSummary } from '../contract.ts';
import { MembershipList } from './MembershipList.tsx';

/** For someone who lost both phone and recovery codes: removes their second factor (they enrol again). */
function ResetTwoFactor({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const name = `${user.givenName} ${user.familyName}`;
  return (
    <>
      <button
        type="button"
        className="btn btn-outline-danger btn-sm d-block mt-1"
        data-testid="reset-2fa"
        onClick={async () => {
          if (!window.confirm(t('users.resetTwoFactorConfirm', { name }))) return;
          setError(null);
          try {
            await apiDelete(`/users/${user.id}/totp`);
            await client.invalidateQueries({ queryKey: ['users'] });
          } catch (err) {
            setError(err);
          }
        }}
      >
        {t('users.resetTwoFactor')}
        <span className="visually-hidden"> — {name}</span>
      </button>
      <ProblemAlert error={error} />
    </>
  );
}

export function UsersTable({ users, caption }: { users: UserSummary[]; caption: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canReset = useCan('user.reset_two_factor');
  return (
    <div className="table-responsive">
      <table className="table table-striped" data-testid="users-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.email')}</th>
            <th scope="col">{t('users.memberships')}</th>
            <th scope="col">{t('users.twoFactor')}</th>
            <th scope="col">{t('users.lastLogin')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <th scope="row">
                {u.givenName} {u.familyName}
                {u.active ? null : <span className="badge bg-secondary ms-2">{t('users.inactive')}</span>}
              </th>
              <td>{u.email}</td>
              <td>
                <MembershipList user={u} />
              </td>
              <td>
                {u.totpEnabled ? t('common.yes') : t('common.no')}
                {u.totpEnabled && canReset && u.id !== session.user.id ? <ResetTwoFactor user={u} /> : null}
              </td>
              <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
