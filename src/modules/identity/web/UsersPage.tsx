// The users the current role may see, with their memberships (roles editable with membership.manage).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { Pagination } from '../../../web/components/Pagination.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { UserSummary } from '../contract.ts';
import { UsersTable } from './UsersTable.tsx';

const limit = 25;

export default function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const users = useQuery({
    queryKey: ['users', { q, offset }],
    queryFn: () => apiGet<{ items: UserSummary[]; total: number }>('/users', { q, limit, offset }),
    placeholderData: keepPreviousData,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setOffset(0);
    setQ(search.trim());
  }

  return (
    <>
      <PageHeader title={t('users.title')} lead={t('users.lead')} />
      <form onSubmit={submit} aria-label={t('users.searchLabel')} className="row g-2 align-items-end">
        <div className="col-md-6">
          <TextField
            id="users-q"
            label={t('users.search')}
            type="search"
            value={search}
            onChange={setSearch}
          />
        </div>
        <div className="col-md-2 rl-form-actions">
          <button type="submit" className="btn btn-primary" data-testid="users-search">
            {t('common.search')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {users.isPending ? <Loading /> : null}
        <ProblemAlert error={users.error} />
        {users.data ? <p>{t('users.count', { count: users.data.total })}</p> : null}
      </div>
      {users.data && users.data.items.length > 0 ? (
        <>
          <UsersTable users={users.data.items} caption={t('users.title')} />
          <Pagination total={users.data.total} limit={limit} offset={offset} onChange={setOffset} />
        </>
      ) : null}
    </>
  );
}
