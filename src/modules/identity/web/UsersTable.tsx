// The table of users (used by the users page and by an organisation's page).
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../web/i18n.ts';
import type { UserSummary } from '../contract.ts';
import { MembershipList } from './MembershipList.tsx';

export function UsersTable({ users, caption }: { users: UserSummary[]; caption: string }) {
  const { t } = useTranslation();
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
              <td>{u.totpEnabled ? t('common.yes') : t('common.no')}</td>
              <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
