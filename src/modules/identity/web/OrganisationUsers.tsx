// The users of one organisation (GET /api/users?organisationId=).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { UserSummary } from '../contract.ts';
import { UsersTable } from './UsersTable.tsx';

export function OrganisationUsers({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const users = useQuery({
    queryKey: ['users', { organisationId }],
    queryFn: () => apiGet<{ items: UserSummary[]; total: number }>('/users', { organisationId, limit: 200 }),
  });
  return (
    <section aria-labelledby="org-users-title" className="mt-5">
      <h2 id="org-users-title" className="h4">
        {t('organisations.usersTitle')}
      </h2>
      <div aria-live="polite">
        {users.isPending ? <Loading /> : null}
        <ProblemAlert error={users.error} />
      </div>
      {users.data && users.data.items.length === 0 ? <p>{t('organisations.noUsers')}</p> : null}
      {users.data && users.data.items.length > 0 ? (
        <UsersTable users={users.data.items} caption={t('organisations.usersTitle')} />
      ) : null}
    </section>
  );
}
